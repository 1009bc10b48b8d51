// The capability model: derivation from the assessment history, the composite, every
// threshold at its exact boundary, the benchmark, stage suggestions and stored rules.
#include "ImportFixture.h"
#include "capability/CapabilityModel.h"
#include "capability/Tenths.h"
#include "report/CapabilityListing.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cs;

namespace {

const QDate asOf(2026, 10, 31);

AssessmentRecord assessed(const char *date, int product, int sales, int service)
{
    AssessmentRecord record;
    record.date = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
    record.tenths = { product, sales, service };
    return record;
}

ResultRecord result(int year, int quarter, qint64 targetFen, qint64 actualFen)
{
    return { Quarter(year, quarter), Money::fromFen(targetFen), Money::fromFen(actualFen) };
}

PartnerInputs partner(const char *code, QList<AssessmentRecord> assessments, QList<ResultRecord> results = {})
{
    PartnerInputs p;
    static qint64 nextId = 1;
    p.id = nextId++;
    p.code = QString::fromLatin1(code);
    p.name = p.code;
    p.assessments = std::move(assessments);
    p.results = std::move(results);
    return p;
}

PartnerCapability single(const PartnerInputs &p, const CapabilityRules &rules = {}, QDate date = asOf)
{
    const CapabilityOverview overview = CapabilityModel::compute({ p }, date, rules);
    REQUIRE(overview.partners.size() == 1);
    return overview.partners.front();
}

QList<WatchRule> rulesHit(const PartnerCapability &p)
{
    QList<WatchRule> rules;
    for (const WatchHit &hit : p.watch)
        rules.append(hit.rule);
    return rules;
}

// Four quarters to 2026Q3 totalling `fen`, all on target.
QList<ResultRecord> yearOfSales(qint64 fen)
{
    const qint64 quarter = fen / 4;
    return { result(2025, 4, quarter, quarter), result(2026, 1, quarter, quarter),
        result(2026, 2, quarter, quarter), result(2026, 3, quarter, fen - 3 * quarter) };
}

} // namespace

TEST_CASE("latest, previous and three-months-earlier assessments come from the history", "[capability]")
{
    const PartnerCapability p = single(partner("A1",
        { assessed("2026-06-25", 50, 50, 50), assessed("2026-07-24", 60, 70, 80),
            assessed("2026-08-25", 61, 71, 81), assessed("2026-09-25", 65, 72, 83),
            assessed("2026-10-23", 70, 69, 90) }));
    REQUIRE(p.latest);
    CHECK(p.latest->date == QDate(2026, 10, 23));
    CHECK(p.previous->date == QDate(2026, 9, 25));
    // Three months before 2026-10-23 is 2026-07-23: 2026-07-24 is the nearest.
    REQUIRE(p.threeMonthsEarlier);
    CHECK(p.threeMonthsEarlier->date == QDate(2026, 7, 24));
    CHECK(p.changeSincePrevious() == PerDimension<int> { 5, -3, 7 });
    CHECK(p.changeSinceThreeMonths() == PerDimension<int> { 10, -1, 10 });
}

TEST_CASE("of two assessments equally near three months earlier the earlier is taken; none when too far",
    "[capability]")
{
    const PartnerCapability tie = single(partner("A1",
        { assessed("2026-07-21", 40, 40, 40), assessed("2026-07-25", 50, 50, 50),
            assessed("2026-10-23", 60, 60, 60) }));
    REQUIRE(tie.threeMonthsEarlier);
    CHECK(tie.threeMonthsEarlier->date == QDate(2026, 7, 21));

    const PartnerCapability fortnight =
        single(partner("A2", { assessed("2026-10-09", 50, 50, 50), assessed("2026-10-23", 60, 60, 60) }));
    CHECK(fortnight.previous);
    CHECK_FALSE(fortnight.threeMonthsEarlier);
    CHECK_FALSE(fortnight.changeSinceThreeMonths());

    const PartnerCapability once = single(partner("A3", { assessed("2026-10-23", 60, 60, 60) }));
    CHECK_FALSE(once.previous);
    CHECK_FALSE(once.changeSincePrevious());
}

