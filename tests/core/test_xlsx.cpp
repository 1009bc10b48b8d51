// The .xlsx reader on fixtures made by scripts/make-xlsx-fixtures.py: cell types,
// dates in both date systems, sheet choice, and every kind of hostile workbook.
#include "TestSupport.h"
#include "import/XlsxReader.h"

#include <QDir>
#include <QElapsedTimer>

using namespace cs;

namespace Catch {
template<> struct StringMaker<cs::SheetCell> {
    static std::string convert(const cs::SheetCell &cell)
    {
        static const char *const kinds[] = { "Empty", "Text", "Number", "Boolean", "Error", "Date" };
        std::string s = std::string(kinds[int(cell.kind)]) + "(\"" + cell.text.toStdString() + "\"";
        if (cell.date.isValid())
            s += ", " + cell.date.toString(Qt::ISODate).toStdString();
        return s + ")";
    }
};
} // namespace Catch

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TEST_DATA_DIR "/xlsx/") + QString::fromUtf8(name);
}

struct XlsxRun {
    bool opened = false;
    QList<SheetRow> rows;
    QString error;
    QStringList sheets;
    QString sheet;
    qint64 milliseconds = 0;
};

// Opens the workbook and reads every row, as an import does; `pieceBytes` as in
// XlsxReader::setPieceBytes (1 cuts the sheet after every row).
// With `recycle`, every row goes back to the reader as the import's pipeline
// hands rows back: every other one while a copy still shares its text, which
// must not change, the rest with nothing else holding them.
XlsxRun readXlsx(
    const QString &path, const QString &sheet = {}, qsizetype pieceBytes = 0, bool recycle = false)
{
    XlsxRun run;
    QElapsedTimer timer;
    timer.start();
    XlsxReader reader(path, sheet);
    if (pieceBytes > 0)
        reader.setPieceBytes(pieceBytes);
    run.opened = reader.open();
    if (run.opened) {
        while (auto row = reader.next()) {
            if (!recycle || run.rows.size() % 2 == 0) {
                run.rows.append(*row);
            } else {
                SheetRow own = *row;
                for (SheetCell &cell : own.cells)
                    cell.text = QString(cell.text.constData(), cell.text.size());
                run.rows.append(own);
            }
            if (recycle)
                reader.recycle(std::move(*row));
        }
    }
    run.milliseconds = timer.elapsed();
    run.error = reader.error();
    run.sheets = reader.sheetNames();
    run.sheet = reader.sheetName();
    return run;
}

SheetCell text(const QString &t)
{
    return { SheetCell::Kind::Text, t, {} };
}
SheetCell number(const QString &t)
{
    return { SheetCell::Kind::Number, t, {} };
}
SheetCell date(const QString &serial, QDate day)
{
    return { SheetCell::Kind::Date, serial, day };
}
SheetCell boolean(bool b)
{
    return { SheetCell::Kind::Boolean, b ? QStringLiteral("TRUE") : QStringLiteral("FALSE"), {} };
}
SheetCell error(const QString &t)
{
    return { SheetCell::Kind::Error, t, {} };
}
SheetCell empty()
{
    return {};
}

QList<int> rowNumbers(const QList<SheetRow> &rows)
{
    QList<int> numbers;
    for (const SheetRow &row : rows)
        numbers.append(row.row);
    return numbers;
}

const SheetRow &rowNumbered(const XlsxRun &run, int number)
{
    for (const SheetRow &row : run.rows) {
        if (row.row == number)
            return row;
    }
    FAIL("no row " << number);
    return run.rows.first();
}

// Reads `sheet` cut every `pieceBytes` (1: after every row), its rows recycled,
// and in one piece, and checks both give the same rows and the same message.
void checkCutsChangeNothing(const QString &path, const QString &sheet, qsizetype pieceBytes)
{
    INFO(path.toStdString() << " sheet “" << sheet.toStdString() << "” in pieces of " << pieceBytes);
    const XlsxRun cut = readXlsx(path, sheet, pieceBytes, true);
    const XlsxRun whole = readXlsx(path, sheet, qsizetype(1) << 30);
    CHECK(cut.opened == whole.opened);
    CHECK(cut.error == whole.error);
    CHECK(cut.sheet == whole.sheet);
    REQUIRE(rowNumbers(cut.rows) == rowNumbers(whole.rows));
    for (qsizetype i = 0; i < cut.rows.size(); ++i) {
        INFO("row " << cut.rows[i].row);
        CHECK(cut.rows[i].cells == whole.rows[i].cells);
    }
}

} // namespace

