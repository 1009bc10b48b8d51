#include "storage/IncentiveBook.h"

#include "storage/IncentiveRecordsStore.h"
#include "storage/MdfWorkflow.h"
#include "storage/PolicyStore.h"
#include "storage/SettlementLoader.h"
#include "storage/SettlementStore.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/Workbook.h"

#include <QSet>

#include <algorithm>

namespace cs {

namespace {

// The open quarter a closed quarter's later corrections are settled in.
Quarter firstOpenAfter(Quarter closed, const QSet<Quarter> &closedQuarters)
{
    Quarter q = closed.next();
    while (closedQuarters.contains(q))
        q = q.next();
    return q;
}

void sortByCode(QList<PartnerStatement> *statements)
{
    std::stable_sort(statements->begin(), statements->end(),
        [](const PartnerStatement &a, const PartnerStatement &b) { return a.code < b.code; });
}

QString partnerCode(QSqlDatabase &db, qint64 partnerId)
{
    const std::optional<QString> code = IncentiveRecordsStore(db).partnerCode(partnerId);
    if (!code)
        throw StorageError(IncentiveBook::tr("The partner is no longer in the workbook."));
    return *code;
}

struct ClosedToAdjust {
    Quarter quarter;
    const IncentivePolicy *policy = nullptr;
};

// Settles each closed quarter again with its own policy and appends, to the open
// quarter's statements, the lines that bring what it settled up to what it settles now.
void appendAdjustments(QList<PartnerStatement> *statements, Quarter open, const QList<ClosedToAdjust> &closed,
    const SettlementInputs &inputs, const SettlementStore &store)
{
    QList<Quarter> quarters;
    for (const ClosedToAdjust &c : closed)
        quarters.append(c.quarter);
    const auto settled = store.settled(quarters);
    QHash<qint64, const PartnerFacts *> factsById;
    for (const PartnerFacts &p : inputs.partners)
        factsById.insert(p.id, &p);
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < statements->size(); ++i)
        indexById.insert(statements->at(i).partnerId, i);
    bool added = false;

    for (const ClosedToAdjust &c : closed) {
        const QHash<qint64, SettledAmounts> before = settled.value(c.quarter);
        QList<PartnerStatement> recomputed = Settlement::settle(*c.policy, inputs, c.quarter);
        // A partner settled then but not now is recomputed as settling nothing.
        QSet<qint64> seen;
        for (const PartnerStatement &st : recomputed)
            seen.insert(st.partnerId);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!seen.contains(it.key()) && factsById.contains(it.key()))
                recomputed.append(Settlement::emptyStatement(*factsById.value(it.key()), c.quarter));

        for (const PartnerStatement &st : recomputed) {
            const QList<StatementLine> lines = Settlement::adjustments(st, before.value(st.partnerId));
            if (lines.isEmpty())
                continue;
            auto index = indexById.constFind(st.partnerId);
            if (index == indexById.cend()) {
                index = indexById.insert(st.partnerId, statements->size());
                statements->append(Settlement::emptyStatement(*factsById.value(st.partnerId), open));
                added = true;
            }
            (*statements)[*index].lines.append(lines);
        }
    }
    if (added)
        sortByCode(statements);
}

} // namespace

IncentiveBook::IncentiveBook(Workbook &workbook)
    : m_workbook(workbook)
    , m_db(workbook.database())
{
}

// --- Policies

PolicyHistory IncentiveBook::policies() const
{
    return PolicyHistory(PolicyStore(m_db).all());
}

PolicyHistory IncentiveBook::ensurePolicy(Quarter from)
{
    PolicyHistory history = policies();
    if (!history.versions().isEmpty())
        return history;
    IncentivePolicy policy = defaultPolicy(from);
    policy.note = tr("Default policy");
    savePolicy(policy);
    return policies();
}

bool IncentiveBook::saveCreatesVersion(const IncentivePolicy &edited) const
{
    return edited.id == 0 || PolicyStore(m_db).settledAClosedQuarter(edited.id);
}

