// Chooses the interface language (Simplified Chinese or English) and installs
// the translators for it, for the window and the command line alike.
#pragma once

#include <QString>

class QCoreApplication;

namespace cs {

// `requested` is "zh_CN", "en" or empty for the system locale (Chinese on a zh
// locale, English otherwise). Returns the language installed, or an empty string
// when `requested` names a language we do not ship.
QString installTranslations(QCoreApplication &app, const QString &requested);

QStringList supportedLanguages();

} // namespace cs