TEST_CASE(
    "xlsx: a workbook is read from its first sheet with a value, skipping a cover sheet of blanks", "[xlsx]")
{
    const auto run = readXlsx(fixture("sales-1900.xlsx"));
    INFO(run.error);
    REQUIRE(run.opened);
    CHECK(run.error.isEmpty());
    CHECK(
        run.sheets == QStringList { QStringLiteral("封面"), QStringLiteral("销售"), QStringLiteral("伙伴") });
    CHECK(run.sheet == QStringLiteral("销售"));
    // Blank row 2 is skipped and row 7 is absent; the numbers are Excel's.
    CHECK(rowNumbers(run.rows) == QList<int> { 1, 3, 4, 5, 6, 8 });
}

TEST_CASE("xlsx: a merged title row above the header is a row with its value in the first cell", "[xlsx]")
{
    const auto run = readXlsx(fixture("sales-1900.xlsx"));
    REQUIRE(run.rows.size() >= 2);
    CHECK(run.rows[0].cells == QList<SheetCell> { text(QStringLiteral("2026年第一季度伙伴销售明细")) });
    CHECK(run.rows[1].row == 3);
    CHECK(run.rows[1].cells.size() == 8);
    CHECK(run.rows[1].cells[0] == text(QStringLiteral("伙伴编号")));
    CHECK(run.rows[1].cells[7] == text(QStringLiteral("备注")));
}

TEST_CASE("xlsx: shared strings keep rich-text runs with their spaces, entities and escapes, without "
          "phonetic guides",
    "[xlsx]")
{
    const auto run = readXlsx(fixture("sales-1900.xlsx"));
    CHECK(rowNumbered(run, 4).cells[1] == text(QStringLiteral("华东 精诚科技")));
    CHECK(rowNumbered(run, 5).cells[1] == text(QStringLiteral("A&B <渠道> 公司")));
    CHECK(rowNumbered(run, 6).cells[1] == text(QStringLiteral("第一行\r\n第二行")));
}

TEST_CASE("xlsx: numbers keep their stored text; booleans, errors and formula strings are typed", "[xlsx]")
{
    const auto run = readXlsx(fixture("sales-1900.xlsx"));
    const SheetRow &r4 = rowNumbered(run, 4);
    const SheetRow &r5 = rowNumbered(run, 5);
    const SheetRow &r6 = rowNumbered(run, 6);
    CHECK(r4.cells[2] == number(QStringLiteral("1234567.5")));
    CHECK(r5.cells[2] == number(QStringLiteral("-0.25")));
    CHECK(r6.cells[2] == number(QStringLiteral("1E-3")));
    CHECK(r4.cells[6] == boolean(true));
    CHECK(r5.cells[6] == boolean(false));
    CHECK(r4.cells[7] == text(QStringLiteral("优先跟进"))); // t="str": the formula's result, not the formula
    CHECK(r5.cells[7] == error(QStringLiteral("#N/A")));
}

TEST_CASE(
    "xlsx: a cell missing inside a row is an Empty cell and empty cells at its end are dropped", "[xlsx]")
{
    const auto run = readXlsx(fixture("sales-1900.xlsx"));
    const SheetRow &r5 = rowNumbered(run, 5);
    REQUIRE(r5.cells.size() == 8);
    CHECK(r5.cells[4] == empty());
    CHECK(rowNumbered(run, 8).cells.size() == 2);
}

TEST_CASE("xlsx: dates are recognised by built-in, Chinese and custom formats and keep the serial as text",
    "[xlsx]")
{
    const auto run = readXlsx(fixture("sales-1900.xlsx"));
    const SheetRow &r4 = rowNumbered(run, 4);
    const SheetRow &r5 = rowNumbered(run, 5);
    CHECK(r4.cells[3] == date(QStringLiteral("45292"), QDate(2024, 1, 1))); // built-in 14
    CHECK(r4.cells[4] == date(QStringLiteral("45366"), QDate(2024, 3, 15))); // yyyy"年"m"月"d"日"
    CHECK(r4.cells[5] == date(QStringLiteral("45413"), QDate(2024, 5, 1))); // yyyy/m/d
    CHECK(r5.cells[3] == date(QStringLiteral("45292.75"), QDate(2024, 1, 1))); // the time of day is dropped
    CHECK(r5.cells[5] == date(QStringLiteral("46387"), QDate(2026, 12, 31))); // [$-804]yyyy年m月d日
}

