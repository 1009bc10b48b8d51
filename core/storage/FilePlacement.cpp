#include "storage/FilePlacement.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cs {

void removeJournalFiles(const QString &path)
{
    for (const char *suffix : { "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

bool moveWorkbookIntoPlace(const QString &from, const QString &to, QString *error)
{
    removeJournalFiles(to);
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const int dir =
        ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

} // namespace cs
