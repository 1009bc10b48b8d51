#include "import/Importer.h"

#include "import/RecordSink.h"
#include "import/RejectsFile.h"
#include "import/RowPipeline.h"
#include "storage/ImportProfiles.h"
#include "storage/Sql.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/Workbook.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

#include <future>

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace cs {

namespace {

constexpr int progressEvery = 4096; // rows between progress calls: often enough for a smooth bar

QString sha256Of(const QString &path)
{
#ifdef Q_OS_LINUX
    // Only the commit needs the hash. At the lowest priority it runs on time
    // the reading and writing threads leave over, instead of taking half a core
    // from the writer, the slower of the two, on a two-core laptop.
    setpriority(PRIO_PROCESS, gettid(), 19);
#endif
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

// The page cache an import wants for as long as it runs (a sink may change
// it); the workbook's own size is put back after.
class CacheSize {
public:
    CacheSize(QSqlDatabase &db, int kib)
        : m_db(db)
        , m_previous(sql::scalar(db, QStringLiteral("PRAGMA cache_size")).toLongLong())
    {
        sql::exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
    }
    ~CacheSize() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous)); }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    QSqlDatabase &m_db;
    qint64 m_previous;
};

// One import in progress: the report it builds and the rejects it writes.
class Run {
public:
    Run(ImportReport &report, const ImportOptions &options)
        : m_report(report)
        , m_options(options)
    {
    }

    void take(const RowVerdict &verdict, const SheetRow *row)
    {
        ImportCounts &counts = m_report.counts;
        switch (verdict.outcome) {
        case RowOutcome::Inserted:
            ++counts.inserted;
            break;
        case RowOutcome::Updated:
            ++counts.updated;
            if (m_report.changes.size() < ImportReport::maxListed)
                m_report.changes.append(verdict.change);
            break;
        case RowOutcome::Unchanged:
            ++counts.unchanged;
            break;
        case RowOutcome::Rejected:
            ++counts.rejected;
            break;
        }
        QStringList reasons;
        for (const ImportProblem &problem : verdict.problems) {
            ++(problem.note ? m_report.noteCount : m_report.problemCount);
            if (m_report.problems.size() < ImportReport::maxListed)
                m_report.problems.append(problem);
            if (m_options.onProblem)
                m_options.onProblem(m_report, problem);
            if (!problem.note)
                reasons.append(problem.header.isEmpty()
                        ? problem.reason
                        : problem.header + QStringLiteral(": ") + problem.reason);
        }
        if (verdict.outcome == RowOutcome::Rejected && m_rejects && row)
            m_rejects->add(*row, reasons);
    }

    std::unique_ptr<RejectsFile> m_rejects;

private:
    ImportReport &m_report;
    const ImportOptions &m_options;
};

} // namespace

QString Importer::defaultRejectsPath(const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejects.csv"));
}

namespace {

QString location(const ImportReport &report, int row)
{
    QString where = report.fileName;
    if (!report.sheet.isEmpty())
        where += QLatin1Char(':') + report.sheet;
    return where + QLatin1Char(':') + QString::number(row);
}

} // namespace

QString Importer::formatChange(const ImportReport &report, const ImportChange &change)
{
    return location(report, change.row) + QStringLiteral(": ")
        + tr("updated %1: %2").arg(change.key, change.fields.join(tr(", ")));
}

QString Importer::formatProblem(const ImportReport &report, const ImportProblem &problem)
{
    QString where = location(report, problem.row);
    if (problem.column >= 0 || !problem.header.isEmpty())
        where +=
            QLatin1Char(':') + (problem.header.isEmpty() ? columnLetters(problem.column) : problem.header);
    return where + QStringLiteral(": ")
        + (problem.note ? tr("note: %1").arg(problem.reason) : problem.reason);
}

QString Importer::summary(const ImportCounts &counts)
{
    return tr("inserted %1, updated %2, unchanged %3, rejected %4")
        .arg(QLocale().toString(counts.inserted), QLocale().toString(counts.updated),
            QLocale().toString(counts.unchanged), QLocale().toString(counts.rejected));
}

