// When a partner was on the watch list, and why: the watch-list rules replayed
// over the partner's own history at each date something changed (an assessment,
// a quarter's results, an assessment falling overdue). Derived from the data, so
// it always agrees with what the list says today under the same rules.
#pragma once

#include "capability/CapabilityInputs.h"
#include "capability/CapabilityRules.h"

#include <QDate>
#include <QList>

namespace cs {

struct WatchPeriod {
    WatchRule rule;
    std::optional<Dimension> dimension;
    QDate from; // the first date the rule fired
    QDate to; // the first date it no longer did; null while it still does
    QString reason; // the latest words of the hit within the period
};

// Oldest first. "Never assessed" is left out: it has no start worth stating.
QList<WatchPeriod> watchHistory(const PartnerInputs &partner, const CapabilityRules &rules, QDate asOf);

} // namespace cs
