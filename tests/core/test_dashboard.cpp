// The dashboard's figures on small hand-made workbooks whose answers are worked out
// here by hand: churn rate at and either side of the 10 % target, the share meeting
// target with its exclusions and histogram edges, satisfaction, budget and ROI.
#include "ImportFixture.h"
#include "dashboard/DashboardTiles.h"
#include "report/DashboardListing.h"
#include "storage/DashboardStore.h"
#include "storage/IncentiveBook.h"
#include "storage/PartnerRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ctime>

using namespace cs;
using namespace cs::test;

namespace {

const Quarter q3(2026, 3);
const QDate afterQ3(2026, 11, 22); // the period is over: figures are judged on 30 September

QStringList codes(std::initializer_list<const char *> list)
{
    return strings(list);
}

// Partners through PartnerRepository, results and assessments through the importer.
// ImportFixture starts with A1 and A2 (no join date: counted as joined).
struct DashFixture {
    ImportFixture f;
    PartnerRepository repo { f.workbook() };

    Partner add(const char *code, QDate joined = QDate(2025, 1, 1), std::optional<Tier> tier = std::nullopt,
        const char *region = "华东", PartnerType type = PartnerType::Distributor)
    {
        Partner p;
        p.code = QString::fromUtf8(code);
        p.name = p.code + QStringLiteral(" 公司");
        p.joinDate = joined;
        p.tier = tier;
        p.region = QString::fromUtf8(region);
        p.type = type;
        return repo.insert(p);
    }

    // Changes the status through the repository (the trigger records it, dated today)
    // and then moves that record to `on`, as if the change had been made that day.
    void setStatus(const char *code, PartnerStatus status, QDate on, bool backfilled = false)
    {
        Partner p = *repo.byCode(QString::fromUtf8(code));
        p.status = status;
        repo.update(p);
        QSqlQuery q(f.workbook().database());
        REQUIRE(q.prepare(backfilled
                ? QStringLiteral("UPDATE status_changes SET date = ?, from_status = NULL, inferred = 1 "
                                 "WHERE id = (SELECT max(id) FROM status_changes WHERE partner_id = ?)")
                : QStringLiteral("UPDATE status_changes SET date = ? "
                                 "WHERE id = (SELECT max(id) FROM status_changes WHERE partner_id = ?)")));
        q.addBindValue(on.toString(Qt::ISODate));
        q.addBindValue(p.id);
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
    }

    void results(const char *rows)
    {
        REQUIRE(f.import(ImportKind::Results,
                     QByteArray("伙伴编号,季度,销售目标(元),实际销售额(元),客户满意度\n") + rows)
                    .isWritten());
    }

    DashboardFigures figures(DashboardPeriod period = DashboardPeriod::ofQuarter(q3), QDate today = afterQ3)
    {
        return DashboardStore(f.workbook()).load(period, today);
    }
};

// A1, A2 and P03–P10: ten partners active on 1 July 2026. Around them, partners
// that must not move the rate: X1 churned in Q2, X2 joined and churned within Q3,
// X3 is stored as churned with no dated change, X4 joined after the quarter.
struct ChurnFixture : DashFixture {
    ChurnFixture()
    {
        for (const char *code : { "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10" })
            add(code);
        add("X1");
        setStatus("X1", PartnerStatus::Churned, QDate(2026, 6, 30));
        add("X2", QDate(2026, 7, 2));
        setStatus("X2", PartnerStatus::Churned, QDate(2026, 9, 1));
        Partner x3;
        x3.code = QStringLiteral("X3");
        x3.name = QStringLiteral("X3 公司");
        x3.status = PartnerStatus::Churned;
        repo.insert(x3);
        add("X4", QDate(2026, 10, 1));
    }
};

const AchievementBucket &bucket(const DashboardFigures &f, const char *label)
{
    for (const AchievementBucket &b : f.meeting.histogram)
        if (b.label == QString::fromUtf8(label))
            return b;
    FAIL("no bucket " << label);
    return f.meeting.histogram.front();
}

} // namespace