ImportReport Importer::run(Workbook &workbook, const ImportSource &source, const ImportOptions &options)
{
    ImportReport report;
    report.fileName = QFileInfo(source.path).fileName();
    OpenedSource opened = ImportSources::open(source);
    report.sheet = opened.sheet;
    if (!opened.reader) {
        report.error = opened.error;
        return report;
    }
    RowReader &reader = *opened.reader;

    QList<SheetRow> head;
    while (head.size() < headerSearchRows)
        if (auto row = reader.next())
            head.append(std::move(*row));
        else
            break;
    if (!reader.error().isEmpty()) {
        report.error = reader.error();
        return report;
    }

    const QString where =
        report.sheet.isEmpty() ? report.fileName : tr("%1, sheet “%2”").arg(report.fileName, report.sheet);
    if (options.mapping) {
        report.mapping = *options.mapping;
    } else {
        try {
            report.mapping = ImportProfiles(workbook).mappingFor(head, options.kind);
        } catch (const StorageError &e) {
            report.error = e.message();
            return report;
        }
    }
    const ColumnMapping &mapping = report.mapping;
    if (mapping.headerRow == 0) {
        report.outcome = ImportOutcome::Rejected;
        report.error = tr("%1: none of the first %2 rows is a header naming the columns of %3.")
                           .arg(where)
                           .arg(headerSearchRows)
                           .arg(ImportKinds::label(options.kind));
        return report;
    }
    if (!mapping.isComplete()) {
        QStringList missing;
        for (const QString &key : mapping.missingRequired)
            missing.append(ImportKinds::fieldLabel(*ImportKinds::field(options.kind, key)));
        report.outcome = ImportOutcome::Rejected;
        report.error = tr("%1: the header on row %2 has no column for: %3.")
                           .arg(where)
                           .arg(mapping.headerRow)
                           .arg(missing.join(tr(", ")));
        return report;
    }

    Run run(report, options);
    const bool writeRejects = options.validOnly && !options.dryRun;
    if (writeRejects) {
        const QString rejectsPath =
            options.rejectsPath.isEmpty() ? defaultRejectsPath(source.path) : options.rejectsPath;
        if (QFileInfo(rejectsPath).canonicalFilePath() == QFileInfo(source.path).canonicalFilePath()) {
            report.outcome = ImportOutcome::Rejected;
            report.error = tr("The rejected rows cannot be written over %1, the file being imported.")
                               .arg(QDir::toNativeSeparators(source.path));
            return report;
        }
        run.m_rejects = std::make_unique<RejectsFile>(rejectsPath, mapping.headers);
    }
    // Hashing reads the whole file, beside the import rather than before it; a
    // dry run records nothing, so it needs no hash.
    std::future<QString> sha256;
    if (!options.dryRun)
        sha256 = std::async(std::launch::async, sha256Of, source.path);

    QSqlDatabase &db = workbook.database();
    try {
        const CacheSize cache(db, RecordSink::startingCacheKiB(options.kind));
        Transaction transaction(db);
        const QString stamp = sql::storedNow();
        const qint64 importId = sql::run(db,
            QStringLiteral("INSERT INTO import_history (kind, file_name, sheet, sha256, imported_at) "
                           "VALUES (?, ?, ?, '', ?)"),
            { ImportKinds::code(options.kind), report.fileName,
                report.sheet.isNull() ? QStringLiteral("") : report.sheet, stamp })
                                    .lastInsertId()
                                    .toLongLong();
        ImportChangeLog changes(db, importId);
        const SinkContext context { workbook, mapping, options.kind, importId, changes, stamp,
            opened.date1904 ? DateSystem::Excel1904 : DateSystem::Excel1900 };
        std::unique_ptr<RecordSink> sink = RecordSink::create(context);
        QHash<int, SheetRow> waiting; // rows the sink decides in finish(), kept for the rejects file

        qint64 dataRows = 0;
        const auto takeRow = [&](SheetRow &&row, PreparedRow *prepared) {
            ++dataRows;
            if (auto verdict = prepared ? sink->takePrepared(row, *prepared) : sink->take(row))
                run.take(*verdict, &row);
            else if (writeRejects)
                waiting.emplace(row.row, std::move(row));
        };
        for (SheetRow &row : head)
            if (row.row > mapping.headerRow)
                takeRow(std::move(row), nullptr);
        head.clear();
        {
            RowPipeline pipeline(reader, *sink);
            std::vector<RowPipeline::Item> batch;
            qint64 sinceProgress = 0;
            while (pipeline.next(batch)) {
                for (RowPipeline::Item &item : batch)
                    takeRow(std::move(item.row), item.prepared.get());
                sinceProgress += qint64(batch.size());
                if (sinceProgress >= progressEvery && options.progress) {
                    sinceProgress = 0;
                    if (!options.progress(pipeline.progressDone(), pipeline.progressTotal())) {
                        report.outcome = ImportOutcome::Cancelled;
                        return report;
                    }
                }
            }
            if (const QString error = pipeline.error(); !error.isEmpty()) {
                report.error = error;
                return report;
            }
        }
        if (dataRows == 0) {
            report.outcome = ImportOutcome::Rejected;
            report.error =
                tr("%1: there are no rows below the header on row %2.").arg(where).arg(mapping.headerRow);
            return report;
        }
        for (const RowVerdict &verdict : sink->finish()) {
            const auto it = waiting.constFind(verdict.row);
            run.take(verdict, it == waiting.cend() ? nullptr : &*it);
        }
        std::stable_sort(report.problems.begin(), report.problems.end(),
            [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
        if (options.progress && !options.progress(reader.progressTotal(), reader.progressTotal())) {
            report.outcome = ImportOutcome::Cancelled;
            return report;
        }

        if (report.problemCount > 0 && !options.validOnly) {
            report.outcome = ImportOutcome::Rejected;
            return report;
        }
        if (options.dryRun) {
            report.outcome = ImportOutcome::Checked;
            return report;
        }
        if (run.m_rejects && !run.m_rejects->error().isEmpty()) {
            report.error = run.m_rejects->error();
            report.rejectsUnwritable = true;
            return report;
        }
        // The pages written so far go to the log now, still uncommitted, while
        // the hash may yet be running: on a big file that is most of what the
        // commit would write, done beside the hash instead of after it. Only
        // earlier: a write that fails here fails the commit again, which reports it.
        if (sha256.valid() && sha256.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            (void)sqlite3_db_cacheflush(nativeHandle(db));
        sql::run(db,
            QStringLiteral(
                "UPDATE import_history SET sha256 = ?, imported_at = ?, inserted = ?, updated = ?, "
                "unchanged = ?, rejected = ? WHERE id = ?"),
            { sha256.get(), sql::storedNow(), report.counts.inserted, report.counts.updated,
                report.counts.unchanged, report.counts.rejected, importId });
        ImportProfiles(workbook).save(options.kind, mapping);
        transaction.commit();
        report.outcome = ImportOutcome::Committed;
        report.importId = importId;
    } catch (const StorageError &e) {
        report.outcome = ImportOutcome::Failed;
        report.error = e.message();
        return report;
    }
    if (run.m_rejects && !run.m_rejects->isEmpty()) {
        if (run.m_rejects->place())
            report.rejectsPath = run.m_rejects->path();
        else
            report.error = run.m_rejects->error(); // the import stands; only the list of rejects is missing
    }
    return report;
}

} // namespace cs
