// The incentive commands: `rebates` lists what a quarter or year settles to and
// `close` freezes a quarter's statements. Both go through IncentiveBook, as the window does.
#pragma once

#include <QCommandLineParser>

namespace cs {

int listRebates(QCommandLineParser &parser);
void addRebateOptions(QCommandLineParser &parser);
int closeQuarter(QCommandLineParser &parser);
void addCloseOptions(QCommandLineParser &parser);

} // namespace cs