TEST_CASE("one of ten partners churned in the quarter is exactly 10 %, which misses the below-10 % target",
    "[dashboard]")
{
    ChurnFixture d;
    d.setStatus("P03", PartnerStatus::Churned, QDate(2026, 8, 15));
    const DashboardFigures f = d.figures();
    CHECK(f.asOf == QDate(2026, 9, 30));
    CHECK(f.churn.activeAtStart == 10); // A1, A2, P03–P10; X1 was gone, X2 and X4 not yet there
    CHECK(f.churn.churnedCodes == codes({ "P03" }));
    CHECK(f.churn.rate == Ratio { 1, 10 });
    CHECK(f.churn.state == TargetState::Missed);
    CHECK(f.churn.inferred == 0);
    CHECK(f.churn.newcomersChurned == codes({ "X2" }));
    CHECK(f.churn.undatedCodes == codes({ "X3" }));
    // Active at the end: the nine left of the ten; X4 joined in October.
    CHECK(f.active.total == 9);
}

TEST_CASE("churn one side of the target: 1 of 11 meets it, 2 of 11 misses it, inferred dates counted",
    "[dashboard]")
{
    ChurnFixture d;
    d.add("P11");
    d.setStatus("P03", PartnerStatus::Churned, QDate(2026, 7, 1)); // the first day counts
    // Churned and back within the quarter: not lost.
    d.setStatus("P05", PartnerStatus::Churned, QDate(2026, 7, 10));
    d.setStatus("P05", PartnerStatus::Active, QDate(2026, 8, 1));
    // Churned after the quarter: still active on 30 September.
    d.setStatus("P06", PartnerStatus::Churned, QDate(2026, 10, 1));

    DashboardFigures f = d.figures();
    CHECK(f.churn.activeAtStart == 11);
    CHECK(f.churn.rate == Ratio { 1, 11 }); // 9.09 %
    CHECK(f.churn.state == TargetState::Met);

    // A change the schema upgrade backfilled (no from-status, the last edit's day).
    d.setStatus("P07", PartnerStatus::Churned, QDate(2026, 9, 30), true);
    f = d.figures();
    CHECK(f.churn.churnedCodes == codes({ "P03", "P07" }));
    CHECK(f.churn.rate == Ratio { 2, 11 }); // 18.18 %
    CHECK(f.churn.inferred == 1);
    CHECK(f.churn.state == TargetState::Missed);
    const DashboardTile tile = DashboardTiles::of(f).at(2);
    CHECK(tile.code == QStringLiteral("churn_rate"));
    CHECK(tile.value == QStringLiteral("18.18 %"));
    CHECK(tile.target == QStringLiteral("below 10.00 %"));
    CHECK(tile.sentence.contains(QStringLiteral("1 of them by an inferred date")));
}

TEST_CASE("a status change made through the repository is recorded with today's date", "[dashboard]")
{
    DashFixture d;
    d.add("P01", QDate(2020, 1, 1));
    Partner p = *d.repo.byCode(QStringLiteral("P01"));
    p.status = PartnerStatus::Churned;
    d.repo.update(p);
    const QDate today = QDate::currentDate();
    CHECK(d.f.query("SELECT date, from_status, to_status, inferred FROM status_changes")
        == QStringList { today.toString(Qt::ISODate), QStringLiteral("active"), QStringLiteral("churned"),
            QStringLiteral("0") });
    // The current quarter's dashboard counts it: A1, A2 and P01 were active at its start.
    const DashboardFigures f = d.figures(DashboardPeriod::ofQuarter(Quarter::containing(today)), today);
    CHECK(f.churn.churnedCodes == codes({ "P01" }));
    CHECK(f.churn.rate == Ratio { 1, 3 });
}