TEST_CASE("the composite weighs the dimensions exactly by the rules' weights", "[capability]")
{
    const PartnerInputs p = partner("A1", { assessed("2026-10-23", 90, 60, 30) });
    const PartnerCapability equal = single(p);
    CHECK(equal.compositeTenths == Ratio { 60, 1 });

    CapabilityRules rules;
    rules.weights = { 2, 1, 1 };
    const PartnerCapability weighted = single(p, rules);
    CHECK(weighted.compositeTenths == Ratio { 135, 2 }); // (180 + 60 + 30) / 4 = 67.5 tenths
    CHECK(formatTenths(*weighted.compositeTenths) == QStringLiteral("6.8")); // half away from zero

    rules.weights = { 0, 0, 1 };
    CHECK(single(p, rules).compositeTenths == Ratio { 30, 1 });

    rules.weights = { 1, 1, 1 };
    const PartnerCapability third = single(partner("A2", { assessed("2026-10-23", 80, 80, 81) }), rules);
    CHECK(third.compositeTenths == Ratio { 241, 3 });
}

TEST_CASE("a dimension below the weak threshold is a hit: 5.0 is not weak, 4.9 is", "[capability]")
{
    const PartnerCapability atThreshold = single(partner("A1", { assessed("2026-10-23", 50, 50, 50) }));
    CHECK(atThreshold.watch.isEmpty());

    const PartnerCapability below = single(partner("A2", { assessed("2026-10-23", 50, 49, 100) }));
    REQUIRE(below.watch.size() == 1);
    CHECK(below.watch[0].rule == WatchRule::WeakDimension);
    CHECK(below.watch[0].dimension == Dimension::Sales);
    CHECK(below.watch[0].reason == QStringLiteral("Sales execution is 4.9, below 5.0."));

    CapabilityRules rules;
    rules.weakBelowTenths = 49;
    CHECK(single(partner("A3", { assessed("2026-10-23", 50, 49, 100) }), rules).watch.isEmpty());
}

TEST_CASE(
    "a drop of exactly the threshold between the two latest assessments is a hit, 0.9 is not", "[capability]")
{
    const PartnerCapability drop =
        single(partner("A1", { assessed("2026-09-25", 70, 70, 70), assessed("2026-10-23", 60, 61, 71) }));
    REQUIRE(drop.watch.size() == 1);
    CHECK(drop.watch[0].rule == WatchRule::Drop);
    CHECK(drop.watch[0].dimension == Dimension::Product);
    CHECK(drop.watch[0].reason
        == QStringLiteral("Product understanding fell by 1.0, from 7.0 on 2026-09-25 to 6.0 on 2026-10-23."));

    // An older fall is history: only the latest pair counts.
    const PartnerCapability older = single(partner("A2",
        { assessed("2026-08-25", 90, 90, 90), assessed("2026-09-25", 60, 60, 60),
            assessed("2026-10-23", 60, 60, 60) }));
    CHECK(older.watch.isEmpty());
}

TEST_CASE("achievement below 80 % in the two latest consecutive quarters is a hit; exactly 80 % is not",
    "[capability]")
{
    const QList<AssessmentRecord> fine { assessed("2026-10-23", 70, 70, 70) };
    // 1,000.00 yuan targets: 800.00 is exactly 80 %, 799.99 just below.
    const PartnerCapability below =
        single(partner("A1", fine, { result(2026, 2, 100000, 79999), result(2026, 3, 100000, 50000) }));
    REQUIRE(rulesHit(below) == QList<WatchRule> { WatchRule::LowAchievement });
    CHECK(below.watch[0].reason.contains(QStringLiteral("below 80.0 %")));
    CHECK(below.watch[0].reason.contains(QStringLiteral("80.0 %"))); // 79.999 % shown rounded
    CHECK(below.watch[0].reason.contains(QStringLiteral("50.0 %")));

    const PartnerCapability exactly =
        single(partner("A2", fine, { result(2026, 2, 100000, 80000), result(2026, 3, 100000, 50000) }));
    CHECK(exactly.watch.isEmpty());

    const PartnerCapability onlyOne = single(partner("A3", fine, { result(2026, 3, 100000, 50000) }));
    CHECK(onlyOne.watch.isEmpty());

    // 2026Q1 and 2026Q3 are not consecutive: the missing quarter breaks the run.
    const PartnerCapability gap =
        single(partner("A4", fine, { result(2026, 1, 100000, 50000), result(2026, 3, 100000, 50000) }));
    CHECK(gap.watch.isEmpty());

    // Only the latest quarters count: two bad quarters followed by a good one are no hit.
    const PartnerCapability recovered = single(partner("A5", fine,
        { result(2026, 1, 100000, 50000), result(2026, 2, 100000, 50000), result(2026, 3, 100000, 100000) }));
    CHECK(recovered.watch.isEmpty());
}

