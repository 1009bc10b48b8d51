// Assessments beyond the three scores: sub-indicators and the scores derived from
// them, the repository behind the assessment editor, importing sub-indicators,
// clearing watch-list entries with a note, and mentors' loads.
#include "ImportFixture.h"
#include "capability/CapabilityModel.h"
#include "capability/MentorLoad.h"
#include "capability/WatchHistory.h"
#include "storage/AssessmentRepository.h"
#include "storage/PartnerRepository.h"
#include "storage/StorageError.h"
#include "storage/WatchClearanceRepository.h"

using namespace cs;

namespace {

const QDate asOf(2026, 10, 31);

SubIndicatorValues measured(std::initializer_list<std::pair<SubIndicator, qint64>> values)
{
    SubIndicatorValues out {};
    for (const auto &[indicator, value] : values)
        out[int(indicator)] = value;
    return out;
}

Assessment assessment(qint64 partnerId, QDate date, PerDimension<std::optional<int>> entered,
    SubIndicatorValues subIndicators = {})
{
    Assessment a;
    a.partnerId = partnerId;
    a.date = date;
    a.entered = entered;
    a.subIndicators = subIndicators;
    return a;
}

qint64 idOf(test::ImportFixture &f, const char *code)
{
    return f.query((std::string("SELECT id FROM partners WHERE code = '") + code + "'").c_str())
        .value(0)
        .toLongLong();
}

} // namespace

TEST_CASE("a sub-indicator scores 0 at its floor, 10 at its target, linearly between and held beyond")
{
    const SubIndicatorScale products { 0, 5, 1 };
    CHECK(SubIndicatorScores::scoreTenths(0, products) == 0);
    CHECK(SubIndicatorScores::scoreTenths(4, products) == 80);
    CHECK(SubIndicatorScores::scoreTenths(5, products) == 100);
    CHECK(SubIndicatorScores::scoreTenths(9, products) == 100);
    // Lower is better: 48 h scores 0, 4 h scores 10; 26 h is halfway.
    const SubIndicatorScale response { 480, 40, 1 };
    CHECK(SubIndicatorScores::scoreTenths(260, response) == 50);
    CHECK(SubIndicatorScores::scoreTenths(20, response) == 100);
    CHECK(SubIndicatorScores::scoreTenths(600, response) == 0);
    // 1/3 of the way: 3.333… rounds to 3.3; 1/6 on a 0–3 scale is 0.5 tenths → rounds away to 1? No:
    // 1 of 3 visits-scale units is 33.33 tenths → 33.
    CHECK(SubIndicatorScores::scoreTenths(1, { 0, 3, 1 }) == 33);
    // Exactly half a tenth rounds away from zero: 1 of 200 is 0.5 tenths → 1.
    CHECK(SubIndicatorScores::scoreTenths(1, { 0, 200, 1 }) == 1);
}

TEST_CASE("a dimension is the weighted average of its sub-indicators present, rounded once")
{
    auto scales = defaultSubIndicatorScales();
    // 4 core products → 8.0; exam 72.5 points → 7.25: equal weights give 7.625 → 7.6.
    const auto values = measured({ { SubIndicator::CoreProducts, 4 }, { SubIndicator::ExamScore, 725 } });
    CHECK(SubIndicatorScores::derive(Dimension::Product, values, scales) == 76);
    // Weight 3 on the exam: (8.0 + 3 × 7.25) / 4 = 7.4375 → 7.4.
    scales[int(SubIndicator::ExamScore)].weight = 3;
    CHECK(SubIndicatorScores::derive(Dimension::Product, values, scales) == 74);
    // Only one present: it alone decides; none present: no score.
    CHECK(SubIndicatorScores::derive(
              Dimension::Product, measured({ { SubIndicator::CoreProducts, 5 } }), scales)
        == 100);
    CHECK_FALSE(SubIndicatorScores::derive(Dimension::Sales, values, scales));
    CHECK(SubIndicatorScores::explain(Dimension::Product, values, scales)
        == QStringLiteral("Core products mastered 4 → 8.0; Product exam score 72.5 → 7.3"));
}

