// The `dashboard` command: a period's tile figures (and the charts' data) through
// DashboardStore, as the window's home view gets them; text for people, JSON for programs.
#pragma once

#include <QCommandLineParser>

namespace cs {

int showDashboard(QCommandLineParser &parser);
void addDashboardOptions(QCommandLineParser &parser);

} // namespace cs
