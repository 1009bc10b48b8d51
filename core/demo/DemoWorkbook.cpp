#include "demo/DemoWorkbook.h"

#include "demo/DemoIncentives.h"
#include "demo/DemoStatus.h"
#include "demo/DemoTiers.h"
#include "import/Importer.h"
#include "storage/FilePlacement.h"
#include "storage/PartnerRepository.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cs {

namespace {

struct SheetError {
    QString message;
};

// The demo is built the way a user would build it: each spreadsheet through the
// importer, registry first, since the others name its partners.
void fill(Workbook &workbook, const QString &dataDir)
{
    const std::pair<ImportKind, const char *> files[] = {
        { ImportKind::Partners, "partners.csv" },
        { ImportKind::Results, "results.csv" },
        { ImportKind::Assessments, "assessments.csv" },
        { ImportKind::Ledger, "ledger.csv" },
    };
    for (const auto &[kind, name] : files) {
        const QString path = QDir(dataDir).filePath(QString::fromLatin1(name));
        if (kind != ImportKind::Partners && !QFileInfo::exists(path))
            continue; // only the registry is required
        ImportOptions options;
        options.kind = kind;
        const ImportReport report = Importer::run(workbook, ImportSource { path, {}, {} }, options);
        if (report.outcome == ImportOutcome::Committed)
            continue;
        QString message = report.error;
        if (message.isEmpty() && !report.problems.isEmpty())
            message = Importer::formatProblem(report, report.problems.constFirst());
        throw SheetError {
            DemoWorkbook::tr("%1 could not be imported: %2").arg(QDir::toNativeSeparators(path), message)
        };
    }
}

} // namespace

bool DemoWorkbook::build(const QString &dataDir, const QString &path, QString *error, int *partnerCount)
{
    if (QFileInfo::exists(path)) {
        *error = tr("“%1” already exists.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QString temporary = path + QStringLiteral(".building");
    QFile::remove(temporary); // left by a build that crashed, with its journal
    removeJournalFiles(temporary);
    WorkbookError openError;
    bool ok = false;
    {
        auto workbook = Workbook::create(temporary, &openError);
        if (!workbook) {
            *error = openError.message;
            return false;
        }
        try {
            fill(*workbook, dataDir);
            addDemoStatusHistory(*workbook);
            addDemoTiers(*workbook);
            addDemoIncentives(*workbook);
            if (partnerCount)
                *partnerCount = PartnerRepository(*workbook).count();
            ok = true;
        } catch (const SheetError &e) {
            *error = e.message;
        } catch (const StorageError &e) {
            *error = e.message();
        }
    }
    QString reason;
    if (ok && moveWorkbookIntoPlace(temporary, path, &reason))
        return true;
    if (ok)
        *error = tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), reason);
    QFile::remove(temporary);
    return false;
}

} // namespace cs
