// Joins sentences as the language writes them: English puts a space after a
// full stop, Chinese (。) does not.
#pragma once

#include <QStringList>

namespace cs {

inline QString joinSentences(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences) {
        if (!text.isEmpty() && text.back().unicode() < 0x3000)
            text += QLatin1Char(' ');
        text += sentence;
    }
    return text;
}

} // namespace cs