TEST_CASE("share meeting target excludes zero targets and partners without results; histogram edges are "
          "lower-bound inclusive",
    "[dashboard]")
{
    DashFixture d;
    for (const char *code : { "M1", "M2", "M3", "M4", "M5", "M6", "Z1", "N1", "C1" })
        d.add(code);
    d.setStatus("C1", PartnerStatus::Churned, QDate(2026, 6, 1));
    // A1 and A2 (from the fixture) have no results either.
    d.results("M1,2026Q3,100000,100000,94%\n" // 100 %: met, 100–120
              "M2,2026Q3,100000,120000,88%\n" // 120 %: met, ≥ 120
              "M3,2026Q3,100000,150000,91%\n" // 150 %: met, ≥ 120
              "M4,2026Q3,100000,90000,\n" // exactly 90 %: 90–100
              "M5,2026Q3,100000,89999.99,\n" // 89.99999 %: 80–90
              "M6,2026Q3,100000,99999.99,\n" // just short of 100 %: 90–100, not met
              "Z1,2026Q3,0,5000,85%\n" // zero target: left out
              "C1,2026Q3,100000,100000,50%\n" // churned before Q3: not judged, but its sales count
              "M1,2026Q2,100000,1000,\n");
    DashboardFigures f = d.figures();
    CHECK(f.meeting.judged == 6);
    CHECK(f.meeting.metCodes == codes({ "M1", "M2", "M3" }));
    CHECK(f.meeting.zeroTargetCodes == codes({ "Z1" }));
    CHECK(f.meeting.noResultsCodes == codes({ "A1", "A2", "N1" }));
    CHECK(f.meeting.share == Ratio { 1, 2 }); // 3 of 6: above the 45 % baseline, below the goal
    CHECK(f.meeting.state == TargetState::Missed);
    CHECK(bucket(f, "< 60 %").codes.isEmpty());
    CHECK(bucket(f, "80–90 %").codes == codes({ "M5" }));
    CHECK(bucket(f, "90–100 %").codes == codes({ "M4", "M6" }));
    CHECK(bucket(f, "100–120 %").codes == codes({ "M1" }));
    CHECK(bucket(f, "≥ 120 %").codes == codes({ "M2", "M3" }));
    CHECK(bucket(f, "90–100 %").from == Ratio { 9, 10 });

    // Satisfaction: M1 94 %, M2 88 %, M3 91 %, Z1 85 %: (94 + 88 + 91 + 85) / 4 = 89.5 %.
    CHECK(f.satisfaction.partners == 4);
    CHECK(f.satisfaction.withoutData == 6); // M4, M5, M6, N1, A1, A2 (C1 is not active)
    CHECK(f.satisfaction.average == Ratio { 179, 200 });
    CHECK(f.satisfaction.state == TargetState::Missed);

    // Sales: every Q3 row, C1's and Z1's too: 700,000 target, 649,999.98 + 5,000 + 100,000 sold.
    CHECK(f.sales.period.target == Money::fromFen(700'000'00));
    CHECK(f.sales.period.actual == Money::fromFen(754'999'98));
    CHECK(f.sales.state == TargetState::Met);
    REQUIRE(f.sales.trend.size() == 8);
    CHECK(f.sales.trend.front().quarter == Quarter(2024, 4));
    CHECK(f.sales.trend.at(6).sum.achievement() == Ratio { 1, 100 });

    // M6's target set to 0: 3 of 5 judged is exactly the 60 % goal, which meets it.
    d.results("M6,2026Q3,0,99999.99,\n");
    f = d.figures();
    CHECK(f.meeting.share == Ratio { 3, 5 });
    CHECK(f.meeting.state == TargetState::Met);
    CHECK(f.meeting.zeroTargetCodes == codes({ "M6", "Z1" }));
}

