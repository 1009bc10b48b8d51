// CSV in and out: RFC 4180 parsing with spreadsheet row numbers, and exports
// that Excel opens safely.
#include "TestSupport.h"
#include "import/CsvReader.h"
#include "report/CsvWriter.h"
#include "report/PartnerListing.h"

#include <QJsonArray>
#include <QStringEncoder>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cs;

namespace {

// Writes `bytes` to a file in a fresh folder and reads every row back.
struct CsvRun
{
    std::unique_ptr<QTemporaryDir> dir = test::tempDir();
    QList<SheetRow> rows;
    QString error;
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
    QChar delimiter;
};

CsvRun readCsv(const QByteArray &bytes, CsvReader::Encoding forced = CsvReader::Encoding::Auto,
               const QString &name = QStringLiteral("data.csv"))
{
    CsvRun run;
    const QString path = run.dir->filePath(name);
    test::writeAll(path, bytes);
    CsvReader reader(path, forced);
    while (auto row = reader.next())
        run.rows.append(*row);
    run.error = reader.error();
    run.encoding = reader.encoding();
    run.delimiter = reader.delimiter();
    return run;
}

QStringList texts(const SheetRow &row)
{
    QStringList list;
    for (const SheetCell &cell : row.cells)
        list.append(cell.text);
    return list;
}

} // namespace

TEST_CASE("quoted fields keep commas, doubled quotes and line breaks")
{
    const auto run = readCsv(QStringLiteral("编号,备注\r\nA1,\"含,逗号\"\r\nA2,\"说\"\"好\"\"的\"\r\nA3,\"第一行\r\n第二行\"\r\n").toUtf8());
    REQUIRE(run.error.isEmpty());
    REQUIRE(run.rows.size() == 4);
    CHECK(texts(run.rows[1]) == QStringList{QStringLiteral("A1"), QStringLiteral("含,逗号")});
    CHECK(run.rows[2].cells[1].text == QStringLiteral("说\"好\"的"));
    CHECK(run.rows[3].cells[1].text == QStringLiteral("第一行\r\n第二行"));
    CHECK(run.rows[1].cells[0].kind == SheetCell::Kind::Text);
}

TEST_CASE("row numbers are those Excel shows: blank lines count, a line break inside a cell does not")
{
    const auto run = readCsv("h1,h2\n\na,\"x\ny\"\n,\nb,2\n");
    REQUIRE(run.rows.size() == 3);
    CHECK(run.rows[0].row == 1);
    CHECK(run.rows[1].row == 3);
    CHECK(run.rows[2].row == 5);
}

TEST_CASE("a last row without a line ending and empty trailing cells are kept")
{
    const auto run = readCsv("a,b,\nc,,");
    REQUIRE(run.rows.size() == 2);
    CHECK(texts(run.rows[0]) == QStringList{QStringLiteral("a"), QStringLiteral("b"), QString()});
    CHECK(run.rows[0].cells[2].kind == SheetCell::Kind::Empty);
    CHECK(run.rows[1].cells.size() == 3);
}

TEST_CASE("rows handed back to the reader are filled again without changing any row already read")
{
    // Rows of changing width, blank lines and quoted line breaks, across many of
    // the reader's chunks, so recycled rows of every shape are filled again.
    QByteArray bytes = "编号,金额,备注\r\n";
    quint32 shape = 1;
    for (int i = 0; bytes.size() < 1024 * 1024; ++i) {
        const QByteArray code = "A" + QByteArray::number(i);
        shape = shape * 1103515245u + 12345u; // shapes in no fixed order, so any row may reuse any other
        switch ((shape >> 16) % 5) {
        case 0: bytes += code + ",1.5,短\r\n"; break;
        case 1: bytes += code + ",,\"第一行\r\n第二行\"\r\n"; break;
        case 2: bytes += "\r\n"; break;
        case 3: bytes += code + ",2,x,多一列,再一列\r\n"; break;
        default: bytes += code + "\r\n"; break;
        }
    }
    const auto expected = readCsv(bytes);
    REQUIRE(expected.error.isEmpty());

    const auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("again.csv"));
    test::writeAll(path, bytes);
    CsvReader reader(path);
    QList<SheetRow> kept;
    while (auto row = reader.next()) {
        if (row->row % 2 == 0) {
            kept.append(*row); // shares the row's text: it must not change when the row is reused
        } else {
            SheetRow own = *row; // a copy of its own, so the reader reuses buffers nobody else holds
            for (SheetCell &cell : own.cells)
                cell.text = QString(cell.text.constData(), cell.text.size());
            kept.append(own);
        }
        reader.recycle(std::move(*row));
    }
    CHECK(reader.error().isEmpty());
    REQUIRE(kept.size() == expected.rows.size());
    int differing = 0;
    for (qsizetype i = 0; i < kept.size(); ++i)
        if (kept[i].row != expected.rows[i].row || kept[i].cells != expected.rows[i].cells)
            ++differing;
    CHECK(differing == 0);
}

