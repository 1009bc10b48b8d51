// The settlement engine: a quarter's statements from a policy and the inputs, in
// memory and exact. Every amount is a line rounded half away from zero at the fen;
// a statement's total is the sum of its lines.
#pragma once

#include "incentive/Policy.h"
#include "incentive/SettlementInputs.h"
#include "incentive/StatementLine.h"

#include <QList>

namespace cs {

namespace Settlement {

// The special-rebate windows in force for the quarter that cover only part of it.
// Whole-quarter windows are settled from ledger_totals; the loader sums ledger
// lines for these (SettlementInputs::windowSales).
QList<SalesWindow> partialWindows(const IncentivePolicy &policy, Quarter quarter);

// Statements for every partner that has one in the quarter: partners that are not
// churned and had joined by the quarter's end, and any partner with results,
// penalties or co-funding paid in it. Sorted by partner code.
// Without results a partner's statement is an exception (no results, or no target
// when the ledger shows sales); a zero target and a missing tier are exceptions too.
QList<PartnerStatement> settle(
    const IncentivePolicy &policy, const SettlementInputs &inputs, Quarter quarter);

// One partner's statement (the what-if pane settles one partner many times a second).
// salesOverride replaces the quarter's sales (what-if); it needs a target to matter.
PartnerStatement settlePartner(const IncentivePolicy &policy, const PartnerFacts &partner,
    const SettlementInputs &inputs, Quarter quarter, std::optional<Money> salesOverride = std::nullopt);

// A statement with the partner's header (code, name, region, tier, quarter) and no
// lines yet: where settling starts, and where an adjustment alone is put.
PartnerStatement emptyStatement(const PartnerFacts &partner, Quarter quarter);

// The lines that bring what a closed quarter settled up to what it settles now, one
// per component whose amount differs; each names the source quarter, the before
// and after. `recomputed` is the closed quarter settled again with its own policy.
QList<StatementLine> adjustments(const PartnerStatement &recomputed, const SettledAmounts &settled);

} // namespace Settlement

// A quarter's incentive spending against its budget, and the return on it.
struct BudgetUse {
    Quarter quarter;
    Money budget;
    Money spent; // the sum of the statements' totals
    Money sales; // the channel's sales this quarter (results)
    Money salesLastYear; // and in the same quarter last year
    bool warning() const; // spent ≥ 90 % of the budget (exact)
    bool over() const; // spent > budget
    // (sales − salesLastYear) / spent, as an exact fraction; none when nothing was
    // spent or the same quarter last year has no sales to grow from.
    std::optional<std::pair<Int128, Int128>> roi() const;
};

BudgetUse budgetUse(const IncentivePolicy &policy, const QList<PartnerStatement> &statements,
    const SettlementInputs &inputs, Quarter quarter);

// "5.20 : 1": an ROI for display. den must not be 0.
QString formatRoi(Int128 num, Int128 den);

} // namespace cs
