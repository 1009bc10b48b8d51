#include "capability/WatchList.h"

#include "capability/Tenths.h"

namespace cs {

namespace {

constexpr Choice<WatchRule> watchRules[] = {
    { WatchRule::WeakDimension, "weak", QT_TRANSLATE_NOOP("cs::Choice", "Weak dimension"), u"能力短板" },
    { WatchRule::Drop, "drop", QT_TRANSLATE_NOOP("cs::Choice", "Falling score"), u"能力下滑" },
    { WatchRule::LowAchievement, "low_achievement", QT_TRANSLATE_NOOP("cs::Choice", "Low sales achievement"),
        u"达成率偏低" },
    { WatchRule::Stale, "stale", QT_TRANSLATE_NOOP("cs::Choice", "Assessment overdue"), u"评估逾期" },
    { WatchRule::NeverAssessed, "never_assessed", QT_TRANSLATE_NOOP("cs::Choice", "Never assessed"),
        u"从未评估" },
};

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// A percentage with one decimal, rounded half away from zero: 72.5 %.
QString percent(Ratio ratio)
{
    return formatTenths(perMille(ratio));
}

QString percent(Money actual, Money target)
{
    return percent(Ratio { actual.fen(), target.fen() });
}

void scoreRules(const PartnerInputs &partner, const CapabilityRules &rules, QList<WatchHit> *hits)
{
    const AssessmentRecord &latest = partner.assessments.back();
    for (const Dimension d : allDimensions) {
        const int score = latest.tenths[int(d)];
        if (score < rules.weakBelowTenths)
            hits->append({ WatchRule::WeakDimension, d,
                WatchList::tr("%1 is %2, below %3.")
                    .arg(labelOf(d), formatTenths(score), formatTenths(rules.weakBelowTenths)) });
    }
    if (partner.assessments.size() < 2)
        return;
    const AssessmentRecord &previous = partner.assessments[partner.assessments.size() - 2];
    for (const Dimension d : allDimensions) {
        const int fall = previous.tenths[int(d)] - latest.tenths[int(d)];
        if (fall >= rules.dropAtLeastTenths)
            hits->append({ WatchRule::Drop, d,
                WatchList::tr("%1 fell by %2, from %3 on %4 to %5 on %6.")
                    .arg(labelOf(d), formatTenths(fall), formatTenths(previous.tenths[int(d)]),
                        isoDate(previous.date), formatTenths(latest.tenths[int(d)]), isoDate(latest.date)) });
    }
}

void achievementRule(
    const PartnerInputs &partner, const CapabilityRules &rules, QList<WatchHit> *hits, QStringList *notices)
{
    const qsizetype n = rules.achievementQuarters;
    if (partner.results.size() < n)
        return;
    const auto window = partner.results.mid(partner.results.size() - n);
    bool allBelow = true;
    QStringList figures;
    for (qsizetype i = 0; i < window.size(); ++i) {
        const ResultRecord &r = window[i];
        if (i > 0 && window[i - 1].quarter.next() != r.quarter)
            allBelow = false; // a quarter without results breaks the run
        if (r.target <= Money()) {
            // No target means no achievement: not counted, but said, since it usually is a data gap.
            if (notices)
                notices->append(WatchList::tr("No sales target for %1, so its achievement is not counted.")
                                    .arg(r.quarter.label()));
            allBelow = false;
            continue;
        }
        if (exactRatio(r.actual.fen(), r.target.fen()) >= rules.achievementBelow)
            allBelow = false;
        figures.append(WatchList::tr("%1: %2 %").arg(r.quarter.label(), percent(r.actual, r.target)));
    }
    if (allBelow)
        hits->append({ WatchRule::LowAchievement, std::nullopt,
            WatchList::tr("Sales achievement below %1 % in %n consecutive quarter(s) (%2).", "", int(n))
                .arg(percent(rules.achievementBelow), figures.join(QStringLiteral(", "))) });
}

} // namespace

std::span<const Choice<WatchRule>> choices(WatchRule)
{
    return watchRules;
}

QList<WatchHit> WatchList::evaluate(
    const PartnerInputs &partner, const CapabilityRules &rules, QDate asOf, QStringList *notices)
{
    QList<WatchHit> hits;
    if (partner.assessments.isEmpty()) {
        hits.append({ WatchRule::NeverAssessed, std::nullopt, tr("Never assessed.") });
    } else {
        scoreRules(partner, rules, &hits);
        const QDate last = partner.assessments.back().date;
        const qint64 days = last.daysTo(asOf);
        if (days > rules.staleAfterDays)
            hits.append({ WatchRule::Stale, std::nullopt,
                tr("No assessment for %n day(s), since %1 (the limit is %2 days).", "", int(days))
                    .arg(isoDate(last))
                    .arg(rules.staleAfterDays) });
    }
    achievementRule(partner, rules, &hits, notices);
    for (WatchHit &hit : hits) {
        if (hit.rule == WatchRule::LowAchievement)
            hit.evidence = partner.results.back().quarter.toString();
        else if (hit.rule != WatchRule::NeverAssessed)
            hit.evidence = isoDate(partner.assessments.back().date);
    }
    return hits;
}

} // namespace cs