TEST_CASE("xlsx: percent, [Red] and quoted-letter formats are numbers, not dates", "[xlsx]")
{
    const auto run = readXlsx(fixture("sales-1900.xlsx"));
    const SheetRow &r6 = rowNumbered(run, 6);
    CHECK(r6.cells[5] == number(QStringLiteral("0.92"))); // 0.00%
    CHECK(r6.cells[6] == number(QStringLiteral("5"))); // [Red]0
    CHECK(r6.cells[7] == number(QStringLiteral("3"))); // "m"0
    // General, although a conditional format and a cell style use date formats.
    CHECK(rowNumbered(run, 4).cells[2].kind == SheetCell::Kind::Number);
}

TEST_CASE("xlsx: the 1900 date system keeps Excel's phantom 1900-02-29: serial 60 stays a number", "[xlsx]")
{
    const auto run = readXlsx(fixture("sales-1900.xlsx"));
    CHECK(rowNumbered(run, 8).cells[1] == date(QStringLiteral("59"), QDate(1900, 2, 28)));
    CHECK(rowNumbered(run, 6).cells[3] == number(QStringLiteral("60")));
    CHECK(rowNumbered(run, 6).cells[4] == date(QStringLiteral("61"), QDate(1900, 3, 1)));
}

TEST_CASE(
    "xlsx: a 1904 workbook gives the same days from serials 1,462 lower, and day 0 is 1904-01-01", "[xlsx]")
{
    const auto run = readXlsx(fixture("sales-1904.xlsx"));
    INFO(run.error);
    REQUIRE(run.error.isEmpty());
    const SheetRow &r4 = rowNumbered(run, 4);
    CHECK(r4.cells[3] == date(QStringLiteral("43830"), QDate(2024, 1, 1)));
    CHECK(r4.cells[4] == date(QStringLiteral("43904"), QDate(2024, 3, 15)));
    CHECK(r4.cells[5] == date(QStringLiteral("43951"), QDate(2024, 5, 1)));
    CHECK(rowNumbered(run, 5).cells[5] == date(QStringLiteral("44925"), QDate(2026, 12, 31)));
    CHECK(rowNumbered(run, 6).cells[3] == date(QStringLiteral("0"), QDate(1904, 1, 1)));
    CHECK(rowNumbered(run, 6).cells[4] == date(QStringLiteral("1"), QDate(1904, 1, 2)));
    CHECK(rowNumbered(run, 8).cells[1] == date(QStringLiteral("59"), QDate(1904, 2, 29)));
}

TEST_CASE("xlsx: a named sheet is read instead of the first, its name matched regardless of case", "[xlsx]")
{
    const auto partners = readXlsx(fixture("sales-1900.xlsx"), QStringLiteral("伙伴"));
    REQUIRE(partners.error.isEmpty());
    CHECK(partners.sheet == QStringLiteral("伙伴"));
    REQUIRE(partners.rows.size() == 3);
    CHECK(partners.rows[0].cells
        == QList<SheetCell> { text(QStringLiteral("编号")), text(QStringLiteral("名称")) });
    CHECK(partners.rows[1].cells[1] == text(QStringLiteral("华东 精诚科技")));
    CHECK(partners.rows[2].cells[1] == text(QStringLiteral("  ")));

    const auto erp = readXlsx(fixture("erp-inline.xlsx"), QStringLiteral("EXPORT"));
    CHECK(erp.error.isEmpty());
    CHECK(erp.sheet == QStringLiteral("Export"));
}

TEST_CASE("xlsx: asking for a sheet the workbook lacks names the file and lists its sheets", "[xlsx]")
{
    const auto run = readXlsx(fixture("sales-1900.xlsx"), QStringLiteral("回款"));
    CHECK_FALSE(run.opened);
    CHECK(run.error
        == QStringLiteral(
            "The workbook “sales-1900.xlsx” has no sheet “回款”; its sheets are “封面”, “销售”, “伙伴”."));
    CHECK(run.rows.isEmpty());
}

