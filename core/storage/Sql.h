// Small helpers that run SQL and turn failures into StorageError, so storage
// code reads as a sequence of statements instead of a thicket of error checks.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace cs::sql {

// Runs a statement that returns no rows.
void exec(QSqlDatabase &db, const QString &statement);

// Prepares, binds positional values in order, executes; the query is ready to iterate.
QSqlQuery run(QSqlDatabase &db, const QString &statement, const QList<QVariant> &values = {});

// The first column of the first row, or an invalid QVariant when there is none.
QVariant scalar(QSqlDatabase &db, const QString &statement, const QList<QVariant> &values = {});

} // namespace cs::sql
