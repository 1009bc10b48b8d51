// The workbook: one SQLite file holding everything a channel manager keeps.
// Opening checks the file without changing it; older files are backed up, then migrated.
// One writer at a time: a read-write open holds the workbook's lock until closed.
#pragma once

#include "storage/FileIdentity.h"
#include "storage/WorkbookError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cs {

class WorkbookLock;

class Workbook {
    Q_DECLARE_TR_FUNCTIONS(cs::Workbook)

public:
    // Marks a SQLite file as ours ("CSWB"), so another program's database is told apart.
    static constexpr qint32 applicationId = 0x43535742;
    static QString fileSuffix() { return QStringLiteral("cwb"); }

    // Opens an existing workbook. Refuses (and leaves the file byte-for-byte
    // unchanged) anything that is not a healthy workbook this version can read,
    // a workbook open for writing elsewhere, and one that can only be read.
    static std::unique_ptr<Workbook> open(const QString &path, WorkbookError *error);

    // Opens for reading only: never writes, never migrates the file (an older
    // file is read through an upgraded copy in memory). For listings and exports;
    // works beside a writer elsewhere (SQLite's WAL readers see its committed data).
    static std::unique_ptr<Workbook> openReadOnly(const QString &path, WorkbookError *error);

    // Creates an empty workbook at the current schema. It is built under a
    // temporary name and renamed into place, so a crash never leaves half a file.
    static std::unique_ptr<Workbook> create(const QString &path, WorkbookError *error, bool replace = false);

    // Checks a file the way open() does, without opening it for writing.
    static WorkbookError inspect(const QString &path, int *schemaVersion = nullptr);

    ~Workbook();
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase &database() { return m_db; }

    // Writes a consistent copy through SQLite's backup API (safe while open),
    // into a temporary file renamed into place.
    bool saveCopyAs(const QString &path, WorkbookError *error);

    // Set when open() migrated an older file: where the untouched original was copied.
    QString migrationBackupPath() const { return m_backupPath; }

    // Whether path() still names the file this connection writes. After the file was
    // deleted, moved or replaced while open, changes would go into a file nobody can
    // open again (Linux keeps writing into the unlinked file until it is closed).
    bool isFileInPlace() const;
    // Makes every later write fail (SQLite's query_only), for a file no longer in place.
    void refuseWrites();

    QString setting(const QString &key, const QString &fallback = {});
    void setSetting(const QString &key, const QString &value);

private:
    enum class ConnectMode { ReadWrite, Inspect };
    Workbook();
    static std::unique_ptr<Workbook> openLocked(
        const QString &path, std::unique_ptr<WorkbookLock> lock, WorkbookError *error);
    bool connect(const QString &path, ConnectMode mode, WorkbookError *error);
    void disconnect();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_backupPath;
    std::unique_ptr<WorkbookLock> m_lock;
    // The file as opened for writing; unknown for read-only and in-memory workbooks.
    FileIdentity m_identity;
};

} // namespace cs
