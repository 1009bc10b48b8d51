// Frozen statement lines: every field of a line survives the workbook's JSON exactly.
#include "TestSupport.h"
#include "storage/StatementLineJson.h"

#include <limits>

using namespace cs;

namespace {

Int128 int128Max()
{
    return Int128(~(__extension__(unsigned __int128)(0)) >> 1);
}

// A line with every field away from its default, values chosen where a careless
// encoding would lose them: beyond 2^53 and 2^64, negative, Chinese text.
StatementLine everyField()
{
    StatementLine line;
    line.component = Component::Adjustment;
    line.base = Money::fromFen(9007199254740993); // 2^53 + 1: a double would round it
    line.rateBp = 250;
    line.amount = Money::fromFen(-123456789012345);
    line.ratioNum = Int128(std::numeric_limits<qint64>::max()) * 10000 + 7; // beyond 64 bits
    line.ratioDen = -Int128(1000000007) * 1000000007;
    line.band = Band { 9000, 10000, 300 };
    line.slices = { { Band { 8000, 9000, 200 }, Int128(123456789) * 1000000000000LL },
        { Band { 12000, std::nullopt, 800 }, 1 } };
    line.annual = true;
    line.reference = Money::fromFen(100000000);
    line.count = 12;
    line.unit = Money::fromFen(50000);
    line.detail = QStringLiteral("云服务 \"新品\" 路演\n第二行\t\\ C:\\ \x01 end 😀");
    line.from = QDate(2026, 2, 1);
    line.to = QDate(2026, 3, 31);
    line.penaltyKind = PenaltyKind::MinimumPrice;
    line.recordId = 42;
    line.source = Quarter(2025, 4);
    line.corrects = Component::Growth;
    line.before = Money::fromFen(-5);
    line.after = Money::fromFen(std::numeric_limits<qint64>::max());
    return line;
}

StatementLine roundTrip(const StatementLine &line)
{
    StatementLine read;
    read.component = Component::Penalty; // whatever was there before is replaced
    read.detail = QStringLiteral("stale");
    QString error;
    INFO(error);
    REQUIRE(statementLineFromJson(statementLineToJson(line), &read, &error));
    return read;
}

} // namespace

TEST_CASE("a statement line with every field set reads back equal, Int128 and 64-bit money exact",
    "[incentive-book]")
{
    const StatementLine line = everyField();
    CHECK(roundTrip(line) == line);
    // The ratio is text in the JSON, never a number a reader could round.
    CHECK(statementLineToJson(line).contains("\"ratio_num\":\"92233720368547758070007\""));
}

TEST_CASE("a default line, an open band and an achievement line read back equal", "[incentive-book]")
{
    CHECK(roundTrip(StatementLine()) == StatementLine());
    StatementLine achievement;
    achievement.base = Money::fromFen(93400000);
    achievement.rateBp = 300;
    achievement.amount = Money::fromFen(2802000);
    achievement.ratioNum = 93400000;
    achievement.ratioDen = 100000000;
    achievement.band = Band { 12000, std::nullopt, 800 };
    achievement.reference = Money::fromFen(100000000);
    const StatementLine read = roundTrip(achievement);
    CHECK(read == achievement);
    CHECK_FALSE(read.band->toBp.has_value());
    // A line with no band keeps none (not a zero band).
    achievement.band.reset();
    CHECK_FALSE(roundTrip(achievement).band.has_value());
}

TEST_CASE(
    "Int128 decimal text round-trips at the extremes and refuses what is not a number", "[incentive-book]")
{
    const Int128 max = int128Max();
    const Int128 min = -max - 1;
    for (const Int128 value : { Int128(0), Int128(-1), Int128(10), max, min, min + 1 }) {
        const auto back = int128FromString(int128ToString(value));
        REQUIRE(back);
        CHECK(*back == value);
    }
    CHECK(int128ToString(max) == QStringLiteral("170141183460469231731687303715884105727"));
    CHECK(int128ToString(min) == QStringLiteral("-170141183460469231731687303715884105728"));
    CHECK_FALSE(int128FromString(u"170141183460469231731687303715884105728")); // max + 1
    CHECK_FALSE(int128FromString(u"-170141183460469231731687303715884105729"));
    CHECK_FALSE(int128FromString(u""));
    CHECK_FALSE(int128FromString(u"-"));
    CHECK_FALSE(int128FromString(u"12a"));
    CHECK_FALSE(int128FromString(u"1.5"));
}

TEST_CASE(
    "a damaged frozen line is refused with the field named, and the line left as it was", "[incentive-book]")
{
    StatementLine line;
    line.detail = QStringLiteral("kept");
    QString error;
    CHECK_FALSE(statementLineFromJson("{\"component\":\"bonus\"}", &line, &error));
    CHECK(error.contains(QStringLiteral("component")));
    CHECK_FALSE(statementLineFromJson("{\"component\":\"growth\",\"ratio_num\":12.5}", &line, &error));
    CHECK(error.contains(QStringLiteral("ratio_num")));
    CHECK_FALSE(statementLineFromJson("{\"component\":\"growth\",\"from\":\"2026-13-01\"}", &line, &error));
    CHECK(error.contains(QStringLiteral("from")));
    CHECK_FALSE(statementLineFromJson("{\"component\":\"growth\",\"band\":{\"rate_bp\":3}}", &line, &error));
    CHECK(error.contains(QStringLiteral("band")));
    CHECK_FALSE(statementLineFromJson("not json", &line, &error));
    CHECK(line.detail == QStringLiteral("kept"));
}
