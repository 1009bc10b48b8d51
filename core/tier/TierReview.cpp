#include "tier/TierReview.h"

#include "capability/Tenths.h"
#include "tier/TierWords.h"

#include <limits>

namespace cs {

namespace {

Int128 gcd128(Int128 a, Int128 b)
{
    a = a < 0 ? -a : a;
    while (b != 0) {
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    return a == 0 ? 1 : a;
}

// Sums in 128 bits, reduced as it goes. The sum of five sub-scores fits a Ratio
// for any full-marks values a manager types; a pathological set whose common
// denominator would not is held to nanopoints, rounded down, so it never claims a
// tier it does not reach.
Ratio sum(const QList<Ratio> &terms)
{
    Int128 num = 0;
    Int128 den = 1;
    for (const Ratio &t : terms) {
        const Int128 g = gcd128(den, t.den);
        num = num * (t.den / g) + Int128(t.num) * (den / g);
        den = den / g * t.den;
        const Int128 r = gcd128(num, den);
        num /= r;
        den /= r;
    }
    constexpr Int128 limit = std::numeric_limits<qint64>::max();
    if (den > limit || num > limit || num < -limit) {
        constexpr Int128 nano = 1'000'000'000;
        Int128 scaled = num * nano / den;
        if (num < 0 && (num * nano) % den != 0)
            --scaled;
        return exactRatio(scaled, nano);
    }
    return Ratio { static_cast<qint64>(num), static_cast<qint64>(den) };
}

Ratio subScore(const TierCriteria &criteria, TierCriterion c, const std::optional<Ratio> &value)
{
    if (!value)
        return ratioOf(0);
    if (c == TierCriterion::Certification) {
        const qint64 level = std::clamp<qint64>(roundHalfAway(*value), 0, 3);
        return ratioOf(criteria.certificationPoints[size_t(level)]);
    }
    const Ratio full = criteria.rule(c).fullMarksAt;
    if (full.num <= 0 || value->num <= 0)
        return ratioOf(0);
    const Ratio score = exactRatio(Int128(value->num) * 100 * full.den, Int128(value->den) * full.num);
    return std::min(score, ratioOf(100));
}

bool better(Tier a, Tier b)
{
    return static_cast<int>(a) < static_cast<int>(b);
}

} // namespace

std::optional<Ratio> criterionValue(const TierInputs &in, TierCriterion criterion)
{
    switch (criterion) {
    case TierCriterion::TrailingSales:
        return ratioOf(in.trailingSales.fen());
    case TierCriterion::MarketCoverage:
        if (in.channelLines <= 0)
            return std::nullopt;
        return exactRatio(in.linesSold, in.channelLines);
    case TierCriterion::Certification:
        return certificationLevel(in.certification);
    case TierCriterion::ServiceCapability:
        if (!in.serviceTenths)
            return std::nullopt;
        return exactRatio(*in.serviceTenths, 10);
    case TierCriterion::BrandInvestment:
        return ratioOf(in.mdfPaid.fen());
    }
    return std::nullopt;
}

bool TierEvaluation::isPromotion() const
{
    return inputs.currentTier && better(proposedTier, *inputs.currentTier);
}

bool TierEvaluation::isDemotion() const
{
    return inputs.currentTier && better(*inputs.currentTier, proposedTier);
}

bool TierReview::inFirstYear(QDate joinDate, Quarter review)
{
    return joinDate.isValid() && joinDate > review.lastDay().addMonths(-12);
}

QString TierReview::formatScore(Ratio score)
{
    return formatOneDecimal(score);
}

QString TierReview::holdText(TierHold hold)
{
    switch (hold) {
    case TierHold::None:
        return {};
    case TierHold::FirstYear:
        return tr("First-year protection");
    case TierHold::OneTierDown:
        return tr("At most one tier down");
    }
    return {};
}

TierEvaluation TierReview::evaluate(const TierCriteria &criteria, const TierInputs &inputs, Quarter review)
{
    TierEvaluation e;
    e.inputs = inputs;
    QList<Ratio> points;
    for (TierCriterion c : allTierCriteria) {
        CriterionResult &r = e.criteria[size_t(c)];
        r.criterion = c;
        r.value = criterionValue(inputs, c);
        r.subScore = subScore(criteria, c, r.value);
        r.points = exactRatio(Int128(r.subScore.num) * criteria.rule(c).weight, Int128(r.subScore.den) * 100);
        points.append(r.points);
        for (Tier tier : rankedTiers) {
            const std::optional<Ratio> minimum = criteria.effectiveMinimum(c, tier);
            r.meetsMinimum[size_t(tier)] = !minimum || (r.value && *r.value >= *minimum);
        }
    }
    e.score = sum(points);

    e.criteriaTier = Tier::Bronze;
    for (Tier tier : rankedTiers) {
        bool meets = e.score >= ratioOf(criteria.threshold(tier));
        for (const CriterionResult &r : e.criteria)
            meets = meets && r.meetsMinimum[size_t(tier)];
        if (meets) {
            e.criteriaTier = tier;
            break;
        }
    }

    e.proposedTier = e.criteriaTier;
    const std::optional<Tier> current = inputs.currentTier;
    if (current && better(*current, e.criteriaTier)) {
        if (criteria.noDemotionInFirstYear && inFirstYear(inputs.joinDate, review)) {
            e.proposedTier = *current;
            e.heldBy = TierHold::FirstYear;
        } else if (criteria.atMostOneTierDown
            && static_cast<int>(e.criteriaTier) > static_cast<int>(*current) + 1) {
            e.proposedTier = static_cast<Tier>(static_cast<int>(*current) + 1);
            e.heldBy = TierHold::OneTierDown;
        }
    }
    e.progress = TierWords::progress(criteria, e);
    e.reason = TierWords::reason(criteria, e, review);
    return e;
}

QList<TierEvaluation> TierReview::evaluate(
    const TierCriteria &criteria, const QList<TierInputs> &inputs, Quarter review)
{
    QList<TierEvaluation> evaluations;
    evaluations.reserve(inputs.size());
    for (const TierInputs &in : inputs)
        evaluations.append(evaluate(criteria, in, review));
    return evaluations;
}

} // namespace cs
