// Channel Station: the window when given nothing or a workbook, a command-line
// job when given a command. Both run the same core functions.
#include "Cli.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "storage/Statement.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdlib>
#include <cstring>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelStation"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelStation"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CS_VERSION));
}

// The commands that paint pages; the others stay on QCoreApplication so they start
// fast and never look for a platform plugin.
bool needsGui(int argc, char **argv)
{
    const char *command = cs::Cli::commandWord(argc, argv);
    return command && !std::strcmp(command, "scorecards");
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Channel Station"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/channelstation.svg")));

    // Cli::wantsCommandLine let only "[--lang X] [WORKBOOK]" through to here.
    QCommandLineParser parser;
    const QCommandLineOption lang(
        QStringLiteral("lang"), cs::Cli::tr("Interface language: zh_CN or en."), cs::Cli::tr("LANG"));
    parser.addOption(lang);
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << cs::Cli::tr("channelstation: %1").arg(parser.errorText()) << Qt::endl;
        return cs::ExitUsage;
    }
    if (cs::installTranslations(app, parser.value(lang)).isEmpty()) {
        QTextStream(stderr)
            << cs::Cli::tr("channelstation: unknown language “%1”; use zh_CN or en.").arg(parser.value(lang))
            << Qt::endl;
        return cs::ExitUsage;
    }

    cs::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openWorkbook(parser.positionalArguments().front());
    else
        window.reopenLastWorkbook();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    cs::configureSqliteLibrary();
    if (cs::Cli::wantsCommandLine(argc, argv)) {
        if (needsGui(argc, argv)) {
            // Printing needs fonts and a paint engine, not a screen: offscreen unless told otherwise.
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            setApplicationNames();
            return cs::Cli::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        setApplicationNames();
        return cs::Cli::run(app.arguments());
    }
    if (!hasDisplay()) {
        // Qt would abort with a platform-plugin error; say what to do instead.
        QCoreApplication app(argc, argv);
        cs::installTranslations(app, {});
        QTextStream(stderr) << cs::Cli::tr(
            "channelstation: there is no display to open the window on (DISPLAY is "
            "not set).\nRun it from a desktop session, or under a virtual display:\n"
            "    xvfb-run -a channelstation [WORKBOOK]\n"
            "Commands such as “channelstation partners --db FILE” need no display; "
            "see “channelstation --help”.")
                            << Qt::endl;
        return cs::ExitUsage;
    }
    return runWindow(argc, argv);
}
