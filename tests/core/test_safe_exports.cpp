// Exports that cannot attack the next reader and cannot be left half-written:
// formula-like text neutralised in every CSV and xlsx cell (checked in the zip's own
// XML), and every file written whole beside its destination or not at all, on a
// missing folder, a full disk or a read-only one.
#include "ImportFixture.h"
#include "TestSupport.h"
#include "TinyDisk.h"
#include "import/CsvReader.h"
#include "import/Importer.h"
#include "import/RejectsFile.h"
#include "report/CsvWriter.h"
#include "report/ExportFile.h"
#include "report/StatementExport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <sys/file.h>

using namespace cs;

namespace {

const QString hostile = QStringLiteral(R"(=HYPERLINK("http://example.invalid","x"))");
const QString neutralised = QLatin1Char('\'') + hostile;

// What Excel, WPS and LibreOffice would run as a formula: the export must never hold one.
bool formulaLike(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?\d+(\.\d+)?$)"));
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    const bool trigger = c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
    return trigger && !number.match(text).hasMatch();
}

QList<QStringList> readCsv(const QString &path)
{
    QList<QStringList> rows;
    CsvReader reader(path, CsvReader::Encoding::Auto, QLatin1Char(','));
    while (auto row = reader.next()) {
        QStringList texts;
        for (const SheetCell &cell : row->cells)
            texts.append(cell.text);
        rows.append(texts);
    }
    REQUIRE(reader.error().isEmpty());
    return rows;
}

QStringList allFields(const QList<QStringList> &rows)
{
    QStringList fields;
    for (const QStringList &row : rows)
        fields += row;
    return fields;
}

// The cells of an .xlsx as its XML stores them, read with QuaZip rather than the
// workstation's own reader: what Excel would see.
struct XlsxContent {
    QStringList texts; // shared and inline strings, as stored
    QStringList numbers; // <v> of cells without a type
    int formulas = 0; // <f> elements in any sheet
    int sheets = 0;
};

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si"))
            current.clear();
        else if (reader.isStartElement() && reader.name() == QLatin1String("t"))
            current += reader.readElementText();
        else if (reader.isEndElement() && reader.name() == QLatin1String("si"))
            strings.append(current);
    }
    REQUIRE_FALSE(reader.hasError());
    return strings;
}

void readSheet(const QByteArray &xml, const QStringList &shared, XlsxContent *content)
{
    QXmlStreamReader reader(xml);
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("c")) {
            type = reader.attributes().value(QLatin1String("t")).toString();
        } else if (reader.name() == QLatin1String("f")) {
            ++content->formulas;
        } else if (reader.name() == QLatin1String("v")) {
            const QString value = reader.readElementText();
            if (type == QLatin1String("s"))
                content->texts.append(shared.value(value.toInt()));
            else if (type.isEmpty() || type == QLatin1String("n"))
                content->numbers.append(value);
            else
                content->texts.append(value);
        } else if (reader.name() == QLatin1String("t")) {
            content->texts.append(reader.readElementText()); // an inline string
        }
    }
    REQUIRE_FALSE(reader.hasError());
}

XlsxContent unzipXlsx(const QString &path)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    QHash<QString, QByteArray> parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile entry(&zip);
        REQUIRE(entry.open(QIODevice::ReadOnly));
        parts.insert(zip.getCurrentFileName(), entry.readAll());
    }
    const QStringList shared = sharedStrings(parts.value(QStringLiteral("xl/sharedStrings.xml")));
    XlsxContent content;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("xl/worksheets/sheet")))
            continue;
        ++content.sheets;
        readSheet(it.value(), shared, &content);
    }
    return content;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// A partner whose name, penalty evidence and special-product detail would run as
