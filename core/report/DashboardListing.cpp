#include "report/DashboardListing.h"

#include "capability/Tenths.h"
#include "dashboard/DashboardTiles.h"
#include "incentive/Percent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs {

namespace {

QString stateCode(TargetState state)
{
    switch (state) {
    case TargetState::Met:
        return QStringLiteral("met");
    case TargetState::Missed:
        return QStringLiteral("missed");
    case TargetState::NoData:
        return QStringLiteral("no_data");
    case TargetState::NoTarget:
        break;
    }
    return QStringLiteral("no_target");
}

QJsonValue ratio(const std::optional<Ratio> &r)
{
    if (!r)
        return QJsonValue();
    return QJsonObject { { QStringLiteral("num"), r->num }, { QStringLiteral("den"), r->den },
        { QStringLiteral("percent"), plainRatioPercent(r->num, r->den) } };
}

QJsonObject money(Money m)
{
    return { { QStringLiteral("fen"), m.fen() }, { QStringLiteral("yuan"), m.toPlainString() } };
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray quarters(const QList<Quarter> &list)
{
    QJsonArray a;
    for (const Quarter q : list)
        a.append(q.toString());
    return a;
}

QJsonArray groups(const QList<PartnerGroup> &list)
{
    QJsonArray a;
    for (const PartnerGroup &g : list)
        a.append(QJsonObject { { QStringLiteral("key"), g.key }, { QStringLiteral("label"), g.label },
            { QStringLiteral("count"), g.count() }, { QStringLiteral("codes"), strings(g.codes) } });
    return a;
}

QJsonObject salesSum(const SalesSum &s)
{
    return { { QStringLiteral("actual"), money(s.actual) }, { QStringLiteral("target"), money(s.target) },
        { QStringLiteral("results"), s.results }, { QStringLiteral("achievement"), ratio(s.achievement()) } };
}

QJsonObject salesJson(const SalesFigures &s)
{
    QJsonArray trend;
    for (const QuarterSales &q : s.trend) {
        QJsonObject o = salesSum(q.sum);
        o.insert(QStringLiteral("quarter"), q.quarter.toString());
        trend.append(o);
    }
    QJsonObject o = salesSum(s.period);
    o.insert(QStringLiteral("state"), stateCode(s.state));
    o.insert(QStringLiteral("trend"), trend);
    return o;
}

QJsonObject churnJson(const ChurnFigures &c)
{
    return { { QStringLiteral("active_at_start"), c.activeAtStart },
        { QStringLiteral("churned"), int(c.churnedCodes.size()) },
        { QStringLiteral("churned_codes"), strings(c.churnedCodes) },
        { QStringLiteral("inferred"), c.inferred },
        { QStringLiteral("newcomers_churned"), strings(c.newcomersChurned) },
        { QStringLiteral("undated"), strings(c.undatedCodes) }, { QStringLiteral("rate"), ratio(c.rate) },
        { QStringLiteral("target_below"), ratio(DashboardTargets::churnBelow) },
        { QStringLiteral("state"), stateCode(c.state) } };
}

QJsonObject meetingJson(const TargetAchievement &m)
{
    QJsonArray histogram;
    for (const AchievementBucket &b : m.histogram)
        histogram.append(
            QJsonObject { { QStringLiteral("from"), ratio(b.from) }, { QStringLiteral("to"), ratio(b.to) },
                { QStringLiteral("label"), b.label }, { QStringLiteral("count"), int(b.codes.size()) },
                { QStringLiteral("codes"), strings(b.codes) } });
    return { { QStringLiteral("judged"), m.judged }, { QStringLiteral("met"), int(m.metCodes.size()) },
        { QStringLiteral("met_codes"), strings(m.metCodes) },
        { QStringLiteral("zero_target"), strings(m.zeroTargetCodes) },
        { QStringLiteral("no_results"), strings(m.noResultsCodes) },
        { QStringLiteral("share"), ratio(m.share) },
        { QStringLiteral("goal"), ratio(DashboardTargets::meetingGoal) },
        { QStringLiteral("baseline"), ratio(DashboardTargets::meetingBaseline) },
        { QStringLiteral("state"), stateCode(m.state) }, { QStringLiteral("histogram"), histogram } };
}

QJsonObject incentivesJson(const IncentiveFigures &i)
{
    QJsonObject o { { QStringLiteral("settled"), quarters(i.settled) },
        { QStringLiteral("previews"), quarters(i.previews) }, { QStringLiteral("problem"), i.problem },
        { QStringLiteral("consumption"), ratio(i.consumption) },
        { QStringLiteral("budget_state"), stateCode(i.budgetState) }, { QStringLiteral("roi"), ratio(i.roi) },
        { QStringLiteral("roi_text"), i.roiText },
        { QStringLiteral("roi_reference"), ratio(DashboardTargets::roiReference) },
        { QStringLiteral("roi_state"), stateCode(i.roiState) } };
    if (i.use) {
        o.insert(QStringLiteral("budget"), money(i.use->budget));
        o.insert(QStringLiteral("spent"), money(i.use->spent));
        o.insert(QStringLiteral("sales"), money(i.use->sales));
        o.insert(QStringLiteral("sales_last_year"), money(i.use->salesLastYear));
        o.insert(QStringLiteral("warning"), i.use->warning());
        o.insert(QStringLiteral("over"), i.use->over());
    }
    return o;
}

QJsonObject tenths(Ratio r)
{
    return { { QStringLiteral("num"), r.num }, { QStringLiteral("den"), r.den },
        { QStringLiteral("score"), formatTenths(r) } };
}

QJsonArray capabilityJson(const QList<RegionCapability> &regions)
{
    QJsonArray a;
    for (const RegionCapability &r : regions) {
        QJsonObject o { { QStringLiteral("region"), r.region }, { QStringLiteral("label"), r.label },
            { QStringLiteral("partners"), int(r.codes.size()) },
            { QStringLiteral("codes"), strings(r.codes) } };
        for (const Dimension d : allDimensions)
            o.insert(codeOf(d) + QStringLiteral("_tenths"), tenths(r.averageTenths[int(d)]));
        a.append(o);
    }
    return a;
}

QString row(const QString &label, const QString &value, int width = 28)
{
    return QStringLiteral("  ") + label.leftJustified(width) + QLatin1Char(' ') + value + QLatin1Char('\n');
}

QString stateWord(TargetState state)
{
    switch (state) {
    case TargetState::Met:
        return DashboardListing::tr("met");
    case TargetState::Missed:
        return DashboardListing::tr("MISSED");
    case TargetState::NoData:
        return DashboardListing::tr("no data");
    case TargetState::NoTarget:
        break;
    }
    return {};
}

QString percentOrDash(const std::optional<Ratio> &r)
{
    return r ? DashboardTiles::percent(*r) : QStringLiteral("—");
}

} // namespace

QByteArray DashboardListing::json(const DashboardFigures &f)
{
    QJsonArray tiles;
    for (const DashboardTile &t : DashboardTiles::of(f))
        tiles.append(QJsonObject { { QStringLiteral("code"), t.code }, { QStringLiteral("title"), t.title },
            { QStringLiteral("value"), t.value }, { QStringLiteral("target"), t.target },
            { QStringLiteral("state"), stateCode(t.state) }, { QStringLiteral("sentence"), t.sentence } });
    const QJsonObject o { { QStringLiteral("period"), f.period.toString() },
        { QStringLiteral("as_of"), f.asOf.toString(Qt::ISODate) }, { QStringLiteral("tiles"), tiles },
        { QStringLiteral("active_partners"),
            QJsonObject { { QStringLiteral("total"), f.active.total },
                { QStringLiteral("by_tier"), groups(f.active.byTier) },
                { QStringLiteral("by_region"), groups(f.active.byRegion) },
                { QStringLiteral("by_type"), groups(f.active.byType) } } },
        { QStringLiteral("sales"), salesJson(f.sales) }, { QStringLiteral("churn"), churnJson(f.churn) },
        { QStringLiteral("meeting_target"), meetingJson(f.meeting) },
        { QStringLiteral("satisfaction"),
            QJsonObject { { QStringLiteral("partners"), f.satisfaction.partners },
                { QStringLiteral("without_data"), f.satisfaction.withoutData },
                { QStringLiteral("average"), ratio(f.satisfaction.average) },
                { QStringLiteral("target"), ratio(DashboardTargets::satisfactionAtLeast) },
                { QStringLiteral("state"), stateCode(f.satisfaction.state) } } },
        { QStringLiteral("incentives"), incentivesJson(f.incentives) },
        { QStringLiteral("watch_list"),
            QJsonObject { { QStringLiteral("count"), f.watch.count() },
                { QStringLiteral("codes"), strings(f.watch.codes) } } },
        { QStringLiteral("capability_by_region"), capabilityJson(f.capabilityByRegion) },
        { QStringLiteral("unassessed"), f.unassessed } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray DashboardListing::text(const DashboardFigures &f)
{
    QString t = tr("Channel dashboard %1 (as of %2)").arg(f.period.label(), f.asOf.toString(Qt::ISODate))
        + QStringLiteral("\n\n");
    for (const DashboardTile &tile : DashboardTiles::of(f)) {
        QString line = tile.value;
        if (!tile.target.isEmpty())
            line += QStringLiteral("   ") + tr("target: %1").arg(tile.target);
        const QString state = stateWord(tile.state);
        if (!state.isEmpty())
            line += QStringLiteral("   [") + state + QLatin1Char(']');
        t += tile.title + QStringLiteral(": ") + line + QLatin1Char('\n');
        t += QStringLiteral("  ") + tile.sentence + QStringLiteral("\n\n");
    }

    t += tr("Sales vs target by quarter") + QLatin1Char('\n');
    for (const QuarterSales &q : f.sales.trend)
        t += row(q.quarter.label(),
            tr("%1 of %2 (%3)")
                .arg(q.sum.actual.toString(), q.sum.target.toString(), percentOrDash(q.sum.achievement())),
            12);
    t += QLatin1Char('\n') + tr("Achievement distribution") + QLatin1Char('\n');
    for (const AchievementBucket &b : f.meeting.histogram)
        t += row(b.label, QString::number(b.codes.size()), 12);
    t += QLatin1Char('\n') + tr("Active partners by tier") + QLatin1Char('\n');
    for (const PartnerGroup &g : f.active.byTier)
        t += row(g.label, QString::number(g.count()), 12);
    t += QLatin1Char('\n') + tr("Active partners by region") + QLatin1Char('\n');
    for (const PartnerGroup &g : f.active.byRegion)
        t += row(g.label, QString::number(g.count()), 12);
    t += QLatin1Char('\n') + tr("Active partners by type") + QLatin1Char('\n');
    for (const PartnerGroup &g : f.active.byType)
        t += row(g.label, QString::number(g.count()), 12);
    t += QLatin1Char('\n') + tr("Capability averages by region (product / sales / service)")
        + QLatin1Char('\n');
    for (const RegionCapability &r : f.capabilityByRegion) {
        QStringList scores;
        for (const Dimension d : allDimensions)
            scores.append(formatTenths(r.averageTenths[int(d)]));
        t += row(r.label,
            tr("%1   (%n partner(s))", "", int(r.codes.size())).arg(scores.join(QStringLiteral(" / "))), 12);
    }
    if (f.unassessed > 0)
        t += QStringLiteral("  ") + tr("%n active partner(s) not assessed yet.", "", f.unassessed)
            + QLatin1Char('\n');
    return t.toUtf8();
}

} // namespace cs
