// What a user can see in a workbook, reduced to one digest per table, so the
// kill test can tell "exactly before", "exactly after" and "a mix" apart.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace cs::test {

struct WorkbookState {
    // Table name (and "#schema", "#pragmas") → SHA-256 of its rows in a stable order.
    QMap<QString, QByteArray> digests;

    bool operator==(const WorkbookState &) const = default;

    // Which tables agree with `before` and which with `after`: the diagnosis of a mix.
    QString compare(const WorkbookState &before, const WorkbookState &after) const;
};

// Reads the state through the workbook's own connection.
WorkbookState readWorkbookState(QSqlDatabase &db);

// PRAGMA integrity_check's rows, joined ("ok" when healthy).
QString integrityCheck(QSqlDatabase &db);

} // namespace cs::test
