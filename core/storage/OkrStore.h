// OKRs and improvement notes per partner and quarter in the workbook.
#pragma once

#include "domain/Quarter.h"
#include "scorecard/Okr.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace cs {

class Workbook;

class OkrStore {
    Q_DECLARE_TR_FUNCTIONS(cs::OkrStore)

public:
    explicit OkrStore(Workbook &workbook);

    // In the order they were saved, key results too.
    QList<Objective> objectives(qint64 partnerId, Quarter quarter) const;
    // Every partner's objectives of the quarter, by partner id, in two queries (for batches).
    QHash<qint64, QList<Objective>> allObjectives(Quarter quarter) const;
    // Replaces all of the partner's objectives of the quarter in one transaction (ids
    // are assigned afresh). Throws StorageError, storing nothing, for an empty title,
    // a target that is not positive, a denominator that is not positive or an unknown partner.
    void saveObjectives(qint64 partnerId, Quarter quarter, const QList<Objective> &objectives);

    QString note(qint64 partnerId, Quarter quarter) const;
    QHash<qint64, QString> allNotes(Quarter quarter) const;
    // A blank note removes the stored one.
    void saveNote(qint64 partnerId, Quarter quarter, const QString &note);

private:
    QHash<qint64, QList<Objective>> read(Quarter quarter, std::optional<qint64> partnerId) const;
    void checkPartner(qint64 partnerId, Quarter quarter) const;

    Workbook &m_workbook;
};

} // namespace cs