TEST_CASE("an entered score always wins over the derived one, and the source is said")
{
    const Assessment a = assessment(1, asOf, { 65, std::nullopt, std::nullopt },
        measured({ { SubIndicator::CoreProducts, 5 }, { SubIndicator::Visits, 10 },
            { SubIndicator::Satisfaction, 900 } }));
    const EffectiveScores scores = Assessments::effective(a, defaultSubIndicatorScales());
    CHECK(scores.tenths == PerDimension<int> { 65, 50, 80 });
    CHECK(scores.source
        == PerDimension<ScoreSource> { ScoreSource::Entered, ScoreSource::Derived, ScoreSource::Derived });
}

TEST_CASE("an assessment is refused when a dimension has neither score nor sub-indicator, or a value is out "
          "of range")
{
    const QStringList errors = Assessments::validate(assessment(1, asOf, { 101, std::nullopt, 50 },
        measured({ { SubIndicator::Conversion, 1001 }, { SubIndicator::ResponseHours, -1 } })));
    CHECK(errors
        == QStringList { QStringLiteral("The score for Product understanding must be from 0.0 to 10.0."),
            QStringLiteral("Conversion rate must be from 0 to 100.0 %."),
            QStringLiteral("Average response time cannot be negative.") });
    CHECK(Assessments::validate(assessment(1, asOf, { 50, std::nullopt, 50 }))
        == QStringList {
            QStringLiteral("Sales execution needs a score or at least one of its sub-indicators.") });
    CHECK(Assessments::validate(assessment(1, QDate(), { 50, 50, 50 }))
        == QStringList { QStringLiteral("The assessment needs a date.") });
}

TEST_CASE("the assessment repository stores, updates, removes and restores an assessment exactly")
{
    test::ImportFixture f;
    AssessmentRepository repo(f.workbook());
    Assessment a = assessment(idOf(f, "A1"), QDate(2026, 9, 30), { 72, std::nullopt, 80 },
        measured({ { SubIndicator::Visits, 12 }, { SubIndicator::Conversion, 255 } }));
    a.assessor = QStringLiteral("王芳");
    a.note = QStringLiteral("  拜访记录完整  ");
    const Assessment stored = repo.insert(a);
    CHECK(stored.id > 0);
    REQUIRE(repo.forPartner(a.partnerId).size() == 1);
    const Assessment read = repo.forPartner(a.partnerId).front();
    CHECK(read.note == QStringLiteral("拜访记录完整"));
    CHECK(read.entered[int(Dimension::Sales)] == std::nullopt);
    CHECK(read.subIndicators[int(SubIndicator::Conversion)] == 255);
    CHECK(read.updatedAt == stored.updatedAt);

    // A second assessment the same day is refused with the reason; nothing changes.
    Assessment twin = a;
    CHECK_THROWS_WITH(
        repo.insert(twin), "This partner already has an assessment on 2026-09-30; edit that one instead.");
    CHECK(repo.forPartner(a.partnerId).size() == 1);

    // Without assessor or note (null strings) it is stored with empty ones.
    const Assessment bare = repo.insert(assessment(idOf(f, "A2"), QDate(2026, 9, 30), { 50, 50, 50 }));
    CHECK(repo.byId(bare.id)->assessor.isEmpty());

    Assessment edited = read;
    edited.entered[int(Dimension::Sales)] = 40;
    repo.update(edited);
    CHECK(repo.byId(read.id)->entered[int(Dimension::Sales)] == 40);

    const Assessment before = *repo.byId(read.id);
    repo.remove(read.id);
    CHECK(repo.forPartner(a.partnerId).isEmpty());
    repo.restore(before);
    CHECK(repo.byId(read.id) == before);

    Assessment invalid = before;
    invalid.entered = { std::nullopt, std::nullopt, std::nullopt };
    invalid.subIndicators = {};
    CHECK_THROWS_AS(repo.update(invalid), StorageError);
    CHECK(repo.byId(read.id) == before);
}

