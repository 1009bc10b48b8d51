#include "import/KeyedUpsert.h"

#include "storage/Sql.h"
#include "storage/Workbook.h"

#include <QSqlQuery>

namespace cs {

namespace {

QString columnList(const QList<ColumnValue> &values, const QString &separator, const QString &suffix)
{
    QStringList parts;
    for (const ColumnValue &v : values)
        parts.append(QLatin1String(v.column) + suffix);
    return parts.join(separator);
}

// Stored INTEGER and TEXT values against what the file gives: both sides are
// qint64 or QString, so comparing their text forms is exact.
bool sameValue(const QVariant &stored, const QVariant &given)
{
    if (stored.isNull() || given.isNull())
        return stored.isNull() == given.isNull();
    return stored.toString() == given.toString();
}

} // namespace

RowOutcome upsertKeyed(const SinkContext &context, sql::QueryCache &queries, const char *table,
    const QList<ColumnValue> &key, const QList<ColumnValue> &fields, QStringList *changedFields)
{
    const QString tableName = QLatin1String(table);
    QList<QVariant> keyValues;
    for (const ColumnValue &k : key)
        keyValues.append(*k.value);
    QList<ColumnValue> given;
    for (const ColumnValue &f : fields)
        if (f.value)
            given.append(f);

    const QString where = columnList(key, QStringLiteral(" AND "), QStringLiteral(" = ?"));
    QSqlQuery &existing = queries.run(
        QStringLiteral("SELECT id, %1 FROM %2 WHERE %3")
            .arg(given.isEmpty() ? QStringLiteral("1") : columnList(given, QStringLiteral(", "), {}),
                tableName, where),
        keyValues);
    if (!existing.next()) {
        QList<ColumnValue> all = key + given;
        QList<QVariant> values;
        for (const ColumnValue &v : std::as_const(all))
            values.append(*v.value);
        values.append(context.stamp);
        QSqlQuery &insert = queries.run(QStringLiteral("INSERT INTO %1 (%2, updated_at) VALUES (%3?)")
                                            .arg(tableName, columnList(all, QStringLiteral(", "), {}),
                                                QStringLiteral("?, ").repeated(all.size())),
            values);
        context.changes.inserted(tableName, insert.lastInsertId().toLongLong());
        return RowOutcome::Inserted;
    }

    const qint64 id = existing.value(0).toLongLong();
    QList<QVariant> stored;
    for (qsizetype i = 0; i < given.size(); ++i)
        stored.append(existing.value(int(i) + 1));
    QList<ColumnValue> changed;
    for (qsizetype i = 0; i < given.size(); ++i) {
        if (sameValue(stored[i], *given[i].value))
            continue;
        changed.append(given[i]);
        const FieldSpec *field = ImportKinds::field(context.kind, QString::fromLatin1(given[i].fieldKey));
        const QString label = field ? ImportKinds::fieldLabel(*field) : QLatin1String(given[i].column);
        if (!changedFields->contains(label))
            changedFields->append(label);
    }
    if (changed.isEmpty())
        return RowOutcome::Unchanged;
    context.changes.before(tableName, id);
    QList<QVariant> values;
    for (const ColumnValue &v : std::as_const(changed))
        values.append(*v.value);
    values << context.stamp << id;
    queries.run(QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE id = ?")
                    .arg(tableName, columnList(changed, QStringLiteral(", "), QStringLiteral(" = ?"))),
        values);
    return RowOutcome::Updated;
}

} // namespace cs
