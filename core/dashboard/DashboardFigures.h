// The channel dashboard for one period: each tile's figure against its seed target
// (DOMAIN.md) and the data behind its charts, computed exactly from plain inputs.
#pragma once

#include "capability/Dimension.h"
#include "dashboard/DashboardPeriod.h"
#include "domain/Partner.h"
#include "domain/Quarter.h"
#include "import/ValueParsers.h" // Ratio
#include "incentive/Settlement.h" // BudgetUse
#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

struct DashboardInputs;

// How a figure stands against its target. Every Met/Missed is decided on exact
// fractions (cross-multiplied), never on the rounded percentage shown.
enum class TargetState {
    Met,
    Missed,
    NoData, // nothing to judge: no partner active at the start, no results, no settlement ...
    NoTarget, // the figure has no target (the watch list)
};

// The seed targets (DOMAIN.md), as exact fractions.
namespace DashboardTargets {
inline constexpr Ratio churnBelow { 1, 10 }; // churn rate must stay strictly below 10 %
inline constexpr Ratio meetingGoal { 3, 5 }; // share of partners meeting target: ≥ 60 %
inline constexpr Ratio meetingBaseline { 9, 20 }; // where the seeds say it was: 45 %
inline constexpr Ratio satisfactionAtLeast { 9, 10 }; // average satisfaction ≥ 90 %
inline constexpr Ratio roiReference { 5, 1 }; // sales growth to incentive ≥ 5 : 1
} // namespace DashboardTargets

// Partners grouped under one key, with their codes so that clicking a bar or a
// slice can filter the partner list to exactly these partners.
struct PartnerGroup {
    QString key; // tier or type code ("diamond", "distributor"), the region as stored; "" for none
    QString label; // for display: the tier/type label, the region, or "No tier" / "No region"
    QStringList codes; // partner codes, sorted
    int count() const { return int(codes.size()); }
};

// Partners active at the period's end (DashboardFigures::asOf): not churned on that
// day and joined by then (an unknown join date counts as joined). Watch-status
// partners are active.
struct ActivePartners {
    int total = 0;
    // Diamond, Gold, Silver, Bronze (each listed, even when empty), then "No tier"
    // when some partner has none. Also the tier distribution chart.
    QList<PartnerGroup> byTier;
    QList<PartnerGroup> byRegion; // most partners first, then by region; "No region" last
    QList<PartnerGroup> byType; // in PartnerType order, each listed
};

// Results summed over every results row (churned partners' rows too: those sales happened).
struct SalesSum {
    Money actual;
    Money target;
    int results = 0; // results rows summed
    // actual / target, reduced; none when the target sum is 0.
    std::optional<Ratio> achievement() const;
};

struct QuarterSales {
    Quarter quarter;
    SalesSum sum;
};

struct SalesFigures {
    SalesSum period; // the period's quarters summed
    // The eight quarters up to the period's last quarter, oldest first, each listed
    // even without results: the tile's history and the sales-vs-target trend chart.
    QList<QuarterSales> trend;
    TargetState state = TargetState::NoData; // Met when actual ≥ target; NoData when the target sum is 0
};

// Churn rate = partners churned during the period / partners active at its start
// (DOMAIN.md). The status on a day comes from status_changes (the last change dated
// on or before it); a partner never changed has its current status throughout.
struct ChurnFigures {
    // Partners active at the start: joined on or before the first day and not
    // churned at the end of the day before it.
    int activeAtStart = 0;
    // Of those, the ones churned at the period's end (asOf): churned during the
    // period, sorted. A partner that churned and came back within it is not here.
    QStringList churnedCodes;
    // How many of churnedCodes rest on an inferred date: rows the schema upgrade
    // backfilled with the day of the partner's last edit. They count like known dates.
    int inferred = 0;
    // Partners that joined during the period and churned in it: not in the rate
    // (they were not active at its start), listed so nobody is lost.
    QStringList newcomersChurned;
    // Churned partners with no dated change at all (stored as churned from the
    // start, e.g. imported so): in neither count of any period, and never active.
    QStringList undatedCodes;
    std::optional<Ratio> rate; // churned / activeAtStart; none when activeAtStart is 0
    TargetState state = TargetState::NoData; // Met when rate < 10 % (exactly 10 % misses)
};