IncentivePolicy IncentiveBook::savePolicy(const IncentivePolicy &edited)
{
    if (const QStringList problems = policyProblems(edited); !problems.isEmpty())
        throw StorageError(tr("The policy cannot be saved:\n%1").arg(problems.join(QLatin1Char('\n'))));
    if (!edited.effectiveFrom.isValid())
        throw StorageError(tr("Say from which quarter the policy takes effect."));
    // Annual settlement sums a whole year under one cadence: switching cadence in
    // the middle of a year would pay the year's first quarters twice or never.
    if (edited.effectiveFrom.quarter() != 1) {
        const PolicyHistory history = policies();
        const IncentivePolicy *before = history.inForce(edited.effectiveFrom.previous());
        if (before && before->id != edited.id && before->cadence != edited.cadence)
            throw StorageError(tr("Settlement changes between quarterly and annual here, so the new version "
                                  "must take effect from the first quarter of a year, not %1.")
                                   .arg(edited.effectiveFrom.label()));
    }
    const std::optional<Quarter> lastClosed = lastClosedQuarter();
    const bool intoClosed = lastClosed && edited.effectiveFrom <= *lastClosed;
    const bool newVersion = saveCreatesVersion(edited);
    PolicyStore store(m_db);
    IncentivePolicy policy = edited;
    policy.note = edited.note.trimmed();
    IncentiveRecordsStore records(m_db);
    Transaction transaction(m_db);
    if (newVersion) {
        if (intoClosed)
            throw StorageError(tr(
                "%1 is closed, so its policy cannot change: a new version must take effect from %2 or later.")
                                   .arg(lastClosed->label(), lastClosed->next().label()));
        policy.createdAt = sql::storedNowTime();
        policy.id = store.insert(policy);
        records.audit(QStringLiteral("policy-versioned"), tr("Version %1").arg(policy.id),
            tr("New policy version effective from %1. %2")
                .arg(policy.effectiveFrom.label(), policy.note)
                .trimmed());
    } else {
        const PolicyHistory history = policies();
        const IncentivePolicy *stored = history.byId(edited.id);
        if (!stored)
            throw StorageError(tr("Policy version %1 is no longer in the workbook.").arg(edited.id));
        if (intoClosed && stored->effectiveFrom != edited.effectiveFrom)
            throw StorageError(tr("%1 is closed, so a policy cannot be moved to take effect from %2.")
                                   .arg(lastClosed->label(), edited.effectiveFrom.label()));
        policy.createdAt = stored->createdAt;
        store.update(policy);
        records.audit(QStringLiteral("policy-saved"), tr("Version %1").arg(policy.id),
            tr("Policy effective from %1 changed. %2")
                .arg(policy.effectiveFrom.label(), policy.note)
                .trimmed());
    }
    transaction.commit();
    return *policies().byId(policy.id);
}

std::optional<Quarter> IncentiveBook::lastClosedQuarter() const
{
    const QList<ClosedPeriod> periods = SettlementStore(m_db).closedPeriods();
    if (periods.isEmpty())
        return std::nullopt;
    return periods.constLast().quarter;
}

// --- Settlement

QList<Quarter> IncentiveBook::closedQuarters() const
{
    QList<Quarter> quarters;
    for (const ClosedPeriod &p : SettlementStore(m_db).closedPeriods())
        quarters.append(p.quarter);
    return quarters;
}

bool IncentiveBook::isClosed(Quarter quarter) const
{
    return SettlementStore(m_db).closedPeriod(quarter).has_value();
}

SettlementInputs IncentiveBook::loadInputs(const QList<Quarter> &quarters) const
{
    // A closed quarter is settled again (for adjustments) with the version it was closed with.
    const PolicyHistory history = policies();
    QHash<Quarter, qint64> closedWith;
    for (const ClosedPeriod &p : SettlementStore(m_db).closedPeriods())
        closedWith.insert(p.quarter, p.policyId);
    QList<QuarterToSettle> toSettle;
    for (const Quarter q : quarters)
        toSettle.append(
            { q, closedWith.contains(q) ? history.byId(closedWith.value(q)) : history.inForce(q) });
    return SettlementLoader::load(m_db, toSettle);
}

