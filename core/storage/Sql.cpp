#include "storage/Sql.h"

#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace cs::sql {

namespace {

struct StorageText {
    Q_DECLARE_TR_FUNCTIONS(cs::Storage)
};

QString knownFailure(int code);

[[noreturn]] void fail(QSqlDatabase &db, const QSqlError &error, const QString &statement)
{
    // The driver reports SQLite's primary code; the connection still holds the
    // extended one (which I/O step failed), when it is about this same failure.
    int code = error.nativeErrorCode().toInt();
    if (sqlite3 *handle = nativeHandle(db)) {
        const int extended = sqlite3_extended_errcode(handle);
        if ((extended & 0xff) == (code & 0xff))
            code = extended;
    }
    if (const QString known = knownFailure(code); !known.isEmpty())
        throw StorageError(known);
    // A failure with no sentence of its own is a bug to report: the statement says where.
    throw StorageError(failureMessage(code, error.text()) + QStringLiteral("\n[") + statement.simplified()
        + QStringLiteral("]"));
}

QString knownFailure(int code)
{
    switch (code) {
    case SQLITE_IOERR_FSYNC:
    case SQLITE_IOERR_DIR_FSYNC:
        return StorageText::tr("The disk did not confirm that the change was stored (an input/output error). "
                               "It may or may not have been saved: check the disk, then close and reopen the "
                               "workbook to see what it holds.");
    }
    switch (code & 0xff) {
    case SQLITE_FULL:
        return StorageText::tr("The disk holding the workbook is full. Nothing of this change was written; "
                               "free some space and try again.");
    case SQLITE_READONLY:
        return StorageText::tr(
            "The workbook cannot be changed: its file or disk is read-only, or the file was "
            "moved or deleted while open. Nothing of this change was written.");
    case SQLITE_IOERR:
        return StorageText::tr("The disk reported an error while the workbook was being written (was a drive "
                               "removed, or is the disk failing?). Nothing of this change was written; check "
                               "the disk and try again.");
    case SQLITE_CANTOPEN:
        return StorageText::tr("The workbook's file, or the journal kept beside it, could not be opened: the "
                               "disk may have been removed, or its folder cannot be written to. Nothing of "
                               "this change was written.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageText::tr(
            "The workbook is busy with a change made elsewhere. Nothing of this change was "
            "written; try again in a moment.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageText::tr("The workbook is damaged, so the change was not made. Open a backup copy of "
                               "the workbook instead.");
    }
    return {};
}

} // namespace

QString failureMessage(int code, const QString &detail)
{
    const QString known = knownFailure(code);
    return known.isEmpty() ? StorageText::tr("The workbook could not be updated: %1").arg(detail) : known;
}

QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString storedNow()
{
    return storedTime(QDateTime::currentDateTimeUtc());
}

QDateTime storedNowTime()
{
    return QDateTime::fromString(storedNow(), Qt::ISODateWithMs);
}

void exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail(db, query.lastError(), statement);
}

QSqlQuery run(QSqlDatabase &db, const QString &statement, const QList<QVariant> &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(db, query.lastError(), statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        fail(db, query.lastError(), statement);
    return query;
}

QVariant scalar(QSqlDatabase &db, const QString &statement, const QList<QVariant> &values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

QSqlQuery &QueryCache::run(const QString &statement, const QList<QVariant> &values)
{
    std::unique_ptr<QSqlQuery> &cached = m_queries[statement];
    if (!cached) {
        auto fresh = std::make_unique<QSqlQuery>(m_db);
        fresh->setForwardOnly(true);
        if (!fresh->prepare(statement))
            fail(m_db, fresh->lastError(), statement);
        cached = std::move(fresh);
    }
    QSqlQuery &query = *cached;
    query.finish();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        fail(m_db, query.lastError(), statement);
    return query;
}

} // namespace cs::sql