// One bar of the achievement histogram: lower bound inclusive, upper exclusive, as
// the rebate bands are (exactly 90 % is in 90–100 %).
struct AchievementBucket {
    std::optional<Ratio> from; // none: open below
    std::optional<Ratio> to; // none: open above
    QString label; // "< 60 %", "60–80 %", "≥ 120 %"
    QStringList codes; // sorted
};

// The share of partners meeting their sales target. Judged: partners active at the
// period's end with results in it and a target above 0 (a year: their quarters'
// actuals and targets summed). Achievement = actual / target; met when ≥ 100 %.
struct TargetAchievement {
    int judged = 0;
    QStringList metCodes;
    QStringList zeroTargetCodes; // excluded: results with a target of 0
    QStringList noResultsCodes; // excluded: active partners without results in the period
    std::optional<Ratio> share; // met / judged; none when nobody is judged
    TargetState state = TargetState::NoData; // Met when share ≥ 60 %
    // The judged partners by achievement: < 60 %, 60–80 %, 80–90 %, 90–100 %,
    // 100–120 %, ≥ 120 %. Every bucket listed, empty ones too.
    QList<AchievementBucket> histogram;
};

// Average customer satisfaction: the mean over partners active at the period's end
// that have a satisfaction in its results of their own satisfaction (a year: the
// mean of their quarters' values), exact.
struct SatisfactionFigures {
    int partners = 0; // partners with data
    int withoutData = 0; // active partners without a satisfaction in the period
    std::optional<Ratio> average; // none when no partner has data
    TargetState state = TargetState::NoData; // Met when average ≥ 90 %
};

// Incentive spending against the budget and the return on it, from the settlement
// engine (IncentiveBook::run → BudgetUse); nothing here re-settles anything.
struct IncentiveFigures {
    // For a quarter, its BudgetUse; for a year, its quarters that are closed or
    // have results, summed field by field (quarter = the last of them). None when
    // no quarter could be settled (see problem).
    std::optional<BudgetUse> use;
    QList<Quarter> settled; // the quarters summed
    QList<Quarter> previews; // of those, the ones still open: settled now, not frozen
    QString problem; // why a quarter could not be settled (no policy in force ...); empty when all could
    std::optional<Ratio> consumption; // spent / budget; none when the budget is 0
    TargetState budgetState = TargetState::NoData; // Met while spent ≤ budget
    std::optional<Ratio> roi; // BudgetUse::roi(), reduced; may be negative when sales fell
    QString roiText; // formatRoi(): "5.20 : 1"; empty without an ROI
    TargetState roiState = TargetState::NoData; // Met when roi ≥ 5 : 1
};

// The capability model's watch list (CapabilityModel, WatchList) at asOf, limited
// to partners active then. It has no seed target.
struct WatchFigures {
    QStringList codes; // sorted
    int count() const { return int(codes.size()); }
};

// Average latest scores (assessments dated on or before asOf) of a region's active partners.
struct RegionCapability {
    QString region; // as stored; "" for none
    QString label; // the region, or "No region"
    QStringList codes; // the assessed active partners averaged, sorted
    PerDimension<Ratio> averageTenths {}; // exact, in tenths of a point (8.7 → 87)
};

struct DashboardFigures {
    DashboardPeriod period;
    // The day statuses, the watch list and capability are judged at: the period's
    // last day, or today when the period has not ended yet.
    QDate asOf;
    ActivePartners active;
    SalesFigures sales;
    ChurnFigures churn;
    TargetAchievement meeting;
    SatisfactionFigures satisfaction;
    IncentiveFigures incentives;
    WatchFigures watch;
    QList<RegionCapability>
        capabilityByRegion; // by region name, "No region" last; regions with assessed partners
    int unassessed = 0; // active partners without an assessment by asOf
};

class DashboardCalculator {
    Q_DECLARE_TR_FUNCTIONS(cs::DashboardCalculator)

public:
    // The figures from plain inputs (DashboardInputs.h), in memory. `today` bounds
    // asOf for a period still running.
    static DashboardFigures compute(
        const DashboardInputs &inputs, const DashboardPeriod &period, QDate today);

    // The day the figures judge statuses at: the period's last day, or `today`
    // when that is earlier.
    static QDate asOf(const DashboardPeriod &period, QDate today);

    // The eight quarters of the sales trend: up to `last`, oldest first.
    static QList<Quarter> trendQuarters(Quarter last);

    // The histogram's empty buckets with their exact edges and labels.
    static QList<AchievementBucket> achievementBuckets();
};

} // namespace cs
