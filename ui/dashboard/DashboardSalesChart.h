// Channel sales against target over the eight quarters up to the period: actual
// sales as bars (the period's own quarters in full colour), the target as a line.
// Clicking a quarter's bar asks for that quarter as the period.
#pragma once

#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardFigures.h"

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace cs {

class DashboardSalesChart : public DashboardChartView {
    Q_OBJECT

public:
    explicit DashboardSalesChart(QWidget *parent = nullptr);
    // Also the printed chart's title.
    static QString title();

    void setFigures(const DashboardFigures &figures);
    const QList<QuarterSales> &trend() const { return m_trend; }

signals:
    void quarterClicked(cs::Quarter quarter);

protected:
    void applyStyle() override;

private:
    QString tipFor(int index) const;

    QList<QuarterSales> m_trend;
    DashboardPeriod m_period;
    QBarSeries *m_bars;
    QBarSet *m_actual;
    QBarCategoryAxis *m_xAxis;
    QValueAxis *m_yAxis;
};

} // namespace cs
