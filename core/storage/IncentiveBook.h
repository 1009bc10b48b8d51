// The incentive side of a workbook: policy versions, settlement runs (previews
// and closed quarters), penalties, MDF requests and the audit trail. Refusals are
// thrown as StorageError with a message fit for the user; every change is one
// transaction and leaves an audit entry with its time.
#pragma once

#include "domain/Quarter.h"
#include "incentive/IncentiveRecords.h"
#include "incentive/Policy.h"
#include "incentive/Settlement.h"
#include "incentive/SettlementInputs.h"
#include "incentive/StatementLine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cs {

class Workbook;

struct SettlementRun {
    Quarter quarter;
    IncentivePolicy policy; // the version in force (closed: the version it was settled with)
    bool closed = false;
    QDateTime closedAt;
    QString closeNote;
    // Closed: exactly what was frozen. Open: a preview, including adjustment lines
    // for closed quarters whose data changed since (those whose first open quarter
    // after them is this one).
    QList<PartnerStatement> statements;
    BudgetUse budget;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString action; // stable code: policy-saved, policy-versioned, period-closed, penalty-recorded,
                    // penalty-removed, mdf-requested, mdf-approved, mdf-rejected, mdf-claimed, mdf-paid
    QString subject; // partner code, quarter or version
    QString detail; // the words shown in the audit list
};

class IncentiveBook {
    Q_DECLARE_TR_FUNCTIONS(cs::IncentiveBook)

public:
    explicit IncentiveBook(Workbook &workbook);

    // --- Policies
    PolicyHistory policies() const;
    // Stores defaultPolicy(from) when the workbook has no policy yet (a new or
    // demo workbook); returns the history either way.
    PolicyHistory ensurePolicy(Quarter from);
    // Whether saving `edited` must create a new version: its version settled a
    // closed quarter (or it has no id yet).
    bool saveCreatesVersion(const IncentivePolicy &edited) const;
    // Saves edited rules. Refuses rules with policyProblems(). A version that no
    // closed quarter was settled with is updated in place; otherwise a new version is
    // stored, effective from edited.effectiveFrom, which must come after the last
    // closed quarter (so a closed quarter never changes policy). Returns what was stored.
    IncentivePolicy savePolicy(const IncentivePolicy &edited);
    // The first quarter a new version may take effect from: after the last closed one.
    std::optional<Quarter> lastClosedQuarter() const;

    // --- Settlement
    QList<Quarter> closedQuarters() const; // oldest first
    bool isClosed(Quarter quarter) const;
    // The inputs for settling the given quarters (plus what growth and annual
    // achievement reach back for), read in a handful of queries.
    SettlementInputs loadInputs(const QList<Quarter> &quarters) const;
    // Preview (open quarter) or frozen statements (closed quarter). Refuses when no
    // policy is in force for the quarter.
    SettlementRun run(Quarter quarter) const;
    // Freezes run(quarter) as it stands (statements, lines, the policy version) in one
    // transaction. Refuses a closed quarter and a quarter with no policy in force.
    void close(Quarter quarter, const QString &note);

    // --- Penalties
    QList<PenaltyRecord> penalties() const; // newest date first
    // Refuses an empty evidence note or an unknown partner.
    PenaltyRecord recordPenalty(const PenaltyRecord &penalty);
    // Refuses when the penalty's quarter is closed: it was settled.
    void removePenalty(qint64 id);

    // --- MDF / joint marketing. Each call appends a dated event; a move the
    // request's state does not allow (MdfRequest::nextStates) is refused.
    QList<MdfRequest> mdfRequests() const; // newest first
    MdfRequest requestMdf(qint64 partnerId, const QString &activity, Money plannedCost, QDate date);
    MdfRequest approveMdf(qint64 id, QDate date, Money approved, const QString &note);
    MdfRequest rejectMdf(qint64 id, QDate date, const QString &reason); // reason required
    MdfRequest claimMdf(qint64 id, QDate date, Money claimed, const QString &proofReference); // reference required
    // What paying the claim on `date` would co-fund: claim × the partner's tier share in
    // the policy in force that quarter, capped by the approved amount and what is left
    // of that quarter's budget. Refuses a partner without a tier.
    CoFunding coFundingFor(qint64 id, QDate date) const;
    // Pays coFundingFor(id, date); the amount is frozen in the Paid event and settles
    // as a co-funding line in the quarter of `date` (refused if that quarter is closed).
    MdfRequest payMdf(qint64 id, QDate date, const QString &paymentReference);

    QList<AuditEntry> audit() const; // newest first

private:
    Workbook &m_workbook;
    QSqlDatabase &m_db;
};

} // namespace cs
