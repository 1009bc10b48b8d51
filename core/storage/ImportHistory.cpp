#include "storage/ImportHistory.h"

#include "import/LedgerSink.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/Workbook.h"

#include <QSqlQuery>

namespace cs {

namespace {

const QString recordColumns = QStringLiteral(
    "id, kind, file_name, sheet, sha256, imported_at, inserted, updated, unchanged, rejected, undone_at");

ImportRecord fromRow(const QSqlQuery &q)
{
    ImportRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = ImportKinds::fromCode(q.value(1).toString()).value_or(ImportKind::Partners);
    r.fileName = q.value(2).toString();
    r.sheet = q.value(3).toString();
    r.sha256 = q.value(4).toString();
    r.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.counts = { q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong(),
        q.value(9).toLongLong() };
    r.undoneAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    return r;
}

// The newest import of each kind still in effect is the one that can be undone.
void markUndoable(QList<ImportRecord> &records)
{
    QList<ImportKind> seen;
    for (ImportRecord &r : records) {
        if (r.undoneAt.isValid() || seen.contains(r.kind))
            continue;
        r.canUndo = true;
        seen.append(r.kind);
    }
}

QStringList tableColumns(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), { table });
    while (q.next())
        columns.append(q.value(0).toString());
    return columns;
}

// Tables an import may change, named in import_changes; nothing else is ever
// put into SQL text from that table.
bool isImportTable(const QString &table)
{
    return table == u"partners" || table == u"results" || table == u"assessments";
}

} // namespace

QString ImportHistory::undoBlocker(const ImportRecord &record) const
{
    if (record.undoneAt.isValid())
        return tr("“%1” was undone already.").arg(record.fileName);
    if (!record.canUndo)
        return tr("Only the latest import of %1 can be undone; undo the later ones first.")
            .arg(ImportKinds::label(record.kind));
    if (record.kind == ImportKind::Ledger)
        return {}; // order lines are never edited, and nothing refers to them
    QSqlDatabase &db = m_workbook.database();
    const QString table = ImportKinds::code(record.kind); // each kind's table has the kind's name
    const qint64 id = record.id;
    // Something edited after the import would be lost by putting the old values back.
    const QVariant edited = sql::scalar(db,
        QStringLiteral("SELECT t.rowid FROM import_changes c JOIN %1 t ON t.id = c.row_id "
                       "WHERE c.import_id = ? AND c.table_name = ? AND t.updated_at > ? LIMIT 1")
            .arg(table),
        { id, table, sql::storedTime(record.importedAt) });
    if (edited.isValid())
        return tr("Records this import wrote were edited afterwards, so undoing it would lose those edits.");
    if (record.kind == ImportKind::Partners) {
        const QVariant used = sql::scalar(db,
            QStringLiteral("SELECT p.code FROM import_changes c JOIN partners p ON p.id = c.row_id "
                           "WHERE c.import_id = ? AND c.table_name = 'partners' AND c.before IS NULL AND ("
                           "EXISTS (SELECT 1 FROM results r WHERE r.partner_id = p.id) OR "
                           "EXISTS (SELECT 1 FROM assessments a WHERE a.partner_id = p.id) OR "
                           "EXISTS (SELECT 1 FROM ledger_totals l WHERE l.partner_id = p.id) OR "
                           "EXISTS (SELECT 1 FROM watch_clearances w WHERE w.partner_id = p.id) OR "
                           "EXISTS (SELECT 1 FROM partners k WHERE k.parent_id = p.id AND k.id NOT IN "
                           "(SELECT row_id FROM import_changes WHERE import_id = c.import_id "
                           "AND table_name = 'partners'))) LIMIT 1"),
            { id });
        if (used.isValid())
            return tr("Partner %1, added by this import, now has results, assessments, ledger lines, "
                      "watch-list notes or partners of its own. Undo or remove those first.")
                .arg(used.toString());
    }
    return {};
}

ImportHistory::ImportHistory(Workbook &workbook)
    : m_workbook(workbook)
{
}