TEST_CASE(
    "a quarter without a target is not counted as low achievement and is noted separately", "[capability]")
{
    const PartnerCapability p = single(partner("A1", { assessed("2026-10-23", 70, 70, 70) },
        { result(2026, 2, 100000, 50000), result(2026, 3, 0, 50000) }));
    CHECK(p.watch.isEmpty());
    REQUIRE(p.notices.size() == 1);
    CHECK(p.notices[0].contains(QStringLiteral("No sales target")));
    CHECK(p.notices[0].contains(Quarter(2026, 3).label()));
}

TEST_CASE("exactly 60 days without assessment is not stale, 61 is; a partner never assessed is a hit",
    "[capability]")
{
    const QDate last(2026, 9, 1);
    CHECK(
        single(partner("A1", { assessed("2026-09-01", 70, 70, 70) }), {}, last.addDays(60)).watch.isEmpty());
    const PartnerCapability stale =
        single(partner("A2", { assessed("2026-09-01", 70, 70, 70) }), {}, last.addDays(61));
    REQUIRE(rulesHit(stale) == QList<WatchRule> { WatchRule::Stale });
    // "day(s)" until the English plural forms are translated: check around the plural.
    CHECK(stale.watch[0].reason.startsWith(QStringLiteral("No assessment for 61 day")));
    CHECK(stale.watch[0].reason.endsWith(QStringLiteral(", since 2026-09-01 (the limit is 60 days).")));

    const PartnerCapability never = single(partner("A3", {}));
    CHECK(rulesHit(never) == QList<WatchRule> { WatchRule::NeverAssessed });
    CHECK_FALSE(never.latest);
    CHECK_FALSE(never.compositeTenths);
    CHECK_FALSE(never.gapTenths);
    CHECK_FALSE(never.stage.stage);
    CHECK(never.stage.reason.contains(QStringLiteral("Not assessed")));
}

