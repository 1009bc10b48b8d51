// Statement exports: the CSV a manager opens in Excel and the .xlsx with every line,
// both with formula-like text neutralised, both written whole or not at all.
#include "TestSupport.h"
#include "import/CsvReader.h"
#include "import/XlsxReader.h"
#include "incentive/Percent.h"
#include "report/StatementExport.h"

#include <QDir>

using namespace cs;

namespace {

const QString hostileName = QStringLiteral(R"csv(=HYPERLINK("http://example.invalid","x"))csv");

StatementLine achievementLine()
{
    StatementLine line;
    line.component = Component::Achievement;
    line.base = Money::fromFen(93'400'000);
    line.rateBp = 300;
    line.amount = Money::fromFen(2'802'000);
    line.ratioNum = 93'400'000;
    line.ratioDen = 100'000'000;
    line.band = Band { 9000, 10000, 300 };
    line.reference = Money::fromFen(100'000'000);
    return line;
}

// A paid partner with a hostile name, a penalty and an amount above 2^31 fen, and an
// exception with a zero target.
QList<PartnerStatement> statements()
{
    PartnerStatement paid;
    paid.partnerId = 1;
    paid.code = QStringLiteral("HD-0001");
    paid.name = hostileName;
    paid.tier = Tier::Gold;
    paid.quarter = Quarter(2026, 3);
    paid.target = Money::fromFen(100'000'000);
    paid.sales = Money::fromFen(93'400'000);
    paid.lines.append(achievementLine());
    StatementLine special;
    special.component = Component::Special;
    special.detail = QStringLiteral("-服务器");
    special.base = Money::fromFen(300'000'000'000);
    special.rateBp = 1000;
    special.amount = Money::fromFen(30'000'000'000);
    paid.lines.append(special);
    StatementLine penalty;
    penalty.component = Component::Penalty;
    penalty.penaltyKind = PenaltyKind::MinimumPrice;
    penalty.detail = QStringLiteral("@order 42");
    penalty.amount = Money::fromFen(-500'000);
    paid.lines.append(penalty);

    PartnerStatement zero;
    zero.partnerId = 2;
    zero.code = QStringLiteral("HD-0002");
    zero.name = QStringLiteral("零目标伙伴");
    zero.quarter = Quarter(2026, 3);
    zero.target = Money();
    zero.sales = Money::fromFen(12'345);
    zero.exceptions.append(StatementException::ZeroTarget);
    return { paid, zero };
}

QList<QStringList> readCsvFile(const QString &path)
{
    QList<QStringList> rows;
    CsvReader reader(path);
    while (auto row = reader.next()) {
        QStringList texts;
        for (const SheetCell &cell : row->cells)
            texts.append(cell.text);
        rows.append(texts);
    }
    REQUIRE(reader.error().isEmpty());
    return rows;
}

QList<SheetRow> readSheet(const QString &path, const QString &sheet)
{
    XlsxReader reader(path, sheet);
    REQUIRE(reader.open());
    QList<SheetRow> rows;
    while (auto row = reader.next())
        rows.append(*row);
    REQUIRE(reader.error().isEmpty());
    return rows;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("a statement CSV has one row per partner, yuan with two decimals and the exception named",
    "[statement-export]")
{
    const auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("statements.csv"));
    QString error;
    REQUIRE(StatementExport::writeCsv(statements(), path, &error));
    CHECK(error.isEmpty());
    CHECK(entries(dir->path()) == QStringList { QStringLiteral("statements.csv") });

    const QList<QStringList> rows = readCsvFile(path);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == StatementExport::partnerHeaders());
    const QStringList paid = rows[1];
    REQUIRE(paid.size() == StatementExport::partnerHeaders().size());
    CHECK(paid[0] == QStringLiteral("HD-0001"));
    CHECK(paid[2] == QStringLiteral("2026Q3"));
    CHECK(paid[3] == labelOf(Tier::Gold));
    CHECK(paid[4] == QStringLiteral("1000000.00"));
    CHECK(paid[5] == QStringLiteral("934000.00"));
    CHECK(paid[6] == QStringLiteral("93.40"));
    CHECK(paid[7] == QStringLiteral("3.00"));
    CHECK(paid[8] == QStringLiteral("28020.00"));
    CHECK(paid[10] == QStringLiteral("300000000.00"));
    CHECK(paid[14] == QStringLiteral("-5000.00"));
    CHECK(paid[16] == QStringLiteral("300023020.00"));
    CHECK(paid[17].isEmpty());

    const QStringList zero = rows[2];
    CHECK(zero[4] == QStringLiteral("0.00"));
    CHECK(zero[6].isEmpty()); // no achievement can be computed on a zero target
    CHECK(zero[16] == QStringLiteral("0.00"));
    CHECK(zero[17] == labelOf(StatementException::ZeroTarget));
}

TEST_CASE("a partner name that would run as a formula is neutralised in CSV and in xlsx alike",
    "[statement-export]")
{
    const auto dir = test::tempDir();
    const QString csvPath = dir->filePath(QStringLiteral("s.csv"));
    const QString xlsxPath = dir->filePath(QStringLiteral("s.xlsx"));
    QString error;
    REQUIRE(StatementExport::writeCsv(statements(), csvPath, &error));
    REQUIRE(StatementExport::writeXlsx(statements(), xlsxPath, &error));

    const QByteArray bytes = test::readAll(csvPath);
    CHECK(bytes.contains(R"csv("'=HYPERLINK(""http://example.invalid"",""x"")")csv"));
    CHECK_FALSE(bytes.contains(R"(,=HYPERLINK)"));
    CHECK(readCsvFile(csvPath)[1][1] == QLatin1Char('\'') + hostileName);

    const QList<SheetRow> table = readSheet(xlsxPath, StatementExport::tr("Statements"));
    REQUIRE(table.size() == 3);
    CHECK(table[1].cells[1].kind == SheetCell::Kind::Text);
    CHECK(table[1].cells[1].text == QLatin1Char('\'') + hostileName);
    // Evidence and product lines are user text too.
    const QList<SheetRow> lines = readSheet(xlsxPath, StatementExport::tr("Lines"));
    QStringList details;
    for (const SheetRow &row : lines)
        details.append(row.cells.value(4).text);
    CHECK(details.contains(QStringLiteral("'-服务器")));
    CHECK(details.contains(QStringLiteral("'@order 42")));
}

TEST_CASE("a statement workbook reads back: numbers as numbers, every line with its explanation",
    "[statement-export]")
{
    const auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("statements.xlsx"));
    QString error;
    const bool written = StatementExport::writeXlsx(statements(), path, &error);
    INFO(error);
    REQUIRE(written);
    CHECK(entries(dir->path()) == QStringList { QStringLiteral("statements.xlsx") });

    XlsxReader reader(path);
    REQUIRE(reader.open());
    CHECK(reader.sheetNames()
        == QStringList { StatementExport::tr("Statements"), StatementExport::tr("Lines") });

    const QList<SheetRow> table = readSheet(path, StatementExport::tr("Statements"));
    REQUIRE(table.size() == 3);
    QStringList header;
    for (const SheetCell &cell : table[0].cells)
        header.append(cell.text);
    CHECK(header == StatementExport::partnerHeaders());
    const QList<SheetCell> &paid = table[1].cells;
    CHECK(paid[4].kind == SheetCell::Kind::Number);
    CHECK(paid[4].text.toDouble() == 1000000.0);
    CHECK(paid[6].text.toDouble() == 93.4);
    CHECK(paid[8].kind == SheetCell::Kind::Number);
    CHECK(paid[8].text.toDouble() == 28020.0);
    CHECK(paid[10].text.toDouble() == 300000000.0); // above 2^31 fen
    CHECK(paid[14].text.toDouble() == -5000.0);
    CHECK(paid[16].text.toDouble() == 300023020.0);
    CHECK(table[2].cells[17].text == labelOf(StatementException::ZeroTarget));

    const QList<SheetRow> lines = readSheet(path, StatementExport::tr("Lines"));
    // A header, the paid partner's three lines, the exception.
    REQUIRE(lines.size() == 5);
    CHECK(lines[1].cells[3].text == labelOf(Component::Achievement));
    CHECK(lines[1].cells[6].text.toDouble() == 3.0);
    CHECK(lines[1].cells[7].text.toDouble() == 28020.0);
    CHECK(lines[1].cells[8].text == explainLine(achievementLine()));
    CHECK_FALSE(lines[1].cells[8].text.isEmpty());
    CHECK(lines[4].cells[0].text == QStringLiteral("HD-0002"));
    CHECK(lines[4].cells[8].text == explainException(StatementException::ZeroTarget));
}

TEST_CASE("an export that cannot be written leaves no file behind and says which file", "[statement-export]")
{
    const auto dir = test::tempDir();
    const QString missingFolder = dir->filePath(QStringLiteral("nowhere/statements.csv"));
    QString error;
    CHECK_FALSE(StatementExport::writeCsv(statements(), missingFolder, &error));
    CHECK(error.contains(QDir::toNativeSeparators(missingFolder)));
    error.clear();
    CHECK_FALSE(StatementExport::writeXlsx(statements(), missingFolder, &error));
    CHECK(error.contains(QDir::toNativeSeparators(missingFolder)));
    CHECK(entries(dir->path()).isEmpty());

    // The target is a folder: the temporary file is written, the rename fails, and the
    // temporary file goes.
    const QString folder = dir->filePath(QStringLiteral("taken"));
    REQUIRE(QDir().mkdir(folder));
    test::writeAll(folder + QStringLiteral("/keep.txt"), "keep");
    error.clear();
    CHECK_FALSE(StatementExport::writeCsv(statements(), folder, &error));
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK_FALSE(StatementExport::writeXlsx(statements(), folder, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(entries(dir->path()) == QStringList { QStringLiteral("taken") });
    CHECK(entries(folder) == QStringList { QStringLiteral("keep.txt") });
}

TEST_CASE("an export replaces an older file of the same name whole", "[statement-export]")
{
    const auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("statements.csv"));
    test::writeAll(path, "old,content\r\n");
    QString error;
    REQUIRE(StatementExport::writeCsv(statements(), path, &error));
    CHECK(test::readAll(path) == StatementExport::csv(statements()));
    CHECK(entries(dir->path()) == QStringList { QStringLiteral("statements.csv") });
}
