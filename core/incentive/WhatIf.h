// What-if: one partner's statement at a sales figure the manager types or drags to,
// and the channel's cost under a scenario policy next to the current one. Nothing
// here is stored.
#pragma once

#include "incentive/Policy.h"
#include "incentive/SettlementInputs.h"
#include "incentive/StatementLine.h"

#include <QList>

#include <array>
#include <optional>

namespace cs {

struct NextBand {
    Band band;
    Money moreSales; // the least extra sales (in fen) that reach the band
    Money moreTotal; // how much the statement's total rises at that sales figure
};

struct WhatIfResult {
    PartnerStatement statement;
    std::optional<NextBand> next; // none: already in the top band, or no target
};

// settlePartner at `sales`, plus the next achievement band and what reaching it is worth.
WhatIfResult whatIf(const IncentivePolicy &policy, const PartnerFacts &partner,
    const SettlementInputs &inputs, Quarter quarter, Money sales);

struct BandMove {
    qint64 partnerId = 0;
    QString code;
    QString name;
    std::optional<Tier> tier;
    std::optional<Band> before; // the achievement band under the current policy
    std::optional<Band> after; // and under the scenario
    Money totalBefore;
    Money totalAfter;
};

struct PolicyCost {
    Money total;
    std::array<Money, 4> byTier {}; // indexed by Tier
    Money noTier;
};

struct ScenarioComparison {
    PolicyCost current;
    PolicyCost scenario;
    QList<BandMove> moves; // partners whose achievement band rate changes, by code
};

ScenarioComparison compareScenario(const IncentivePolicy &current, const IncentivePolicy &scenario,
    const SettlementInputs &inputs, Quarter quarter);

} // namespace cs
