// CSV in and out: RFC 4180 parsing with spreadsheet row numbers, and exports
// that Excel opens safely.
#include "TestSupport.h"
#include "import/CsvParser.h"
#include "report/CsvWriter.h"
#include "report/PartnerListing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cs;

TEST_CASE("quoted fields keep commas, doubled quotes and line breaks")
{
    const auto records =
        parseCsv(u"编号,备注\r\nA1,\"含,逗号\"\r\nA2,\"说\"\"好\"\"的\"\r\nA3,\"第一行\r\n第二行\"\r\n");
    REQUIRE(records.size() == 4);
    CHECK(records[1].fields == QStringList { QStringLiteral("A1"), QStringLiteral("含,逗号") });
    CHECK(records[2].fields[1] == QStringLiteral("说\"好\"的"));
    CHECK(records[3].fields[1] == QStringLiteral("第一行\r\n第二行"));
}

TEST_CASE("row numbers are those Excel shows: blank lines count, a line break inside a cell does not")
{
    const auto records = parseCsv(u"h1,h2\n\na,\"x\ny\"\nb,2\n");
    REQUIRE(records.size() == 3);
    CHECK(records[0].row == 1);
    CHECK(records[1].row == 3);
    CHECK(records[2].row == 4);
}

TEST_CASE("a last record without a line ending and empty trailing fields are kept")
{
    const auto records = parseCsv(u"a,b,\nc,,");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == QStringList { QStringLiteral("a"), QStringLiteral("b"), QString() });
    CHECK(records[1].fields.size() == 3);
}

TEST_CASE("an unclosed quote keeps the text up to the end")
{
    const auto records = parseCsv(u"a,\"open\nstill open");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields[1] == QStringLiteral("open\nstill open"));
}

TEST_CASE("UTF-8 with and without a byte-order mark decodes the same")
{
    const QByteArray plain = QStringLiteral("伙伴编号,¥").toUtf8();
    CHECK(decodeUtf8(plain) == QStringLiteral("伙伴编号,¥"));
    CHECK(decodeUtf8(QByteArray("\xEF\xBB\xBF") + plain) == QStringLiteral("伙伴编号,¥"));
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

    const auto rows = parseCsv(decodeUtf8(partnersToCsv({ top, child })));
    REQUIRE(rows.size() == 3);
    CHECK(rows[2].fields[0] == QStringLiteral("C-1"));
    CHECK(rows[2].fields[1].startsWith(QLatin1Char('\'')));
    CHECK(rows[2].fields[8] == QStringLiteral("T-1"));
}
