// Small helpers that run SQL and turn failures into StorageError, so storage
// code reads as a sequence of statements instead of a thicket of error checks.
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>

namespace cs::sql {

// A time as the workbook stores it: UTC, to the millisecond, ISO 8601. One form
// everywhere, because stamps are compared as text (undo asks "edited since?").
QString storedTime(const QDateTime &time);
QString storedNow();
// Now, through the stored form: a record read back compares equal to the one written.
QDateTime storedNowTime();

// A null QString binds as NULL; text columns are NOT NULL, so bind it as "".
inline QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

// What a failed SQLite call means, in plain words for the user: one sentence per
// kind of failure (a full disk, a read-only file, an I/O error, a busy workbook).
// `code` is SQLite's result code, primary or extended; `detail` is SQLite's own
// text, shown only for failures that have no sentence of their own.
QString failureMessage(int code, const QString &detail);

// Runs a statement that returns no rows.
void exec(QSqlDatabase &db, const QString &statement);

// Prepares, binds positional values in order, executes; the query is ready to iterate.
QSqlQuery run(QSqlDatabase &db, const QString &statement, const QList<QVariant> &values = {});

// The first column of the first row, or an invalid QVariant when there is none.
QVariant scalar(QSqlDatabase &db, const QString &statement, const QList<QVariant> &values = {});

// Prepared queries kept by their text, for code that runs the same few statements
// thousands of times (an import): preparing is most of the cost of a small query.
class QueryCache {
public:
    explicit QueryCache(QSqlDatabase &db)
        : m_db(db)
    {
    }
    // As run(), with the query prepared once per statement text. The reference
    // stays valid until the next call with the same text.
    QSqlQuery &run(const QString &statement, const QList<QVariant> &values = {});
    QSqlDatabase &database() const { return m_db; }

private:
    QSqlDatabase &m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace cs::sql
