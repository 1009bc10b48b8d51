// Test runner for code without widgets: a QCoreApplication so Qt's SQL driver
// plugins and translations work as they do in the program.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelStationTests"));
    return Catch::Session().run(argc, argv);
}
