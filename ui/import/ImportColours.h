// The few colours the import screens share, so a problem looks the same in the
// report, the preview and the history.
#pragma once

#include <QColor>

namespace cs::ImportColours {

inline QColor errorRow()
{
    return QColor(0xfd, 0xe2, 0xe2);
} // a row that will be rejected
inline QColor errorCell()
{
    return QColor(0xf5, 0xb5, 0xb5);
} // the cell that is why
inline QColor noteRow()
{
    return QColor(0xff, 0xf5, 0xd6);
} // read, with a guess worth checking
inline QColor noteText()
{
    return QColor(0x6b, 0x6b, 0x6b);
}
inline QColor ignoredText()
{
    return QColor(0x9a, 0x9a, 0x9a);
} // a column that is not imported
inline QColor errorText()
{
    return QColor(0xb0, 0x1e, 0x1e);
}
inline QColor goodText()
{
    return QColor(0x1e, 0x7a, 0x34);
}

} // namespace cs::ImportColours
