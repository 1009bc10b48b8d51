#include "storage/PolicyStore.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

namespace cs {

PolicyStore::PolicyStore(QSqlDatabase &db)
    : m_db(db)
{
}

QList<IncentivePolicy> PolicyStore::all() const
{
    QSqlQuery q = sql::run(m_db,
        QStringLiteral("SELECT id, effective_from, rules, note, created_at FROM policy_versions ORDER BY "
                       "effective_from, id"));
    QList<IncentivePolicy> versions;
    while (q.next()) {
        IncentivePolicy policy;
        policy.id = q.value(0).toLongLong();
        policy.effectiveFrom = Quarter::parse(q.value(1).toString()).value_or(Quarter());
        policy.note = q.value(3).toString();
        policy.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        QString error;
        if (!policyRulesFromJson(q.value(2).toString().toUtf8(), &policy, &error))
            throw StorageError(
                tr("Policy version %1 in the workbook is damaged: %2").arg(policy.id).arg(error));
        versions.append(std::move(policy));
    }
    return versions;
}

qint64 PolicyStore::insert(const IncentivePolicy &policy)
{
    return sql::run(m_db,
        QStringLiteral(
            "INSERT INTO policy_versions (effective_from, rules, note, created_at) VALUES (?, ?, ?, ?)"),
        { policy.effectiveFrom.toString(), QString::fromUtf8(policyRulesToJson(policy)),
            sql::notNull(policy.note), sql::storedTime(policy.createdAt) })
        .lastInsertId()
        .toLongLong();
}

bool PolicyStore::update(const IncentivePolicy &policy)
{
    return sql::run(m_db,
               QStringLiteral(
                   "UPDATE policy_versions SET effective_from = ?, rules = ?, note = ? WHERE id = ?"),
               { policy.effectiveFrom.toString(), QString::fromUtf8(policyRulesToJson(policy)),
                   sql::notNull(policy.note), policy.id })
               .numRowsAffected()
        == 1;
}

bool PolicyStore::settledAClosedQuarter(qint64 id) const
{
    return sql::scalar(
        m_db, QStringLiteral("SELECT 1 FROM closed_periods WHERE policy_id = ? LIMIT 1"), { id })
        .isValid();
}

} // namespace cs
