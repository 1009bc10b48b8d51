// Penalties and joint-marketing (MDF) requests as recorded in the workbook. Both
// are kept with every dated state change; statements read them, never rewrite them.
#pragma once

#include "domain/Choice.h"
#include "incentive/Policy.h" // PenaltyKind
#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cs {

struct PenaltyRecord {
    qint64 id = 0;
    qint64 partnerId = 0;
    QDate date; // when the violation happened: decides the quarter it is deducted in
    PenaltyKind kind = PenaltyKind::Other;
    QString evidence; // required: what proves it (order numbers, photos, report)
    std::optional<Money> amount; // overrides the policy's rule for this kind
    QDateTime recordedAt;
};

// request → approved | rejected → claimed → paid
enum class MdfState { Requested, Approved, Rejected, Claimed, Paid };
std::span<const Choice<MdfState>> choices(MdfState);

struct MdfEvent {
    MdfState state = MdfState::Requested;
    QDate date; // the business date the manager gives (approval date, payment date)
    Money amount; // approved: approved amount; claimed: claimed amount; paid: co-funded amount
    QString reference; // claim: proof reference (invoice, photos); paid: payment reference
    QString reason; // rejection reason or approval note
    QDateTime recordedAt;
};

// How the co-funded amount of a claim was limited: by the tier's share of the
// claim, by the approved amount, or by what was left of the quarter's budget.
enum class CoFundingCap { Share, Approved, Budget };

struct CoFunding {
    Money amount;
    CoFundingCap cap = CoFundingCap::Share;
    Money shareAmount; // claim × share, before the caps
};

// claim × shareBp (rounded half away from zero at the fen), capped by the approved
// amount and by the remaining budget (never below zero).
CoFunding coFunding(Money claim, qint64 shareBp, Money approved, Money remainingBudget);

struct MdfRequest {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString activity;
    Money plannedCost;
    QList<MdfEvent> events; // oldest first; the first is Requested

    MdfState state() const { return events.isEmpty() ? MdfState::Requested : events.last().state; }
    const MdfEvent *last(MdfState state) const; // the latest event of that state, or nullptr
    // The states a request may move to from its current one.
    QList<MdfState> nextStates() const;
};

} // namespace cs
