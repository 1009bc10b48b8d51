#include "storage/SqliteBackup.h"

#include "storage/FilePlacement.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

namespace cs {

bool copyDatabase(QSqlDatabase &from, QSqlDatabase &to, QString *error)
{
    sqlite3 *source = nativeHandle(from);
    sqlite3 *target = nativeHandle(to);
    if (!source || !target) {
        *error = QCoreApplication::translate("cs::Storage", "the database driver gives no SQLite handle");
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(target));
        return false;
    }
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

bool backupDatabase(QSqlDatabase &db, const QString &destination, QString *error)
{
    sqlite3 *source = nativeHandle(db);
    if (!source) {
        *error = QCoreApplication::translate("cs::Storage", "the database driver gives no SQLite handle");
        return false;
    }

    const QString temporary =
        destination + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QByteArray temporaryPath = QFile::encodeName(temporary);
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(
        temporaryPath.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    if (rc != SQLITE_OK)
        *error = QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc));
    // Closing checkpoints the copy's own journal, so the renamed file stands alone.
    if (sqlite3_close(target) != SQLITE_OK && rc == SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(SQLITE_BUSY));
        rc = SQLITE_BUSY;
    }

    if (rc == SQLITE_OK && moveWorkbookIntoPlace(temporary, destination, error))
        return true;
    QFile::remove(temporary);
    removeJournalFiles(temporary);
    return false;
}

} // namespace cs
