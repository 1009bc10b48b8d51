#include "report/ExportFile.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace cs {

namespace {

// The causes a user can act on, in their words; anything else keeps the system's text.
QString reasonFor(int code, const QString &systemText)
{
    switch (code) {
    case ENOSPC:
    case EDQUOT:
        return ExportFile::tr("the disk is full");
    case EROFS:
        return ExportFile::tr("the disk is read-only");
    case EACCES:
    case EPERM:
        return ExportFile::tr("you may not write to that folder");
    case ENOENT:
    case ENOTDIR:
        return ExportFile::tr("the folder does not exist");
    case EISDIR:
        return ExportFile::tr("a folder has that name");
    case ENAMETOOLONG:
        return ExportFile::tr("the name is too long");
    default:
        return systemText.isEmpty() ? qt_error_string(code) : systemText;
    }
}

// QFile keeps only the system's message for an error; the error number is found
// again by comparing messages, so the user reads "the disk is full" in their language.
QString reasonFor(const QString &systemText)
{
    for (const int code : { ENOSPC, EDQUOT, EROFS, EACCES, EPERM, ENOENT, ENOTDIR, EISDIR, ENAMETOOLONG })
        if (systemText == qt_error_string(code))
            return reasonFor(code, systemText);
    return systemText.isEmpty() ? ExportFile::tr("the file could not be written") : systemText;
}

// After a short write: QFile reports a write that stopped partway (a disk filling up)
// as "Unknown error", but the system call's errno still says why.
QString reasonAfter(int code, const QString &systemText)
{
    return code != 0 ? reasonFor(code, qt_error_string(code)) : reasonFor(systemText);
}

// A temporary file is named "<target>.writing-" and eight hex digits.
const QLatin1String writingMarker(".writing-");
constexpr int writingIdLength = 8;

QString temporaryBeside(const QString &path)
{
    return path + writingMarker + QUuid::createUuid().toString(QUuid::Id128).left(writingIdLength);
}

// Temporary files of this destination that an export killed midway left behind
// (a crash, a power cut), removed once the next export of it is in place. Not
// one a writer still holds locked, nor a recent one: another export may have
// just made it and not yet locked it.
void removeLeftovers(const QString &target)
{
    const QFileInfo info(target);
    const QString prefix = info.fileName() + writingMarker;
    const QDateTime recent = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    QDirIterator entries(info.absolutePath(), QDir::Files | QDir::Hidden | QDir::System);
    while (entries.hasNext()) {
        const QFileInfo entry = entries.nextFileInfo();
        const QString name = entry.fileName();
        const QStringView suffix = QStringView(name).mid(prefix.size());
        if (!name.startsWith(prefix) || suffix.size() != writingIdLength
            || !std::all_of(suffix.begin(), suffix.end(),
                [](QChar c) { return c.unicode() < 128 && std::isxdigit(c.unicode()); })
            || entry.lastModified().toUTC() > recent)
            continue;
        const QByteArray path = QFile::encodeName(entry.filePath());
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(path.constData());
        ::close(fd);
    }
}

// A rename is durable only once the folder holding the new name is synced too.
void syncFolder(const QString &path)
{
    const int dir = ::open(
        QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

} // namespace

qint64 ExportFile::Device::writeData(const char *data, qint64 length)
{
    if (!failure.isEmpty())
        return -1;
    errno = 0;
    const qint64 written = QFile::writeData(data, length);
    if (written != length)
        failure = reasonAfter(errno, errorString());
    return written;
}

ExportFile::ExportFile(QString path)
    : m_path(std::move(path))
{
    // Exporting over a link replaces the file it points to and keeps the link.
    const QFileInfo info(m_path);
    m_target = info.isSymLink() && info.exists() ? info.canonicalFilePath() : m_path;
}

ExportFile::~ExportFile()
{
    if (!m_placed)
        discard();
}

bool ExportFile::open()
{
    const QFileInfo target(m_target);
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return failWith(tr("the folder “%1” does not exist").arg(QDir::toNativeSeparators(folder.path())));
    if (target.isDir())
        return failWith(tr("a folder has that name"));
    for (int attempt = 0; attempt < 3 && !m_file.isOpen(); ++attempt) {
        m_temporary = temporaryBeside(m_target);
        m_file.setFileName(m_temporary);
        // NewOnly: never truncate a file that happens to have the temporary name.
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && !QFileInfo::exists(m_temporary))
            break;
    }
    if (!m_file.isOpen()) {
        const QString reason = reasonFor(m_file.errorString());
        m_temporary.clear();
        return failWith(reason);
    }
    // Locked while it is written, so an export of the same file elsewhere does
    // not take it for a leftover (removeLeftovers).
    ::flock(m_file.handle(), LOCK_EX | LOCK_NB);
    // A replaced file keeps who may read it (a list kept private stays private).
    if (target.exists())
        m_file.setPermissions(QFile(m_target).permissions());
    return true;
}

bool ExportFile::write(const QByteArray &bytes)
{
    if (!m_reason.isEmpty() || !m_file.isOpen())
        return false;
    if (m_file.write(bytes) == bytes.size())
        return true;
    return failWith(m_file.failure.isEmpty() ? reasonFor(m_file.errorString()) : m_file.failure);
}

QString ExportFile::handOver()
{
    if (m_file.isOpen())
        m_file.close();
    m_handedOver = true;
    return m_temporary;
}

bool ExportFile::commit()
{
    if (!m_reason.isEmpty())
        return false;
    if (m_temporary.isEmpty())
        return failWith(tr("the file could not be started"));
    if (!m_handedOver) {
        if (!m_file.failure.isEmpty())
            return failWith(m_file.failure);
        errno = 0;
        if (!m_file.flush())
            return failWith(reasonAfter(errno, m_file.errorString()));
        if (::fsync(m_file.handle()) != 0)
            return failWith(reasonFor(errno, {}));
        m_file.close();
    } else {
        // Writers that open the file themselves close it without syncing; the rename
        // must not reach the disk before the data does.
        const int fd = ::open(QFile::encodeName(m_temporary).constData(), O_RDONLY | O_CLOEXEC);
        const int synced = fd >= 0 ? ::fsync(fd) : -1;
        const int code = errno;
        if (fd >= 0)
            ::close(fd);
        if (synced != 0)
            return failWith(reasonFor(code, {}));
    }
    if (std::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0)
        return failWith(reasonFor(errno, {}));
    m_placed = true;
    syncFolder(m_target);
    removeLeftovers(m_target);
    return true;
}

void ExportFile::discard()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_temporary.isEmpty() && !m_placed)
        QFile::remove(m_temporary);
}

void ExportFile::fail(const QString &reason)
{
    // A writer that stopped because its device failed knows less than the device.
    failWith(m_file.failure.isEmpty() ? reason : m_file.failure);
}

bool ExportFile::failWith(const QString &reason)
{
    if (m_reason.isEmpty())
        m_reason = reason;
    discard();
    return false;
}

QString ExportFile::error() const
{
    return m_reason.isEmpty() ? QString() : failure(m_path, m_reason);
}

QString ExportFile::systemReason(int code)
{
    return reasonFor(code, {});
}

QString ExportFile::failure(const QString &path, const QString &reason)
{
    return tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace cs
