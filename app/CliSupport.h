// What every command shares: the output streams, the common options, and the
// checks that turn a wrong command line into a usage message and exit code.
#pragma once

#include "Cli.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace cs {

class Workbook;

namespace cli {

QTextStream &out();
QTextStream &err();

QCommandLineOption dbOption();
QCommandLineOption formatOption();

// Prints the message with a pointer to --help; returns ExitUsage.
int usage(const QString &message);
// Bytes to standard output; a full disk or closed pipe is an error, not a silent success.
int writeOutput(const QByteArray &bytes);
// ExitOk when the option has a value, else the usage message's exit code.
int requireOption(QCommandLineParser &parser, const QString &name);
// ExitOk for csv or json, else a usage message.
int checkFormat(QCommandLineParser &parser);
bool wantsJson(QCommandLineParser &parser);
// Opens --db (required) for reading or, with `writable`, for writing; on failure
// prints why, sets *exitCode and returns null.
std::unique_ptr<Workbook> openDb(QCommandLineParser &parser, bool writable, int *exitCode);

} // namespace cli

} // namespace cs
