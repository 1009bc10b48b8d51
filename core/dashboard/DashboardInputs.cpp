#include "dashboard/DashboardInputs.h"

namespace cs {

PartnerStatus DashboardPartner::statusAt(QDate day) const
{
    if (changes.isEmpty())
        return status;
    const StatusChange *last = nullptr;
    for (const StatusChange &c : changes) {
        if (c.date > day)
            break;
        last = &c;
    }
    if (last)
        return last->to;
    // Before the first change the partner was what that change moved it from. A
    // backfilled row does not say; it only ever records a churn, so the partner was
    // taken to be active until then.
    return changes.front().from.value_or(PartnerStatus::Active);
}

const StatusChange *DashboardPartner::churnedBy(QDate day) const
{
    const StatusChange *found = nullptr;
    for (const StatusChange &c : changes) {
        if (c.date > day)
            break;
        if (c.to == PartnerStatus::Churned)
            found = &c;
    }
    return found;
}

bool DashboardPartner::churnUndated() const
{
    if (status != PartnerStatus::Churned)
        return false;
    for (const StatusChange &c : changes)
        if (c.to == PartnerStatus::Churned)
            return false;
    return true;
}

} // namespace cs
