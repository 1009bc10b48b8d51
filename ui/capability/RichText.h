// The colours the capability panels write into rich text, and the one way they
// write it, so the score grid and the watch box read alike.
#pragma once

#include <QString>

namespace cs::RichText {

inline QString up()
{
    return QStringLiteral("#2e7d32");
}
inline QString down()
{
    return QStringLiteral("#c62828");
}
inline QString muted()
{
    return QStringLiteral("#777777");
}

// `text` escaped, in `colour`.
inline QString coloured(const QString &colour, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, text.toHtmlEscaped());
}

} // namespace cs::RichText
