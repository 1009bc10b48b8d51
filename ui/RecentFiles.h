// The workbooks opened lately, newest first, kept in the user's settings.
#pragma once

#include <QStringList>

namespace cs {

class RecentFiles {
public:
    static constexpr int maximum = 8;

    static QStringList list(); // existing files only
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace cs
