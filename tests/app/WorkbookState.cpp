#include "WorkbookState.h"

#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QSet>
#include <QStringList>

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace cs::test {

namespace {

// Columns that hold the wall-clock time of the write itself, so two runs of the
// same command on two copies differ there and nowhere else. Each is reduced to
// "stamped or not" (col IS NULL) rather than dropped, so a row that lost its
// stamp still shows. The kill test proves the list is enough (two unkilled runs
// give equal states) and not too much (before and after differ).
const QSet<QString> &wallClockColumns()
{
    static const QSet<QString> columns {
        QStringLiteral("import_history.imported_at"), // set when the import starts, again when it commits
        QStringLiteral("import_profiles.saved_at"), // the column mapping, saved with every import
        QStringLiteral("results.updated_at"), // stamped on every inserted or updated result
        QStringLiteral("closed_periods.closed_at"), // when the quarter was closed
        QStringLiteral("audit_log.at"), // when the closing was audited
    };
    return columns;
}

class Query {
public:
    Query(sqlite3 *db, const QString &sql)
    {
        const QByteArray text = sql.toUtf8();
        const int rc = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr);
        INFO(sql.toStdString() << ": " << sqlite3_errmsg(db));
        REQUIRE(rc == SQLITE_OK);
    }
    ~Query() { sqlite3_finalize(m_statement); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    bool next()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) // not a REQUIRE per row: a million of them show
            FAIL(sqlite3_errstr(rc));
        return rc == SQLITE_ROW;
    }
    int columns() const { return sqlite3_column_count(m_statement); }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)));
    }

    // Every value with its type and length, so ("ab","c") never hashes like ("a","bc").
    void addRow(QCryptographicHash &hash) const
    {
        for (int c = 0; c < columns(); ++c) {
            const int type = sqlite3_column_type(m_statement, c);
            QByteArray value;
            if (type == SQLITE_INTEGER)
                value = QByteArray::number(sqlite3_column_int64(m_statement, c));
            else if (type == SQLITE_FLOAT)
                value = QByteArray::number(sqlite3_column_double(m_statement, c), 'g', 17);
            else if (type != SQLITE_NULL)
                value = QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, c)),
                    sqlite3_column_bytes(m_statement, c));
            hash.addData(QByteArray(QByteArray::number(type) + ':' + QByteArray::number(value.size()) + ':'));
            hash.addData(value);
        }
        hash.addData(QByteArrayView("\n"));
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QByteArray digest(sqlite3 *db, const QString &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Query query(db, sql);
    qint64 rows = 0;
    while (query.next()) {
        query.addRow(hash);
        ++rows;
    }
    return QByteArray::number(rows) + ' ' + hash.result().toHex().left(16);
}

sqlite3 *handleOf(QSqlDatabase &db)
{
    sqlite3 *handle = nativeHandle(db);
    REQUIRE(handle != nullptr);
    return handle;
}

} // namespace

WorkbookState readWorkbookState(QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    WorkbookState state;
    state.digests.insert(QStringLiteral("#schema"),
        digest(handle, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY 1, 2")));
    state.digests.insert(QStringLiteral("#pragmas"),
        digest(handle, QStringLiteral("SELECT * FROM pragma_user_version, pragma_application_id")));

    QStringList tables;
    for (Query list(handle, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"));
         list.next();)
        tables.append(list.text(0));
    for (const QString &table : tables) {
        QStringList columns;
        for (Query described(handle,
                 QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid")
                     .arg(QString(table).replace(u'\'', QStringLiteral("''"))));
             described.next();) {
            const QString column = described.text(0);
            columns.append(wallClockColumns().contains(table + u'.' + column)
                    ? QStringLiteral("(%1 IS NULL)").arg(quoted(column))
                    : quoted(column));
        }
        REQUIRE(!columns.isEmpty());
        QStringList order;
        for (int i = 1; i <= columns.size(); ++i)
            order.append(QString::number(i));
        // Ordered by every column: rows in a stable order whatever their insertion order.
        state.digests.insert(table,
            digest(handle,
                QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(columns.join(u", "), quoted(table), order.join(u", "))));
    }
    return state;
}

QString WorkbookState::compare(const WorkbookState &before, const WorkbookState &after) const
{
    QStringList lines;
    for (auto it = digests.cbegin(); it != digests.cend(); ++it) {
        const bool isBefore = before.digests.value(it.key()) == it.value();
        const bool isAfter = after.digests.value(it.key()) == it.value();
        if (isBefore && isAfter)
            continue; // the command does not change this table
        lines.append(
            QStringLiteral("%1: %2 (before %3, after %4, now %5)")
                .arg(it.key(),
                    isBefore      ? QStringLiteral("as before")
                        : isAfter ? QStringLiteral("as after")
                                  : QStringLiteral("NEITHER"),
                    QString::fromLatin1(before.digests.value(it.key())),
                    QString::fromLatin1(after.digests.value(it.key())), QString::fromLatin1(it.value())));
    }
    return lines.join(u'\n');
}

QString integrityCheck(QSqlDatabase &db)
{
    QStringList rows;
    for (Query check(handleOf(db), QStringLiteral("PRAGMA integrity_check")); check.next();)
        rows.append(check.text(0));
    return rows.join(u"; ");
}

} // namespace cs::test
