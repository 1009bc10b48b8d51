// Copies a live SQLite connection's database to a new file with SQLite's
// backup API: the copy is consistent even while the workbook is in use.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cs {

// Writes `db` into `destination` through a temporary file renamed into place,
// replacing any file there. On failure returns false and sets *error (SQLite's words).
bool backupDatabase(QSqlDatabase &db, const QString &destination, QString *error);

// Copies the whole of `from` into the open database `to` (e.g. an in-memory one).
bool copyDatabase(QSqlDatabase &from, QSqlDatabase &to, QString *error);

} // namespace cs
