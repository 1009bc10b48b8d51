// Reads everything settling needs from a workbook in a handful of set-based
// queries (never one per partner), so a channel of thousands settles at once.
#pragma once

#include "domain/Quarter.h"
#include "incentive/Policy.h"
#include "incentive/SettlementInputs.h"

#include <QList>
#include <QSqlDatabase>

#include <utility>

namespace cs {

// A quarter to settle and the policy it is settled with: the policy decides which
// partial special-rebate windows need their sales summed from the ledger.
using QuarterToSettle = std::pair<Quarter, const IncentivePolicy *>;

class SettlementLoader {
public:
    // Partners, their results and ledger totals for the years of the quarters and
    // the year before (growth and annual achievement reach back), the window sales,
    // and every penalty and MDF request. A null policy has no windows.
    static SettlementInputs load(QSqlDatabase &db, const QList<QuarterToSettle> &quarters);
};

} // namespace cs
