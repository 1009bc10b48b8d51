// Test runner for widgets. Without a display a QApplication aborts, and Catch2
// would register no test at all: default to the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// Every test case starts from no saved settings, as CTest (a process per case)
// runs it; run in one process, a view's state saved by one case (a tab, a column
// width) would otherwise greet the next.
struct FreshSettings : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &) override { QSettings().clear(); }
};

} // namespace

CATCH_REGISTER_LISTENER(FreshSettings)

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings (recent files, geometry) go to a throwaway place, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // Each test process its own settings: CTest runs several at once, and one view
    // saving its state while another test reads it made results depend on timing.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelStationTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ui"));
    return Catch::Session().run(argc, argv);
}