TEST_CASE(
    "imported sub-indicators derive the scores a row leaves out; assessor and note are kept", "[import]")
{
    test::ImportFixture f;
    const ImportReport report = f.import(ImportKind::Assessments,
        "伙伴编号,评估日期,产品理解力,掌握核心产品数,产品考试成绩,30天客户拜访次数,转化率,平均响应时长,"
        "客户满意度,"
        "评估人,备注\n"
        "A1,2026-09-30,,4,72.5,10,15%,26h,90%,王芳,季度复评\n"
        "A2,2026-09-30,6.5,,,,,,,,\n");
    CHECK(report.outcome == ImportOutcome::Rejected);
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[0].row == 3);
    CHECK(report.problems[0].reason
        == QStringLiteral(
            "A new assessment needs a value in one of: Sales execution, Customer visits in 30 days, "
            "Conversion rate."));

    ImportOptions options;
    options.kind = ImportKind::Assessments;
    options.validOnly = true;
    REQUIRE(
        f.import(options,
             "伙伴编号,评估日期,产品理解力,掌握核心产品数,产品考试成绩,30天客户拜访次数,转化率,平均响应时长,"
             "客户满意度,评估人,备注\n"
             "A1,2026-09-30,,4,72.5,10,15%,26h,90%,王芳,季度复评\n")
            .isWritten());
    CHECK(f.query("SELECT product, sales, service, core_products, exam_score, visits_30d, conversion, "
                  "response_hours, satisfaction, assessor, note FROM assessments")
        == test::strings({ "", "", "", "4", "725", "10", "150", "260", "900", "王芳", "季度复评" }));
    const CapabilityOverview overview =
        CapabilityModel::compute(f.workbook(), asOf, CapabilityRules::load(f.workbook()));
    const PartnerCapability &a1 = overview.partners[0];
    REQUIRE(a1.latest);
    // Product (8.0 + 7.25) / 2 → 7.6; sales (5.0 + 5.0) / 2; service (5.0 + 8.0) / 2 → 6.5.
    CHECK(a1.latest->tenths == PerDimension<int> { 76, 50, 65 });
    CHECK(a1.latest->source[int(Dimension::Product)] == ScoreSource::Derived);

    // A later file with only the note for the same day keeps everything else.
    REQUIRE(f.import(ImportKind::Assessments, "伙伴编号,评估日期,备注\nA1,2026-09-30,已约谈\n").isWritten());
    CHECK(f.query("SELECT core_products, note FROM assessments") == test::strings({ "4", "已约谈" }));
}

TEST_CASE("a cleared watch-list entry stays cleared until its evidence changes, and is kept with its note")
{
    test::ImportFixture f;
    REQUIRE(f.import(ImportKind::Assessments,
                 "伙伴编号,评估日期,产品理解力,销售执行力,客户服务力\nA1,2026-09-25,4.0,7.0,7.0\n")
                .isWritten());
    const qint64 a1 = idOf(f, "A1");
    const auto compute = [&](QDate date) {
        return CapabilityModel::compute(f.workbook(), date, CapabilityRules()).partners[0];
    };
    const PartnerCapability before = compute(asOf);
    REQUIRE(before.watch.size() == 1);
    CHECK(before.watch[0].evidence == QStringLiteral("2026-09-25"));

    WatchClearanceRepository clearances(f.workbook());
    CHECK_THROWS_WITH(clearances.clear(a1, before.watch[0], QStringLiteral("  "), asOf),
        "Say why the entry is cleared: the note is kept with the watch-list history.");
    const WatchClearance c = clearances.clear(a1, before.watch[0], QStringLiteral("已安排产品培训"), asOf);
    CHECK_THROWS_WITH(clearances.clear(a1, before.watch[0], QStringLiteral("again"), asOf),
        "This entry was already cleared.");

    const PartnerCapability after = compute(asOf);
    CHECK_FALSE(after.onWatchList());
    REQUIRE(after.cleared.size() == 1);
    CHECK(after.cleared[0].clearance.note == QStringLiteral("已安排产品培训"));
    CHECK(after.cleared[0].clearance.reason == before.watch[0].reason);

    // A new assessment still weak is new evidence: the entry is back.
    REQUIRE(f.import(ImportKind::Assessments,
                 "伙伴编号,评估日期,产品理解力,销售执行力,客户服务力\nA1,2026-10-25,4.5,7.0,7.0\n")
                .isWritten());
    const PartnerCapability later = compute(asOf);
    CHECK(later.onWatchList());
    CHECK(later.cleared.isEmpty());
    CHECK(clearances.forPartner(a1) == QList<WatchClearance> { c }); // the history keeps it

    clearances.remove(c.id);
    CHECK(clearances.forPartner(a1).isEmpty());
    clearances.restore(c);
    CHECK(clearances.forPartner(a1) == QList<WatchClearance> { c });
}

