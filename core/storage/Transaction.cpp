#include "storage/Transaction.h"

#include "storage/Sql.h"

namespace cs {

// Plain BEGIN/COMMIT statements rather than QSqlDatabase::transaction(): the
// statements report SQLite's own error text, and IMMEDIATE takes the write
// lock up front so a busy workbook fails before any work is done.
Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace cs
