#include "dashboard/DashboardTiles.h"

#include "incentive/Percent.h"

#include <QLocale>

namespace cs {

namespace {

QString noValue()
{
    return QStringLiteral("—");
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString percentOrNone(const std::optional<Ratio> &r)
{
    return r ? DashboardTiles::percent(*r) : noValue();
}

DashboardTile activeTile(const DashboardFigures &f)
{
    DashboardTile t { DashboardTileId::ActivePartners, QStringLiteral("active_partners"),
        DashboardTiles::tr("Active partners"), count(f.active.total), {}, TargetState::NoTarget, {} };
    QStringList tiers;
    for (const PartnerGroup &g : f.active.byTier)
        tiers.append(DashboardTiles::tr("%1 %2", "count, tier").arg(count(g.count()), g.label));
    t.sentence =
        DashboardTiles::tr("Not churned on %1: %2; in %n region(s).", "", int(f.active.byRegion.size()))
            .arg(day(f.asOf), tiers.join(QStringLiteral(", ")));
    return t;
}

DashboardTile salesTile(const DashboardFigures &f)
{
    const SalesSum &s = f.sales.period;
    DashboardTile t { DashboardTileId::Sales, QStringLiteral("sales"), DashboardTiles::tr("Sales vs target"),
        percentOrNone(s.achievement()), DashboardTiles::tr("100 % of target"), f.sales.state, {} };
    if (s.results == 0)
        t.sentence = DashboardTiles::tr("No results for %1 yet.").arg(f.period.label());
    else
        t.sentence =
            DashboardTiles::tr("%1 sold against a target of %2 in %3 (%n results row(s)).", "", s.results)
                .arg(s.actual.toString(), s.target.toString(), f.period.label());
    return t;
}

DashboardTile churnTile(const DashboardFigures &f)
{
    const ChurnFigures &c = f.churn;
    DashboardTile t { DashboardTileId::ChurnRate, QStringLiteral("churn_rate"),
        DashboardTiles::tr("Churn rate"), percentOrNone(c.rate),
        DashboardTiles::tr("below %1").arg(DashboardTiles::percent(DashboardTargets::churnBelow)), c.state,
        {} };
    if (!c.rate) {
        t.sentence = f.asOf < f.period.firstDay()
            ? DashboardTiles::tr("%1 has not started yet.").arg(f.period.label())
            : DashboardTiles::tr("No partner was active on %1.").arg(day(f.period.firstDay()));
    } else {
        t.sentence = DashboardTiles::tr("%1 of %2 partners active on %3 had churned by %4.")
                         .arg(count(c.churnedCodes.size()), count(c.activeAtStart), day(f.period.firstDay()),
                             day(f.asOf));
        if (c.inferred > 0)
            t.sentence += QLatin1Char(' ')
                + DashboardTiles::tr("%n of them by an inferred date (the partner's last edit before the "
                                     "workbook recorded status changes).",
                    "", c.inferred);
    }
    if (!c.newcomersChurned.isEmpty())
        t.sentence += QLatin1Char(' ')
            + DashboardTiles::tr("%n partner(s) joined and churned within the period, not counted.", "",
                int(c.newcomersChurned.size()));
    if (!c.undatedCodes.isEmpty())
        t.sentence += QLatin1Char(' ')
            + DashboardTiles::tr("%n churned partner(s) have no known churn date and are not counted.", "",
                int(c.undatedCodes.size()));
    return t;
}

DashboardTile meetingTile(const DashboardFigures &f)
{
    const TargetAchievement &m = f.meeting;
    DashboardTile t { DashboardTileId::MeetingTarget, QStringLiteral("meeting_target"),
        DashboardTiles::tr("Partners meeting target"), percentOrNone(m.share),
        DashboardTiles::tr("at least %1 (baseline %2)")
            .arg(DashboardTiles::percent(DashboardTargets::meetingGoal),
                DashboardTiles::percent(DashboardTargets::meetingBaseline)),
        m.state, {} };
    t.sentence = m.judged == 0
        ? DashboardTiles::tr("No active partner has results with a target for %1.").arg(f.period.label())
        : DashboardTiles::tr("%1 of %2 partners reached their sales target.")
              .arg(count(m.metCodes.size()), count(m.judged));
    if (!m.zeroTargetCodes.isEmpty() || !m.noResultsCodes.isEmpty())
        t.sentence += QLatin1Char(' ')
            + DashboardTiles::tr("Left out: %1 with a zero target, %2 without results.")
                  .arg(count(m.zeroTargetCodes.size()), count(m.noResultsCodes.size()));
    return t;
}

DashboardTile satisfactionTile(const DashboardFigures &f)
{
    const SatisfactionFigures &s = f.satisfaction;
    DashboardTile t { DashboardTileId::Satisfaction, QStringLiteral("satisfaction"),
        DashboardTiles::tr("Customer satisfaction"), percentOrNone(s.average),
        DashboardTiles::tr("at least %1").arg(DashboardTiles::percent(DashboardTargets::satisfactionAtLeast)),
        s.state, {} };
    t.sentence = s.partners == 0
        ? DashboardTiles::tr("No active partner has a satisfaction score for %1.").arg(f.period.label())
        : DashboardTiles::tr("The mean over %n partner(s) with a satisfaction score", "", s.partners)
            + (s.withoutData > 0 ? DashboardTiles::tr("; %n without one.", "", s.withoutData)
                                 : QStringLiteral("."));
    return t;
}

DashboardTile budgetTile(const DashboardFigures &f)
{
    const IncentiveFigures &i = f.incentives;
    DashboardTile t { DashboardTileId::IncentiveBudget, QStringLiteral("incentive_budget"),
        DashboardTiles::tr("Incentive budget used"), percentOrNone(i.consumption),
        DashboardTiles::tr("within the budget"), i.budgetState, {} };
    if (!i.use) {
        t.sentence = i.problem;
        return t;
    }
    t.sentence = DashboardTiles::tr("%1 of %2 spent.").arg(i.use->spent.toString(), i.use->budget.toString());
    if (!i.previews.isEmpty()) {
        QStringList open;
        for (const Quarter q : i.previews)
            open.append(q.label());
        t.sentence += QLatin1Char(' ')
            + DashboardTiles::tr("Not closed yet, settled as of now: %1.")
                  .arg(open.join(QStringLiteral(", ")));
    }
    if (!i.problem.isEmpty())
        t.sentence += QLatin1Char(' ') + i.problem;
    return t;
}

DashboardTile roiTile(const DashboardFigures &f)
{
    const IncentiveFigures &i = f.incentives;
    DashboardTile t { DashboardTileId::IncentiveRoi, QStringLiteral("incentive_roi"),
        DashboardTiles::tr("Incentive ROI"), i.roi ? i.roiText : noValue(),
        DashboardTiles::tr("at least %1")
            .arg(formatRoi(DashboardTargets::roiReference.num, DashboardTargets::roiReference.den)),
        i.roiState, {} };
    if (!i.use)
        t.sentence = i.problem;
    else if (!i.roi)
        t.sentence = DashboardTiles::tr(
            "No return to show: nothing was spent, or the same period a year earlier has no sales.");
    else
        t.sentence =
            DashboardTiles::tr("Sales of %1 against %2 a year earlier, for %3 of incentives.")
                .arg(i.use->sales.toString(), i.use->salesLastYear.toString(), i.use->spent.toString());
    return t;
}

DashboardTile watchTile(const DashboardFigures &f)
{
    return { DashboardTileId::WatchList, QStringLiteral("watch_list"),
        DashboardTiles::tr("On the watch list"), count(f.watch.count()), {}, TargetState::NoTarget,
        DashboardTiles::tr("Active partners the capability model puts on the watch list on %1.")
            .arg(day(f.asOf)) };
}

} // namespace

QString DashboardTiles::percent(Ratio ratio)
{
    return formatRatioPercent(ratio.num, ratio.den);
}

QList<DashboardTile> DashboardTiles::of(const DashboardFigures &figures)
{
    return { activeTile(figures), salesTile(figures), churnTile(figures), meetingTile(figures),
        satisfactionTile(figures), budgetTile(figures), roiTile(figures), watchTile(figures) };
}

} // namespace cs
