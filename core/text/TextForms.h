// Text as Chinese spreadsheets write it: full-width forms folded to ASCII, and
// a user's value quoted back in a message without swamping it.
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace cs {

// Full-width ASCII (Ａ１２，．) to its ASCII form; every other character unchanged.
inline QChar foldFullWidth(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0xFF01 && u <= 0xFF5E ? QChar(char16_t(u - 0xFEE0)) : c;
}

// The text as a message quotes it: trimmed, and cut to 40 characters with "…".
inline QString echoed(QStringView text)
{
    constexpr qsizetype limit = 40;
    const QStringView t = text.trimmed();
    return t.size() <= limit ? t.toString() : t.left(limit - 1).toString() + QChar(u'…');
}

} // namespace cs
