// A tiny tmpfs file system for the tests of full and read-only disks. Mounting
// needs root (or CAP_SYS_ADMIN); where it is refused, `mounted` is false and `why`
// says so, and the test skips only the case that needs it, with a warning.
#pragma once

#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace cs::test {

class TinyDisk {
public:
    explicit TinyDisk(qint64 bytes)
    {
        const QByteArray where = QFile::encodeName(m_dir.path());
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        if (!m_dir.isValid() || ::mount("tmpfs", where.constData(), "tmpfs", 0, options.constData()) != 0) {
            why = QStringLiteral("tmpfs could not be mounted (%1)")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        mounted = true;
    }
    ~TinyDisk()
    {
        // Detached, so a file a failed test left open cannot keep it mounted.
        if (mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

    // Remounts it read-only: every write fails with EROFS.
    bool makeReadOnly()
    {
        return mounted
            && ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                   nullptr)
            == 0;
    }

    bool mounted = false;
    QString why;

private:
    QTemporaryDir m_dir;
};

} // namespace cs::test
