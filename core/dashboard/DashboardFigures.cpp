#include "dashboard/DashboardFigures.h"

#include "capability/Tenths.h" // exactRatio
#include "dashboard/DashboardInputs.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace cs {

namespace {

// An exact sum of fractions. Satisfaction arrives as percentages from spreadsheets,
// whose denominators divide a power of ten, so the reduced sum stays small; a
// pathological mix is rounded to 10⁻¹² (half away) rather than overflowing.
class FractionSum {
public:
    void add(Ratio r)
    {
        m_num = m_num * r.den + Int128(r.num) * m_den;
        m_den *= r.den;
        reduce();
        constexpr Int128 limit = Int128(1) << 62;
        if (m_den > limit || m_num > limit || m_num < -limit) {
            constexpr qint64 fine = 1'000'000'000'000;
            m_num = divRoundHalfAway(m_num * fine, m_den);
            m_den = fine;
            reduce();
        }
        ++m_count;
    }
    int count() const { return m_count; }
    // The mean of what was added; count() must not be 0.
    Ratio mean() const { return exactRatio(m_num, m_den * m_count); }

private:
    void reduce()
    {
        const Ratio r = exactRatio(m_num, m_den);
        m_num = r.num;
        m_den = r.den;
    }

    Int128 m_num = 0;
    Int128 m_den = 1;
    int m_count = 0;
};

std::optional<Ratio> ratioOrNone(qint64 num, qint64 den)
{
    if (den == 0)
        return std::nullopt;
    return exactRatio(num, den);
}

void addToGroup(QList<PartnerGroup> &groups, const QString &key, const QString &label, const QString &code)
{
    for (PartnerGroup &g : groups)
        if (g.key == key) {
            g.codes.append(code);
            return;
        }
    groups.append(PartnerGroup { key, label, { code } });
}

QString noRegionLabel()
{
    return DashboardCalculator::tr("No region");
}

ActivePartners activePartners(const QList<const DashboardPartner *> &active)
{
    ActivePartners a;
    a.total = int(active.size());
    for (const auto &c : choicesOf<Tier>())
        a.byTier.append(PartnerGroup { codeOf(c.value), labelOf(c.value), {} });
    for (const auto &c : choicesOf<PartnerType>())
        a.byType.append(PartnerGroup { codeOf(c.value), labelOf(c.value), {} });
    for (const DashboardPartner *p : active) {
        if (p->tier)
            addToGroup(a.byTier, codeOf(*p->tier), {}, p->code);
        else
            addToGroup(a.byTier, QString(), DashboardCalculator::tr("No tier"), p->code);
        addToGroup(a.byType, codeOf(p->type), {}, p->code);
        addToGroup(a.byRegion, p->region, p->region.isEmpty() ? noRegionLabel() : p->region, p->code);
    }
    std::sort(a.byRegion.begin(), a.byRegion.end(), [](const PartnerGroup &x, const PartnerGroup &y) {
        if (x.key.isEmpty() != y.key.isEmpty())
            return y.key.isEmpty();
        if (x.count() != y.count())
            return x.count() > y.count();
        return x.key < y.key;
    });
    return a;
}

SalesFigures sales(const DashboardInputs &inputs, const DashboardPeriod &period)
{
    SalesFigures s;
    const QList<Quarter> trend = DashboardCalculator::trendQuarters(period.last());
    QHash<Quarter, SalesSum> byQuarter;
    for (const DashboardResult &r : inputs.results) {
        SalesSum &sum = byQuarter[r.quarter];
        sum.actual += r.actual;
        sum.target += r.target;
        ++sum.results;
    }
    for (const Quarter q : trend)
        s.trend.append(QuarterSales { q, byQuarter.value(q) });
    for (const Quarter q : period.quarters()) {
        const SalesSum sum = byQuarter.value(q);
        s.period.actual += sum.actual;
        s.period.target += sum.target;
        s.period.results += sum.results;
    }
    if (s.period.target.fen() > 0)
        s.state = s.period.actual >= s.period.target ? TargetState::Met : TargetState::Missed;
    return s;
}

ChurnFigures churn(const QList<DashboardPartner> &partners, const DashboardPeriod &period, QDate asOf)
{
    ChurnFigures c;
    const QDate first = period.firstDay();
    const QDate eve = first.addDays(-1);
    if (asOf < first) {
        // The period has not started: nobody is at its start yet.
        for (const DashboardPartner &p : partners)
            if (p.churnUndated())
                c.undatedCodes.append(p.code);
        return c;
    }
    for (const DashboardPartner &p : partners) {
        if (p.churnUndated()) {
            c.undatedCodes.append(p.code);
            continue;
        }
        const bool churnedAtEnd = p.statusAt(asOf) == PartnerStatus::Churned;
        if (p.joinedBy(first)) {
            if (p.statusAt(eve) == PartnerStatus::Churned)
                continue; // churned before the period: not in its cohort
            ++c.activeAtStart;
            if (churnedAtEnd) {
                c.churnedCodes.append(p.code);
                const StatusChange *change = p.churnedBy(asOf);
                if (change && change->inferred)
                    ++c.inferred;
            }
        } else if (p.joinedBy(asOf) && churnedAtEnd) {
            c.newcomersChurned.append(p.code);
        }
    }
    c.rate = ratioOrNone(c.churnedCodes.size(), c.activeAtStart);
    if (c.rate)
        c.state = *c.rate < DashboardTargets::churnBelow ? TargetState::Met : TargetState::Missed;
    return c;
}

struct PartnerPeriod {
    bool hasResults = false;
    Money actual;
    Money target;
    FractionSum satisfaction;
};

void judge(TargetAchievement &m, SatisfactionFigures &sat, FractionSum &channelSatisfaction,
    const DashboardPartner &p, const PartnerPeriod &pp)
{
    if (pp.satisfaction.count() > 0) {
        channelSatisfaction.add(pp.satisfaction.mean());
        ++sat.partners;
    } else {
        ++sat.withoutData;
    }
    if (!pp.hasResults) {
        m.noResultsCodes.append(p.code);
        return;
    }
    if (pp.target.fen() <= 0) {
        m.zeroTargetCodes.append(p.code);
        return;
    }
    ++m.judged;
    if (pp.actual >= pp.target)
        m.metCodes.append(p.code);
    const Ratio achievement = exactRatio(pp.actual.fen(), pp.target.fen());
    for (AchievementBucket &b : m.histogram)
        if ((!b.from || achievement >= *b.from) && (!b.to || achievement < *b.to)) {
            b.codes.append(p.code);
            break;
        }
}

IncentiveFigures incentives(const DashboardInputs &inputs)
{
    IncentiveFigures f;
    f.problem = inputs.incentiveProblem;
    f.previews = inputs.previews;
    if (inputs.budgets.isEmpty())
        return f;
    BudgetUse use = inputs.budgets.front();
    f.settled.append(use.quarter);
    for (qsizetype i = 1; i < inputs.budgets.size(); ++i) {
        const BudgetUse &b = inputs.budgets.at(i);
        use.quarter = b.quarter;
        use.budget += b.budget;
        use.spent += b.spent;
        use.sales += b.sales;
        use.salesLastYear += b.salesLastYear;
        f.settled.append(b.quarter);
    }
    f.use = use;
    if (use.budget.fen() > 0) {
        f.consumption = exactRatio(use.spent.fen(), use.budget.fen());
        f.budgetState = use.over() ? TargetState::Missed : TargetState::Met;
    }
    if (const auto roi = use.roi()) {
        f.roi = exactRatio(roi->first, roi->second);
        f.roiText = formatRoi(roi->first, roi->second);
        f.roiState = *f.roi >= DashboardTargets::roiReference ? TargetState::Met : TargetState::Missed;
    }
    return f;
}

QList<RegionCapability> capabilityByRegion(
    const QList<const DashboardPartner *> &active, const DashboardInputs &inputs, int *unassessed)
{
    QHash<qint64, const DashboardCapability *> byId;
    for (const DashboardCapability &c : inputs.capability)
        byId.insert(c.partnerId, &c);
    struct Sums {
        QStringList codes;
        PerDimension<qint64> tenths {};
    };
    std::map<QString, Sums> regions;
    *unassessed = 0;
    for (const DashboardPartner *p : active) {
        const DashboardCapability *c = byId.value(p->id);
        if (!c || !c->latestTenths) {
            ++*unassessed;
            continue;
        }
        Sums &s = regions[p->region];
        s.codes.append(p->code);
        for (const Dimension d : allDimensions)
            s.tenths[int(d)] += (*c->latestTenths)[int(d)];
    }
    QList<RegionCapability> list;
    for (const auto &[region, sums] : regions) {
        RegionCapability r { region, region.isEmpty() ? noRegionLabel() : region, sums.codes, {} };
        for (const Dimension d : allDimensions)
            r.averageTenths[int(d)] = exactRatio(sums.tenths[int(d)], sums.codes.size());
        list.append(r);
    }
    // The map put "" first; the partners without a region go last.
    if (!list.isEmpty() && list.front().region.isEmpty())
        list.move(0, list.size() - 1);
    return list;
}

} // namespace

