// The moves of a joint-marketing (MDF) request — request → approve or reject →
// claim → pay — with what each move requires, the dated event it appends and
// its audit entry. IncentiveBook's MDF calls are these.
#pragma once

#include "incentive/IncentiveRecords.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace cs {

class IncentiveBook;

class MdfWorkflow {
    Q_DECLARE_TR_FUNCTIONS(cs::MdfWorkflow)

public:
    // The book settles the quarter a claim is paid in, for what is left of its budget.
    MdfWorkflow(QSqlDatabase &db, const IncentiveBook &book);

    MdfRequest request(qint64 partnerId, const QString &activity, Money plannedCost, QDate date);
    MdfRequest approve(qint64 id, QDate date, Money approved, const QString &note);
    MdfRequest reject(qint64 id, QDate date, const QString &reason);
    MdfRequest claim(qint64 id, QDate date, Money claimed, const QString &proofReference);
    CoFunding coFundingFor(qint64 id, QDate date) const;
    MdfRequest pay(qint64 id, QDate date, const QString &paymentReference);

private:
    MdfRequest existing(qint64 id) const;
    // Refuses a move the request's state does not allow, or dated before its last step.
    void checkMove(const MdfRequest &request, MdfState to, QDate date) const;
    MdfRequest append(
        const MdfRequest &request, const MdfEvent &event, const QString &action, const QString &detail);

    QSqlDatabase &m_db;
    const IncentiveBook &m_book;
};

} // namespace cs
