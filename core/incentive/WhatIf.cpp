#include "incentive/WhatIf.h"

#include "incentive/Percent.h"
#include "incentive/Settlement.h"

#include <algorithm>

namespace cs {

namespace {

// The least whole fen x with x / den ≥ fromBp / 10000, i.e. ceil(fromBp · den / 10000).
Int128 leastReaching(qint64 fromBp, Int128 den)
{
    const Int128 num = Int128(fromBp) * den;
    return num <= 0 ? 0 : (num + bpPerWhole - 1) / bpPerWhole;
}

void addCost(PolicyCost *cost, const PartnerStatement &st)
{
    const Money total = st.total();
    cost->total += total;
    if (st.tier)
        cost->byTier[static_cast<size_t>(*st.tier)] += total;
    else
        cost->noTier += total;
}

std::optional<Band> bandOf(const PartnerStatement &st)
{
    const StatementLine *line = st.achievementLine();
    return line ? line->band : std::nullopt;
}

} // namespace

WhatIfResult whatIf(const IncentivePolicy &policy, const PartnerFacts &partner,
    const SettlementInputs &inputs, Quarter quarter, Money sales)
{
    WhatIfResult result;
    result.statement = Settlement::settlePartner(policy, partner, inputs, quarter, sales);
    const StatementLine *line = result.statement.achievementLine();
    if (!line || line->ratioDen <= 0)
        return result;
    const Bands &bands = policy.achievementBands;
    const int current = bandIndexFor(bands, line->ratioNum, line->ratioDen);
    const int next = current + 1;
    if (next >= bands.size())
        return result;
    // The line's numerator moves one for one with this quarter's sales, also when
    // it is the year's sum (annual cadence).
    const Int128 more = leastReaching(bands[next].fromBp, line->ratioDen) - line->ratioNum;
    if (more <= 0 || more > std::numeric_limits<qint64>::max() - sales.fen())
        return result;
    const Money moreSales = Money::fromFen(qint64(more));
    const PartnerStatement there =
        Settlement::settlePartner(policy, partner, inputs, quarter, sales + moreSales);
    result.next = NextBand { bands[next], moreSales, there.total() - result.statement.total() };
    return result;
}

ScenarioComparison compareScenario(const IncentivePolicy &current, const IncentivePolicy &scenario,
    const SettlementInputs &inputs, Quarter quarter)
{
    ScenarioComparison comparison;
    const QList<PartnerStatement> now = Settlement::settle(current, inputs, quarter);
    const QList<PartnerStatement> then = Settlement::settle(scenario, inputs, quarter);
    // Both runs settle the same partners in the same order: only the policy differs.
    for (qsizetype i = 0; i < now.size() && i < then.size(); ++i) {
        addCost(&comparison.current, now[i]);
        addCost(&comparison.scenario, then[i]);
        const std::optional<Band> before = bandOf(now[i]);
        const std::optional<Band> after = bandOf(then[i]);
        const qint64 rateBefore = before ? before->rateBp : 0;
        const qint64 rateAfter = after ? after->rateBp : 0;
        if (rateBefore == rateAfter)
            continue;
        comparison.moves.append({ now[i].partnerId, now[i].code, now[i].name, now[i].tier, before, after,
            now[i].total(), then[i].total() });
    }
    return comparison;
}

} // namespace cs
