// The dashboard's figures as the command line gives them: JSON for programs (money
// as fen integers and yuan strings, ratios as exact num/den with a display
// percentage) and a plain-text page for people.
#pragma once

#include "dashboard/DashboardFigures.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cs {

class DashboardListing {
    Q_DECLARE_TR_FUNCTIONS(cs::DashboardListing)

public:
    // Keys are fixed English snake_case; "title", "label" and "sentence" values are
    // in the interface language. A ratio is {"num", "den", "percent": "93.40"}
    // (percent rounded down to two decimals) or null; money is {"fen", "yuan": "1234.50"}.
    static QByteArray json(const DashboardFigures &figures);
    // The tiles, then the chart data as small tables.
    static QByteArray text(const DashboardFigures &figures);
};

} // namespace cs