TEST_CASE("xlsx: an ERP export with inline strings, a prefixed namespace, absolute targets and no references "
          "reads in order",
    "[xlsx]")
{
    const auto run = readXlsx(fixture("erp-inline.xlsx"));
    INFO(run.error);
    REQUIRE(run.error.isEmpty());
    CHECK(run.sheet == QStringLiteral("Export"));
    CHECK(rowNumbers(run.rows) == QList<int> { 1, 2, 5, 6 }); // rows without r follow the previous one
    CHECK(run.rows[0].cells
        == QList<SheetCell> { text(QStringLiteral("订单号")), text(QStringLiteral("伙伴编号")),
            text(QStringLiteral("日期")), text(QStringLiteral("金额")) });
    // date1904="true", and a date style from the styles part the absolute target names.
    CHECK(run.rows[1].cells
        == QList<SheetCell> { text(QStringLiteral("SO-1")), text(QStringLiteral("P0001")),
            date(QStringLiteral("43831"), QDate(2024, 1, 2)), number(QStringLiteral("100.5")) });
    // A cell after one with a reference follows it; rich-text runs are joined.
    CHECK(run.rows[2].cells
        == QList<SheetCell> { text(QStringLiteral("SO-2")), empty(), empty(), number(QStringLiteral("7")),
            text(QStringLiteral("多段")) });
    CHECK(run.rows[3].cells == QList<SheetCell> { text(QStringLiteral("SO-3")) });
}

TEST_CASE("xlsx: every sheet of every fixture reads the same cut after every row as in one piece", "[xlsx]")
{
    const QDir dir(QStringLiteral(TEST_DATA_DIR "/xlsx"));
    const QStringList files = dir.entryList({ QStringLiteral("*.xlsx") }, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 17);
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        XlsxReader reader(path);
        reader.open();
        // Every row a piece, and a few rows a piece.
        for (const qsizetype pieceBytes : { 1, 150 }) {
            checkCutsChangeNothing(path, {}, pieceBytes); // the first sheet with a value
            for (const QString &sheet : reader.sheetNames())
                checkCutsChangeNothing(path, sheet, pieceBytes);
        }
    }
}

TEST_CASE("xlsx: a sheet is cut only between rows: not at a </row> in CDATA, a comment or an instruction, "
          "nor after </sheetData>",
    "[xlsx]")
{
    const auto run = readXlsx(fixture("cuts.xlsx"), QStringLiteral("陷阱"), 1);
    INFO(run.error);
    REQUIRE(run.error.isEmpty());
    CHECK(rowNumbers(run.rows) == QList<int> { 1, 2, 3, 4 });
    CHECK(run.rows[1].cells
        == QList<SheetCell> { text(QStringLiteral("P1")), text(QStringLiteral("a</row>b")) });
    CHECK(run.rows[2].cells == QList<SheetCell> { text(QStringLiteral("P2")), text(QStringLiteral("c")) });
    CHECK(run.rows[3].cells == QList<SheetCell> { text(QStringLiteral("P3")), number(QStringLiteral("4")) });

    const auto tail = readXlsx(fixture("cuts.xlsx"), QStringLiteral("尾部"), 1);
    CHECK(tail.error.isEmpty());
    CHECK(rowNumbers(tail.rows) == QList<int> { 1, 2 }); // not rows 9 and 10, after </sheetData>
}

