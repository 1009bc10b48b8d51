// An incentive policy version: every rule a quarter is settled with (DOMAIN.md,
// Incentives). Versions are kept by the quarter they take effect from; a quarter
// is settled with the latest version in force for it (PolicyHistory).
#pragma once

#include "domain/Choice.h"
#include "domain/Partner.h" // Tier
#include "domain/Quarter.h"
#include "incentive/Band.h"
#include "money/Money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace cs {

// Whole-amount: the band's rate applies to all of the period's sales (the default).
// Progressive: each slice of sales pays the rate of the band it falls in.
enum class RebateMode { WholeAmount, Progressive };
// Annual: the achievement rebate is settled once, in the fourth quarter's
// statement, on the year's summed targets and sales.
enum class Cadence { Quarterly, Annual };
enum class PenaltyKind { CrossRegion, MinimumPrice, Other }; // 串货, 最低限价, 其他

std::span<const Choice<RebateMode>> choices(RebateMode);
std::span<const Choice<Cadence>> choices(Cadence);
std::span<const Choice<PenaltyKind>> choices(PenaltyKind);

// A rate on one product line's sales within a date window, e.g. a new product for
// its first six months at 10 %. Both dates are inclusive.
struct SpecialRebate {
    QString productLine;
    QDate from;
    QDate to;
    qint64 rateBp = 0;

    bool operator==(const SpecialRebate &) const = default;
};

// What a penalty of a kind costs by default: a fixed amount, or a share of the
// period's rebates forfeited. A recorded penalty may name its own fixed amount.
struct PenaltyRule {
    PenaltyKind kind = PenaltyKind::Other;
    Money fixed; // used when forfeitBp is 0
    qint64 forfeitBp = 0; // share of the period's rebates (achievement, growth, special, new customers)

    bool operator==(const PenaltyRule &) const = default;
};

struct IncentivePolicy {
    qint64 id = 0; // the version's id; 0 until stored
    Quarter effectiveFrom;
    QString note; // why this version exists, shown in the version list
    QDateTime createdAt; // UTC, kept by the store

    Bands achievementBands;
    RebateMode mode = RebateMode::WholeAmount;
    Cadence cadence = Cadence::Quarterly;
    Bands growthBands; // on (this quarter − same quarter last year) / same quarter last year
    QList<SpecialRebate> specials;
    Money newCustomerBonus; // per new customer reported in the quarter's results
    qint64 cashDiscountBp = 0; // on the quarter's collections (回款额)
    std::array<qint64, 4> coFundingBp {}; // joint-marketing share, indexed by Tier
    QList<PenaltyRule> penalties; // one per PenaltyKind
    Money quarterlyBudget;

    qint64 coFundingFor(Tier tier) const { return coFundingBp[static_cast<size_t>(tier)]; }
    const PenaltyRule *penaltyRule(PenaltyKind kind) const;
    // The rules alone, without id, note and stamps: "did the editor change anything?"
    bool sameRules(const IncentivePolicy &other) const;
};

// DOMAIN.md's defaults: achievement bands 80/90/100/120 % → 2/3/5/8 % on the whole
// amount, quarterly; growth [10 %, 20 %) → 1 %, ≥ 20 % → 2 %; cash discount 2 %;
// ¥500 per new customer; co-funding Diamond 70 %, Gold 50 %, Silver 40 %, Bronze
// 30 %; 串货 forfeits 50 % of the period's rebates, 最低限价 costs ¥5,000, other ¥0
// unless recorded with an amount; no special rebates; budget ¥5,000,000 a quarter.
IncentivePolicy defaultPolicy(Quarter effectiveFrom);

// Everything wrong with a policy, one translated sentence each, naming the part
// (achievement bands, growth bands, special rebate 2, …) and why. Empty when usable.
QStringList policyProblems(const IncentivePolicy &policy);

// The rules as JSON (integers only: fen and basis points), for the workbook. id,
// effectiveFrom, note and createdAt are columns of their own and not included.
QByteArray policyRulesToJson(const IncentivePolicy &policy);
// Reads what policyRulesToJson wrote into *policy's rules; false with *error on damage.
bool policyRulesFromJson(const QByteArray &json, IncentivePolicy *policy, QString *error);

// All versions of a workbook, oldest first by effective quarter then id.
class PolicyHistory {
public:
    explicit PolicyHistory(QList<IncentivePolicy> versions = {});
    // The version in force for a quarter: the latest stored version whose effective
    // quarter is not after it. nullptr when none is (before the first version).
    const IncentivePolicy *inForce(Quarter quarter) const;
    const IncentivePolicy *byId(qint64 id) const;
    const QList<IncentivePolicy> &versions() const { return m_versions; }

private:
    QList<IncentivePolicy> m_versions;
};

} // namespace cs
