#include "storage/Statement.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace cs {

sqlite3 *nativeHandle(QSqlDatabase &db)
{
    // Debian's QSQLITE plugin links the system libsqlite3, the same one we link,
    // so the handle it hands out is usable with the C API.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void configureSqliteLibrary()
{
    // Memory statistics put a global mutex around every allocation SQLite makes,
    // and nothing here reads them: a million-line import spent a tenth of its
    // writing thread there.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

Statement::Statement(QSqlDatabase &db, const char *sql)
    : m_db(nativeHandle(db))
{
    if (!m_db)
        throw StorageError(
            QCoreApplication::translate("cs::Storage", "the database driver gives no SQLite handle"));
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, QStringView text)
{
    // UTF-16 as QString holds it: SQLite converts while copying, with no
    // intermediate QByteArray per value.
    sqlite3_bind_text16(
        m_statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8InPlace(int index, const char *text, int length)
{
    sqlite3_bind_text(m_statement, index, text, length, SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(rc);
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 Statement::columnInt(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

QString Statement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index));
}

bool Statement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

void Statement::fail(int code) const
{
    const QString detail = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
    throw StorageError(sql::failureMessage(m_db ? sqlite3_extended_errcode(m_db) : code, detail));
}

} // namespace cs
