#include "storage/Sql.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cs::sql {

namespace {
[[noreturn]] void fail(const QSqlError &error, const QString &statement)
{
    // The statement is for whoever reads a bug report; the driver text says what SQLite refused.
    throw StorageError(
        QCoreApplication::translate("cs::Storage", "The workbook could not be updated: %1").arg(error.text())
        + QStringLiteral("\n[") + statement.simplified() + QStringLiteral("]"));
}
} // namespace

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
        fail(query.lastError(), statement);
}

QSqlQuery run(QSqlDatabase &db, const QString &statement, const QList<QVariant> &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query.lastError(), statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        fail(query.lastError(), statement);
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
            fail(fresh->lastError(), statement);
        cached = std::move(fresh);
    }
    QSqlQuery &query = *cached;
    query.finish();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        fail(query.lastError(), statement);
    return query;
}

} // namespace cs::sql
