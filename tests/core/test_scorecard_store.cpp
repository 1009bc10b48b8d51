// The scorecard's storage: which partners a quarter scores, each KPI measure's actual
// and target as read from results, assessments, the ledger and entered values, and the
// catalogue kept in the workbook.
#include "IncentiveFixture.h"
#include "capability/Tenths.h"
#include "storage/ScorecardStore.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace cs;
using namespace cs::test;

namespace {

// In 2026Q1: A1 has every kind of data; A2 has results with no sales and one ledger
// line; Z9 only ledger lines; A4 churned but reported results; A3 churned without
// results and A5 joined in May, so neither is scored in Q1.
struct ScoreFixture {
    ImportFixture f;
    ScorecardStore store { f.workbook() };

    ScoreFixture()
    {
        REQUIRE(
            f.import(ImportKind::Partners,
                 "伙伴编号,伙伴名称,状态,加入日期\nZ9,壬,合作中,2025-01-01\nA3,丙,已流失,\nA4,丁,已流失,\n"
                 "A5,戊,合作中,2026-05-01\n")
                .isWritten());
        REQUIRE(f.import(ImportKind::Results,
                     "伙伴编号,季度,销售目标(元),实际销售额(元),回款额,新客户数,客户满意度,30天客户拜访次数\n"
                     "A1,2026Q1,100000,80000,60000,4,92%,15\n"
                     "A2,2026Q1,50000,0,,,,\n"
                     "A4,2026Q1,10000,10000,,,,\n"
                     "A1,2026Q2,1,1,,,,\n")
                    .isWritten());
        REQUIRE(f.import(ImportKind::Assessments,
                     "伙伴编号,评估日期,产品理解力,销售执行力,客户服务力,平均响应时长\n"
                     "A1,2026-01-15,7.0,7.0,,30.5\n"
                     "A1,2026-03-20,7.0,7.0,,12.5\n"
                     "A1,2026-04-10,7.0,7.0,,2.0\n"
                     "A2,2026-02-01,7.0,7.0,8.0,\n")
                    .isWritten());
        REQUIRE(
            f.import(ImportKind::Ledger,
                 "订单号,伙伴编号,订单日期,产品线,金额\n"
                 "S1,A1,2026-01-05,服务器,5000\nS2,A1,2026-02-05,服务器,1000\nS3,A1,2026-03-05,云服务,2000\n"
                 "S4,A1,2026-03-06,存储,2000\nS5,A2,2026-01-07,服务器,1000\nS6,A2,2026-01-08,存储,0\n"
                 "S7,Z9,2026-02-01,网络设备,500\nS8,Z9,2026-02-02,软件,500\nS9,A2,2026-04-01,云服务,900\n")
                .isWritten());
    }

    qint64 id(const char *code)
    {
        return PartnerRepository(f.workbook()).byCode(QString::fromUtf8(code))->id;
    }
};

const PartnerKpiInputs &inputsOf(const QList<PartnerKpiInputs> &all, const char *code)
{
    for (const PartnerKpiInputs &p : all)
        if (p.code == QString::fromUtf8(code))
            return p;
    FAIL("no inputs for " << code);
    return all.front();
}

std::optional<Ratio> actualOf(const PartnerKpiInputs &p, const char *kpi)
{
    return p.values.value(QString::fromUtf8(kpi)).actual;
}

std::optional<Ratio> targetOf(const PartnerKpiInputs &p, const char *kpi)
{
    return p.values.value(QString::fromUtf8(kpi)).target;
}

QStringList codesOf(const QList<PartnerKpiInputs> &all)
{
    QStringList codes;
    for (const PartnerKpiInputs &p : all)
        codes << p.code;
    return codes;
}

} // namespace

