#include "storage/MdfWorkflow.h"

#include "storage/IncentiveBook.h"
#include "storage/IncentiveRecordsStore.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/TierHistory.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace cs {

namespace {

QString capText(const CoFunding &funding)
{
    switch (funding.cap) {
    case CoFundingCap::Share:
        return MdfWorkflow::tr("the tier's share of the claim");
    case CoFundingCap::Approved:
        return MdfWorkflow::tr("capped at the approved amount (share %1)")
            .arg(funding.shareAmount.toString());
    case CoFundingCap::Budget:
        return MdfWorkflow::tr("capped by what was left of the quarter's budget (share %1)")
            .arg(funding.shareAmount.toString());
    }
    return {};
}

} // namespace

MdfWorkflow::MdfWorkflow(QSqlDatabase &db, const IncentiveBook &book)
    : m_db(db)
    , m_book(book)
{
}

MdfRequest MdfWorkflow::request(qint64 partnerId, const QString &activity, Money plannedCost, QDate date)
{
    MdfRequest r;
    r.partnerId = partnerId;
    r.activity = activity.trimmed();
    r.plannedCost = plannedCost;
    if (r.activity.isEmpty())
        throw StorageError(tr("Name the activity the funds are for."));
    if (plannedCost < Money())
        throw StorageError(tr("The planned cost cannot be negative."));
    if (!date.isValid())
        throw StorageError(tr("Give the date of the request."));
    IncentiveRecordsStore store(m_db);
    const std::optional<QString> code = store.partnerCode(partnerId);
    if (!code)
        throw StorageError(tr("The partner is no longer in the workbook."));
    const QDateTime now = sql::storedNowTime();
    r.events.append({ MdfState::Requested, date, plannedCost, {}, {}, now });
    Transaction transaction(m_db);
    r.id = store.insertMdfRequest(r, now);
    store.audit(QStringLiteral("mdf-requested"), *code,
        tr("“%1” requested on %2, planned cost %3.")
            .arg(r.activity, date.toString(Qt::ISODate), plannedCost.toString()));
    transaction.commit();
    return existing(r.id);
}

MdfRequest MdfWorkflow::approve(qint64 id, QDate date, Money approved, const QString &note)
{
    const MdfRequest r = existing(id);
    checkMove(r, MdfState::Approved, date);
    if (approved <= Money())
        throw StorageError(tr("Approve an amount above zero, or reject the request."));
    QString detail =
        tr("“%1” approved on %2 for %3.").arg(r.activity, date.toString(Qt::ISODate), approved.toString());
    if (!note.trimmed().isEmpty())
        detail += QLatin1Char(' ') + note.trimmed();
    return append(r, { MdfState::Approved, date, approved, {}, note.trimmed(), {} },
        QStringLiteral("mdf-approved"), detail);
}

MdfRequest MdfWorkflow::reject(qint64 id, QDate date, const QString &reason)
{
    const MdfRequest r = existing(id);
    checkMove(r, MdfState::Rejected, date);
    if (reason.trimmed().isEmpty())
        throw StorageError(tr("Say why the request is rejected: the reason is kept with the request."));
    return append(r, { MdfState::Rejected, date, {}, {}, reason.trimmed(), {} },
        QStringLiteral("mdf-rejected"),
        tr("“%1” rejected on %2: %3").arg(r.activity, date.toString(Qt::ISODate), reason.trimmed()));
}

MdfRequest MdfWorkflow::claim(qint64 id, QDate date, Money claimed, const QString &proofReference)
{
    const MdfRequest r = existing(id);
    checkMove(r, MdfState::Claimed, date);
    if (claimed <= Money())
        throw StorageError(tr("The claimed amount must be above zero."));
    if (proofReference.trimmed().isEmpty())
        throw StorageError(tr("Name the proof of spend (invoice number, photos, report) for the claim."));
    return append(r, { MdfState::Claimed, date, claimed, proofReference.trimmed(), {}, {} },
        QStringLiteral("mdf-claimed"),
        tr("“%1” claimed on %2: %3, proof %4.")
            .arg(r.activity, date.toString(Qt::ISODate), claimed.toString(), proofReference.trimmed()));
}

CoFunding MdfWorkflow::coFundingFor(qint64 id, QDate date) const
{
    const MdfRequest r = existing(id);
    checkMove(r, MdfState::Paid, date);
    // The tier in effect in the quarter paid, not the registry's latest: a change
    // confirmed this quarter counts from the next.
    const std::optional<Tier> tier = TierHistory(m_db).tierAt(r.partnerId, Quarter::containing(date));
    if (!tier)
        throw StorageError(tr("The partner of “%1” has no tier, so its co-funding share is unknown: give the "
                              "partner a tier first.")
                               .arg(r.activity));
    // The quarter as it stands, this claim not yet in it: what is left is what it may take.
    const SettlementRun quarter = m_book.run(Quarter::containing(date));
    const Money remaining = std::max(Money(), quarter.policy.quarterlyBudget - quarter.budget.spent);
    const MdfEvent *claim = r.last(MdfState::Claimed);
    const MdfEvent *approval = r.last(MdfState::Approved);
    return coFunding(claim ? claim->amount : Money(), quarter.policy.coFundingFor(*tier),
        approval ? approval->amount : Money(), remaining);
}

MdfRequest MdfWorkflow::pay(qint64 id, QDate date, const QString &paymentReference)
{
    if (date.isValid() && m_book.isClosed(Quarter::containing(date)))
        throw StorageError(tr("%1 is closed: pay the claim on a date in an open quarter.")
                               .arg(Quarter::containing(date).label()));
    const MdfRequest r = existing(id);
    const CoFunding funding = coFundingFor(id, date);
    return append(r, { MdfState::Paid, date, funding.amount, paymentReference.trimmed(), {}, {} },
        QStringLiteral("mdf-paid"),
        tr("“%1” paid on %2: %3, %4.")
            .arg(r.activity, date.toString(Qt::ISODate), funding.amount.toString(), capText(funding)));
}

MdfRequest MdfWorkflow::existing(qint64 id) const
{
    const std::optional<MdfRequest> r = IncentiveRecordsStore(m_db).mdfRequest(id);
    if (!r)
        throw StorageError(tr("This MDF request is no longer in the workbook."));
    return *r;
}

void MdfWorkflow::checkMove(const MdfRequest &request, MdfState to, QDate date) const
{
    if (!request.nextStates().contains(to))
        throw StorageError(tr("“%1” is %2: it cannot be moved to %3.")
                               .arg(request.activity, labelOf(request.state()), labelOf(to)));
    if (!date.isValid())
        throw StorageError(tr("Give the date of this step."));
    if (!request.events.isEmpty() && date < request.events.constLast().date)
        throw StorageError(
            tr("The date %1 is before the request's previous step on %2.")
                .arg(date.toString(Qt::ISODate), request.events.constLast().date.toString(Qt::ISODate)));
}

MdfRequest MdfWorkflow::append(
    const MdfRequest &request, const MdfEvent &event, const QString &action, const QString &detail)
{
    IncentiveRecordsStore store(m_db);
    const std::optional<QString> code = store.partnerCode(request.partnerId);
    MdfEvent stamped = event;
    stamped.recordedAt = sql::storedNowTime();
    Transaction transaction(m_db);
    store.appendMdfEvent(request.id, stamped);
    store.audit(action, code.value_or(QString()), detail);
    transaction.commit();
    return existing(request.id);
}

} // namespace cs
