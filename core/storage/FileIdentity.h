// Which file a path names right now (its device and inode), so a workbook deleted,
// moved or replaced while open is noticed before more changes go into it.
#pragma once

#include <QString>

namespace cs {

struct FileIdentity {
    quint64 device = 0;
    quint64 inode = 0;
    bool known = false; // false: no file at the path, or the system does not say

    static FileIdentity of(const QString &path);
    bool operator==(const FileIdentity &) const = default;
};

} // namespace cs
