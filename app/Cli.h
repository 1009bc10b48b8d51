// The command-line interface: the same core jobs the window runs, unattended.
// Exit codes are shared by every command (see ExitCode).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace cs {

enum ExitCode {
    ExitOk = 0,
    ExitRejected = 1, // input refused; nothing was written
    ExitUsage = 2, // the command line itself is wrong
    ExitNotAWorkbook = 3, // the file cannot be opened as a workbook
};

class Cli {
    Q_DECLARE_TR_FUNCTIONS(cs::Cli)

public:
    // True when the arguments ask for a command (or --help/--version) rather than the window.
    static bool wantsCommandLine(int argc, char **argv);
    // The command the arguments name ("scorecards"), skipping options and the
    // value of --lang; null when there is none.
    static const char *commandWord(int argc, char **argv);
    static int run(const QStringList &arguments);
};

} // namespace cs