TEST_CASE("ROI of exactly 5 : 1 meets the reference; budget consumption from the settlement", "[dashboard]")
{
    DashFixture d;
    d.add("R1", QDate(2024, 1, 1), Tier::Gold);
    // Default policy: 100 % achievement earns 5 %, growth of 20 % or more 2 %.
    // 2026Q3: 100,000 sold against 65,000 a year earlier (+53.8 %): 5,000 + 2,000 spent.
    d.results("R1,2025Q3,65000,65000,\nR1,2026Q3,100000,100000,\n");
    IncentiveBook(d.f.workbook()).ensurePolicy(Quarter(2025, 1));
    const DashboardFigures f = d.figures();
    REQUIRE(f.incentives.use);
    CHECK(f.incentives.use->spent == Money::fromFen(7'000'00));
    CHECK(f.incentives.use->budget == Money::fromFen(5'000'000'00));
    CHECK(f.incentives.consumption == Ratio { 7, 5000 });
    CHECK(f.incentives.budgetState == TargetState::Met);
    // (100,000 − 65,000) / 7,000 = 5
    CHECK(f.incentives.roi == Ratio { 5, 1 });
    CHECK(f.incentives.roiText == QStringLiteral("5.00 : 1"));
    CHECK(f.incentives.roiState == TargetState::Met);
    CHECK(f.incentives.previews == QList<Quarter> { q3 });
    CHECK(f.incentives.problem.isEmpty());
}

TEST_CASE("without a policy the incentive tiles say why and nothing is written", "[dashboard]")
{
    DashFixture d;
    const QByteArray before = d.f.closedFingerprint();
    const DashboardFigures f = d.figures();
    CHECK_FALSE(f.incentives.use);
    CHECK(f.incentives.problem.contains(QStringLiteral("No incentive policy is in force")));
    CHECK(f.incentives.roiState == TargetState::NoData);
    CHECK(d.f.closedFingerprint() == before);
}

TEST_CASE("active partners by tier, region and type, with capability averages by region", "[dashboard]")
{
    DashFixture d;
    d.add("D1", QDate(2024, 1, 1), Tier::Diamond, "华南", PartnerType::Agent);
    d.add("G1", QDate(2024, 1, 1), Tier::Gold, "华南");
    d.add("G2", QDate(2024, 1, 1), Tier::Gold, "");
    REQUIRE(d.f.import(ImportKind::Assessments,
                   "伙伴编号,评估日期,产品理解力,销售执行力,客户服务力\n"
                   "D1,2026-08-01,8.0,6.0,7.0\n"
                   "G1,2026-06-01,3.0,3.0,3.0\n"
                   "G1,2026-09-30,7.5,5.0,6.0\n" // the latest by 30 September
                   "G1,2026-10-01,1.0,1.0,1.0\n" // after the quarter: not used
                   "A1,2026-09-01,9.0,9.0,9.0\n")
                .isWritten());
    const DashboardFigures f = d.figures();
    CHECK(f.active.total == 5); // A1, A2, D1, G1, G2
    REQUIRE(f.active.byTier.size() == 5);
    CHECK(f.active.byTier.at(0).codes == codes({ "D1" }));
    CHECK(f.active.byTier.at(1).codes == codes({ "G1", "G2" }));
    CHECK(f.active.byTier.at(2).count() == 0);
    CHECK(f.active.byTier.at(4).key.isEmpty());
    CHECK(f.active.byTier.at(4).codes == codes({ "A1", "A2" }));
    // Most partners first, no region last.
    REQUIRE(f.active.byRegion.size() == 2);
    CHECK(f.active.byRegion.at(0).key == QStringLiteral("华南"));
    CHECK(f.active.byRegion.at(1).codes == codes({ "A1", "A2", "G2" }));
    CHECK(f.active.byType.at(int(PartnerType::Agent)).codes == codes({ "D1" }));

    REQUIRE(f.capabilityByRegion.size() == 2);
    const RegionCapability &south = f.capabilityByRegion.at(0);
    CHECK(south.region == QStringLiteral("华南"));
    CHECK(south.codes == codes({ "D1", "G1" }));
    CHECK(south.averageTenths[int(Dimension::Product)] == Ratio { 155, 2 }); // (80 + 75) / 2
    CHECK(south.averageTenths[int(Dimension::Sales)] == Ratio { 55, 1 });
    CHECK(f.capabilityByRegion.at(1).codes == codes({ "A1" }));
    CHECK(f.unassessed == 2); // A2, G2
    // Never assessed by then is a watch-list reason (capability model): A2 and G2.
    CHECK(f.watch.codes.contains(QStringLiteral("A2")));
    CHECK(f.watch.codes.contains(QStringLiteral("G2")));
}

TEST_CASE("dashboard periods read quarters and years", "[dashboard]")
{
    CHECK(DashboardPeriod::parse(u"2026Q3") == DashboardPeriod::ofQuarter(q3));
    CHECK(DashboardPeriod::parse(u"2026年第3季度") == DashboardPeriod::ofQuarter(q3));
    const auto year = DashboardPeriod::parse(u"２０２６");
    REQUIRE(year);
    CHECK(year->isYear());
    CHECK(year->quarters().size() == 4);
    CHECK(year->toString() == QStringLiteral("2026"));
    QString error;
    CHECK_FALSE(DashboardPeriod::parse(u"2026Q5", &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("the dashboard's JSON gives fen, yuan and exact ratios", "[dashboard]")
{
    ChurnFixture d;
    d.setStatus("P03", PartnerStatus::Churned, QDate(2026, 8, 15));
    d.results("P04,2026Q3,1000.50,2001,\n");
    const QJsonObject o = QJsonDocument::fromJson(DashboardListing::json(d.figures())).object();
    CHECK(o.value(QStringLiteral("period")).toString() == QStringLiteral("2026Q3"));
    const QJsonObject rate =
        o.value(QStringLiteral("churn")).toObject().value(QStringLiteral("rate")).toObject();
    CHECK(rate.value(QStringLiteral("num")).toInteger() == 1);
    CHECK(rate.value(QStringLiteral("den")).toInteger() == 10);
    CHECK(rate.value(QStringLiteral("percent")).toString() == QStringLiteral("10.00"));
    const QJsonObject sales = o.value(QStringLiteral("sales")).toObject();
    CHECK(
        sales.value(QStringLiteral("target")).toObject().value(QStringLiteral("fen")).toInteger() == 100050);
    CHECK(sales.value(QStringLiteral("target")).toObject().value(QStringLiteral("yuan")).toString()
        == QStringLiteral("1000.50"));
    CHECK(o.value(QStringLiteral("tiles")).toArray().size() == 8);
}

TEST_CASE("the demo workbook's dashboard, with churn dated across 2025 and 2026", "[dashboard]")
{
    auto dir = tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    buildDemo(path);
    WorkbookError error;
    auto workbook = Workbook::openReadOnly(path, &error);
    REQUIRE(workbook);
    const DashboardStore store(*workbook);
    // Printed, not checked: speed is for benchmarks, and a sanitizer build is slower.
    QElapsedTimer timer;
    timer.start();
    const std::clock_t start = std::clock();
    const DashboardInputs inputs = store.inputs(DashboardPeriod::ofQuarter(q3), afterQ3);
    const DashboardFigures f = DashboardCalculator::compute(inputs, DashboardPeriod::ofQuarter(q3), afterQ3);
    const qint64 cpuMs = qint64(std::clock() - start) * 1000 / CLOCKS_PER_SEC;
    WARN("Dashboard for 2026Q3 on the demo: " << cpuMs << " ms of processor time, " << timer.elapsed()
                                              << " ms on the clock");
    CHECK(f.active.total > 1800);
    CHECK(f.churn.undatedCodes.isEmpty()); // every churned demo partner has its day
    // Each quarter of 2025–2026 loses a few partners: a rate above 0 and well under the target.
    for (Quarter q(2025, 2); q <= q3; q = q.next()) {
        const ChurnFigures c =
            DashboardCalculator::compute(inputs, DashboardPeriod::ofQuarter(q), afterQ3).churn;
        INFO(q.toString().toStdString() << ": " << c.churnedCodes.size() << " of " << c.activeAtStart);
        CHECK(c.churnedCodes.size() >= 3);
        CHECK(c.rate < Ratio { 1, 50 });
    }
    // A year settles its quarters that are closed or reported: 2026Q4 has neither yet.
    const DashboardFigures year = store.load(DashboardPeriod::ofYear(2026), afterQ3);
    CHECK(year.incentives.settled == QList<Quarter> { Quarter(2026, 1), Quarter(2026, 2), q3 });
    CHECK(year.incentives.previews == QList<Quarter> { q3 });
}
