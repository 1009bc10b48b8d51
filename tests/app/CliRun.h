// Runs the real channelstation binary as a user would from a shell, with no
// display and an English C.UTF-8 locale, for the CLI test files.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cs::test {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Fails the test when the program does not end normally within two minutes.
Run channelstation(const QStringList &arguments);

} // namespace cs::test
