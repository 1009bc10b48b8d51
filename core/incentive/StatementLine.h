// A partner's statement for a quarter and its lines. A line holds the numbers
// its explanation is built from, so the sentence shown ("达成率 93.40 % … = ¥28,020.00")
// can always be rebuilt, in the reader's language, from what was frozen at closing.
#pragma once

#include "domain/Choice.h"
#include "domain/Partner.h" // Tier
#include "domain/Quarter.h"
#include "incentive/Band.h"
#include "incentive/Policy.h" // PenaltyKind
#include "money/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace cs {

// In statement order. Stored by code: never renumber.
enum class Component {
    Achievement, // 目标达成返点
    Growth, // 季度增长返点
    Special, // 专项返点, one line per special rebate that applied
    NewCustomers, // 新客户奖励
    CashDiscount, // 现金折扣
    CoFunding, // 联合市场支持 (MDF paid in the quarter)
    Penalty, // 约束扣款, one line per penalty, negative
    Adjustment, // a closed quarter's component recomputed after its data changed
};
std::span<const Choice<Component>> choices(Component);

// Why a partner is listed as an exception rather than silently paid nothing.
enum class StatementException { NoResults, NoTarget, ZeroTarget, NoTier };
std::span<const Choice<StatementException>> choices(StatementException);

// A progressive rebate's slice: the part of sales inside one band.
struct BandSlice {
    Band band;
    Int128 baseNum = 0; // the slice's sales in fen × bpPerWhole (bounds are fractions of the target)
    bool operator==(const BandSlice &) const = default;
};

struct StatementLine {
    Component component = Component::Achievement;
    Money base; // what the rate applies to (sales, collections, rebates for a forfeit)
    qint64 rateBp = 0; // 0 for lines without a rate (fixed penalties, adjustments)
    Money amount; // rounded half away from zero at the fen

    // Achievement and growth: the ratio the band was chosen on, and the band.
    // Achievement: num = sales, den = target. Growth: num = this − last, den = last.
    Int128 ratioNum = 0;
    Int128 ratioDen = 1;
    std::optional<Band> band; // none: below every band (explained, amount 0)
    QList<BandSlice> slices; // progressive achievement only
    bool annual = false; // an annual achievement line: base and target are the year's sums
    Money reference; // achievement: the target; growth: last year's sales; co-funding: the claim

    qint64 count = 0; // new customers
    Money unit; // new-customer bonus per customer; co-funding: the approved amount
    QString detail; // product line, penalty or MDF activity and evidence
    QDate from; // special rebate window within the quarter; penalty or payment date
    QDate to;
    std::optional<PenaltyKind> penaltyKind;
    qint64 recordId = 0; // the penalty or MDF request this line comes from

    // Adjustment lines: the closed quarter and component corrected, and the amount
    // settled before (frozen lines plus earlier adjustments) against the recomputed one.
    Quarter source;
    Component corrects = Component::Achievement;
    Money before;
    Money after;

    bool operator==(const StatementLine &) const = default;
};

struct PartnerStatement {
    qint64 partnerId = 0;
    QString code;
    QString name;
    QString region;
    std::optional<Tier> tier;
    Quarter quarter;
    std::optional<Money> target; // none when the quarter has no results
    std::optional<Money> sales;
    QList<StatementException> exceptions;
    QList<StatementLine> lines;

    Money total() const; // the sum of the lines
    Money amountOf(Component component) const;
    // The achievement line, when the statement has one.
    const StatementLine *achievementLine() const;
    bool isException() const { return !exceptions.isEmpty(); }
};

// The sentence that explains a line, in the current UI language, e.g.
// "达成率 93.40 %（¥934,000.00 / ¥1,000,000.00）落在 90 %–100 % 档 → 3 % × ¥934,000.00 = ¥28,020.00".
QString explainLine(const StatementLine &line);
// "Zero target: the quarter's target is 0, no achievement rebate" and the like.
QString explainException(StatementException exception);

} // namespace cs
