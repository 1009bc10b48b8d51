#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cs {

namespace {
const QString key = QStringLiteral("recentFiles");

QStringList stored()
{
    return QSettings().value(key).toStringList();
}

void store(const QStringList &files)
{
    QSettings().setValue(key, files);
}
} // namespace

QStringList RecentFiles::list()
{
    QStringList files;
    for (const QString &file : stored())
        if (QFileInfo::exists(file))
            files.append(file);
    return files;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = stored();
    files.removeAll(absolute);
    files.prepend(absolute);
    store(files.mid(0, maximum));
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = stored();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace cs
