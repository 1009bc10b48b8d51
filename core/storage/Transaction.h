// Scope guard for a workbook transaction: rolls back unless commit() was called,
// so an exception or early return can never leave half a change in the file.
#pragma once

#include <QSqlDatabase>

namespace cs {

class Transaction {
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Throws StorageError when SQLite refuses the commit (disk full, I/O error).
    void commit();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace cs
