#include "storage/FileIdentity.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace cs {

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity identity;
#ifdef Q_OS_UNIX
    struct stat info { };
    if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
        identity.device = quint64(info.st_dev);
        identity.inode = quint64(info.st_ino);
        identity.known = true;
    }
#else
    // Windows refuses to delete or move a file SQLite holds open: existing is enough.
    identity.known = QFile::exists(path);
#endif
    return identity;
}

} // namespace cs
