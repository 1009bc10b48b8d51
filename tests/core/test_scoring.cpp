// Golden tests of scorecard scoring: directions, the 0–120 cap, missing KPIs whose
// weight moves within the family (and whole families across families), the overall
// cap and grade edges, weights validation, rank ties and the change since last quarter.
#include "scorecard/Scoring.h"

#include <catch2/catch.hpp>

using namespace cs;

namespace {

// A catalogue of two families with two KPIs each, easy to compute by hand.
KpiCatalogue smallCatalogue()
{
    KpiCatalogue c;
    const auto kpi = [](const char *code, KpiFamily family, KpiDirection direction, qint64 weight,
                         Ratio target) {
        KpiDefinition k;
        k.code = QString::fromLatin1(code);
        k.nameZh = k.code;
        k.nameEn = k.code;
        k.family = family;
        k.direction = direction;
        k.source = KpiSource::Entered;
        k.measure = KpiMeasure::Entered;
        k.weight = weight;
        k.target = target;
        return k;
    };
    c.kpis = { kpi("sales", KpiFamily::Financial, KpiDirection::HigherIsBetter, 60, { 100, 1 }),
        kpi("margin", KpiFamily::Financial, KpiDirection::HigherIsBetter, 40, { 15, 100 }),
        kpi("visits", KpiFamily::Market, KpiDirection::HigherIsBetter, 50, { 20, 1 }),
        kpi("hours", KpiFamily::Market, KpiDirection::LowerIsBetter, 50, { 24, 1 }) };
    c.familyWeights = { 70, 30, 0, 0, 0 };
    return c;
}

PartnerKpiInputs partner(qint64 id, const char *code, std::optional<Tier> tier, const char *region,
    std::initializer_list<std::pair<const char *, Ratio>> actuals)
{
    PartnerKpiInputs p;
    p.partnerId = id;
    p.code = QString::fromLatin1(code);
    p.tier = tier;
    p.region = QString::fromUtf8(region);
    for (const auto &[kpi, actual] : actuals)
        p.values.insert(QString::fromLatin1(kpi), { actual, std::nullopt });
    return p;
}

Ratio r(qint64 num, qint64 den = 1)
{
    return Ratio { num, den };
}

} // namespace

