#include "storage/OkrStore.h"

#include "capability/Tenths.h"
#include "storage/Sql.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/Workbook.h"

namespace cs {

OkrStore::OkrStore(Workbook &workbook)
    : m_workbook(workbook)
{
}

QHash<qint64, QList<Objective>> OkrStore::read(Quarter quarter, std::optional<qint64> partnerId) const
{
    QSqlDatabase &db = m_workbook.database();
    const QByteArray onePartner = partnerId ? QByteArray(" AND o.partner_id = ?") : QByteArray();
    QHash<qint64, QList<Objective>> byPartner;
    // Where each objective sits, so the key results query can attach to it directly.
    QHash<qint64, std::pair<qint64, qsizetype>> objectiveAt;
    {
        const QByteArray query =
            "SELECT o.id, o.partner_id, o.title FROM okr_objectives o WHERE o.quarter = ?" + onePartner
            + " ORDER BY o.partner_id, o.position, o.id";
        Statement s(db, query.constData());
        s.bind(1, quarter.toString());
        if (partnerId)
            s.bind(2, *partnerId);
        while (s.step()) {
            Objective o;
            o.id = s.columnInt(0);
            o.title = s.columnText(2);
            QList<Objective> &list = byPartner[s.columnInt(1)];
            objectiveAt.insert(o.id, { s.columnInt(1), list.size() });
            list.append(std::move(o));
        }
    }
    if (objectiveAt.isEmpty())
        return byPartner;
    const QByteArray query =
        "SELECT k.objective_id, k.id, k.title, k.target_num, k.target_den, k.current_num, "
        "k.current_den, k.unit FROM okr_key_results k "
        "JOIN okr_objectives o ON o.id = k.objective_id WHERE o.quarter = ?"
        + onePartner + " ORDER BY k.objective_id, k.position, k.id";
    Statement s(db, query.constData());
    s.bind(1, quarter.toString());
    if (partnerId)
        s.bind(2, *partnerId);
    while (s.step()) {
        const auto at = objectiveAt.value(s.columnInt(0));
        KeyResult k;
        k.id = s.columnInt(1);
        k.title = s.columnText(2);
        k.target = Ratio { s.columnInt(3), s.columnInt(4) };
        k.current = Ratio { s.columnInt(5), s.columnInt(6) };
        k.unit = s.columnText(7);
        byPartner[at.first][at.second].keyResults.append(std::move(k));
    }
    return byPartner;
}

QList<Objective> OkrStore::objectives(qint64 partnerId, Quarter quarter) const
{
    return read(quarter, partnerId).value(partnerId);
}

QHash<qint64, QList<Objective>> OkrStore::allObjectives(Quarter quarter) const
{
    return read(quarter, std::nullopt);
}

void OkrStore::checkPartner(qint64 partnerId, Quarter quarter) const
{
    if (!quarter.isValid())
        throw StorageError(tr("OKRs and notes need a quarter."));
    // Asked first so the message names the problem instead of a foreign key.
    if (!sql::scalar(
            m_workbook.database(), QStringLiteral("SELECT 1 FROM partners WHERE id = ?"), { partnerId })
             .isValid())
        throw StorageError(tr("The partner is no longer in the workbook."));
}

void OkrStore::saveObjectives(qint64 partnerId, Quarter quarter, const QList<Objective> &objectives)
{
    for (const Objective &o : objectives) {
        if (o.title.trimmed().isEmpty())
            throw StorageError(tr("Every objective needs a title."));
        for (const KeyResult &k : o.keyResults) {
            if (k.title.trimmed().isEmpty())
                throw StorageError(tr("Every key result of “%1” needs a title.").arg(o.title.trimmed()));
            if (k.target.den <= 0 || k.current.den <= 0)
                throw StorageError(tr("The key result “%1” has a fraction with a denominator that is not "
                                      "positive.")
                                       .arg(k.title.trimmed()));
            if (k.target.num <= 0)
                throw StorageError(
                    tr("The key result “%1” needs a target greater than zero.").arg(k.title.trimmed()));
        }
    }
    checkPartner(partnerId, quarter);
    QSqlDatabase &db = m_workbook.database();
    Transaction transaction(db);
    // Key results go with their objectives (ON DELETE CASCADE).
    sql::run(db, QStringLiteral("DELETE FROM okr_objectives WHERE partner_id = ? AND quarter = ?"),
        { partnerId, quarter.toString() });
    for (qsizetype i = 0; i < objectives.size(); ++i) {
        const Objective &o = objectives[i];
        const qint64 objectiveId = sql::run(db,
            QStringLiteral(
                "INSERT INTO okr_objectives (partner_id, quarter, title, position) VALUES (?, ?, ?, ?)"),
            { partnerId, quarter.toString(), o.title.trimmed(), qint64(i) })
                                       .lastInsertId()
                                       .toLongLong();
        for (qsizetype j = 0; j < o.keyResults.size(); ++j) {
            const KeyResult &k = o.keyResults[j];
            const Ratio target = exactRatio(k.target.num, k.target.den);
            const Ratio current = exactRatio(k.current.num, k.current.den);
            sql::run(db,
                QStringLiteral("INSERT INTO okr_key_results (objective_id, title, target_num, target_den, "
                               "current_num, current_den, unit, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                { objectiveId, k.title.trimmed(), target.num, target.den, current.num, current.den,
                    sql::notNull(k.unit.trimmed()), qint64(j) });
        }
    }
    transaction.commit();
}

QString OkrStore::note(qint64 partnerId, Quarter quarter) const
{
    return sql::scalar(m_workbook.database(),
        QStringLiteral("SELECT note FROM improvement_notes WHERE partner_id = ? AND quarter = ?"),
        { partnerId, quarter.toString() })
        .toString();
}

QHash<qint64, QString> OkrStore::allNotes(Quarter quarter) const
{
    QHash<qint64, QString> notes;
    Statement s(m_workbook.database(), "SELECT partner_id, note FROM improvement_notes WHERE quarter = ?");
    s.bind(1, quarter.toString());
    while (s.step())
        notes.insert(s.columnInt(0), s.columnText(1));
    return notes;
}

void OkrStore::saveNote(qint64 partnerId, Quarter quarter, const QString &note)
{
    const QString text = note.trimmed();
    if (text.isEmpty()) {
        sql::run(m_workbook.database(),
            QStringLiteral("DELETE FROM improvement_notes WHERE partner_id = ? AND quarter = ?"),
            { partnerId, quarter.toString() });
        return;
    }
    checkPartner(partnerId, quarter);
    sql::run(m_workbook.database(),
        QStringLiteral(
            "INSERT INTO improvement_notes (partner_id, quarter, note, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (partner_id, quarter) DO UPDATE SET note = excluded.note, "
            "updated_at = excluded.updated_at"),
        { partnerId, quarter.toString(), text, sql::storedNow() });
}

} // namespace cs