TEST_CASE("xlsx: across cuts, rows without a number follow the one before, and rows out of order are refused",
    "[xlsx]")
{
    const auto unnumbered = readXlsx(fixture("cuts.xlsx"), QStringLiteral("无行号"), 1);
    CHECK(unnumbered.error.isEmpty());
    CHECK(rowNumbers(unnumbered.rows) == QList<int> { 1, 2, 3, 7, 8 });

    // A numbered row must come after the unnumbered ones before it, in another piece or not.
    for (const qsizetype pieceBytes : { 1, 150 }) {
        const auto back = readXlsx(fixture("cuts.xlsx"), QStringLiteral("无行号后倒退"), pieceBytes);
        CHECK(rowNumbers(back.rows) == QList<int> { 1, 2, 3 });
        CHECK(back.error
            == QStringLiteral(
                "Sheet “无行号后倒退” of “cuts.xlsx”: row 3 comes after row 3: the rows are out of "
                "order, so the file is damaged. Open it in Excel and save it again."));
    }

    const auto disorder = readXlsx(fixture("cuts.xlsx"), QStringLiteral("乱序"), 1);
    CHECK(rowNumbers(disorder.rows) == QList<int> { 1, 3 });
    CHECK(disorder.error
        == QStringLiteral(
            "Sheet “乱序” of “cuts.xlsx”: row 2 comes after row 3: the rows are out of order, so "
            "the file is damaged. Open it in Excel and save it again."));

    // A blank row counts: the row repeating its number is refused all the same.
    const auto blankRepeat = readXlsx(fixture("cuts.xlsx"), QStringLiteral("空行重复"), 1);
    CHECK(rowNumbers(blankRepeat.rows) == QList<int> { 1 });
    CHECK(blankRepeat.error
        == QStringLiteral(
            "Sheet “空行重复” of “cuts.xlsx”: row 2 comes after row 2: the rows are out of order, "
            "so the file is damaged. Open it in Excel and save it again."));
}

TEST_CASE("xlsx: a row of blank shared strings is skipped, and a cell given twice keeps its last value "
          "but has its string checked, cut or not",
    "[xlsx]")
{
    // The pieces put shared strings into their cells only after parsing, while
    // the table may still be loading; these are what that must not change.
    for (const qsizetype pieceBytes : { qsizetype(1), qsizetype(1) << 30 }) {
        INFO("pieces of " << pieceBytes);
        const auto run = readXlsx(fixture("cuts.xlsx"), QStringLiteral("空白串"), pieceBytes);
        CHECK(run.error.isEmpty());
        REQUIRE(rowNumbers(run.rows) == QList<int> { 1, 3, 4, 5, 6, 7 });
        CHECK(run.rows[1].cells
            == QList<SheetCell> { text(QStringLiteral("P4")), text(QStringLiteral("   ")) });
        CHECK(run.rows[2].cells == QList<SheetCell> { number(QStringLiteral("5")) });
        CHECK(run.rows[3].cells == QList<SheetCell> { text(QStringLiteral("P4")) });
        CHECK(run.rows[4].cells == QList<SheetCell> { number(QStringLiteral("7")) });
        // The references go back: B, then A, then B again.
        CHECK(run.rows[5].cells
            == QList<SheetCell> { text(QStringLiteral("   ")), number(QStringLiteral("8")) });

        const auto bad = readXlsx(fixture("cuts.xlsx"), QStringLiteral("覆盖坏索引"), pieceBytes);
        CHECK(rowNumbers(bad.rows) == QList<int> { 1 });
        CHECK(bad.error
            == QStringLiteral("Sheet “覆盖坏索引” of “cuts.xlsx”, row 2, column A: the cell refers to shared "
                              "string 99, which the workbook does not have."));
    }
}

TEST_CASE("xlsx: a workbook without any value opens on its first sheet and yields no rows", "[xlsx]")
{
    const auto run = readXlsx(fixture("empty.xlsx"));
    CHECK(run.opened);
    CHECK(run.error.isEmpty());
    CHECK(run.sheet == QStringLiteral("Sheet1"));
    CHECK(run.rows.isEmpty());
}

TEST_CASE("xlsx: progress counts the sheet's packed bytes and reaches the total at the end", "[xlsx]")
{
    XlsxReader reader(fixture("sales-1900.xlsx"));
    REQUIRE(reader.open());
    const qint64 total = reader.progressTotal();
    CHECK(total > 0);
    while (reader.next())
        CHECK(reader.progressDone() <= total);
    CHECK(reader.progressTotal() == total);
    CHECK(reader.progressDone() == total);
}

