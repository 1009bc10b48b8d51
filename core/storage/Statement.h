// A prepared SQLite statement used straight through SQLite's C API, for the
// paths that write a million rows (the ledger import), where QSqlQuery's
// QVariant round trip per value would cost more than SQLite itself.
#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace cs {

// The connection under a QSQLITE database, or nullptr when the driver gives none.
sqlite3 *nativeHandle(QSqlDatabase &db);

// Settings SQLite takes only before its first connection; a program calls this
// first thing in main(). Later calls, or none, leave SQLite's defaults.
void configureSqliteLibrary();

class Statement {
public:
    // Throws StorageError when the statement cannot be prepared.
    Statement(QSqlDatabase &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameters count from 1, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, QStringView text); // copied by SQLite
    // UTF-8 text SQLite reads in place, without copying: it must stay unchanged
    // until the statement is stepped and reset, and be rebound before the next step.
    Statement &bindUtf8InPlace(int index, const char *text, int length);
    Statement &bindNull(int index);

    // Runs the statement; true while it yields a row. Throws StorageError on failure.
    bool step();
    void reset(); // ready to bind and step again; bindings are kept until rebound

    qint64 columnInt(int index) const; // columns count from 0
    QString columnText(int index) const;
    bool columnIsNull(int index) const;

    int changes() const; // rows the last step inserted, updated or deleted

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace cs