TEST_CASE(
    "a churned partner keeps its scores but stays off the watch list and out of the averages", "[capability]")
{
    PartnerInputs churned = partner("A1", { assessed("2026-01-01", 10, 10, 10) }, yearOfSales(5'000'000'000));
    churned.status = PartnerStatus::Churned;
    const PartnerInputs other = partner("A2", { assessed("2026-10-23", 60, 60, 60) });
    const CapabilityOverview overview = CapabilityModel::compute({ churned, other }, asOf, {});
    CHECK(overview.partners[0].watch.isEmpty());
    CHECK(overview.partners[0].latest);
    CHECK(overview.channelAverage == ScoreAverages { Ratio { 60, 1 }, Ratio { 60, 1 }, Ratio { 60, 1 } });
    CHECK_FALSE(overview.benchmark);
}

TEST_CASE(
    "without an excellent partner there is no benchmark, a message says why, and no gap", "[capability]")
{
    const CapabilityOverview overview = CapabilityModel::compute(
        { partner("A1", { assessed("2026-10-23", 60, 60, 60) }, yearOfSales(2'000'000'000)) }, asOf, {});
    CHECK_FALSE(overview.benchmark);
    CHECK(overview.benchmarkSource == BenchmarkSource::None);
    CHECK(overview.benchmarkNote.startsWith(QStringLiteral("No benchmark")));
    CHECK(overview.excellentPartners == 0);
    CHECK_FALSE(overview.partners[0].gapTenths);
    CHECK(overview.channelAverage); // the channel average does not need excellent partners

    const CapabilityOverview empty = CapabilityModel::compute({}, asOf, {});
    CHECK_FALSE(empty.benchmark);
    CHECK_FALSE(empty.channelAverage);
    CHECK_FALSE(empty.benchmarkNote.isEmpty());

    // Excellent but never assessed: still no benchmark, and the message says so.
    const CapabilityOverview unassessed =
        CapabilityModel::compute({ partner("A1", {}, yearOfSales(2'000'000'001)) }, asOf, {});
    CHECK_FALSE(unassessed.benchmark);
    CHECK(unassessed.benchmarkNote.contains(QStringLiteral("no assessment")));
}

TEST_CASE(
    "the benchmark averages the latest scores of partners whose trailing four quarters exceed the threshold",
    "[capability]")
{
    const CapabilityOverview overview = CapabilityModel::compute(
        {
            partner("E1", { assessed("2026-10-23", 87, 80, 90) }, yearOfSales(2'000'000'001)), // 1 fen above
            partner("E2", { assessed("2026-10-23", 88, 81, 90) }, yearOfSales(3'000'000'000)),
            partner("N1", { assessed("2026-10-23", 42, 50, 60) }, yearOfSales(2'000'000'000)), // exactly: not
            // Big sales, but five quarters ago and in the running quarter: outside the window.
            partner("N2", { assessed("2026-10-23", 10, 10, 10) },
                { result(2025, 3, 1, 5'000'000'000), result(2026, 4, 1, 5'000'000'000) }),
        },
        asOf, {});
    REQUIRE(overview.benchmark);
    CHECK(overview.benchmarkSource == BenchmarkSource::ExcellentPartners);
    CHECK(overview.excellentPartners == 2);
    CHECK(*overview.benchmark == ScoreAverages { Ratio { 175, 2 }, Ratio { 161, 2 }, Ratio { 90, 1 } });
    const PartnerCapability &ordinary = overview.partners[2];
    REQUIRE(ordinary.gapTenths);
    CHECK((*ordinary.gapTenths)[0] == Ratio { 91, 2 }); // 8.75 − 4.2 = 4.55
    CHECK(formatTenths((*ordinary.gapTenths)[0]) == QStringLiteral("4.6"));
    CHECK((*overview.partners[1].gapTenths)[0] == Ratio { -1, 2 }); // above the benchmark: negative gap
    CHECK(overview.channelAverage == ScoreAverages { Ratio { 227, 4 }, Ratio { 221, 4 }, Ratio { 125, 2 } });
}

TEST_CASE("a fixed benchmark replaces the excellent partners' average", "[capability]")
{
    CapabilityRules rules;
    rules.fixedBenchmarkTenths = PerDimension<int> { 87, 80, 85 };
    const CapabilityOverview overview =
        CapabilityModel::compute({ partner("A1", { assessed("2026-10-23", 42, 80, 90) }) }, asOf, rules);
    REQUIRE(overview.benchmark);
    CHECK(overview.benchmarkSource == BenchmarkSource::Fixed);
    CHECK(*overview.partners[0].gapTenths
        == ScoreAverages { Ratio { 45, 1 }, Ratio { 0, 1 }, Ratio { -5, 1 } });
}

TEST_CASE("the stage follows the composite as shown and the certification, at every boundary", "[capability]")
{
    const CapabilityRules rules;
    const auto stageOf = [&](Ratio composite,
                             std::optional<Certification> certification = Certification::Expert) {
        return StageSuggestion::suggest(composite, certification, rules);
    };
    CHECK(stageOf(Ratio { 59, 1 }).stage == Stage::Entry);
    CHECK(stageOf(Ratio { 59, 1 }).reason == QStringLiteral("Composite 5.9 is below 6.0."));
    CHECK(stageOf(Ratio { 60, 1 }).stage == Stage::Growth);
    CHECK(stageOf(Ratio { 179, 3 }).stage == Stage::Growth); // 5.97 is shown, and judged, as 6.0
    CHECK(stageOf(Ratio { 178, 3 }).stage == Stage::Entry); // 5.93 → 5.9
    CHECK(stageOf(Ratio { 79, 1 }).stage == Stage::Growth);
    CHECK(stageOf(Ratio { 80, 1 }).stage == Stage::Expert);
    CHECK(stageOf(Ratio { 80, 1 }, Certification::Advanced).stage == Stage::Expert);
    const StageSuggestion basic = stageOf(Ratio { 95, 1 }, Certification::Basic);
    CHECK(basic.stage == Stage::Growth);
    CHECK(basic.reason.contains(QStringLiteral("certification (Basic) is below Advanced")));
    CHECK(stageOf(Ratio { 95, 1 }, std::nullopt).stage == Stage::Growth);
    CHECK_FALSE(StageSuggestion::suggest(std::nullopt, Certification::Expert, rules).stage);

    CapabilityRules strict;
    strict.expertCertification = Certification::Expert;
    CHECK(StageSuggestion::suggest(Ratio { 80, 1 }, Certification::Advanced, strict).stage == Stage::Growth);
}

TEST_CASE("the rules are saved to the workbook's settings and read back", "[capability]")
{
    test::ImportFixture f;
    QStringList problems;
    CHECK(CapabilityRules::load(f.workbook(), &problems) == CapabilityRules());
    CHECK(problems.isEmpty());

    CapabilityRules rules;
    rules.weights = { 2, 1, 0 };
    rules.weakBelowTenths = 45;
    rules.dropAtLeastTenths = 15;
    rules.achievementBelow = Ratio { 17, 20 };
    rules.achievementQuarters = 3;
    rules.staleAfterDays = 45;
    rules.excellentSalesAbove = Money::fromFen(123'456'789);
    rules.fixedBenchmarkTenths = PerDimension<int> { 87, 80, 85 };
    rules.growthFromTenths = 55;
    rules.expertFromTenths = 85;
    rules.expertCertification = Certification::Expert;
    QStringList errors;
    REQUIRE(rules.save(f.workbook(), &errors));
    CHECK(errors.isEmpty());
    f.close();
    f.reopen();
    CHECK(CapabilityRules::load(f.workbook(), &problems) == rules);
    CHECK(problems.isEmpty());

    rules.fixedBenchmarkTenths.reset();
    REQUIRE(rules.save(f.workbook()));
    CHECK_FALSE(CapabilityRules::load(f.workbook()).fixedBenchmarkTenths);
}

TEST_CASE("invalid rules are refused with their reasons and nothing is written", "[capability]")
{
    test::ImportFixture f;
    CapabilityRules rules;
    rules.weights = { 0, 0, 0 };
    rules.weakBelowTenths = 101;
    rules.growthFromTenths = 81;
    rules.achievementBelow = Ratio { 0, 1 };
    QStringList errors;
    const QByteArray before = f.closedFingerprint();
    CHECK_FALSE(rules.save(f.workbook(), &errors));
    CHECK(errors.contains(QStringLiteral("At least one dimension needs a weight above zero.")));
    CHECK(errors.contains(QStringLiteral("The weak-dimension threshold must be from 0.0 to 10.0.")));
    CHECK(errors.contains(QStringLiteral(
        "The growth stage threshold (8.1) cannot be above the expert stage threshold (8.0).")));
    CHECK(errors.contains(QStringLiteral("The achievement threshold must be above 0 % and at most 1000 %.")));
    CHECK(errors.size() == 4);
    CHECK(f.closedFingerprint() == before);

    CapabilityRules badBenchmark;
    badBenchmark.fixedBenchmarkTenths = PerDimension<int> { 87, 101, 85 };
    CHECK(badBenchmark.validate()
        == QStringList {
            QStringLiteral("The fixed benchmark for Sales execution must be from 0.0 to 10.0.") });
}

TEST_CASE("a stored rule that cannot be read falls back to its default and is reported", "[capability]")
{
    test::ImportFixture f;
    f.workbook().setSetting(QStringLiteral("capability.weak_below_tenths"), QStringLiteral("five"));
    f.workbook().setSetting(QStringLiteral("capability.drop_at_least_tenths"), QStringLiteral("15"));
    QStringList problems;
    const CapabilityRules rules = CapabilityRules::load(f.workbook(), &problems);
    CHECK(rules.weakBelowTenths == 50);
    CHECK(rules.dropAtLeastTenths == 15);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("capability.weak_below_tenths")));

    // A set that reads but fails validation gives the defaults as a whole.
    for (const char *key :
        { "capability.weight_product", "capability.weight_sales", "capability.weight_service" })
        f.workbook().setSetting(QString::fromLatin1(key), QStringLiteral("0"));
    problems.clear();
    CHECK(CapabilityRules::load(f.workbook(), &problems) == CapabilityRules());
    CHECK(problems.size() == 3); // "five", no weight, and that the defaults are used
    CHECK(problems.contains(QStringLiteral("At least one dimension needs a weight above zero.")));
}

TEST_CASE("the workbook's assessments and results are read up to the as-of date", "[capability]")
{
    test::ImportFixture f;
    REQUIRE(f.import(ImportKind::Assessments,
                 "伙伴编号,评估日期,产品理解力,销售执行力,客户服务力\n"
                 "A1,2026-09-25,7.0,7.0,7.0\nA1,2026-10-23,6.0,6.9,4.9\nA1,2026-11-20,9.0,9.0,9.0\n")
                .isWritten());
    REQUIRE(f.import(ImportKind::Results,
                 "伙伴编号,季度,销售目标,实际销售额\n"
                 "A1,2026Q2,1000,700\nA1,2026Q3,1000,799.99\nA1,2026Q4,1000,1000\n")
                .isWritten());
    QStringList problems;
    const CapabilityOverview overview =
        CapabilityModel::compute(f.workbook(), asOf, CapabilityRules::load(f.workbook(), &problems));
    REQUIRE(overview.partners.size() == 2);
    const PartnerCapability &a1 = overview.partners[0];
    CHECK(a1.code == QStringLiteral("A1"));
    REQUIRE(a1.latest);
    CHECK(a1.latest->tenths == PerDimension<int> { 60, 69, 49 }); // the 2026-11-20 assessment is after as-of
    // Weak service; product fell by 1.0 and service by 2.1 (sales by 0.1 only); 2026Q4 has
    // not ended, so Q2 and Q3 are the two latest quarters.
    CHECK(rulesHit(a1)
        == QList<WatchRule> {
            WatchRule::WeakDimension, WatchRule::Drop, WatchRule::Drop, WatchRule::LowAchievement });
    CHECK(a1.watch[2].dimension == Dimension::Service);
    CHECK(rulesHit(overview.partners[1]) == QList<WatchRule> { WatchRule::NeverAssessed });

    const QByteArray csv = CapabilityListing::csv(overview);
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "Code,Name,As of,Latest assessment,Product understanding"));
    CHECK(csv.contains("\r\nA1,甲,2026-10-31,2026-10-23,6.0,6.9,4.9,5.9,,,,entry,Entry,"));
    const QJsonObject json = QJsonDocument::fromJson(CapabilityListing::json(overview)).object();
    CHECK(json.value(QStringLiteral("benchmark")).isNull());
    CHECK(json.value(QStringLiteral("benchmarkSource")).toString() == QStringLiteral("none"));
    const QJsonObject first = json.value(QStringLiteral("partners")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("scores")).toObject().value(QStringLiteral("sales")).toDouble() == 6.9);
    CHECK(first.value(QStringLiteral("watch")).toArray().size() == 4);
}

TEST_CASE("the demo workbook's 2,000 partners are computed, with the time printed", "[capability]")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    test::buildDemo(path);
    WorkbookError error;
    auto workbook = Workbook::openReadOnly(path, &error);
    REQUIRE(workbook);
    QElapsedTimer timer;
    timer.start();
    const CapabilityOverview overview =
        CapabilityModel::compute(*workbook, asOf, CapabilityRules::load(*workbook));
    const qint64 elapsed = timer.elapsed();
    WARN("capability model for " << overview.partners.size() << " partners: " << elapsed << " ms");
    CHECK(overview.partners.size() == 2000);
    CHECK(overview.benchmark);
}

TEST_CASE("one partner's assessment history is read oldest first, whatever its dates", "[capability]")
{
    test::ImportFixture f;
    REQUIRE(f.import(ImportKind::Assessments,
                 "伙伴编号,评估日期,产品理解力,销售执行力,客户服务力\n"
                 "A1,2026-11-20,9.0,9.0,9.0\nA1,2026-09-25,7.0,7.1,7.2\nA1,2027-01-05,0,10,5.5\n")
                .isWritten());
    const qint64 a1 = f.query("SELECT id FROM partners WHERE code = 'A1'").value(0).toLongLong();
    const qint64 a2 = f.query("SELECT id FROM partners WHERE code = 'A2'").value(0).toLongLong();

    const QList<AssessmentRecord> history = CapabilityInputs::history(f.workbook(), a1);
    REQUIRE(history.size() == 3);
    CHECK(history[0].date == QDate(2026, 9, 25));
    CHECK(history[0].tenths == PerDimension<int> { 70, 71, 72 });
    CHECK(history[1].date == QDate(2026, 11, 20));
    CHECK(history[2].date == QDate(2027, 1, 5)); // a date in the future is still history to list
    CHECK(history[2].tenths == PerDimension<int> { 0, 100, 55 });
    CHECK(CapabilityInputs::history(f.workbook(), a2).isEmpty());
    CHECK(CapabilityInputs::history(f.workbook(), 999'999).isEmpty());
}