TEST_CASE(
    "xlsx: a format code shows a date when it has a y or d outside quotes, brackets and escapes", "[xlsx]")
{
    for (const char *code : { "yyyy\"年\"m\"月\"d\"日\"", "yyyy/m/d", "[$-804]yyyy年m月d日", "m/d/yy",
             "d-mmm", "mmm-yy", "YYYY-MM-DD", "[DBNum1][$-804]yyyy\"年\"m\"月\"", "yyyy-mm-dd hh:mm" }) {
        INFO(code);
        CHECK(XlsxStyles::isDateFormatCode(QString::fromUtf8(code)));
    }
    for (const char *code : { "0.00", "#,##0", "\"m\"0", "[Red]0", "General", "0.00%", "@", "h:mm:ss",
             "[h]:mm", "0\\d", "#,##0_d", "0*d", "0.00E+00", "\"day\"0", "[Red]#,##0;[Blue]-#,##0" }) {
        INFO(code);
        CHECK_FALSE(XlsxStyles::isDateFormatCode(QString::fromUtf8(code)));
    }
    CHECK(XlsxStyles::isBuiltInDateFormat(14));
    CHECK(XlsxStyles::isBuiltInDateFormat(31)); // yyyy"年"m"月"d"日" in Chinese Excel
    CHECK(XlsxStyles::isBuiltInDateFormat(57));
    CHECK_FALSE(XlsxStyles::isBuiltInDateFormat(10));
    CHECK_FALSE(XlsxStyles::isBuiltInDateFormat(49));
}

TEST_CASE("xlsx: date serials map to days in both systems and a serial that is no day gives none", "[xlsx]")
{
    CHECK(XlsxStyles::dateFromSerial(1, false) == QDate(1900, 1, 1));
    CHECK(XlsxStyles::dateFromSerial(59, false) == QDate(1900, 2, 28));
    CHECK(XlsxStyles::dateFromSerial(61, false) == QDate(1900, 3, 1));
    CHECK(XlsxStyles::dateFromSerial(45292.999, false) == QDate(2024, 1, 1));
    CHECK(XlsxStyles::dateFromSerial(2958465, false) == QDate(9999, 12, 31));
    CHECK(XlsxStyles::dateFromSerial(0, true) == QDate(1904, 1, 1));
    CHECK(XlsxStyles::dateFromSerial(43830, true) == QDate(2024, 1, 1));
    CHECK_FALSE(XlsxStyles::dateFromSerial(60, false));
    CHECK_FALSE(XlsxStyles::dateFromSerial(0, false));
    CHECK_FALSE(XlsxStyles::dateFromSerial(-1, false));
    CHECK_FALSE(XlsxStyles::dateFromSerial(2958466, false));
}

// --- hostile and mistaken input ---------------------------------------------------

TEST_CASE("xlsx: a CSV renamed .xlsx is refused as not a zip archive", "[xlsx]")
{
    const auto run = readXlsx(fixture("renamed-csv.xlsx"));
    CHECK_FALSE(run.opened);
    CHECK(run.error
        == QStringLiteral("“renamed-csv.xlsx” is not an Excel workbook (.xlsx): it is not a zip archive."));
    CHECK(run.sheets.isEmpty());
}

TEST_CASE("xlsx: an Excel 97-2003 file renamed .xlsx is refused with advice to save it as .xlsx", "[xlsx]")
{
    const auto run = readXlsx(fixture("old-format.xlsx"));
    CHECK_FALSE(run.opened);
    CHECK(run.error
        == QStringLiteral(
            "“old-format.xlsx” is an Excel 97–2003 workbook (.xls) or a password-protected one, "
            "which cannot be read; save it in Excel as an .xlsx workbook without a password."));
}

TEST_CASE("xlsx: a zip without xl/workbook.xml is refused as not an Excel workbook", "[xlsx]")
{
    const auto run = readXlsx(fixture("no-workbook.xlsx"));
    CHECK_FALSE(run.opened);
    CHECK(run.error
        == QStringLiteral(
            "“no-workbook.xlsx” is a zip archive but not an Excel workbook: it has no xl/workbook.xml."));
}

TEST_CASE("xlsx: a missing or empty file is refused, naming it", "[xlsx]")
{
    const auto dir = test::tempDir();
    const auto missing = readXlsx(dir->filePath(QStringLiteral("缺失.xlsx")));
    CHECK_FALSE(missing.opened);
    CHECK_THAT(missing.error.toStdString(), Catch::StartsWith("“缺失.xlsx” cannot be opened: "));

    test::writeAll(dir->filePath(QStringLiteral("空.xlsx")), {});
    const auto empty = readXlsx(dir->filePath(QStringLiteral("空.xlsx")));
    CHECK_FALSE(empty.opened);
    CHECK(empty.error == QStringLiteral("“空.xlsx” is empty, not an Excel workbook."));
}