// formulas, with a penalty (a negative amount that must stay a number).
PartnerStatement hostileStatement()
{
    PartnerStatement s;
    s.partnerId = 1;
    s.code = QStringLiteral("HD-0001");
    s.name = hostile;
    s.tier = Tier::Gold;
    s.quarter = Quarter(2026, 3);
    s.target = Money::fromFen(100'000'000);
    s.sales = Money::fromFen(93'400'000);
    StatementLine special;
    special.component = Component::Special;
    special.detail = QStringLiteral("-服务器");
    special.base = Money::fromFen(1'000'000);
    special.rateBp = 1000;
    special.amount = Money::fromFen(100'000);
    s.lines.append(special);
    StatementLine penalty;
    penalty.component = Component::Penalty;
    penalty.penaltyKind = PenaltyKind::CrossRegion;
    penalty.detail = hostile; // the evidence a manager typed
    penalty.amount = Money::fromFen(-500'000);
    s.lines.append(penalty);
    return s;
}

// Enough statements that their export outgrows a 64 KiB disk.
QList<PartnerStatement> manyStatements(int count)
{
    QList<PartnerStatement> list;
    for (int i = 0; i < count; ++i) {
        PartnerStatement s = hostileStatement();
        s.partnerId = i + 1;
        s.code = QStringLiteral("HD-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        s.name = QStringLiteral("华东测试伙伴第%1号有限公司").arg(i + 1);
        list.append(s);
    }
    return list;
}

} // namespace

TEST_CASE("statement CSV and xlsx store a formula-like name and remark as text with an apostrophe",
    "[safe-exports]")
{
    const auto dir = test::tempDir();
    const QString csvPath = dir->filePath(QStringLiteral("s.csv"));
    const QString xlsxPath = dir->filePath(QStringLiteral("s.xlsx"));
    QString error;
    REQUIRE(StatementExport::writeCsv({ hostileStatement() }, csvPath, &error));
    const bool xlsxWritten = StatementExport::writeXlsx({ hostileStatement() }, xlsxPath, &error);
    INFO(error);
    REQUIRE(xlsxWritten);

    // CSV: quoted, the quotes doubled, the apostrophe inside the quotes.
    CHECK(test::readAll(csvPath).contains(R"csv("'=HYPERLINK(""http://example.invalid"",""x"")")csv"));
    const QList<QStringList> rows = readCsv(csvPath);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][1] == neutralised);
    CHECK(rows[1][14] == QStringLiteral("-5000.00")); // a negative amount stays a number
    for (const QString &field : allFields(rows))
        CHECK_FALSE(formulaLike(field));

    const XlsxContent xlsx = unzipXlsx(xlsxPath);
    CHECK(xlsx.sheets == 2);
    CHECK(xlsx.formulas == 0);
    // The name on both sheets and the penalty evidence on the lines sheet.
    CHECK(xlsx.texts.count(neutralised) == 4);
    CHECK(xlsx.texts.contains(QStringLiteral("'-服务器")));
    CHECK_FALSE(xlsx.texts.contains(hostile));
    for (const QString &text : xlsx.texts)
        CHECK_FALSE(formulaLike(text));
    // Amounts are numbers Excel adds up, the penalty among them.
    CHECK(xlsx.numbers.contains(QStringLiteral("-5000")));
    CHECK(xlsx.numbers.contains(QStringLiteral("1000000")));
}

TEST_CASE("the rejects file of a valid-rows import neutralises the file's own cells, headers and reasons",
    "[safe-exports]")
{
    test::ImportFixture f;
    ImportOptions options;
    options.kind = ImportKind::Results;
    options.validOnly = true;
    const QString quoted = QStringLiteral(R"csv("=HYPERLINK(""http://example.invalid"",""x"")")csv");
    const QString sheet = QStringLiteral("伙伴编号,季度,销售目标,实际销售额,备注\n"
                                         "A1,2026Q1,100,90,好\n"
                                         "%1,2026Q1,100,90,%1\n"
                                         "A2,2026Q1,100,%1,@客户\n"
                                         "A2,2026Q2,100,-1,-服务器\n")
                              .arg(quoted);
    const ImportReport report = f.import(options, sheet.toUtf8());
    INFO(report.error.toStdString());
    REQUIRE(report.outcome == ImportOutcome::Committed);
    CHECK(report.counts.rejected == 3);
    REQUIRE_FALSE(report.rejectsPath.isEmpty());

    const QList<QStringList> rows = readCsv(report.rejectsPath);
    INFO(QString::fromUtf8(test::readAll(report.rejectsPath)).toStdString());
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].mid(0, 5) == test::strings({ "伙伴编号", "季度", "销售目标", "实际销售额", "备注" }));
    CHECK(rows[1][0] == neutralised); // an unknown partner code
    CHECK(rows[1][4] == neutralised); // the remark
    CHECK(rows[2][3] == neutralised); // not an amount
    CHECK(rows[2][4] == QStringLiteral("'@客户"));
    CHECK(rows[3][3] == QStringLiteral("-1")); // a plain number as the file had it
    CHECK(rows[3][4] == QStringLiteral("'-服务器"));
    for (const QStringList &row : rows.mid(1))
        CHECK_FALSE(row.value(6).isEmpty()); // the reason
    for (const QString &field : allFields(rows))
        CHECK_FALSE(formulaLike(field));
    CHECK(entries(f.dir->path()).filter(QStringLiteral(".writing-")).isEmpty());
}

TEST_CASE("an export file replaces the older one whole, or leaves it as it was and nothing beside it",
    "[safe-exports]")
{
    const auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("list.csv"));
    test::writeAll(path, "old\r\n");
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QFile::Permissions kept = QFile::permissions(path); // not what a new file gets
    REQUIRE_FALSE(kept.testFlag(QFile::ReadOther));

    SECTION("committed: the new bytes, the old file's permissions, no temporary file")
    {
        ExportFile file(path);
        REQUIRE(file.open());
        CHECK(QFileInfo(file.temporaryPath()).absolutePath() == QFileInfo(path).absolutePath());
        CHECK(file.write("new,"));
        CHECK(test::readAll(path) == "old\r\n"); // nothing reaches the final name before commit
        CHECK(file.write("bytes\r\n"));
        REQUIRE(file.commit());
        CHECK(test::readAll(path) == "new,bytes\r\n");
        CHECK(QFile::permissions(path) == kept);
        CHECK(entries(dir->path()) == QStringList { QStringLiteral("list.csv") });
    }
    SECTION("discarded, or dropped without a commit: the old bytes stay")
    {
        {
            ExportFile file(path);
            REQUIRE(file.open());
            CHECK(file.write(QByteArray(100'000, 'x')));
            file.discard();
        }
        {
            ExportFile file(path);
            REQUIRE(file.open());
            CHECK(file.write(QByteArray(100'000, 'y')));
        }
        CHECK(test::readAll(path) == "old\r\n");
        CHECK(entries(dir->path()) == QStringList { QStringLiteral("list.csv") });
    }
    SECTION("written through a link: the file it points to is replaced and the link stays")
    {
        const QString link = dir->filePath(QStringLiteral("link.csv"));
        REQUIRE(QFile::link(path, link));
        ExportFile file(link);
        REQUIRE(file.open());
        CHECK(file.write("through the link\r\n"));
        REQUIRE(file.commit());
        CHECK(QFileInfo(link).isSymLink());
        CHECK(test::readAll(path) == "through the link\r\n");
        CHECK(
            entries(dir->path()) == (QStringList { QStringLiteral("link.csv"), QStringLiteral("list.csv") }));
    }
}

TEST_CASE("temporary files an export killed midway left beside its file go at the next export of it",
    "[safe-exports]")
{
    const auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("list.csv"));
    // A temporary file as an export leaves it; `old`: last written an hour ago.
    const auto leave = [&](const QString &name, bool old) {
        QFile file(dir->filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("half");
        file.flush(); // before the time is set: a later write would set it again
        if (old)
            REQUIRE(file.setFileTime(
                QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    };
    leave(QStringLiteral("list.csv.writing-0badc0de"), true); // a leftover: goes
    leave(QStringLiteral("list.csv.writing-1234abcd"), true); // still held by a writer: stays
    leave(QStringLiteral("list.csv.writing-feedbeef"), false); // just made by another export: stays
    leave(QStringLiteral("list.csv.writing-notes123"), true); // not a name exports make: stays
    leave(QStringLiteral("other.csv.writing-0badc0de"), true); // another file's: stays
    QFile held(dir->filePath(QStringLiteral("list.csv.writing-1234abcd")));
    REQUIRE(held.open(QIODevice::ReadOnly));
    REQUIRE(::flock(held.handle(), LOCK_EX | LOCK_NB) == 0);

    ExportFile file(path);
    REQUIRE(file.open());
    CHECK(file.write("new\r\n"));
    REQUIRE(file.commit());
    CHECK(entries(dir->path())
        == (QStringList { QStringLiteral("list.csv"), QStringLiteral("list.csv.writing-1234abcd"),
            QStringLiteral("list.csv.writing-feedbeef"), QStringLiteral("list.csv.writing-notes123"),
            QStringLiteral("other.csv.writing-0badc0de") }));
}

TEST_CASE("an export into a missing folder or over a folder says which file and why, and writes nothing",
    "[safe-exports]")
{
    const auto dir = test::tempDir();
    const QString missing = dir->filePath(QStringLiteral("nowhere/statements.csv"));
    const QString missingXlsx = dir->filePath(QStringLiteral("nowhere/statements.xlsx"));
    QString error;
    CHECK_FALSE(StatementExport::writeCsv({ hostileStatement() }, missing, &error));
    CHECK(error
        == ExportFile::tr("“%1” could not be written: %2")
               .arg(QDir::toNativeSeparators(missing),
                   ExportFile::tr("the folder “%1” does not exist")
                       .arg(QDir::toNativeSeparators(dir->filePath(QStringLiteral("nowhere"))))));
    error.clear();
    CHECK_FALSE(StatementExport::writeXlsx({ hostileStatement() }, missingXlsx, &error));
    CHECK(error.contains(QDir::toNativeSeparators(missingXlsx)));
    CHECK(error.contains(QStringLiteral("does not exist")));

    const QString folder = dir->filePath(QStringLiteral("taken.csv"));
    REQUIRE(QDir().mkdir(folder));
    error.clear();
    CHECK_FALSE(StatementExport::writeCsv({ hostileStatement() }, folder, &error));
    CHECK(error == ExportFile::failure(folder, ExportFile::tr("a folder has that name")));
    CHECK(entries(dir->path()) == QStringList { QStringLiteral("taken.csv") });
    CHECK(entries(folder).isEmpty());
}

TEST_CASE(
    "a full disk fails an export with a plain message and leaves the older file whole", "[safe-exports]")
{
    test::TinyDisk disk(64 * 1024);
    if (!disk.mounted) {
        WARN(disk.why.toStdString() << "; the full-disk case is not tested here");
        return;
    }
    const QList<PartnerStatement> statements = manyStatements(3000);
    const QByteArray old = "the export of last quarter\r\n";
    const QString full = ExportFile::tr("the disk is full");

    SECTION("statements as CSV")
    {
        const QString path = disk.filePath(QStringLiteral("statements.csv"));
        test::writeAll(path, old);
        QString error;
        CHECK_FALSE(StatementExport::writeCsv(statements, path, &error));
        CHECK(error == ExportFile::failure(path, full));
        CHECK(test::readAll(path) == old);
        CHECK(entries(disk.path()) == QStringList { QStringLiteral("statements.csv") });
    }
    SECTION("statements as xlsx")
    {
        const QString path = disk.filePath(QStringLiteral("statements.xlsx"));
        test::writeAll(path, old);
        QString error;
        CHECK_FALSE(StatementExport::writeXlsx(statements, path, &error));
        CHECK(error == ExportFile::failure(path, full));
        CHECK(test::readAll(path) == old);
        CHECK(entries(disk.path()) == QStringList { QStringLiteral("statements.xlsx") });
    }
    SECTION("the rejects of a valid-rows import: nothing is imported, the older list stays")
    {
        test::ImportFixture f;
        const QString rejects = disk.filePath(QStringLiteral("input.rejects.csv"));
        test::writeAll(rejects, old);
        QByteArray sheet = "伙伴编号,季度,销售目标,实际销售额,备注\nA1,2026Q1,100,90,好\n";
        for (int i = 0; i < 2000; ++i)
            sheet += "A2,2026Q1,100,-1,一条足够长的备注，让被拒绝的行超出这个很小的磁盘\n";
        ImportOptions options;
        options.kind = ImportKind::Results;
        options.validOnly = true;
        options.rejectsPath = rejects;
        const ImportReport report = f.import(options, sheet);
        CHECK(report.outcome == ImportOutcome::Failed);
        CHECK(report.rejectsUnwritable);
        CHECK(report.error
            == RejectsFile::tr("The rejected rows could not be written to %1: %2")
                   .arg(QDir::toNativeSeparators(rejects), full));
        CHECK(f.query("SELECT count(*) FROM results") == test::strings({ "0" }));
        CHECK(test::readAll(rejects) == old);
        CHECK(entries(disk.path()) == QStringList { QStringLiteral("input.rejects.csv") });
    }
}

TEST_CASE("a read-only disk fails an export with a plain message and changes nothing", "[safe-exports]")
{
    test::TinyDisk disk(64 * 1024);
    if (!disk.mounted) {
        WARN(disk.why.toStdString() << "; the read-only case is not tested here");
        return;
    }
    const QString path = disk.filePath(QStringLiteral("statements.csv"));
    test::writeAll(path, "old\r\n");
    REQUIRE(disk.makeReadOnly());
    QString error;
    CHECK_FALSE(StatementExport::writeCsv({ hostileStatement() }, path, &error));
    CHECK(error == ExportFile::failure(path, ExportFile::tr("the disk is read-only")));
    CHECK(test::readAll(path) == "old\r\n");
    CHECK(entries(disk.path()) == QStringList { QStringLiteral("statements.csv") });
}
