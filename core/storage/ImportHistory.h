// The record of every committed import, and undoing the last one of a kind.
#pragma once

#include "import/ImportKind.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cs {

class Workbook;

struct ImportCounts {
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    bool operator==(const ImportCounts &) const = default;
};

struct ImportRecord {
    qint64 id = 0;
    ImportKind kind = ImportKind::Partners;
    QString fileName;
    QString sheet;
    QString sha256; // of the file's bytes, lowercase hex
    QDateTime importedAt; // UTC
    ImportCounts counts;
    QDateTime undoneAt; // null while in effect
    bool canUndo = false; // the newest import of its kind still in effect
    QString undoBlocked; // canUndo, but undo would be refused: why (later data depends on it)
};

class ImportHistory {
    Q_DECLARE_TR_FUNCTIONS(cs::ImportHistory)

public:
    explicit ImportHistory(Workbook &workbook);

    QList<ImportRecord> all() const; // newest first
    std::optional<ImportRecord> byId(qint64 id) const;

    // Puts the workbook back as it was before import `id`: inserted records are
    // removed, updated ones get their earlier values back, ledger lines leave
    // the roll-up. Only the newest import of a kind still in effect can be undone.
    // Throws StorageError naming why not (another import came later, a partner
    // it added is now referenced elsewhere, a record was edited since).
    void undo(qint64 id);

    // Why undo(record) would be refused, in words for the user; empty when it would go through.
    QString undoBlocker(const ImportRecord &record) const;

private:
    Workbook &m_workbook;
};

// What one import changes, kept for its undo. Called inside the import's
// transaction, before a row changes: the row `rowId` of `table` was inserted, or
// had these values before. Only the first call for a row counts, so its value
// before the whole import is kept. Each statement is prepared once per import,
// since an import logs a row for every row it writes.
class ImportChangeLog {
public:
    ImportChangeLog(QSqlDatabase &db, qint64 importId);
    void inserted(const QString &table, qint64 rowId);
    void before(const QString &table, qint64 rowId);

private:
    qint64 m_importId;
    sql::QueryCache m_queries;
    QHash<QString, QString> m_beforeStatements; // by table: its columns as json_object(...)
};

} // namespace cs