TEST_CASE(
    "A KPI scores 100 × actual / target, or target / actual when lower is better, held to 0–120", "[scoring]")
{
    using D = KpiDirection;
    CHECK(Scoring::kpiScore(D::HigherIsBetter, r(90), r(100)) == r(90));
    CHECK(Scoring::kpiScore(D::HigherIsBetter, r(150), r(100)) == r(120)); // capped
    CHECK(Scoring::kpiScore(D::HigherIsBetter, r(-5), r(100)) == r(0));
    CHECK(Scoring::kpiScore(D::HigherIsBetter, r(1), r(3)) == r(33'3333, 10000)); // kept to 0.0001 point
    CHECK(Scoring::kpiScore(D::LowerIsBetter, r(48), r(24)) == r(50));
    CHECK(Scoring::kpiScore(D::LowerIsBetter, r(30), r(24)) == r(80));
    CHECK(Scoring::kpiScore(D::LowerIsBetter, r(12), r(24)) == r(120)); // twice as fast: capped
    CHECK(Scoring::kpiScore(D::LowerIsBetter, r(0), r(24)) == r(120));
    CHECK(!Scoring::kpiScore(D::HigherIsBetter, r(5), r(0))); // no usable target: missing
    // A sales achievement in fen against a target in fen, exactly at 90 %.
    CHECK(Scoring::kpiScore(D::HigherIsBetter, r(90'000'000), r(100'000'000)) == r(90));
}

TEST_CASE("Families weight their KPIs; a missing KPI's weight goes to the others in its family", "[scoring]")
{
    const KpiCatalogue c = smallCatalogue();
    // sales 90, margin 12/15 → 80, visits 25/20 → 120 (capped 125), hours 30 → 80.
    const QList<PartnerScore> full = Scoring::score(c,
        { partner(1, "P1", Tier::Gold, "华东",
            { { "sales", r(90) }, { "margin", r(12, 100) }, { "visits", r(25) }, { "hours", r(30) } }) });
    REQUIRE(full.size() == 1);
    CHECK(full[0].families[0].score == r(86)); // (60·90 + 40·80) / 100
    CHECK(full[0].families[1].score == r(100)); // (50·120 + 50·80) / 100
    CHECK(full[0].overall == r(451, 5)); // 0.7·86 + 0.3·100 = 90.2
    CHECK(full[0].grade == Grade::A);
    CHECK(full[0].notes.isEmpty());

    // No margin: financial is sales alone, and the card says so.
    const PartnerScore missing = Scoring::score(c,
        { partner(1, "P1", Tier::Gold, "华东",
            { { "sales", r(90) }, { "visits", r(25) }, { "hours", r(30) } }) })[0];
    CHECK(missing.families[0].score == r(90));
    CHECK(missing.families[0].missing == 1);
    CHECK(!missing.kpis[1].score);
    CHECK(missing.overall == r(93)); // 0.7·90 + 0.3·100
    REQUIRE(missing.notes.size() == 1);
    CHECK(missing.notes[0]
        == QStringLiteral("margin has no data; its weight went to the other Financial KPIs."));

    // No market KPI at all: the overall is the financial family alone.
    const PartnerScore noMarket = Scoring::score(
        c, { partner(1, "P1", {}, "华东", { { "sales", r(90) }, { "margin", r(12, 100) } }) })[0];
    CHECK(!noMarket.families[1].score);
    CHECK(noMarket.overall == r(86));
    CHECK(noMarket.notes.contains(
        QStringLiteral("No KPI of Market has data; its weight went to the other families.")));

    // Nothing at all: no overall, no grade, no rank.
    const PartnerScore nothing = Scoring::score(c, { partner(1, "P1", {}, "", {}) })[0];
    CHECK(!nothing.overall);
    CHECK(!nothing.grade);
    CHECK(nothing.rankChannel == 0);
}

TEST_CASE("The overall stops at 100 and grades are decided exactly at their thresholds", "[scoring]")
{
    const KpiCatalogue c = smallCatalogue();
    const PartnerScore top = Scoring::score(c,
        { partner(1, "P1", {}, "",
            { { "sales", r(200) }, { "margin", r(1) }, { "visits", r(99) }, { "hours", r(1) } }) })[0];
    CHECK(top.overall == r(100));
    const GradeThresholds t;
    CHECK(Scoring::gradeFor(r(90), t) == Grade::A);
    CHECK(Scoring::gradeFor(r(899'999, 10'000), t) == Grade::B);
    CHECK(Scoring::gradeFor(r(75), t) == Grade::B);
    CHECK(Scoring::gradeFor(r(60), t) == Grade::C);
    CHECK(Scoring::gradeFor(r(5999, 100), t) == Grade::D);
}

TEST_CASE("Ranks share places on ties, within the channel, the tier and the region", "[scoring]")
{
    const KpiCatalogue c = smallCatalogue();
    // Only sales has data: the overall equals the sales score.
    const QList<PartnerScore> s = Scoring::score(c,
        { partner(1, "A", Tier::Gold, "华东", { { "sales", r(80) } }),
            partner(2, "B", Tier::Gold, "华南", { { "sales", r(90) } }),
            partner(3, "C", Tier::Silver, "华东", { { "sales", r(90) } }),
            partner(4, "D", Tier::Silver, "华东", { { "sales", r(70) } }), partner(5, "E", {}, "华东", {}) });
    REQUIRE(s.size() == 5);
    CHECK(s[0].rankChannel == 3);
    CHECK(s[1].rankChannel == 1);
    CHECK(s[2].rankChannel == 1);
    CHECK(s[3].rankChannel == 4);
    CHECK(s[4].rankChannel == 0); // no score, no rank
    CHECK(s[0].rankTier == 2); // Gold: B 90, A 80
    CHECK(s[2].rankTier == 1); // Silver: C 90, D 70
    CHECK(s[3].rankTier == 2);
    CHECK(s[0].rankRegion == 2); // 华东: C 90, A 80, D 70
    CHECK(s[2].rankRegion == 1);
    CHECK(s[3].rankRegion == 3);
    CHECK(s[1].rankRegion == 1);
}

TEST_CASE("The change is the overall since the previous quarter", "[scoring]")
{
    const KpiCatalogue c = smallCatalogue();
    const QList<PartnerScore> s = Scoring::score(c, { partner(1, "A", {}, "", { { "sales", r(92) } }) },
        { partner(1, "A", {}, "", { { "sales", r(845, 10) } }) });
    CHECK(s[0].change == r(15, 2)); // 92 − 84.5
    CHECK(!Scoring::score(c, { partner(1, "A", {}, "", { { "sales", r(92) } }) })[0].change);
}

TEST_CASE("Weights that do not add up are refused in words, and the catalogue survives JSON", "[scoring]")
{
    CHECK(catalogueProblems(defaultCatalogue()).isEmpty());
    CHECK(defaultCatalogue().kpis.size() >= 11);
    KpiCatalogue c = defaultCatalogue();
    c.familyWeights[0] = 39;
    c.kpis[1].weight = 20; // financial KPIs now 50 + 20 + 20
    const QStringList problems = catalogueProblems(c);
    CHECK(problems.contains(QStringLiteral("The family weights add up to 99, not 100.")));
    CHECK(
        problems.contains(QStringLiteral("The KPI weights of the Financial family add up to 90, not 100.")));
    c = defaultCatalogue();
    c.kpis[2].target.reset();
    c.grades = { 70, 75, 60 };
    const QStringList more = catalogueProblems(c);
    CHECK(more.contains(QStringLiteral("KPI “Profit margin” needs a target: its source gives none.")));
    CHECK(more.contains(
        QStringLiteral("Grade thresholds must fall from A to C within 0–100 (now A 70, B 75, C 60).")));

    KpiCatalogue back;
    QString error;
    REQUIRE(catalogueFromJson(catalogueToJson(defaultCatalogue()), &back, &error));
    CHECK(back == defaultCatalogue());
    CHECK(!catalogueFromJson("[]", &back, &error));
    CHECK(!error.isEmpty());
}