TEST_CASE("a quarter scores partners not churned and joined by its end, and any with results, by code",
    "[scorecard-store]")
{
    ScoreFixture s;
    const KpiCatalogue catalogue = defaultCatalogue();
    CHECK(codesOf(s.store.inputs(q1, catalogue)) == strings({ "A1", "A2", "A4", "Z9" }));
    CHECK(codesOf(s.store.inputs(q2, catalogue)) == strings({ "A1", "A2", "A5", "Z9" }));
}

TEST_CASE("each KPI measure reads its actual and target from the quarter's facts", "[scorecard-store]")
{
    ScoreFixture s;
    const QList<PartnerKpiInputs> all = s.store.inputs(q1, defaultCatalogue());
    const PartnerKpiInputs &a1 = inputsOf(all, "A1");
    CHECK(a1.partnerId == s.id("A1"));
    CHECK(a1.name == QStringLiteral("甲"));

    // Results, in fen; only sales achievement brings its own target.
    CHECK(actualOf(a1, "sales_achievement") == Ratio { 8000000, 1 });
    CHECK(targetOf(a1, "sales_achievement") == Ratio { 10000000, 1 });
    CHECK(actualOf(a1, "collection_rate") == Ratio { 3, 4 });
    CHECK_FALSE(targetOf(a1, "collection_rate"));
    CHECK(actualOf(a1, "new_customers") == Ratio { 4, 1 });
    CHECK(actualOf(a1, "satisfaction") == Ratio { 23, 25 });
    CHECK(actualOf(a1, "visits_30d") == Ratio { 15, 1 });
    // The latest assessment with response hours on or before 31 March, in hours.
    CHECK(actualOf(a1, "response_hours") == Ratio { 25, 2 });
    // 服务器, 云服务 and 存储 of the five lines the channel sold; 云服务 is 2,000 of 10,000.
    CHECK(actualOf(a1, "product_line_coverage") == Ratio { 3, 5 });
    CHECK(actualOf(a1, "new_product_share") == Ratio { 1, 5 });
    CHECK_FALSE(a1.values.contains(QStringLiteral("profit_margin")));

    // No sales: no collection rate; empty result cells and an assessment without
    // response hours are missing, not zero. A zero-amount line is not a line sold.
    const PartnerKpiInputs &a2 = inputsOf(all, "A2");
    CHECK(actualOf(a2, "sales_achievement") == Ratio { 0, 1 });
    CHECK(targetOf(a2, "sales_achievement") == Ratio { 5000000, 1 });
    for (const char *kpi :
        { "collection_rate", "new_customers", "satisfaction", "visits_30d", "response_hours" })
        CHECK_FALSE(a2.values.contains(QString::fromUtf8(kpi)));
    CHECK(actualOf(a2, "product_line_coverage") == Ratio { 1, 5 });
    CHECK(actualOf(a2, "new_product_share") == Ratio { 0, 1 });

    // Ledger only; a partner without ledger sales has no ledger KPIs at all.
    const PartnerKpiInputs &z9 = inputsOf(all, "Z9");
    CHECK_FALSE(z9.values.contains(QStringLiteral("sales_achievement")));
    CHECK(actualOf(z9, "product_line_coverage") == Ratio { 2, 5 });
    const PartnerKpiInputs &a4 = inputsOf(all, "A4");
    CHECK_FALSE(a4.values.contains(QStringLiteral("product_line_coverage")));
    CHECK_FALSE(a4.values.contains(QStringLiteral("new_product_share")));

    // In Q2 the April assessment is the latest.
    CHECK(
        actualOf(inputsOf(s.store.inputs(q2, defaultCatalogue()), "A1"), "response_hours") == Ratio { 2, 1 });
}