QList<ImportRecord> ImportHistory::all() const
{
    QList<ImportRecord> records;
    QSqlQuery q = sql::run(m_workbook.database(),
        QStringLiteral("SELECT %1 FROM import_history ORDER BY id DESC").arg(recordColumns));
    while (q.next())
        records.append(fromRow(q));
    markUndoable(records);
    for (ImportRecord &r : records)
        if (r.canUndo)
            r.undoBlocked = undoBlocker(r);
    return records;
}

std::optional<ImportRecord> ImportHistory::byId(qint64 id) const
{
    for (const ImportRecord &r : all())
        if (r.id == id)
            return r;
    return std::nullopt;
}

ImportChangeLog::ImportChangeLog(QSqlDatabase &db, qint64 importId)
    : m_importId(importId)
    , m_queries(db)
{
}

void ImportChangeLog::inserted(const QString &table, qint64 rowId)
{
    m_queries.run(
        QStringLiteral("INSERT OR IGNORE INTO import_changes (import_id, table_name, row_id, before) "
                       "VALUES (?, ?, ?, NULL)"),
        { m_importId, table, rowId });
}

void ImportChangeLog::before(const QString &table, qint64 rowId)
{
    auto statement = m_beforeStatements.constFind(table);
    if (statement == m_beforeStatements.constEnd()) {
        if (!isImportTable(table))
            throw StorageError(QStringLiteral("import_changes: unexpected table %1").arg(table));
        QStringList pairs;
        for (const QString &column : tableColumns(m_queries.database(), table))
            pairs << QLatin1Char('\'') + column + QLatin1Char('\'') << column;
        statement = m_beforeStatements.insert(table,
            QStringLiteral("INSERT OR IGNORE INTO import_changes (import_id, table_name, row_id, before) "
                           "SELECT ?, ?, id, json_object(%1) FROM %2 WHERE id = ?")
                .arg(pairs.join(QStringLiteral(", ")), table));
    }
    m_queries.run(*statement, { m_importId, table, rowId });
}

void ImportHistory::undo(qint64 id)
{
    const auto record = byId(id);
    if (!record)
        throw StorageError(tr("That import is no longer in the history."));
    QSqlDatabase &db = m_workbook.database();
    Transaction transaction(db);
    if (const QString why = undoBlocker(*record); !why.isEmpty())
        throw StorageError(why);
    if (record->kind == ImportKind::Ledger) {
        sql::run(db, QStringLiteral("DELETE FROM ledger WHERE import_id = ?"), { id });
        LedgerSink::rebuildTotals(db);
    } else {
        const QString table = ImportKinds::code(record->kind);
        // SQLite reads the earlier values back itself, so integers stay exact.
        QStringList assignments;
        for (const QString &column : tableColumns(db, table))
            if (column != u"id")
                assignments.append(QStringLiteral("%1 = json_extract(c.before, '$.%1')").arg(column));
        sql::run(db,
            QStringLiteral(
                "UPDATE %1 SET %2 FROM import_changes c WHERE c.import_id = ? AND c.table_name = ? "
                "AND c.before IS NOT NULL AND %1.id = c.row_id")
                .arg(table, assignments.join(QStringLiteral(", "))),
            { id, table });
        const QString inserted = QStringLiteral(
            "SELECT row_id FROM import_changes WHERE import_id = ? AND table_name = ? AND before IS NULL");
        // RESTRICT is checked row by row, so links among the partners being removed go first.
        if (record->kind == ImportKind::Partners)
            sql::run(db,
                QStringLiteral("UPDATE partners SET parent_id = NULL WHERE id IN (%1)").arg(inserted),
                { id, table });
        sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id IN (%2)").arg(table, inserted), { id, table });
    }
    sql::run(
        db, QStringLiteral("UPDATE import_history SET undone_at = ? WHERE id = ?"), { sql::storedNow(), id });
    transaction.commit();
}

} // namespace cs
