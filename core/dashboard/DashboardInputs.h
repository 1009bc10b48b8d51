// What the dashboard reads from a workbook, as plain values: partners with their
// dated status changes, results rows, settled budgets and the capability model's
// verdicts. DashboardStore fills it; DashboardCalculator computes from it alone.
#pragma once

#include "capability/Dimension.h"
#include "domain/Partner.h"
#include "domain/Quarter.h"
#include "import/ValueParsers.h" // Ratio
#include "incentive/Settlement.h" // BudgetUse
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cs {

// One row of status_changes.
struct StatusChange {
    QDate date;
    std::optional<PartnerStatus> from; // none on rows the schema upgrade backfilled
    PartnerStatus to = PartnerStatus::Active;
    bool inferred = false; // the date is the partner's last edit, not the day of the change
};

struct DashboardPartner {
    qint64 id = 0;
    QString code;
    PartnerType type = PartnerType::Distributor;
    QString region;
    std::optional<Tier> tier; // the current tier
    QDate joinDate; // null when unknown
    PartnerStatus status = PartnerStatus::Active; // the current status
    QList<StatusChange> changes; // oldest first (by date, then as recorded)

    // The status at the end of `day`: the last change dated on or before it; before
    // the first change, what that change came from (active when it does not say);
    // with no change at all, the current status.
    PartnerStatus statusAt(QDate day) const;
    // The last change to churned dated on or before `day`, if any.
    const StatusChange *churnedBy(QDate day) const;
    // Churned now with no dated change to churned: when it churned is unknown.
    bool churnUndated() const;
    bool joinedBy(QDate day) const { return joinDate.isNull() || joinDate <= day; }
};

struct DashboardResult {
    qint64 partnerId = 0;
    Quarter quarter;
    Money target;
    Money actual;
    std::optional<Ratio> satisfaction;
};

// The capability model's view of one partner at asOf.
struct DashboardCapability {
    qint64 partnerId = 0;
    bool onWatchList = false;
    std::optional<PerDimension<int>> latestTenths; // the latest assessment's effective scores
};

struct DashboardInputs {
    QList<DashboardPartner> partners; // sorted by code
    QList<DashboardResult> results; // at least the period's quarters and the seven before
    QList<BudgetUse> budgets; // one per quarter that could be settled, oldest first
    QList<Quarter> previews; // the settled quarters still open
    QString incentiveProblem; // why some quarter could not be settled
    QList<DashboardCapability> capability; // computed at the figures' asOf
};

} // namespace cs
