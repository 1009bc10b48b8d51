#include "tier/TierWords.h"

#include "capability/Tenths.h"

#include <algorithm>

namespace cs {

namespace {

// Rounded up: a "more" that is always enough. den > 0.
Int128 ceilDiv(Int128 num, Int128 den)
{
    const Int128 q = num / den;
    return (num % den != 0 && num > 0) ? q + 1 : q;
}

qint64 ceilOf(Ratio r)
{
    return static_cast<qint64>(ceilDiv(r.num, r.den));
}

Tier above(Tier tier)
{
    return static_cast<Tier>(static_cast<int>(tier) - 1);
}

QString money(qint64 fen)
{
    return Money::fromFen(fen).toString();
}

QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

Ratio valueOrZero(const CriterionResult &r)
{
    return r.value.value_or(ratioOf(0));
}

// How much more of the criterion reaches `needed`, in its unit (see TierGap::more);
// none when it cannot be reached (more lines than the channel sells, a score above 10).
std::optional<qint64> moreFor(const TierEvaluation &e, TierCriterion c, Ratio needed)
{
    const Ratio has = valueOrZero(e.criteria[size_t(c)]);
    switch (c) {
    case TierCriterion::TrailingSales:
    case TierCriterion::BrandInvestment:
        return std::max<qint64>(0, ceilOf(needed - has));
    case TierCriterion::MarketCoverage: {
        const qint64 channel = e.inputs.channelLines;
        if (channel <= 0)
            return std::nullopt;
        const qint64 lines = static_cast<qint64>(ceilDiv(Int128(needed.num) * channel, needed.den));
        if (lines > channel)
            return std::nullopt;
        return std::max<qint64>(0, lines - e.inputs.linesSold);
    }
    case TierCriterion::Certification:
        return std::max<qint64>(0, ceilOf(needed) - roundHalfAway(has));
    case TierCriterion::ServiceCapability: {
        const qint64 tenths = static_cast<qint64>(ceilDiv(Int128(needed.num) * 10, needed.den));
        if (tenths > 100)
            return std::nullopt;
        return std::max<qint64>(0, tenths - e.inputs.serviceTenths.value_or(0));
    }
    }
    return std::nullopt;
}

QString certificationName(qint64 level)
{
    return formatCriterionValue(TierCriterion::Certification, ratioOf(level));
}

QString serviceHas(const TierEvaluation &e)
{
    return e.inputs.serviceTenths ? formatTenths(*e.inputs.serviceTenths) : TierWords::tr("not assessed");
}

QString minimumText(const TierEvaluation &e, const TierGap &g, Tier tier)
{
    const QString name = labelOf(tier);
    const QString least = formatCriterionValue(g.criterion, g.needed);
    switch (g.criterion) {
    case TierCriterion::TrailingSales:
        return TierWords::tr("%1 more trailing sales to reach %2's minimum of %3.")
            .arg(money(g.more), name, least);
    case TierCriterion::BrandInvestment:
        return TierWords::tr("%1 more MDF investment to reach %2's minimum of %3.")
            .arg(money(g.more), name, least);
    case TierCriterion::MarketCoverage:
        if (e.inputs.channelLines <= 0)
            return TierWords::tr("%1 requires market coverage of %2; the ledger shows no sales in the four "
                                 "quarters.")
                .arg(name, least);
        return TierWords::tr("%n more product line(s) to reach %1's minimum coverage of %2.", "", int(g.more))
            .arg(name, least);
    case TierCriterion::Certification:
        return TierWords::tr("%1 requires %2 certification (has %3).")
            .arg(name, least,
                certificationName(e.inputs.certification ? int(*e.inputs.certification) + 1 : 0));
    case TierCriterion::ServiceCapability:
        return TierWords::tr("%1 requires a customer-service score of %2 (has %3).")
            .arg(name, least, serviceHas(e));
    }
    return {};
}

QString aloneText(const TierEvaluation &e, const TierGap &g, Tier tier, qint64 threshold)
{
    const QString target = TierWords::tr("%1's %2").arg(labelOf(tier)).arg(threshold);
    switch (g.criterion) {
    case TierCriterion::TrailingSales:
        return TierWords::tr("%1 more trailing sales would raise the score to %2 on its own.")
            .arg(money(g.more), target);
    case TierCriterion::BrandInvestment:
        return TierWords::tr("%1 more MDF investment would raise the score to %2 on its own.")
            .arg(money(g.more), target);
    case TierCriterion::MarketCoverage:
        return TierWords::tr(
            "%n more product line(s) would raise the score to %1 on its own.", "", int(g.more))
            .arg(target);
    case TierCriterion::Certification:
        return TierWords::tr("%1 certification would raise the score to %2 on its own.")
            .arg(sentence(formatCriterionValue(g.criterion, g.needed)), target);
    case TierCriterion::ServiceCapability:
        return TierWords::tr(
            "A customer-service score of %1 (has %2) would raise the score to %3 on its own.")
            .arg(formatTenths(e.inputs.serviceTenths.value_or(0) + g.more), serviceHas(e), target);
    }
    return {};
}

// The criterion alone closing the score gap, if it can.
std::optional<TierGap> alone(
    const TierCriteria &criteria, const TierEvaluation &e, TierCriterion c, Ratio shortBy)
{
    const qint64 weight = criteria.rule(c).weight;
    if (weight <= 0)
        return std::nullopt;
    const CriterionResult &r = e.criteria[size_t(c)];
    const Ratio wanted =
        exactRatio(Int128(r.subScore.num) * shortBy.den * weight + Int128(shortBy.num) * 100 * r.subScore.den,
            Int128(r.subScore.den) * shortBy.den * weight);
    if (wanted > ratioOf(100))
        return std::nullopt;
    TierGap gap;
    gap.kind = TierGap::Kind::Score;
    gap.criterion = c;
    if (c == TierCriterion::Certification) {
        const qint64 has = roundHalfAway(valueOrZero(r));
        for (qint64 level = has + 1; level <= 3; ++level)
            if (ratioOf(criteria.certificationPoints[size_t(level)]) >= wanted) {
                gap.needed = ratioOf(level);
                gap.more = level - has;
                return gap;
            }
        return std::nullopt;
    }
    const Ratio full = criteria.rule(c).fullMarksAt;
    gap.needed = exactRatio(Int128(wanted.num) * full.num, Int128(wanted.den) * full.den * 100);
    const std::optional<qint64> more = moreFor(e, c, gap.needed);
    if (!more || *more <= 0)
        return std::nullopt;
    gap.more = *more;
    return gap;
}

// The criteria that cost the partner most, for a reason that shows where the score went.
QString weakest(const TierCriteria &criteria, const TierEvaluation &e)
{
    QList<const CriterionResult *> lost;
    for (const CriterionResult &r : e.criteria)
        if (r.points < ratioOf(criteria.rule(r.criterion).weight))
            lost.append(&r);
    std::stable_sort(lost.begin(), lost.end(), [&](const CriterionResult *a, const CriterionResult *b) {
        return ratioOf(criteria.rule(a->criterion).weight) - a->points
            > ratioOf(criteria.rule(b->criterion).weight) - b->points;
    });
    QStringList parts;
    for (qsizetype i = 0; i < std::min<qsizetype>(2, lost.size()); ++i) {
        const TierCriterion c = lost[i]->criterion;
        if (c == TierCriterion::Certification || !lost[i]->value)
            parts << TierWords::phrase(e, c);
        else
            parts << TierWords::tr("%1 (full marks at %2)")
                         .arg(TierWords::phrase(e, c), formatCriterionValue(c, criteria.rule(c).fullMarksAt));
    }
    return parts.join(TierWords::tr(" and "));
}

} // namespace

QString TierWords::phrase(const TierEvaluation &e, TierCriterion c)
{
    const CriterionResult &r = e.criteria[size_t(c)];
    switch (c) {
    case TierCriterion::TrailingSales:
        return tr("trailing sales %1").arg(formatCriterionValue(c, valueOrZero(r)));
    case TierCriterion::MarketCoverage:
        if (!r.value)
            return tr("no ledger sales");
        return tr("market coverage %1 (%2 of %3 product lines)")
            .arg(formatCriterionValue(c, *r.value))
            .arg(e.inputs.linesSold)
            .arg(e.inputs.channelLines);
    case TierCriterion::Certification:
        if (!e.inputs.certification)
            return tr("no certification");
        return tr("%1 certification").arg(labelOf(*e.inputs.certification));
    case TierCriterion::ServiceCapability:
        if (!r.value)
            return tr("no capability assessment");
        return tr("customer-service score %1").arg(formatCriterionValue(c, *r.value));
    case TierCriterion::BrandInvestment:
        return tr("MDF investment %1").arg(formatCriterionValue(c, valueOrZero(r)));
    }
    return {};
}

TierProgress TierWords::progress(const TierCriteria &criteria, const TierEvaluation &e)
{
    TierProgress p;
    if (e.criteriaTier == Tier::Diamond) {
        p.text = tr("Top tier.");
        return p;
    }
    const Tier next = above(e.criteriaTier);
    p.nextTier = next;
    const qint64 threshold = criteria.threshold(next);
    p.scoreShort = std::max(ratioOf(threshold) - e.score, ratioOf(0));
    QStringList text;
    for (const CriterionResult &r : e.criteria) {
        if (r.meetsMinimum[size_t(next)])
            continue;
        TierGap gap;
        gap.kind = TierGap::Kind::Minimum;
        gap.criterion = r.criterion;
        gap.needed = *criteria.effectiveMinimum(r.criterion, next);
        gap.more = moreFor(e, r.criterion, gap.needed).value_or(0);
        gap.text = minimumText(e, gap, next);
        text << gap.text;
        p.minimums.append(gap);
    }
    if (p.scoreShort > ratioOf(0)) {
        text << tr("Score %1 is %2 short of %3's %4.")
                    .arg(TierReview::formatScore(e.score), TierReview::formatScore(p.scoreShort),
                        labelOf(next))
                    .arg(threshold);
        for (TierCriterion c : allTierCriteria)
            if (std::optional<TierGap> gap = alone(criteria, e, c, p.scoreShort)) {
                gap->text = aloneText(e, *gap, next, threshold);
                text << gap->text;
                p.alone.append(*gap);
            }
        if (p.alone.isEmpty())
            text << tr("No single criterion can close the gap on its own.");
    }
    p.text = text.join(QLatin1Char(' '));
    return p;
}

QString TierWords::reason(const TierCriteria &criteria, const TierEvaluation &e, Quarter review)
{
    QStringList text;
    const Tier tier = e.criteriaTier;
    const QString score = TierReview::formatScore(e.score);
    if (tier != Tier::Bronze) {
        QStringList met;
        for (TierCriterion c : allTierCriteria)
            if (const std::optional<Ratio> least = criteria.effectiveMinimum(c, tier))
                met << tr("%1 (at least %2)").arg(phrase(e, c), formatCriterionValue(c, *least));
        const QString reached = tr("Score %1 reaches %2's threshold of %3")
                                    .arg(score, labelOf(tier))
                                    .arg(criteria.threshold(tier));
        text << (met.isEmpty() ? tr("%1.").arg(reached)
                               : tr("%1, and its minimums are met: %2.").arg(reached, met.join(tr(", "))));
    }
    if (tier != Tier::Diamond) {
        const Tier next = above(tier);
        QStringList missing;
        if (e.score < ratioOf(criteria.threshold(next)))
            missing << tr("score %1 is below %2's %3, most points lost on %4")
                           .arg(score, labelOf(next))
                           .arg(criteria.threshold(next))
                           .arg(weakest(criteria, e));
        for (const CriterionResult &r : e.criteria) {
            if (r.meetsMinimum[size_t(next)])
                continue;
            const QString least =
                formatCriterionValue(r.criterion, *criteria.effectiveMinimum(r.criterion, next));
            const QString name = labelOf(next);
            missing << (r.value
                    ? tr("%1 is below %2's minimum of %3").arg(phrase(e, r.criterion), name, least)
                    : tr("%1, where %2 requires %3").arg(phrase(e, r.criterion), name, least));
        }
        text << (tier == Tier::Bronze ? tr("Bronze: %1.").arg(missing.join(tr("; ")))
                                      : tr("Not %1: %2.").arg(labelOf(next), missing.join(tr("; "))));
    }
    switch (e.heldBy) {
    case TierHold::None:
        break;
    case TierHold::FirstYear:
        text << tr("Kept at %1: joined on %2, less than a year before the end of %3 (first-year protection).")
                    .arg(labelOf(e.proposedTier), e.inputs.joinDate.toString(Qt::ISODate), review.label());
        break;
    case TierHold::OneTierDown:
        text << tr("Lowered by one tier only, to %1 (at most one tier down per review).")
                    .arg(labelOf(e.proposedTier));
        break;
    }
    if (const std::optional<TierChange> &c = e.inputs.confirmedChange)
        text << tr("Already decided in the review of %1: %2 from %3, confirmed by %4 on %5.")
                    .arg(c->reviewPeriod.label(), labelOf(c->toTier), c->effectiveFrom.label(),
                        c->confirmedBy, c->confirmedAt.toLocalTime().date().toString(Qt::ISODate));
    return text.join(QLatin1Char(' '));
}

} // namespace cs