SettlementRun IncentiveBook::run(Quarter quarter) const
{
    const PolicyHistory history = policies();
    const SettlementStore store(m_db);
    const QList<ClosedPeriod> periods = store.closedPeriods();
    SettlementRun run;
    run.quarter = quarter;

    for (const ClosedPeriod &period : periods) {
        if (period.quarter != quarter)
            continue;
        const IncentivePolicy *policy = history.byId(period.policyId);
        if (!policy)
            throw StorageError(tr("The policy version %1 was closed with is missing.").arg(quarter.label()));
        run.policy = *policy;
        run.closed = true;
        run.closedAt = period.closedAt;
        run.closeNote = period.note;
        run.statements = store.statements(quarter);
        // Frozen statements need only the channel's sales for the budget's return.
        const SettlementInputs inputs = SettlementLoader::load(m_db, { { quarter, nullptr } });
        run.budget = budgetUse(run.policy, run.statements, inputs, quarter);
        return run;
    }

    const IncentivePolicy *policy = history.inForce(quarter);
    if (!policy)
        throw StorageError(
            tr("No incentive policy is in force for %1: add a policy version that takes effect "
               "from %1 or earlier.")
                .arg(quarter.label()));
    run.policy = *policy;

    QSet<Quarter> closedQuarters;
    for (const ClosedPeriod &period : periods)
        closedQuarters.insert(period.quarter);
    QList<ClosedToAdjust> toAdjust;
    QList<QuarterToSettle> toSettle { { quarter, policy } };
    for (const ClosedPeriod &period : periods) {
        if (period.quarter > quarter || firstOpenAfter(period.quarter, closedQuarters) != quarter)
            continue;
        const IncentivePolicy *settledWith = history.byId(period.policyId);
        if (!settledWith)
            throw StorageError(
                tr("The policy version %1 was closed with is missing.").arg(period.quarter.label()));
        toAdjust.append({ period.quarter, settledWith });
        toSettle.append({ period.quarter, settledWith });
    }
    const SettlementInputs inputs = SettlementLoader::load(m_db, toSettle);
    run.statements = Settlement::settle(*policy, inputs, quarter);
    if (!toAdjust.isEmpty())
        appendAdjustments(&run.statements, quarter, toAdjust, inputs, store);
    run.budget = budgetUse(run.policy, run.statements, inputs, quarter);
    return run;
}

void IncentiveBook::close(Quarter quarter, const QString &note)
{
    if (isClosed(quarter))
        throw StorageError(tr("%1 is already closed: its statements are frozen.").arg(quarter.label()));
    const SettlementRun preview = run(quarter);
    const ClosedPeriod period { quarter, preview.policy.id, note.trimmed(), sql::storedNowTime() };
    Transaction transaction(m_db);
    SettlementStore(m_db).freeze(period, preview.statements);
    QString detail =
        tr("Closed with policy version %1: %n statement(s), %2 in total.", "", preview.statements.size())
            .arg(preview.policy.id)
            .arg(preview.budget.spent.toString());
    if (!period.note.isEmpty())
        detail += QLatin1Char(' ') + period.note;
    IncentiveRecordsStore(m_db).audit(QStringLiteral("period-closed"), quarter.toString(), detail);
    transaction.commit();
}

// --- Penalties

QList<PenaltyRecord> IncentiveBook::penalties() const
{
    QList<PenaltyRecord> list = IncentiveRecordsStore(m_db).penalties();
    std::reverse(list.begin(), list.end());
    return list;
}