std::optional<Ratio> SalesSum::achievement() const
{
    return ratioOrNone(actual.fen(), target.fen());
}

QDate DashboardCalculator::asOf(const DashboardPeriod &period, QDate today)
{
    return std::min(period.lastDay(), today);
}

QList<Quarter> DashboardCalculator::trendQuarters(Quarter last)
{
    QList<Quarter> quarters;
    Quarter q = last;
    for (int i = 0; i < 8; ++i, q = q.previous())
        quarters.prepend(q);
    return quarters;
}

QList<AchievementBucket> DashboardCalculator::achievementBuckets()
{
    const auto pct = [](qint64 percent) {
        return exactRatio(percent, 100);
    };
    return {
        { std::nullopt, pct(60), tr("< 60 %"), {} },
        { pct(60), pct(80), tr("60–80 %"), {} },
        { pct(80), pct(90), tr("80–90 %"), {} },
        { pct(90), pct(100), tr("90–100 %"), {} },
        { pct(100), pct(120), tr("100–120 %"), {} },
        { pct(120), std::nullopt, tr("≥ 120 %"), {} },
    };
}

DashboardFigures DashboardCalculator::compute(
    const DashboardInputs &inputs, const DashboardPeriod &period, QDate today)
{
    DashboardFigures f;
    f.period = period;
    f.asOf = asOf(period, today);

    QList<const DashboardPartner *> active;
    for (const DashboardPartner &p : inputs.partners)
        if (!p.churnUndated() && p.joinedBy(f.asOf) && p.statusAt(f.asOf) != PartnerStatus::Churned)
            active.append(&p);

    f.active = activePartners(active);
    f.sales = sales(inputs, period);
    f.churn = churn(inputs.partners, period, f.asOf);

    QHash<qint64, PartnerPeriod> periodResults;
    for (const DashboardResult &r : inputs.results) {
        if (!period.contains(r.quarter))
            continue;
        PartnerPeriod &pp = periodResults[r.partnerId];
        pp.hasResults = true;
        pp.actual += r.actual;
        pp.target += r.target;
        if (r.satisfaction)
            pp.satisfaction.add(*r.satisfaction);
    }
    f.meeting.histogram = achievementBuckets();
    FractionSum channelSatisfaction;
    for (const DashboardPartner *p : active)
        judge(f.meeting, f.satisfaction, channelSatisfaction, *p, periodResults.value(p->id));
    f.meeting.share = ratioOrNone(f.meeting.metCodes.size(), f.meeting.judged);
    if (f.meeting.share)
        f.meeting.state =
            *f.meeting.share >= DashboardTargets::meetingGoal ? TargetState::Met : TargetState::Missed;
    if (channelSatisfaction.count() > 0) {
        f.satisfaction.average = channelSatisfaction.mean();
        f.satisfaction.state = *f.satisfaction.average >= DashboardTargets::satisfactionAtLeast
            ? TargetState::Met
            : TargetState::Missed;
    }

    f.incentives = incentives(inputs);

    QHash<qint64, bool> watched;
    for (const DashboardCapability &c : inputs.capability)
        watched.insert(c.partnerId, c.onWatchList);
    for (const DashboardPartner *p : active)
        if (watched.value(p->id))
            f.watch.codes.append(p->code);
    f.capabilityByRegion = capabilityByRegion(active, inputs, &f.unassessed);
    return f;
}

} // namespace cs
