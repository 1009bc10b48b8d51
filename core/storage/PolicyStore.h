// Incentive policy versions as rows of the workbook: the rules as JSON, the
// version's effective quarter, note and stamp as columns of their own.
#pragma once

#include "incentive/Policy.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace cs {

class PolicyStore {
    Q_DECLARE_TR_FUNCTIONS(cs::PolicyStore)

public:
    explicit PolicyStore(QSqlDatabase &db);

    // Oldest first by effective quarter, then id. Throws StorageError on damaged rules.
    QList<IncentivePolicy> all() const;
    // Stores a new version with the given createdAt; returns its id.
    qint64 insert(const IncentivePolicy &policy);
    // Rewrites a version's rules, effective quarter and note; false when it is gone.
    bool update(const IncentivePolicy &policy);
    // Whether a closed quarter was settled with the version.
    bool settledAClosedQuarter(qint64 id) const;

private:
    QSqlDatabase &m_db;
};

} // namespace cs