TEST_CASE("xlsx: a zip bomb sheet is refused by the inflation ratio long before it is inflated", "[xlsx]")
{
    const auto run = readXlsx(fixture("zip-bomb.xlsx"));
    CHECK_FALSE(run.opened);
    CHECK(run.error
        == QStringLiteral(
            "Sheet “Sheet1” of “zip-bomb.xlsx”: xl/worksheets/sheet1.xml unpacks to more than 200 "
            "times its packed size, which is refused as a likely zip bomb."));
    CHECK(run.milliseconds < 500);
}

TEST_CASE("xlsx: an entry declaring more than 1 GiB unpacked is refused before inflating", "[xlsx]")
{
    const auto run = readXlsx(fixture("declared-huge.xlsx"));
    CHECK_FALSE(run.opened);
    CHECK(run.error
        == QStringLiteral(
            "Sheet “Sheet1” of “declared-huge.xlsx”: xl/worksheets/sheet1.xml would unpack to more "
            "than 1 GiB, which is refused as unsafe."));
}

TEST_CASE("xlsx: a billion-laughs DTD is refused before any entity is expanded", "[xlsx]")
{
    const auto run = readXlsx(fixture("billion-laughs.xlsx"));
    CHECK_FALSE(run.opened);
    CHECK(run.error
        == QStringLiteral(
            "Sheet “Sheet1” of “billion-laughs.xlsx”: xl/worksheets/sheet1.xml contains a document "
            "type declaration (DTD), which workbooks never use and which is refused as unsafe."));
    CHECK(run.milliseconds < 500);
}

TEST_CASE("xlsx: XML nested more than 64 levels deep is refused, naming the row and column", "[xlsx]")
{
    const auto run = readXlsx(fixture("deep-nesting.xlsx"));
    CHECK(run.rows.size() == 1); // row 1 was fine
    CHECK(run.error
        == QStringLiteral(
            "Sheet “Sheet1” of “deep-nesting.xlsx”, row 2, column B: xl/worksheets/sheet1.xml nests "
            "XML elements more than 64 levels deep, which is refused as unsafe."));
}

TEST_CASE(
    "xlsx: a cell over 32,767 characters is refused at its row and column; one of exactly 32,767 is read",
    "[xlsx]")
{
    const auto inlineCell = readXlsx(fixture("long-cells.xlsx"));
    CHECK(inlineCell.rows.size() == 11); // rows 1–11 came before it
    CHECK(inlineCell.error
        == QStringLiteral(
            "Sheet “销售” of “long-cells.xlsx”, row 12, column C: the cell holds more than 32,767 "
            "characters."));

    const auto sharedCell = readXlsx(fixture("long-cells.xlsx"), QStringLiteral("共享"));
    CHECK(sharedCell.rows.isEmpty());
    CHECK(sharedCell.error
        == QStringLiteral(
            "Sheet “共享” of “long-cells.xlsx”, row 2, column B: the cell holds more than 32,767 "
            "characters."));

    const auto atLimit = readXlsx(fixture("long-cells.xlsx"), QStringLiteral("刚好"));
    CHECK(atLimit.error.isEmpty());
    REQUIRE(atLimit.rows.size() == 1);
    CHECK(atLimit.rows[0].cells[0].text.size() == RowReader::maxCellLength);
}

TEST_CASE(
    "xlsx: a cell beyond column XFD is refused, whether its reference says so or it follows 16,384 others",
    "[xlsx]")
{
    const auto referenced = readXlsx(fixture("damaged.xlsx"), QStringLiteral("列超界"));
    CHECK(referenced.rows.size() == 1);
    CHECK(referenced.error
        == QStringLiteral(
            "Sheet “列超界” of “damaged.xlsx”, row 2: a cell lies beyond column XFD, the last column a "
            "sheet can have."));

    const auto counted = readXlsx(fixture("damaged.xlsx"), QStringLiteral("无引用"));
    CHECK(counted.rows.isEmpty());
    CHECK(counted.error
        == QStringLiteral(
            "Sheet “无引用” of “damaged.xlsx”, row 1: a cell lies beyond column XFD, the last column a "
            "sheet can have."));
}

