// The dashboard's four charts as they print: vector paths and real text in page
// units (points), drawn with the report vocabulary (ReportPaint) like the scorecards'.
#pragma once

#include "dashboard/DashboardFigures.h"

#include <QCoreApplication>
#include <QPainter>
#include <QRectF>

namespace cs {

class DashboardPrintCharts {
    Q_DECLARE_TR_FUNCTIONS(cs::DashboardPrintCharts)

public:
    // Each paints its title over a rule at rect's top and the chart below it.
    static void sales(QPainter &painter, const QRectF &rect, const DashboardFigures &figures);
    static void achievement(QPainter &painter, const QRectF &rect, const DashboardFigures &figures);
    static void tiers(QPainter &painter, const QRectF &rect, const DashboardFigures &figures);
    static void regions(QPainter &painter, const QRectF &rect, const DashboardFigures &figures);
};

} // namespace cs