TEST_CASE("a partner with watch-list notes cannot be deleted")
{
    test::ImportFixture f;
    const qint64 a2 = idOf(f, "A2");
    const PartnerCapability p = CapabilityModel::compute(f.workbook(), asOf, CapabilityRules()).partners[1];
    REQUIRE(p.watch.size() == 1); // never assessed
    WatchClearanceRepository(f.workbook()).clear(a2, p.watch[0], QStringLiteral("新签约，下月评估"), asOf);
    PartnerRepository partners(f.workbook());
    CHECK_THROWS_AS(partners.remove(a2), StorageError);
    CHECK(partners.byId(a2));
}

TEST_CASE("each mentor's partners are counted with those on the watch list; churned partners are not")
{
    CapabilityOverview overview;
    const auto add = [&](const char *mentor, bool watch, PartnerStatus status = PartnerStatus::Active) {
        PartnerCapability p;
        p.mentor = QString::fromUtf8(mentor);
        p.status = status;
        if (watch)
            p.watch.append({ WatchRule::NeverAssessed, std::nullopt, QStringLiteral("Never assessed.") });
        overview.partners.append(p);
    };
    add("张伟", false);
    add("张伟", true);
    add("李娜", true);
    add("李娜", true);
    add("李娜", false, PartnerStatus::Churned);
    add("", true);
    const QList<MentorLoad> loads = mentorLoads(overview);
    REQUIRE(loads.size() == 3);
    CHECK(loads[0].mentor == QStringLiteral("李娜"));
    CHECK(loads[0].partners == 2);
    CHECK(loads[0].onWatchList == 2);
    CHECK(loads[1].mentor == QStringLiteral("张伟"));
    CHECK(loads[1].onWatchList == 1);
    CHECK(loads[2].mentor.isEmpty());
}

TEST_CASE("sub-indicator scales are saved and read back; a floor equal to its target is refused")
{
    test::ImportFixture f;
    CapabilityRules rules;
    rules.scales[int(SubIndicator::ResponseHours)] = { 720, 20, 2 };
    REQUIRE(rules.save(f.workbook()));
    CHECK(CapabilityRules::load(f.workbook()) == rules);
    rules.scales[int(SubIndicator::Visits)] = { 10, 10, 1 };
    rules.scales[int(SubIndicator::Satisfaction)] = { 500, 1001, 0 };
    QStringList errors;
    CHECK_FALSE(rules.save(f.workbook(), &errors));
    CHECK(errors
        == QStringList {
            QStringLiteral("The floor and target of Customer visits in 30 days cannot be the same."),
            QStringLiteral("The floor and target of Customer satisfaction must be from 0 to 100.0 %."),
            QStringLiteral("The weight of Customer satisfaction must be a whole number from 1 to 100.") });
}

TEST_CASE("the watch-list history says when each entry began and ended, replaying the rules over time")
{
    PartnerInputs p;
    p.id = 1;
    p.code = QStringLiteral("A1");
    const auto add = [&](QDate date, int product) {
        AssessmentRecord record;
        record.date = date;
        record.tenths = { product, 70, 70 };
        p.assessments.append(record);
    };
    add(QDate(2026, 1, 10), 40); // weak
    add(QDate(2026, 2, 10), 60); // recovered
    add(QDate(2026, 3, 10), 45); // weak again, and a fall of 1.5
    add(QDate(2026, 4, 10), 46); // still weak; no longer falling
    const QList<WatchPeriod> history = watchHistory(p, CapabilityRules(), QDate(2026, 8, 1));
    REQUIRE(history.size() == 4);
    CHECK(history[0].rule == WatchRule::WeakDimension);
    CHECK(history[0].from == QDate(2026, 1, 10));
    CHECK(history[0].to == QDate(2026, 2, 10));
    CHECK(history[1].rule == WatchRule::WeakDimension);
    CHECK(history[1].from == QDate(2026, 3, 10));
    CHECK(history[1].to.isNull()); // still on the list
    CHECK(history[1].reason == QStringLiteral("Product understanding is 4.6, below 5.0."));
    CHECK(history[2].rule == WatchRule::Drop);
    CHECK(history[2].from == QDate(2026, 3, 10));
    CHECK(history[2].to == QDate(2026, 4, 10));
    // 61 days after the last assessment it is overdue, and still is.
    CHECK(history[3].rule == WatchRule::Stale);
    CHECK(history[3].from == QDate(2026, 6, 10));
    CHECK(history[3].to.isNull());
}
