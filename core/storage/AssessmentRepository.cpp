#include "storage/AssessmentRepository.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QSqlQuery>

namespace cs {

namespace {

// Sub-indicator columns are named by the sub-indicator's code.
QString columnList()
{
    QString columns = QStringLiteral("id, partner_id, date, product, sales, service, assessor, note");
    for (const SubIndicator s : allSubIndicators)
        columns += QStringLiteral(", ") + codeOf(s);
    return columns + QStringLiteral(", updated_at");
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QList<QVariant> values(const Assessment &a)
{
    QList<QVariant> v { a.id, a.partnerId, a.date.toString(Qt::ISODate) };
    for (const auto &score : a.entered)
        v.append(optionalValue(score ? std::optional<qint64>(*score) : std::nullopt));
    v << sql::notNull(a.assessor.trimmed()) << sql::notNull(a.note.trimmed());
    for (const auto &value : a.subIndicators)
        v.append(optionalValue(value));
    v << sql::storedTime(a.updatedAt);
    return v;
}

Assessment fromRow(const QSqlQuery &q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.partnerId = q.value(1).toLongLong();
    a.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    for (int d = 0; d < dimensionCount; ++d)
        if (!q.value(3 + d).isNull())
            a.entered[d] = q.value(3 + d).toInt();
    a.assessor = q.value(6).toString();
    a.note = q.value(7).toString();
    for (int s = 0; s < subIndicatorCount; ++s)
        if (!q.value(8 + s).isNull())
            a.subIndicators[s] = q.value(8 + s).toLongLong();
    a.updatedAt = QDateTime::fromString(q.value(8 + subIndicatorCount).toString(), Qt::ISODateWithMs);
    return a;
}

} // namespace

AssessmentRepository::AssessmentRepository(Workbook &workbook)
    : m_db(workbook.database())
{
}

QList<Assessment> AssessmentRepository::forPartner(qint64 partnerId) const
{
    QSqlQuery q = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM assessments WHERE partner_id = ? ORDER BY date").arg(columnList()),
        { partnerId });
    QList<Assessment> list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

std::optional<Assessment> AssessmentRepository::byId(qint64 id) const
{
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM assessments WHERE id = ?").arg(columnList()), { id });
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

void AssessmentRepository::check(const Assessment &a) const
{
    const QStringList errors = Assessments::validate(a);
    if (!errors.isEmpty())
        throw StorageError(errors.join(QLatin1Char(' ')));
    const QVariant other = sql::scalar(m_db,
        QStringLiteral("SELECT id FROM assessments WHERE partner_id = ? AND date = ? AND id <> ?"),
        { a.partnerId, a.date.toString(Qt::ISODate), a.id });
    if (other.isValid())
        throw StorageError(tr("This partner already has an assessment on %1; edit that one instead.")
                               .arg(a.date.toString(Qt::ISODate)));
}

Assessment AssessmentRepository::insert(Assessment a)
{
    a.id = 0;
    check(a);
    a.updatedAt = sql::storedNowTime();
    QList<QVariant> v = values(a);
    v.removeFirst(); // the id is SQLite's to choose
    const QString columns = columnList().section(QLatin1Char(','), 1).trimmed();
    QSqlQuery q = sql::run(m_db,
        QStringLiteral("INSERT INTO assessments (%1) VALUES (?%2)")
            .arg(columns, QStringLiteral(", ?").repeated(v.size() - 1)),
        v);
    a.id = q.lastInsertId().toLongLong();
    return a;
}

Assessment AssessmentRepository::update(Assessment a)
{
    check(a);
    a.updatedAt = sql::storedNowTime();
    QList<QVariant> v = values(a);
    v.append(v.takeFirst()); // id last, for the WHERE
    QStringList sets;
    for (const QString &column : columnList().split(QStringLiteral(", ")).mid(1))
        sets.append(column + QStringLiteral(" = ?"));
    QSqlQuery q = sql::run(m_db,
        QStringLiteral("UPDATE assessments SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), v);
    if (q.numRowsAffected() != 1)
        throw StorageError(
            tr("The assessment of %1 is no longer in the workbook.").arg(a.date.toString(Qt::ISODate)));
    return a;
}

void AssessmentRepository::remove(qint64 id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM assessments WHERE id = ?"), { id });
}

void AssessmentRepository::restore(const Assessment &a)
{
    check(a);
    const QList<QVariant> v = values(a);
    // REPLACE by id: check() has made sure no other row holds the partner and date.
    sql::run(m_db,
        QStringLiteral("INSERT OR REPLACE INTO assessments (%1) VALUES (?%2)")
            .arg(columnList(), QStringLiteral(", ?").repeated(v.size() - 1)),
        v);
}

} // namespace cs
