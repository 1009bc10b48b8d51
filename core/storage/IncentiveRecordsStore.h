// Penalties, MDF requests with their events, and the incentive audit trail as
// rows of the workbook. Plain reads and writes: what may be recorded, and when,
// is IncentiveBook's to decide; the caller holds the transaction for writes.
#pragma once

#include "domain/Partner.h"
#include "incentive/IncentiveRecords.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cs {

struct AuditEntry;

class IncentiveRecordsStore {
public:
    explicit IncentiveRecordsStore(QSqlDatabase &db);

    QList<PenaltyRecord> penalties() const; // oldest date first, then in the order recorded
    std::optional<PenaltyRecord> penalty(qint64 id) const;
    qint64 insertPenalty(const PenaltyRecord &penalty); // returns the new id
    void deletePenalty(qint64 id);

    QList<MdfRequest> mdfRequests() const; // in the order requested, each with its events oldest first
    std::optional<MdfRequest> mdfRequest(qint64 id) const;
    // Stores the request and its events; returns the new id.
    qint64 insertMdfRequest(const MdfRequest &request, const QDateTime &createdAt);
    void appendMdfEvent(qint64 requestId, const MdfEvent &event);

    std::optional<QString> partnerCode(qint64 partnerId) const; // none: no such partner

    void audit(const QString &action, const QString &subject, const QString &detail);
    QList<AuditEntry> auditEntries() const; // newest first

private:
    QList<MdfRequest> readMdf(const QString &where, const QList<QVariant> &values) const;
    QSqlDatabase &m_db;
};

} // namespace cs
