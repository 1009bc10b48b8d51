#include "storage/WorkbookLock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

namespace cs {

namespace {

// An empty or garbled lock file is one whose writer died between creating and
// filling it; a live writer fills it at once. Removing a lock file takes Qt's
// flock() on it, which a live holder keeps, so the wait only covers those moments.
constexpr qint64 unreadableLockAgeMs = 2'000;

bool onThisComputer(const QString &host)
{
    return host.isEmpty() || host == QSysInfo::machineHostName();
}

} // namespace

QString WorkbookLock::lockPath(const QString &workbookPath)
{
    // Canonical, so a link and its target share one lock, and a name not there yet
    // (a workbook being created) gets the lock its file will have.
    const QFileInfo info(workbookPath);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        canonical = folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
    }
    return canonical + QStringLiteral(".lock");
}

WorkbookLock::WorkbookLock(const QString &lockPath)
    : m_file(lockPath)
{
    // A workbook stays open for hours: only a dead holder makes a lock stale, never its age.
    m_file.setStaleLockTime(0);
}

WorkbookLock::~WorkbookLock()
{
    m_file.unlock();
}

bool WorkbookLock::tryTake()
{
    // QLockFile itself takes over a lock whose process has ended (or is a zombie, or
    // whose pid now runs another program), and never one whose holder is alive.
    if (m_file.tryLock(0))
        return true;
    if (m_file.error() != QLockFile::LockFailedError || m_file.getLockInfo(nullptr, nullptr, nullptr))
        return false;
    // No holder named at all: with a stale time of 0 Qt would keep such a file forever.
    const QDateTime written = QFileInfo(m_file.fileName()).lastModified();
    const bool stale =
        written.isValid() && written.msecsTo(QDateTime::currentDateTime()) > unreadableLockAgeMs;
    return stale && m_file.removeStaleLockFile() && m_file.tryLock(0);
}

std::unique_ptr<WorkbookLock> WorkbookLock::acquire(const QString &workbookPath, WorkbookError *error)
{
    std::unique_ptr<WorkbookLock> lock(new WorkbookLock(lockPath(workbookPath)));
    if (lock->tryTake())
        return lock;

    const QString path = QDir::toNativeSeparators(workbookPath);
    if (lock->m_file.error() != QLockFile::LockFailedError) {
        *error = { WorkbookError::Kind::ReadOnly, readOnlyMessage(workbookPath) };
        return nullptr;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    QString message;
    if (!lock->m_file.getLockInfo(&pid, &host, &app))
        message = tr("“%1” is already open in another Channel Station. Close it there first; nothing was "
                     "changed.")
                      .arg(path);
    else if (!onThisComputer(host))
        message = tr("“%1” is already open in Channel Station on the computer “%2”. Close it there first; "
                     "nothing was changed.")
                      .arg(path, host);
    else if (pid == QCoreApplication::applicationPid())
        message = tr("“%1” is already open in this Channel Station. Close it there first; nothing was "
                     "changed.")
                      .arg(path);
    else
        message = tr("“%1” is already open in Channel Station (process %2 on this computer). Close it there "
                     "first; nothing was changed.")
                      .arg(path)
                      .arg(pid);
    *error = { WorkbookError::Kind::Locked, message };
    return nullptr;
}

QString WorkbookLock::readOnlyMessage(const QString &workbookPath)
{
    return tr("“%1” is on a read-only disk or in a folder that cannot be written to, so it cannot be opened "
              "for changes. Copy it to a folder you can write to (such as Documents) and open the copy; "
              "nothing was changed.")
        .arg(QDir::toNativeSeparators(workbookPath));
}

} // namespace cs
