#include "storage/WatchClearanceRepository.h"

#include "capability/CapabilityInputs.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QSqlQuery>

namespace cs {

namespace {
QList<QVariant> values(const WatchClearance &c)
{
    return { c.partnerId, c.id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(c.id),
        codeOf(c.rule), sql::notNull(c.dimension ? codeOf(*c.dimension) : QString()),
        sql::notNull(c.evidence), c.reason, c.note, c.asOf.toString(Qt::ISODate),
        sql::storedTime(c.clearedAt) };
}

// Returns the row's id.
qint64 insert(QSqlDatabase &db, const QList<QVariant> &v)
{
    return sql::run(db,
        QStringLiteral("INSERT INTO watch_clearances (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(CapabilityInputs::clearanceColumns()),
        v)
        .lastInsertId()
        .toLongLong();
}
} // namespace

WatchClearanceRepository::WatchClearanceRepository(Workbook &workbook)
    : m_db(workbook.database())
{
}

QList<WatchClearance> WatchClearanceRepository::forPartner(qint64 partnerId) const
{
    QSqlQuery q = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM watch_clearances WHERE partner_id = ? ORDER BY cleared_at, id")
            .arg(CapabilityInputs::clearanceColumns()),
        { partnerId });
    QList<WatchClearance> list;
    while (q.next())
        list.append(CapabilityInputs::clearanceFromRow(q));
    return list;
}

WatchClearance WatchClearanceRepository::clear(
    qint64 partnerId, const WatchHit &hit, const QString &note, QDate asOf)
{
    if (note.trimmed().isEmpty())
        throw StorageError(tr("Say why the entry is cleared: the note is kept with the watch-list history."));
    WatchClearance c;
    c.partnerId = partnerId;
    c.rule = hit.rule;
    c.dimension = hit.dimension;
    c.evidence = hit.evidence;
    c.reason = hit.reason;
    c.note = note.trimmed();
    c.asOf = asOf;
    c.clearedAt = sql::storedNowTime();
    // One clearance per hit and evidence: the history keeps the first note, never overwrites it.
    const QList<QVariant> v = values(c);
    if (sql::scalar(m_db,
            QStringLiteral(
                "SELECT 1 FROM watch_clearances WHERE partner_id = ? AND rule = ? AND dimension = ? "
                "AND evidence = ?"),
            { v[0], v[2], v[3], v[4] })
            .isValid())
        throw StorageError(tr("This entry was already cleared."));
    c.id = insert(m_db, v);
    return c;
}

void WatchClearanceRepository::remove(qint64 id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM watch_clearances WHERE id = ?"), { id });
}

void WatchClearanceRepository::restore(const WatchClearance &clearance)
{
    insert(m_db, values(clearance));
}

} // namespace cs
