#include "storage/Workbook.h"

#include "storage/FilePlacement.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/SqliteBackup.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/WorkbookHeader.h"
#include "storage/WorkbookLock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <sqlite3.h>

namespace cs {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("cs-workbook-%1").arg(++counter);
}

WorkbookError fault(WorkbookError::Kind kind, QString message)
{
    return WorkbookError { kind, std::move(message) };
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

WorkbookError newerVersion(const QString &path, qint64 version)
{
    return fault(WorkbookError::Kind::NewerVersion,
        Workbook::tr("“%1” was saved by a newer Channel Station (workbook version %2; this one reads up "
                     "to %3). Update Channel Station to open it; the file was not changed.")
            .arg(nativePath(path))
            .arg(version)
            .arg(currentSchemaVersion()));
}

QString migrationBackupName(const QString &path, int version)
{
    const QFileInfo info(path);
    return info.dir().filePath(
        QStringLiteral("%1.v%2-backup-%3.%4")
            .arg(info.completeBaseName())
            .arg(version)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                Workbook::fileSuffix()));
}

} // namespace

WorkbookError Workbook::inspect(const QString &path, int *schemaVersion)
{
    quint32 headerVersion = 0;
    if (WorkbookError error = inspectWorkbookHeader(path, &headerVersion))
        return error;
    if (headerVersion > quint32(currentSchemaVersion()))
        return newerVersion(path, headerVersion);

    // SQLite, read-only, for what the header cannot show: pages committed in a
    // journal, and damage inside the file.
    Workbook probe;
    WorkbookError error;
    if (!probe.connect(path, ConnectMode::Inspect, &error))
        return error;
    try {
        const qint64 version = sql::scalar(probe.m_db, QStringLiteral("PRAGMA user_version")).toLongLong();
        if (version > currentSchemaVersion() || version < 0)
            return newerVersion(path, quint32(version));
        const QString check = sql::scalar(probe.m_db, QStringLiteral("PRAGMA quick_check(1)")).toString();
        if (check != QStringLiteral("ok"))
            return fault(WorkbookError::Kind::Corrupt,
                tr("“%1” is damaged (%2). Open a backup copy instead.").arg(nativePath(path), check));
        if (schemaVersion)
            *schemaVersion = int(version);
    } catch (const StorageError &e) {
        return fault(WorkbookError::Kind::Corrupt,
            tr("“%1” is damaged and cannot be read: %2").arg(nativePath(path), e.message()));
    }
    return {};
}

std::unique_ptr<Workbook> Workbook::open(const QString &path, WorkbookError *error)
{
    if (!QFileInfo(path).isFile()) {
        if (!(*error = inspect(path)))
            *error = fault(WorkbookError::Kind::NotAWorkbook,
                tr("“%1” is not a Channel Station workbook (a workbook is a .cwb file). "
                   "Spreadsheets and CSV files cannot be opened as workbooks.")
                    .arg(nativePath(path)));
        return nullptr;
    }
    // The lock first: no other writer may start (or migrate) between the checks and the connection.
    std::unique_ptr<WorkbookLock> lock = WorkbookLock::acquire(path, error);
    if (!lock) {
        // A folder that refuses the lock file: what is wrong with the file itself comes first.
        if (error->kind == WorkbookError::Kind::ReadOnly)
            if (WorkbookError problem = inspect(path))
                *error = problem;
        return nullptr;
    }
    return openLocked(path, std::move(lock), error);
}

