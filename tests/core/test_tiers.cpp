// Tier management (issue 7): scoring against the criteria, thresholds and minimums at
// their bounds, the protection rules, confirming changes into the history, and the
// tier in effect for settlement, co-funding and scorecards from the next quarter on.
#include "IncentiveFixture.h"
#include "capability/Tenths.h"
#include "storage/ScorecardStore.h"
#include "storage/TierStore.h"

#include <QElapsedTimer>

using namespace cs;
using namespace cs::test;

namespace {

// Weights 40/20/10/20/10; full marks at ¥1,000,000 sales, all lines, score 10 and
// ¥100,000 MDF; Diamond ≥ 80 with expert certification, Gold ≥ 60 with ¥500,000
// sales, Silver ≥ 40.
TierCriteria handCriteria()
{
    TierCriteria c;
    const auto set = [&](TierCriterion k, qint64 weight, Ratio full) {
        c.rule(k).weight = weight;
        c.rule(k).fullMarksAt = full;
    };
    set(TierCriterion::TrailingSales, 40, ratioOf(100'000'000));
    set(TierCriterion::MarketCoverage, 20, ratioOf(1));
    set(TierCriterion::Certification, 10, ratioOf(3));
    set(TierCriterion::ServiceCapability, 20, ratioOf(10));
    set(TierCriterion::BrandInvestment, 10, ratioOf(10'000'000));
    c.rule(TierCriterion::Certification).minimum[0] = ratioOf(3);
    c.rule(TierCriterion::TrailingSales).minimum[1] = ratioOf(50'000'000);
    c.certificationPoints = { 0, 40, 70, 100 };
    c.thresholds = { 80, 60, 40 };
    return c;
}

// ¥600,000 sales, 3 of 4 lines, advanced, service 8.0, ¥50,000 MDF, Silver now.
TierInputs handInputs()
{
    TierInputs in;
    in.partnerId = 1;
    in.code = QStringLiteral("P1");
    in.currentTier = Tier::Silver;
    in.joinDate = QDate(2020, 1, 1);
    in.trailingSales = yuan(600'000);
    in.linesSold = 3;
    in.channelLines = 4;
    in.certification = Certification::Advanced;
    in.serviceTenths = 80;
    in.mdfPaid = yuan(50'000);
    return in;
}

// Sales alone decide: score = sales / ¥1,000,000 × 100.
TierCriteria salesOnly()
{
    TierCriteria c = handCriteria();
    for (TierCriterion k : allTierCriteria) {
        c.rule(k).weight = 0;
        c.rule(k).minimum = {};
    }
    c.rule(TierCriterion::TrailingSales).weight = 100;
    return c;
}

TierEvaluation evaluated(const TierCriteria &c, const TierInputs &in, Quarter review = q3)
{
    REQUIRE(tierCriteriaProblems(c).isEmpty());
    return TierReview::evaluate(c, in, review);
}

} // namespace

TEST_CASE("a partner's score is the weighted sum of its capped sub-scores, worked out by hand", "[tiers]")
{
    const TierEvaluation e = evaluated(handCriteria(), handInputs());
    // 60 × 40 % + 75 × 20 % + 70 × 10 % + 80 × 20 % + 50 × 10 % = 24 + 15 + 7 + 16 + 5 = 67.
    CHECK(e.criteria[size_t(TierCriterion::TrailingSales)].subScore == ratioOf(60));
    CHECK(e.criteria[size_t(TierCriterion::MarketCoverage)].value == Ratio { 3, 4 });
    CHECK(e.criteria[size_t(TierCriterion::MarketCoverage)].points == ratioOf(15));
    CHECK(e.criteria[size_t(TierCriterion::Certification)].points == ratioOf(7));
    CHECK(e.criteria[size_t(TierCriterion::ServiceCapability)].subScore == ratioOf(80));
    CHECK(e.criteria[size_t(TierCriterion::BrandInvestment)].points == ratioOf(5));
    CHECK(e.score == ratioOf(67));
    CHECK(e.criteriaTier == Tier::Gold);
    CHECK(e.proposedTier == Tier::Gold);
    CHECK(e.isPromotion());
    CHECK(e.reason.startsWith(QStringLiteral("Score 67.0 reaches Gold's threshold of 60")));

    // Diamond: 13 points short, and expert certification missing. Sales alone close the
    // gap at a sub-score of 60 + 13 / 40 % = 92.5, i.e. ¥925,000: ¥325,000 more. No
    // other criterion can (coverage would need 140, service 145).
    const TierProgress &p = e.progress;
    REQUIRE(p.nextTier == Tier::Diamond);
    CHECK(p.scoreShort == ratioOf(13));
    REQUIRE(p.minimums.size() == 1);
    CHECK(p.minimums[0].criterion == TierCriterion::Certification);
    CHECK(p.minimums[0].more == 1);
    CHECK(p.minimums[0].text == QStringLiteral("Diamond requires Expert certification (has Advanced)."));
    REQUIRE(p.alone.size() == 1);
    CHECK(p.alone[0].criterion == TierCriterion::TrailingSales);
    CHECK(p.alone[0].more == 32'500'000);
    CHECK(p.alone[0].text
        == QStringLiteral(
            "¥325,000.00 more trailing sales would raise the score to Diamond's 80 on its own."));

    // Twice the reference still scores 100: sub-scores are capped.
    TierInputs rich = handInputs();
    rich.trailingSales = yuan(2'000'000);
    CHECK(evaluated(handCriteria(), rich).criteria[0].subScore == ratioOf(100));
}

TEST_CASE("a threshold is met at exactly its score and missed one fen below", "[tiers]")
{
    const TierCriteria c = salesOnly();
    TierInputs in = handInputs();
    in.trailingSales = yuan(600'000); // exactly 60: Gold
    CHECK(evaluated(c, in).criteriaTier == Tier::Gold);
    in.trailingSales = yuan(600'000) - Money::fromFen(1); // 59.999999: Silver
    const TierEvaluation below = evaluated(c, in);
    CHECK(below.criteriaTier == Tier::Silver);
    CHECK(below.progress.alone.value(0).more == 1); // one fen more reaches Gold
    in.trailingSales = yuan(600'000) + Money::fromFen(1);
    CHECK(evaluated(c, in).criteriaTier == Tier::Gold);
    in.trailingSales = yuan(800'000);
    CHECK(evaluated(c, in).criteriaTier == Tier::Diamond);
    in.trailingSales = yuan(400'000) - Money::fromFen(1);
    CHECK(evaluated(c, in).criteriaTier == Tier::Bronze);
}

TEST_CASE("a minimum is met at exactly its value and missed one unit below, whatever the score", "[tiers]")
{
    TierCriteria c = salesOnly();
    c.rule(TierCriterion::TrailingSales).minimum[1] = ratioOf(70'000'000); // Gold needs ¥700,000
    c.rule(TierCriterion::ServiceCapability).minimum[2] = Ratio { 8, 1 }; // Silver needs service 8.0
    TierInputs in = handInputs();
    in.trailingSales = yuan(700'000);
    CHECK(evaluated(c, in).criteriaTier == Tier::Gold);
    in.trailingSales = yuan(700'000) - Money::fromFen(1);
    CHECK(evaluated(c, in).criteriaTier == Tier::Silver);
    in.serviceTenths = 79; // one tenth below Silver's 8.0, and Gold inherits Silver's minimum
    in.trailingSales = yuan(700'000);
    const TierEvaluation low = evaluated(c, in);
    CHECK(low.criteriaTier == Tier::Bronze);
    CHECK(low.criteria[size_t(TierCriterion::ServiceCapability)].meetsMinimum
        == PerRankedTier<bool> { false, false, false });
    REQUIRE(low.progress.minimums.size() == 1);
    CHECK(low.progress.minimums[0].more == 1); // one tenth
    in.serviceTenths.reset(); // never assessed: no minimum can be met
    CHECK(evaluated(c, in).criteriaTier == Tier::Bronze);
    in.serviceTenths = 80;
    CHECK(evaluated(c, in).criteriaTier == Tier::Gold);
}

TEST_CASE("a score high enough without expert certification is Gold, not Diamond, and says why", "[tiers]")
{
    TierInputs in = handInputs();
    in.trailingSales = yuan(1'000'000);
    in.linesSold = 4;
    in.serviceTenths = 100;
    in.mdfPaid = yuan(100'000);
    const TierEvaluation e = evaluated(handCriteria(), in);
    CHECK(e.score == ratioOf(97)); // 40 + 20 + 7 + 20 + 10
    CHECK(e.criteriaTier == Tier::Gold);
    CHECK_FALSE(e.criteria[size_t(TierCriterion::Certification)].meetsMinimum[0]);
    CHECK(e.reason.contains(QStringLiteral("Advanced certification is below Diamond's minimum of Expert")));
    CHECK(e.progress.scoreShort == ratioOf(0));
    CHECK(e.progress.alone.isEmpty());
    in.certification = Certification::Expert;
    CHECK(evaluated(handCriteria(), in).criteriaTier == Tier::Diamond);
}

TEST_CASE("a partner in its first year is not demoted; a day earlier it is", "[tiers]")
{
    TierCriteria c = salesOnly();
    TierInputs in = handInputs();
    in.currentTier = Tier::Gold;
    in.trailingSales = yuan(500'000); // Silver
    // 2026Q3 ends on 2026-09-30: joined 2025-10-01 is less than twelve months before.
    in.joinDate = QDate(2025, 10, 1);
    TierEvaluation e = evaluated(c, in);
    CHECK(e.criteriaTier == Tier::Silver);
    CHECK(e.proposedTier == Tier::Gold);
    CHECK(e.heldBy == TierHold::FirstYear);
    CHECK_FALSE(e.isChange());
    CHECK(e.reason.contains(QStringLiteral("first-year protection")));
    in.joinDate = QDate(2025, 9, 30);
    e = evaluated(c, in);
    CHECK(e.proposedTier == Tier::Silver);
    CHECK(e.isDemotion());
    in.joinDate = QDate(2025, 10, 1);
    c.noDemotionInFirstYear = false;
    CHECK(evaluated(c, in).proposedTier == Tier::Silver);
    // Promotions are never held back.
    in.currentTier = Tier::Bronze;
    CHECK(evaluated(c, in).proposedTier == Tier::Silver);
}

TEST_CASE("a review demotes by one tier at most, and promotes by as many as the criteria give", "[tiers]")
{
    TierCriteria c = salesOnly();
    TierInputs in = handInputs();
    in.currentTier = Tier::Diamond;
    in.trailingSales = yuan(100'000); // Bronze
    TierEvaluation e = evaluated(c, in);
    CHECK(e.criteriaTier == Tier::Bronze);
    CHECK(e.proposedTier == Tier::Gold);
    CHECK(e.heldBy == TierHold::OneTierDown);
    CHECK(e.reason.contains(QStringLiteral("Lowered by one tier only, to Gold")));
    c.atMostOneTierDown = false;
    CHECK(evaluated(c, in).proposedTier == Tier::Bronze);
    in.currentTier = Tier::Bronze;
    in.trailingSales = yuan(900'000);
    e = evaluated(c, in);
    CHECK(e.proposedTier == Tier::Diamond);
    CHECK(e.heldBy == TierHold::None);
    in.currentTier.reset(); // a first tier: a change, neither promotion nor demotion
    e = evaluated(c, in);
    CHECK(e.isChange());
    CHECK_FALSE(e.isPromotion());
    CHECK_FALSE(e.isDemotion());
}

TEST_CASE("criteria go to JSON and back unchanged, and damaged JSON is refused", "[tiers]")
{
    TierCriteria c = handCriteria();
    c.rule(TierCriterion::MarketCoverage).minimum[2] = Ratio { 2, 5 };
    c.noDemotionInFirstYear = false;
    TierCriteria back;
    QString error;
    REQUIRE(tierCriteriaFromJson(tierCriteriaToJson(c), &back, &error));
    CHECK(back == c);
    REQUIRE(tierCriteriaFromJson(tierCriteriaToJson(defaultTierCriteria()), &back, &error));
    CHECK(back == defaultTierCriteria());
    CHECK_FALSE(tierCriteriaFromJson("{\"rules\":{}}", &back, &error));
    CHECK(error == QStringLiteral("The stored tier criteria are damaged and cannot be read."));
}

TEST_CASE("criteria problems are named: weights with their sum, thresholds out of order, negative values",
    "[tiers]")
{
    CHECK(tierCriteriaProblems(defaultTierCriteria()).isEmpty());
    TierCriteria c = handCriteria();
    c.rule(TierCriterion::BrandInvestment).weight = 5;
    c.thresholds = { 60, 60, 40 };
    c.rule(TierCriterion::TrailingSales).minimum[2] = ratioOf(-1);
    c.rule(TierCriterion::MarketCoverage).fullMarksAt = ratioOf(0);
    const QStringList problems = tierCriteriaProblems(c);
    CHECK(problems.contains(QStringLiteral("The criteria weights add up to 95, not 100.")));
    CHECK(problems.contains(QStringLiteral("Tier thresholds must fall from Diamond to Silver within 0–100 "
                                           "(now Diamond 60, Gold 60, Silver 40).")));
    CHECK(problems.contains(QStringLiteral("Trailing sales: Silver's minimum cannot be negative.")));
    CHECK(problems.contains(
        QStringLiteral("Market coverage: full marks must be given at a value above zero.")));
    CHECK(problems.size() == 4);
    c = handCriteria();
    c.rule(TierCriterion::Certification).weight = -10;
    c.rule(TierCriterion::ServiceCapability).weight = 40;
    CHECK(tierCriteriaProblems(c)
        == QStringList { QStringLiteral("Certification: the weight cannot be negative.") });
}

TEST_CASE("criterion values are read and shown in their own units", "[tiers]")
{
    CHECK(parseCriterionValue(TierCriterion::TrailingSales, u"¥5,000,000") == ratioOf(500'000'000));
    CHECK(parseCriterionValue(TierCriterion::MarketCoverage, u"60%") == Ratio { 3, 5 });
    CHECK(parseCriterionValue(TierCriterion::Certification, u"专家") == ratioOf(3));
    CHECK(parseCriterionValue(TierCriterion::ServiceCapability, u"8.5") == Ratio { 17, 2 });
    QString error;
    CHECK_FALSE(parseCriterionValue(TierCriterion::Certification, u"master", &error));
    CHECK(error.contains(QStringLiteral("not a certification level")));
    CHECK(formatCriterionValue(TierCriterion::MarketCoverage, Ratio { 2, 3 }) == QStringLiteral("66.66 %"));
    CHECK(formatCriterionValue(TierCriterion::Certification, ratioOf(2)) == QStringLiteral("Advanced"));
    CHECK(
        formatCriterionValue(TierCriterion::BrandInvestment, ratioOf(123456)) == QStringLiteral("¥1,234.56"));
}

TEST_CASE(
    "the tier in effect follows the history before the latest change and the registry from it on", "[tiers]")
{
    TierChange first;
    first.reviewPeriod = Quarter(2025, 4);
    first.effectiveFrom = Quarter(2026, 1);
    first.fromTier = Tier::Bronze;
    first.toTier = Tier::Silver;
    TierChange second = first;
    second.reviewPeriod = Quarter(2026, 2);
    second.effectiveFrom = Quarter(2026, 3);
    second.fromTier = Tier::Silver;
    second.toTier = Tier::Gold;
    const QList<TierChange> changes { first, second };

    CHECK(tierInEffect({}, Quarter(2026, 1), Tier::Diamond) == Tier::Diamond);
    CHECK(tierInEffect(changes, Quarter(2025, 4), Tier::Gold) == Tier::Bronze);
    CHECK(tierInEffect(changes, Quarter(2026, 2), Tier::Gold) == Tier::Silver);
    CHECK(tierInEffect(changes, Quarter(2026, 3), Tier::Gold) == Tier::Gold);
    // A hand correction in the partner editor after the latest change counts from it on,
    // and leaves the quarters before it as the history says.
    CHECK(tierInEffect(changes, Quarter(2026, 4), Tier::Diamond) == Tier::Diamond);
    CHECK(tierInEffect(changes, Quarter(2026, 2), Tier::Diamond) == Tier::Silver);
}
