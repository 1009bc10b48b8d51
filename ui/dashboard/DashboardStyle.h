// How the dashboard looks on screen and on paper alike: the colour a tile's state
// takes, the tiers' and dimensions' colours, and the unit sales axes are drawn in.
#pragma once

#include "capability/Dimension.h"
#include "dashboard/DashboardFigures.h"
#include "dashboard/DashboardTiles.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace cs {

// A tile's verdict as a manager reads it at a glance.
enum class DashboardShade {
    Good, // met
    Warning, // met but close to the edge (budget ≥ 90 % used), or missed but past the seeds' baseline
    Bad, // missed
    Neutral, // no data, or a figure without a target
};

// Sales drawn on an axis: amount in yuan / divisor, with the unit in the axis title.
struct DashboardAmountScale {
    double divisor = 1;
    QString title;
};

class DashboardStyle {
    Q_DECLARE_TR_FUNCTIONS(cs::DashboardStyle)

public:
    static DashboardShade shadeOf(const DashboardTile &tile, const DashboardFigures &figures);
    static QColor colourOf(DashboardShade shade);
    // A pale wash of the shade, for the badge behind its word.
    static QColor paleOf(DashboardShade shade);
    // "On target", "Close", "Off target", "No data"; empty for a figure without a target.
    static QString wordOf(const DashboardTile &tile, DashboardShade shade);

    // A tier group's colour by its key ("diamond" …; "" for no tier).
    static QColor tierColour(const QString &key);
    static QColor dimensionColour(Dimension dimension);
    static QColor salesColour();
    static QColor targetColour();
    static QColor metColour(); // histogram buckets at or above 100 %
    static QColor missedColour(); // and below
    static QColor ink();
    static QColor muted();
    static QColor grid();

    // The unit for sales up to `largestFen`: 亿 / 万 in a Chinese UI, millions otherwise.
    static DashboardAmountScale amountScale(qint64 largestFen);
    // A round top for a value axis and its tick count (4–6 steps of 1, 2 or 5 × 10ⁿ).
    static std::pair<double, int> niceAxis(double largest);
};

} // namespace cs
