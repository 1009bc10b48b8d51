#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cs {

QStringList supportedLanguages()
{
    return { QStringLiteral("zh_CN"), QStringLiteral("en") };
}

QString installTranslations(QCoreApplication &app, const QString &requested)
{
    QString language = requested;
    if (language.isEmpty())
        language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (language == QLatin1String("zh") || language == QLatin1String("zh-CN"))
        language = QStringLiteral("zh_CN");
    if (!supportedLanguages().contains(language))
        return {};

    // English is the source language; its file only carries plural forms.
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/channelstation_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    // Qt's own strings (dialog buttons, context menus), from the system's Qt translations.
    auto *qt = new QTranslator(&app);
    if (qt->load(
            QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    return language;
}

} // namespace cs
