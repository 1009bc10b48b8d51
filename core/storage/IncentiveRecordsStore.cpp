#include "storage/IncentiveRecordsStore.h"

#include "storage/IncentiveBook.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace cs {

namespace {

const QString penaltyColumns = QStringLiteral("id, partner_id, date, kind, evidence, amount, recorded_at");

QDate day(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime stamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

PenaltyRecord penaltyFromRow(const QSqlQuery &q)
{
    PenaltyRecord p;
    p.id = q.value(0).toLongLong();
    p.partnerId = q.value(1).toLongLong();
    p.date = day(q.value(2));
    p.kind = fromCode<PenaltyKind>(q.value(3).toString()).value_or(PenaltyKind::Other);
    p.evidence = q.value(4).toString();
    if (!q.value(5).isNull())
        p.amount = Money::fromFen(q.value(5).toLongLong());
    p.recordedAt = stamp(q.value(6));
    return p;
}

} // namespace

IncentiveRecordsStore::IncentiveRecordsStore(QSqlDatabase &db)
    : m_db(db)
{
}

QList<PenaltyRecord> IncentiveRecordsStore::penalties() const
{
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM penalties ORDER BY date, id").arg(penaltyColumns));
    QList<PenaltyRecord> list;
    while (q.next())
        list.append(penaltyFromRow(q));
    return list;
}

std::optional<PenaltyRecord> IncentiveRecordsStore::penalty(qint64 id) const
{
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM penalties WHERE id = ?").arg(penaltyColumns), { id });
    if (!q.next())
        return std::nullopt;
    return penaltyFromRow(q);
}

qint64 IncentiveRecordsStore::insertPenalty(const PenaltyRecord &p)
{
    return sql::run(m_db,
        QStringLiteral("INSERT INTO penalties (partner_id, date, kind, evidence, amount, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { p.partnerId, p.date.toString(Qt::ISODate), codeOf(p.kind), p.evidence,
            p.amount ? QVariant(p.amount->fen()) : QVariant(QMetaType(QMetaType::LongLong)),
            sql::storedTime(p.recordedAt) })
        .lastInsertId()
        .toLongLong();
}

void IncentiveRecordsStore::deletePenalty(qint64 id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM penalties WHERE id = ?"), { id });
}

QList<MdfRequest> IncentiveRecordsStore::mdfRequests() const
{
    return readMdf({}, {});
}

std::optional<MdfRequest> IncentiveRecordsStore::mdfRequest(qint64 id) const
{
    const QList<MdfRequest> found = readMdf(QStringLiteral(" WHERE id = ?"), { id });
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<MdfRequest> IncentiveRecordsStore::readMdf(const QString &where, const QList<QVariant> &values) const
{
    QList<MdfRequest> list;
    QHash<qint64, qsizetype> indexById;
    QSqlQuery r = sql::run(m_db,
        QStringLiteral("SELECT id, partner_id, activity, planned_cost FROM mdf_requests%1 ORDER BY id")
            .arg(where),
        values);
    while (r.next()) {
        MdfRequest request;
        request.id = r.value(0).toLongLong();
        request.partnerId = r.value(1).toLongLong();
        request.activity = r.value(2).toString();
        request.plannedCost = Money::fromFen(r.value(3).toLongLong());
        indexById.insert(request.id, list.size());
        list.append(std::move(request));
    }
    QSqlQuery e = sql::run(m_db,
        QStringLiteral(
            "SELECT request_id, state, date, amount, reference, reason, recorded_at FROM mdf_events "
            "WHERE request_id IN (SELECT id FROM mdf_requests%1) ORDER BY request_id, id")
            .arg(where),
        values);
    while (e.next()) {
        const auto index = indexById.constFind(e.value(0).toLongLong());
        if (index == indexById.cend())
            continue;
        MdfEvent event;
        event.state = fromCode<MdfState>(e.value(1).toString()).value_or(MdfState::Requested);
        event.date = day(e.value(2));
        event.amount = Money::fromFen(e.value(3).toLongLong());
        event.reference = e.value(4).toString();
        event.reason = e.value(5).toString();
        event.recordedAt = stamp(e.value(6));
        list[*index].events.append(std::move(event));
    }
    return list;
}

qint64 IncentiveRecordsStore::insertMdfRequest(const MdfRequest &request, const QDateTime &createdAt)
{
    const qint64 id = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO mdf_requests (partner_id, activity, planned_cost, created_at) VALUES (?, ?, ?, ?)"),
        { request.partnerId, request.activity, request.plannedCost.fen(), sql::storedTime(createdAt) })
                          .lastInsertId()
                          .toLongLong();
    for (const MdfEvent &event : request.events)
        appendMdfEvent(id, event);
    return id;
}

void IncentiveRecordsStore::appendMdfEvent(qint64 requestId, const MdfEvent &event)
{
    sql::run(m_db,
        QStringLiteral(
            "INSERT INTO mdf_events (request_id, state, date, amount, reference, reason, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { requestId, codeOf(event.state), event.date.toString(Qt::ISODate), event.amount.fen(),
            sql::notNull(event.reference), sql::notNull(event.reason), sql::storedTime(event.recordedAt) });
}

std::optional<QString> IncentiveRecordsStore::partnerCode(qint64 partnerId) const
{
    const QVariant code =
        sql::scalar(m_db, QStringLiteral("SELECT code FROM partners WHERE id = ?"), { partnerId });
    if (!code.isValid())
        return std::nullopt;
    return code.toString();
}

void IncentiveRecordsStore::audit(const QString &action, const QString &subject, const QString &detail)
{
    sql::run(m_db, QStringLiteral("INSERT INTO audit_log (at, action, subject, detail) VALUES (?, ?, ?, ?)"),
        { sql::storedNow(), action, sql::notNull(subject), sql::notNull(detail) });
}

QList<AuditEntry> IncentiveRecordsStore::auditEntries() const
{
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT id, at, action, subject, detail FROM audit_log ORDER BY id DESC"));
    QList<AuditEntry> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), stamp(q.value(1)), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString() });
    return list;
}

} // namespace cs