TEST_CASE("an unclosed quote keeps the text up to the end of the file")
{
    const auto run = readCsv("a,\"open\nstill open");
    REQUIRE(run.rows.size() == 1);
    CHECK(run.rows[0].cells[1].text == QStringLiteral("open\nstill open"));
}

TEST_CASE("a GB18030 export from Chinese Excel is detected, yen sign and quoted line break intact")
{
    CsvReader reader(QStringLiteral(TEST_DATA_DIR "/csv/partners-gb18030.csv"));
    QList<SheetRow> rows;
    while (auto row = reader.next())
        rows.append(*row);
    INFO(reader.error().toStdString());
    REQUIRE(reader.error().isEmpty());
    CHECK(reader.encoding() == CsvReader::Encoding::Gb18030);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].cells[0].text == QStringLiteral("伙伴编号"));
    CHECK(rows[1].cells[2].text == QStringLiteral("¥1,234,567.50"));
    CHECK(rows[1].cells[3].text == QStringLiteral("主营工业客户，\r\n2025年起拓展新能源"));
    CHECK(rows[2].row == 3); // the line break inside row 2 does not start a row
    CHECK(rows[2].cells[2].text == QStringLiteral("￥88000"));
}

TEST_CASE("UTF-8 with or without a byte-order mark and UTF-16 with one are detected")
{
    const QString text = QStringLiteral("编号,金额\r\nA1,¥5\r\n");
    const auto plain = readCsv(text.toUtf8());
    CHECK(plain.encoding == CsvReader::Encoding::Utf8);
    CHECK(plain.rows[1].cells[1].text == QStringLiteral("¥5"));
    const auto bom = readCsv(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    CHECK(bom.encoding == CsvReader::Encoding::Utf8);
    CHECK(bom.rows[0].cells[0].text == QStringLiteral("编号"));

    QByteArray le("\xFF\xFE"), be("\xFE\xFF");
    for (QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    const auto utf16le = readCsv(le);
    CHECK(utf16le.encoding == CsvReader::Encoding::Utf16LE);
    CHECK(utf16le.rows[1].cells[1].text == QStringLiteral("¥5"));
    const auto utf16be = readCsv(be);
    CHECK(utf16be.encoding == CsvReader::Encoding::Utf16BE);
    CHECK(utf16be.rows[0].cells[0].text == QStringLiteral("编号"));
}

TEST_CASE("a UTF-8 character cut in two by the end of the part read for detection is still UTF-8")
{
    // The reader decides on its first 4 MiB; a character may straddle that line.
    constexpr qsizetype sampleBytes = qsizetype(4) * 1024 * 1024;
    for (const QByteArray &character : { QByteArray("中"), QByteArray("\xF0\x9F\x98\x80") }) {
        for (qsizetype before = 1; before < character.size(); ++before) {
            QByteArray bytes = "编号,备注\n";
            while (bytes.size() < sampleBytes - 200)
                bytes += "A,plain ascii text to fill the sample\n";
            bytes += "B,";
            bytes += QByteArray(sampleBytes - before - bytes.size(), 'x');
            bytes += character + "\n";
            REQUIRE(bytes.indexOf(character) == sampleBytes - before);
            const auto run = readCsv(bytes);
            CHECK(run.encoding == CsvReader::Encoding::Utf8);
            REQUIRE(!run.rows.isEmpty());
            CHECK(run.rows.last().cells[1].text.endsWith(QString::fromUtf8(character)));
        }
    }
    // Bytes that are not UTF-8 at the very end are still not taken for it.
    CHECK(readCsv("编号\n\xB1\xE0\xBA\xC5").encoding == CsvReader::Encoding::Gb18030);
}

TEST_CASE("a chosen encoding overrides detection, and text that does not fit it is reported with its row")
{
    const QByteArray gb = QStringEncoder("GB18030").encode(QStringLiteral("编号\r\n杭州\r\n"));
    const auto forced = readCsv(gb, CsvReader::Encoding::Utf8);
    CHECK(forced.error.contains(QStringLiteral("data.csv, row 1")));
    CHECK(forced.error.contains(QStringLiteral("GB18030")));
    CHECK(CsvReader::encodingFromName(QStringLiteral("GBK")) == CsvReader::Encoding::Gb18030);
    CHECK(CsvReader::encodingFromName(QStringLiteral("utf-8")) == CsvReader::Encoding::Utf8);
    CHECK_FALSE(CsvReader::encodingFromName(QStringLiteral("latin-9")));
}

TEST_CASE("the delimiter is sniffed among comma, semicolon and tab")
{
    CHECK(readCsv("a;b;c\n1;2,5;3\n4;5;6\n").delimiter == QLatin1Char(';'));
    CHECK(readCsv("a\tb\n1\t2\n").delimiter == QLatin1Char('\t'));
    CHECK(readCsv("a,b\n\"x;y\",2\n").delimiter == QLatin1Char(','));
    const auto semicolons = readCsv("编号;金额\nA1;1,5\n");
    CHECK(texts(semicolons.rows[1]) == QStringList{QStringLiteral("A1"), QStringLiteral("1,5")});
}

TEST_CASE("a cell longer than Excel allows is refused with its row and column")
{
    const QByteArray big = "a,b\nx," + QByteArray(RowReader::maxCellLength + 1, 'y') + "\n";
    const auto run = readCsv(big);
    CHECK(run.error.contains(QStringLiteral("data.csv, row 2, column B")));
    CHECK(run.error.contains(QStringLiteral("32767")));
}

TEST_CASE("a row wider than Excel allows is refused")
{
    const auto run = readCsv(QByteArray(RowReader::maxColumns + 5, ',') + "\n");
    CHECK(run.error.contains(QStringLiteral("row 1")));
    CHECK(run.error.contains(QStringLiteral("16384")));
}

TEST_CASE("a file that is not text is refused whatever its name says")
{
    CHECK(readCsv(QByteArray("PK\x03\x04\x14\x00rest", 10), CsvReader::Encoding::Auto, QStringLiteral("a.csv"))
              .error.contains(QStringLiteral("Excel workbook")));
    CHECK(readCsv(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)).error.contains(QStringLiteral(".xls")));
    CHECK(readCsv(QByteArray("abc\0\0def", 9)).error.contains(QStringLiteral("binary")));
}

TEST_CASE("columns are named as Excel names them")
{
    CHECK(columnLetters(0) == QStringLiteral("A"));
    CHECK(columnLetters(25) == QStringLiteral("Z"));
    CHECK(columnLetters(26) == QStringLiteral("AA"));
    CHECK(columnLetters(16383) == QStringLiteral("XFD"));
}

TEST_CASE("an exported cell that would run as a formula is neutralised")
{
    CHECK(csvField(QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")"))
        == QStringLiteral("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\""));
    CHECK(csvField(QStringLiteral("+1+1")) == QStringLiteral("'+1+1"));
    CHECK(csvField(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(csvField(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(csvField(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(csvField(QStringLiteral("\rx")) == QStringLiteral("\"'\rx\""));
}

TEST_CASE("plain numbers and ordinary text are exported as they are")
{
    CHECK(csvField(QStringLiteral("-5.00")) == QStringLiteral("-5.00"));
    CHECK(csvField(QStringLiteral("+12")) == QStringLiteral("+12"));
    CHECK(csvField(QStringLiteral("杭州恒信")) == QStringLiteral("杭州恒信"));
    CHECK(csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
}

TEST_CASE("a CSV export starts with a byte-order mark and ends rows with CRLF, so Excel reads Chinese")
{
    const QByteArray csv =
        toCsv({ { QStringLiteral("编号"), QStringLiteral("名称") }, { QStringLiteral("A"), QString() } });
    CHECK(csv == QByteArray("\xEF\xBB\xBF") + QStringLiteral("编号,名称\r\nA,\r\n").toUtf8());
}

TEST_CASE("the partner list exports parents by code and enumerations by stable code in JSON")
{
    Partner top;
    top.id = 1;
    top.code = QStringLiteral("T-1");
    top.name = QStringLiteral("总代理");
    top.type = PartnerType::Agent;
    top.tier = Tier::Diamond;
    Partner child;
    child.id = 2;
    child.code = QStringLiteral("C-1");
    child.name = QStringLiteral("=cmd|' /C calc'!A0");
    child.parentId = 1;
    child.joinDate = QDate(2024, 3, 5);

    const QJsonArray json = QJsonDocument::fromJson(partnersToJson({ top, child })).array();
    REQUIRE(json.size() == 2);
    CHECK(json[0].toObject()[QStringLiteral("tier")].toString() == QStringLiteral("diamond"));
    CHECK(json[0].toObject()[QStringLiteral("type")].toString() == QStringLiteral("agent"));
    CHECK(json[0].toObject()[QStringLiteral("parent")].isNull());
    CHECK(json[1].toObject()[QStringLiteral("parent")].toString() == QStringLiteral("T-1"));
    CHECK(json[1].toObject()[QStringLiteral("joinDate")].toString() == QStringLiteral("2024-03-05"));
    CHECK(json[1].toObject()[QStringLiteral("tier")].isNull());

    const auto rows = readCsv(partnersToCsv({ top, child })).rows;
    REQUIRE(rows.size() == 3);
    CHECK(rows[2].cells[0].text == QStringLiteral("C-1"));
    CHECK(rows[2].cells[1].text.startsWith(QLatin1Char('\'')));
    CHECK(rows[2].cells[8].text == QStringLiteral("T-1"));
}
