// The scorecard commands: `kpis` lists a quarter's scorecards, one row per partner,
// scored with the workbook's KPI catalogue through ScorecardStore, as the window does.
#pragma once

#include <QCommandLineParser>

namespace cs {

int listKpis(QCommandLineParser &parser);
void addKpiOptions(QCommandLineParser &parser);
// `scorecards`: prints a quarter's scorecards to PDF; needs a QGuiApplication (main.cpp).
int printScorecards(QCommandLineParser &parser);
void addScorecardOptions(QCommandLineParser &parser);

} // namespace cs