TEST_CASE(
    "xlsx: a damaged sheet is refused: a shared string it lacks, a bad reference, XML cut short", "[xlsx]")
{
    const auto index = readXlsx(fixture("damaged.xlsx"), QStringLiteral("坏索引"));
    CHECK(index.rows.size() == 1);
    CHECK(index.error
        == QStringLiteral(
            "Sheet “坏索引” of “damaged.xlsx”, row 2, column A: the cell refers to shared string 99, "
            "which the workbook does not have."));

    const auto reference = readXlsx(fixture("damaged.xlsx"), QStringLiteral("坏引用"));
    CHECK(reference.rows.isEmpty());
    CHECK(reference.error
        == QStringLiteral("Sheet “坏引用” of “damaged.xlsx”, row 1: “1A” is not a cell reference."));

    const auto truncated = readXlsx(fixture("damaged.xlsx"), QStringLiteral("残缺"));
    CHECK(truncated.rows.isEmpty());
    CHECK_THAT(truncated.error.toStdString(),
        Catch::StartsWith("Sheet “残缺” of “damaged.xlsx”, row 1, column A: xl/worksheets/sheet4.xml is not "
                          "well-formed XML (line 2: "));
}

TEST_CASE("xlsx: a row number that is not one is refused after the row before it", "[xlsx]")
{
    const auto run = readXlsx(fixture("damaged.xlsx"), QStringLiteral("坏行号"));
    CHECK(run.rows.size() == 1);
    CHECK(run.error == QStringLiteral("Sheet “坏行号” of “damaged.xlsx”: “0” is not a row number."));
}

TEST_CASE("xlsx: a sheet whose part is missing or unnamed is refused, naming the sheet", "[xlsx]")
{
    const auto missing = readXlsx(fixture("missing-parts.xlsx"));
    CHECK_FALSE(missing.opened);
    CHECK(missing.error
        == QStringLiteral(
            "Sheet “缺失” of “missing-parts.xlsx”: the workbook refers to xl/worksheets/sheet1.xml, "
            "which the file does not contain."));

    const auto unnamed = readXlsx(fixture("missing-parts.xlsx"), QStringLiteral("无关系"));
    CHECK_FALSE(unnamed.opened);
    CHECK(unnamed.error
        == QStringLiteral(
            "Sheet “无关系” of “missing-parts.xlsx”: the workbook does not say where the sheet’s "
            "cells are."));
}

TEST_CASE("xlsx: a workbook without sheets is refused", "[xlsx]")
{
    const auto run = readXlsx(fixture("no-sheets.xlsx"));
    CHECK_FALSE(run.opened);
    CHECK(run.error == QStringLiteral("The workbook “no-sheets.xlsx” has no sheets."));
}

TEST_CASE("xlsx: a DTD in the styles refuses the whole workbook before any sheet is read", "[xlsx]")
{
    const auto run = readXlsx(fixture("styles-dtd.xlsx"));
    CHECK_FALSE(run.opened);
    CHECK(run.rows.isEmpty());
    CHECK(run.error
        == QStringLiteral(
            "“styles-dtd.xlsx” cannot be read: xl/styles.xml contains a document type declaration "
            "(DTD), which workbooks never use and which is refused as unsafe."));
}

// Run by hand: CS_XLSX_BENCH=/tmp/big.xlsx tests/test_core "[.benchmark]" -s
// Rows are counted, not kept, as an import streaming them would.
TEST_CASE("xlsx: reading the workbook named by CS_XLSX_BENCH reports rows and time", "[.benchmark]")
{
    const QString path = qEnvironmentVariable("CS_XLSX_BENCH");
    if (path.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    XlsxReader reader(path);
    REQUIRE(reader.open());
    qint64 rows = 0, cells = 0;
    while (auto row = reader.next()) {
        ++rows;
        cells += row->cells.size();
    }
    const qint64 ms = timer.elapsed();
    INFO(reader.error());
    CHECK(reader.error().isEmpty());
    WARN(rows << " rows, " << cells << " cells of sheet " << reader.sheetName() << " in " << ms << " ms");
}