PenaltyRecord IncentiveBook::recordPenalty(const PenaltyRecord &penalty)
{
    PenaltyRecord p = penalty;
    p.evidence = penalty.evidence.trimmed();
    if (p.evidence.isEmpty())
        throw StorageError(
            tr("Say what proves the penalty (order numbers, photos, a report): the evidence note "
               "is required."));
    if (!p.date.isValid())
        throw StorageError(
            tr("Give the date of the violation: it decides the quarter the penalty is deducted in."));
    if (p.amount && *p.amount < Money())
        throw StorageError(tr("A penalty amount is a deduction: enter it without a minus sign."));
    const QString code = partnerCode(m_db, p.partnerId);
    p.recordedAt = sql::storedNowTime();
    // Removal asks whether a close came after the recording: a close stored in the same
    // millisecond just before must not look like one that froze this penalty.
    for (const ClosedPeriod &period : SettlementStore(m_db).closedPeriods())
        if (period.closedAt >= p.recordedAt)
            p.recordedAt = period.closedAt.addMSecs(1);
    IncentiveRecordsStore store(m_db);
    Transaction transaction(m_db);
    p.id = store.insertPenalty(p);
    QString detail = tr("%1 on %2 (%3): %4")
                         .arg(labelOf(p.kind), p.date.toString(Qt::ISODate),
                             p.amount ? p.amount->toString() : tr("by the policy's rule"), p.evidence);
    const Quarter quarter = Quarter::containing(p.date);
    if (isClosed(quarter))
        detail += QLatin1Char(' ')
            + tr("%1 is closed: the penalty is settled as an adjustment in the next open quarter.")
                  .arg(quarter.label());
    store.audit(QStringLiteral("penalty-recorded"), code, detail);
    transaction.commit();
    return p;
}

void IncentiveBook::removePenalty(qint64 id)
{
    IncentiveRecordsStore store(m_db);
    const std::optional<PenaltyRecord> p = store.penalty(id);
    if (!p)
        throw StorageError(tr("This penalty is no longer in the workbook."));
    // Settled once a quarter at or after its own was closed after it was recorded: its
    // quarter directly, or a later one that froze it as an adjustment. One recorded
    // after its quarter closed and not frozen yet is only a preview's adjustment.
    const Quarter quarter = Quarter::containing(p->date);
    for (const ClosedPeriod &period : SettlementStore(m_db).closedPeriods())
        if (period.quarter >= quarter && period.closedAt >= p->recordedAt)
            throw StorageError(tr("The penalty of %1 was settled when %2 was closed; it cannot be removed.")
                                   .arg(p->date.toString(Qt::ISODate), period.quarter.label()));
    const QString code = partnerCode(m_db, p->partnerId);
    Transaction transaction(m_db);
    store.deletePenalty(id);
    store.audit(QStringLiteral("penalty-removed"), code,
        tr("%1 on %2 removed: %3").arg(labelOf(p->kind), p->date.toString(Qt::ISODate), p->evidence));
    transaction.commit();
}

// --- MDF

QList<MdfRequest> IncentiveBook::mdfRequests() const
{
    QList<MdfRequest> list = IncentiveRecordsStore(m_db).mdfRequests();
    std::reverse(list.begin(), list.end());
    return list;
}

MdfRequest IncentiveBook::requestMdf(qint64 partnerId, const QString &activity, Money plannedCost, QDate date)
{
    return MdfWorkflow(m_db, *this).request(partnerId, activity, plannedCost, date);
}

MdfRequest IncentiveBook::approveMdf(qint64 id, QDate date, Money approved, const QString &note)
{
    return MdfWorkflow(m_db, *this).approve(id, date, approved, note);
}

MdfRequest IncentiveBook::rejectMdf(qint64 id, QDate date, const QString &reason)
{
    return MdfWorkflow(m_db, *this).reject(id, date, reason);
}

MdfRequest IncentiveBook::claimMdf(qint64 id, QDate date, Money claimed, const QString &proofReference)
{
    return MdfWorkflow(m_db, *this).claim(id, date, claimed, proofReference);
}

CoFunding IncentiveBook::coFundingFor(qint64 id, QDate date) const
{
    return MdfWorkflow(m_db, *this).coFundingFor(id, date);
}

MdfRequest IncentiveBook::payMdf(qint64 id, QDate date, const QString &paymentReference)
{
    return MdfWorkflow(m_db, *this).pay(id, date, paymentReference);
}

QList<AuditEntry> IncentiveBook::audit() const
{
    return IncentiveRecordsStore(m_db).auditEntries();
}

} // namespace cs