TEST_CASE("entered KPI values round-trip reduced, are replaced, and are removed", "[scorecard-store]")
{
    ScoreFixture s;
    const qint64 a1 = s.id("A1");
    const QString margin = QStringLiteral("profit_margin");
    s.store.setEntry(a1, q1, margin, Ratio { 12, 100 }, Ratio { 10, 100 });
    s.store.setEntry(s.id("A2"), q1, QStringLiteral("repurchase"), Ratio { 1, 2 }, std::nullopt);

    const QList<PartnerKpiInputs> all = s.store.inputs(q1, defaultCatalogue());
    CHECK(actualOf(inputsOf(all, "A1"), "profit_margin") == Ratio { 3, 25 });
    CHECK(targetOf(inputsOf(all, "A1"), "profit_margin") == Ratio { 1, 10 });
    CHECK(actualOf(inputsOf(all, "A2"), "repurchase") == Ratio { 1, 2 });
    CHECK_FALSE(targetOf(inputsOf(all, "A2"), "repurchase"));
    // Another quarter's entries stay in their quarter.
    CHECK_FALSE(inputsOf(s.store.inputs(q2, defaultCatalogue()), "A1").values.contains(margin));

    s.store.setEntry(a1, q1, margin, std::nullopt, Ratio { 1, 5 });
    const QHash<QString, KpiValue> entered = s.store.entries(a1, q1);
    REQUIRE(entered.size() == 1);
    CHECK_FALSE(entered[margin].actual);
    CHECK(entered[margin].target == Ratio { 1, 5 });

    s.store.setEntry(a1, q1, margin, std::nullopt, std::nullopt);
    CHECK(s.store.entries(a1, q1).isEmpty());
    s.store.setEntry(a1, q1, margin, Ratio { 1, 10 }, std::nullopt);
    s.store.removeEntry(a1, q1, margin);
    CHECK(s.store.entries(a1, q1).isEmpty());
}

TEST_CASE("an entry for an unknown partner, without a code or with a bad denominator is refused",
    "[scorecard-store]")
{
    ScoreFixture s;
    const QString margin = QStringLiteral("profit_margin");
    CHECK(refusal([&] {
        s.store.setEntry(999, q1, margin, Ratio { 1, 10 }, std::nullopt);
    }) == QStringLiteral("The partner is no longer in the workbook."));
    CHECK(refusal([&] {
        s.store.setEntry(s.id("A1"), q1, QStringLiteral(" "), Ratio { 1, 10 }, std::nullopt);
    }) == QStringLiteral("A KPI value needs the code of its KPI."));
    CHECK(refusal([&] {
        s.store.setEntry(s.id("A1"), q1, margin, Ratio { 1, 0 }, std::nullopt);
    }).contains(QStringLiteral("positive denominator")));
    CHECK(s.f.query("SELECT count(*) FROM kpi_entries") == strings({ "0" }));
}

TEST_CASE("a partner with entered KPI values cannot be deleted, and is told why", "[scorecard-store]")
{
    ScoreFixture s;
    const qint64 a5 = s.id("A5");
    s.store.setEntry(a5, q2, QStringLiteral("repurchase"), Ratio { 1, 2 }, std::nullopt);
    const QString message = refusal([&] { PartnerRepository(s.f.workbook()).remove(a5); });
    CHECK(message.contains(QStringLiteral("entered KPI values")));
    CHECK(PartnerRepository(s.f.workbook()).byCode(QStringLiteral("A5")));
}

TEST_CASE("the catalogue is the default until saved, round-trips, and refuses weights that do not add up",
    "[scorecard-store]")
{
    ImportFixture f;
    ScorecardStore store(f.workbook());
    QStringList problems;
    CHECK(store.catalogue(&problems) == defaultCatalogue());
    CHECK(problems.isEmpty());

    KpiCatalogue edited = defaultCatalogue();
    edited.familyWeights = { 50, 10, 20, 10, 10 };
    edited.grades = GradeThresholds { 85, 70, 55 };
    edited.kpis[0].nameEn = QStringLiteral("Sales attainment");
    store.saveCatalogue(edited);
    f.close();
    f.reopen();
    ScorecardStore reopened(f.workbook());
    CHECK(reopened.catalogue(&problems) == edited);
    CHECK(problems.isEmpty());

    KpiCatalogue bad = edited;
    bad.familyWeights = { 50, 10, 20, 10, 0 };
    const QString message = refusal([&] { reopened.saveCatalogue(bad); });
    CHECK(message.startsWith(QStringLiteral("The KPI catalogue was not saved: ")));
    CHECK(message.contains(QStringLiteral("90")));
    CHECK(reopened.catalogue() == edited);
}

