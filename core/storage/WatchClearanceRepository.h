// The manager's clearances of watch-list hits, kept as history: clearing stores
// the hit's words and the note; undoing a clearance removes it again.
#pragma once

#include "capability/WatchEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace cs {

class Workbook;

class WatchClearanceRepository {
    Q_DECLARE_TR_FUNCTIONS(cs::WatchClearanceRepository)

public:
    explicit WatchClearanceRepository(Workbook &workbook);

    QList<WatchClearance> forPartner(qint64 partnerId) const; // oldest first

    // Clears `hit` of the partner as seen on `asOf`. Refuses an empty note: the
    // history must say why an entry was taken off.
    WatchClearance clear(qint64 partnerId, const WatchHit &hit, const QString &note, QDate asOf);
    void remove(qint64 id);
    // Puts a removed clearance back exactly as it was, for undo.
    void restore(const WatchClearance &clearance);

private:
    QSqlDatabase &m_db;
};

} // namespace cs