std::unique_ptr<Workbook> Workbook::openLocked(
    const QString &path, std::unique_ptr<WorkbookLock> lock, WorkbookError *error)
{
    int version = 0;
    if ((*error = inspect(path, &version)))
        return nullptr;

    std::unique_ptr<Workbook> workbook(new Workbook);
    workbook->m_lock = std::move(lock);
    if (!workbook->connect(path, ConnectMode::ReadWrite, error))
        return nullptr;
    try {
        if (version < currentSchemaVersion()) {
            // Keep the untouched original: a migration is the one write the user did not ask for.
            const QString backup = migrationBackupName(path, version);
            QString reason;
            if (!backupDatabase(workbook->m_db, backup, &reason)) {
                *error = fault(WorkbookError::Kind::Io,
                    tr("“%1” needs upgrading, but its backup copy could not be written (%2). The file "
                       "was not changed.")
                        .arg(nativePath(path), reason));
                return nullptr;
            }
            workbook->m_backupPath = backup;
        }
        sql::exec(workbook->m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        migrate(workbook->m_db, version, currentSchemaVersion());
    } catch (const StorageError &e) {
        *error = fault(WorkbookError::Kind::Io,
            tr("“%1” could not be upgraded: %2\nThe original is kept in “%3”.")
                .arg(nativePath(path), e.message(), nativePath(workbook->m_backupPath)));
        return nullptr;
    }
    return workbook;
}

std::unique_ptr<Workbook> Workbook::openReadOnly(const QString &path, WorkbookError *error)
{
    int version = 0;
    if ((*error = inspect(path, &version)))
        return nullptr;
    std::unique_ptr<Workbook> workbook(new Workbook);
    if (!workbook->connect(path, ConnectMode::Inspect, error))
        return nullptr;
    if (version == currentSchemaVersion())
        return workbook;

    // An older file is read through an upgraded copy in memory: reading must not
    // change the file, and the code only knows the current schema.
    std::unique_ptr<Workbook> upgraded(new Workbook);
    upgraded->m_path = workbook->m_path;
    upgraded->m_connectionName = nextConnectionName();
    upgraded->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), upgraded->m_connectionName);
    upgraded->m_db.setDatabaseName(QStringLiteral(":memory:"));
    QString reason;
    try {
        if (!upgraded->m_db.open() || !copyDatabase(workbook->m_db, upgraded->m_db, &reason))
            throw StorageError(reason.isEmpty() ? upgraded->m_db.lastError().text() : reason);
        migrate(upgraded->m_db, version, currentSchemaVersion());
        sql::exec(upgraded->m_db, QStringLiteral("PRAGMA query_only = 1"));
    } catch (const StorageError &e) {
        *error = fault(
            WorkbookError::Kind::Io, tr("“%1” could not be read: %2").arg(nativePath(path), e.message()));
        return nullptr;
    }
    return upgraded;
}