TEST_CASE("a damaged stored catalogue gives the default one and says so", "[scorecard-store]")
{
    ImportFixture f;
    f.workbook().setSetting(ScorecardStore::catalogueKey(), QStringLiteral("{\"kpis\": 3"));
    QStringList problems;
    CHECK(ScorecardStore(f.workbook()).catalogue(&problems) == defaultCatalogue());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("damaged")));
    CHECK(problems[0].contains(QStringLiteral("default catalogue")));
}

TEST_CASE("the demo workbook's quarter of KPI inputs, with its time printed", "[scorecard-store]")
{
    auto dir = tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    buildDemo(path);
    WorkbookError error;
    auto workbook = Workbook::openReadOnly(path, &error);
    REQUIRE(workbook);
    const ScorecardStore store(*workbook);
    const KpiCatalogue catalogue = store.catalogue();
    QElapsedTimer timer;
    timer.start();
    const QList<PartnerKpiInputs> inputs = store.inputs(q1, catalogue);
    const qint64 elapsed = timer.elapsed();
    WARN("KPI inputs for " << inputs.size() << " partners: " << elapsed << " ms");
    CHECK(inputs.size() > 1700);
    // Every partner with results in the quarter has its sales achievement.
    CHECK(std::count_if(inputs.cbegin(), inputs.cend(), [](const PartnerKpiInputs &p) {
        return p.values.contains(QStringLiteral("sales_achievement"));
    }) > 1700);
}

TEST_CASE("several entered KPI values are stored together, and a refused one stores none of them",
    "[scorecard-store]")
{
    ScoreFixture s;
    const qint64 a1 = s.id("A1");
    const QString margin = QStringLiteral("profit_margin");
    const QString repurchase = QStringLiteral("repurchase");
    const QString delivery = QStringLiteral("on_time_delivery");
    s.store.setEntry(a1, q1, delivery, Ratio { 9, 10 }, std::nullopt);

    // 18.5 % as typed is 185/1000, stored reduced; an empty value removes delivery's entry.
    s.store.setEntries(a1, q1,
        { { margin, KpiValue { Ratio { 185, 1000 }, Ratio { 20, 100 } } },
            { repurchase, KpiValue { Ratio { 1, 2 }, std::nullopt } }, { delivery, KpiValue {} } });
    QHash<QString, KpiValue> stored = s.store.entries(a1, q1);
    REQUIRE(stored.size() == 2);
    CHECK(stored[margin].actual == Ratio { 37, 200 });
    CHECK(stored[margin].target == Ratio { 1, 5 });
    CHECK(stored[repurchase].actual == Ratio { 1, 2 });
    CHECK_FALSE(stored[repurchase].target);

    // The bad denominator comes with a good value: neither is written, nothing is removed.
    const QString message = refusal([&] {
        s.store.setEntries(a1, q1,
            { { delivery, KpiValue { Ratio { 95, 100 }, std::nullopt } },
                { margin, KpiValue { Ratio { 1, 0 }, std::nullopt } }, { repurchase, KpiValue {} } });
    });
    CHECK(message.contains(QStringLiteral("positive denominator")));
    stored = s.store.entries(a1, q1);
    REQUIRE(stored.size() == 2);
    CHECK(stored[margin].actual == Ratio { 37, 200 });
    CHECK(stored[repurchase].actual == Ratio { 1, 2 });
    CHECK_FALSE(stored.contains(delivery));
}