std::unique_ptr<Workbook> Workbook::create(const QString &path, WorkbookError *error, bool replace)
{
    const QFileInfo info(path);
    if (info.exists() && !replace) {
        *error = fault(WorkbookError::Kind::AlreadyExists,
            tr("“%1” already exists; choose another name.").arg(nativePath(path)));
        return nullptr;
    }
    if (!info.dir().exists()) {
        *error = fault(
            WorkbookError::Kind::Io, tr("The folder “%1” does not exist.").arg(nativePath(info.path())));
        return nullptr;
    }
    // Held from the start: replacing a workbook open elsewhere would pull it from under
    // that window, and no one may open the new file between its rename and our open.
    std::unique_ptr<WorkbookLock> lock = WorkbookLock::acquire(path, error);
    if (!lock) {
        if (error->kind == WorkbookError::Kind::ReadOnly)
            error->message = tr("“%1” could not be created: the folder “%2” cannot be written to.")
                                 .arg(nativePath(path), nativePath(info.path()));
        return nullptr;
    }

    const QString temporary =
        path + QStringLiteral(".creating-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    {
        Workbook fresh;
        if (!fresh.connect(temporary, ConnectMode::ReadWrite, error))
            return nullptr;
        try {
            sql::exec(fresh.m_db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
            sql::exec(fresh.m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
            migrate(fresh.m_db, 0, currentSchemaVersion());
            fresh.setSetting(
                QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            fresh.setSetting(QStringLiteral("created_by"), QStringLiteral("Channel Station " CS_VERSION));
        } catch (const StorageError &e) {
            fresh.disconnect();
            QFile::remove(temporary);
            *error = fault(WorkbookError::Kind::Io,
                tr("“%1” could not be created: %2").arg(nativePath(path), e.message()));
            return nullptr;
        }
    } // closing checkpoints the journal into the file, so the rename moves a whole workbook

    QString reason;
    if (!moveWorkbookIntoPlace(temporary, path, &reason)) {
        QFile::remove(temporary);
        *error =
            fault(WorkbookError::Kind::Io, tr("“%1” could not be created: %2").arg(nativePath(path), reason));
        return nullptr;
    }
    return openLocked(path, std::move(lock), error);
}

Workbook::Workbook() = default;

Workbook::~Workbook()
{
    disconnect();
}

bool Workbook::connect(const QString &path, ConnectMode mode, WorkbookError *error)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    const bool readOnly = mode == ConnectMode::Inspect;
    if (readOnly && !QFileInfo::exists(m_path + QStringLiteral("-wal"))) {
        // Without a journal the file alone is the whole truth: "immutable" reads it
        // without creating the -wal/-shm files a read-only WAL reader otherwise leaves.
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else if (readOnly) {
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!m_db.open()) {
        *error = fault(WorkbookError::Kind::Io,
            tr("“%1” cannot be opened: %2").arg(nativePath(path), m_db.lastError().text()));
        disconnect();
        return false;
    }
    if (readOnly)
        return true;
    // SQLite quietly opens a read-only file (or one on a read-only disk) for reading
    // only; every change would then fail with words about "a readonly database".
    sqlite3 *handle = nativeHandle(m_db);
    if (handle && sqlite3_db_readonly(handle, "main") == 1) {
        *error = fault(WorkbookError::Kind::ReadOnly, WorkbookLock::readOnlyMessage(path));
        disconnect();
        return false;
    }
    m_identity = FileIdentity::of(m_path);
    try {
        sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
        // FULL: a change the user saw committed survives a power cut, not only a crash.
        sql::exec(m_db, QStringLiteral("PRAGMA synchronous = FULL"));
    } catch (const StorageError &e) {
        *error = fault(WorkbookError::Kind::Io, e.message());
        disconnect();
        return false;
    }
    return true;
}

void Workbook::disconnect()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Workbook::saveCopyAs(const QString &path, WorkbookError *error)
{
    // Once the file was deleted or moved, its old name is a fine place for the copy.
    const QString target = QFileInfo(path).canonicalFilePath();
    if (!target.isEmpty() && target == QFileInfo(m_path).canonicalFilePath() && isFileInPlace()) {
        *error = fault(WorkbookError::Kind::AlreadyExists,
            tr("“%1” is this workbook itself; choose another name for the copy.").arg(nativePath(path)));
        return false;
    }
    // A copy written over a workbook open elsewhere would pull it from under that window.
    // (A missing folder is left to the copy itself to report.)
    std::unique_ptr<WorkbookLock> targetLock;
    const bool ownName = m_lock && WorkbookLock::lockPath(path) == m_lock->fileName();
    if (!ownName && QFileInfo(path).dir().exists()) {
        targetLock = WorkbookLock::acquire(path, error);
        if (!targetLock) {
            if (error->kind == WorkbookError::Kind::ReadOnly)
                *error = fault(WorkbookError::Kind::Io,
                    tr("“%1” could not be written: the folder “%2” cannot be written to.")
                        .arg(nativePath(path), nativePath(QFileInfo(path).path())));
            return false;
        }
    }
    QString reason;
    if (backupDatabase(m_db, path, &reason))
        return true;
    *error =
        fault(WorkbookError::Kind::Io, tr("“%1” could not be written: %2").arg(nativePath(path), reason));
    return false;
}

bool Workbook::isFileInPlace() const
{
    return !m_identity.known || FileIdentity::of(m_path) == m_identity;
}

void Workbook::refuseWrites()
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 1"));
}

QString Workbook::setting(const QString &key, const QString &fallback)
{
    const QVariant value =
        sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
    return value.isValid() ? value.toString() : fallback;
}

void Workbook::setSetting(const QString &key, const QString &value)
{
    sql::run(m_db,
        QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        { key, value });
}

} // namespace cs
