// The average latest capability scores (0–10) of each region's assessed active
// partners, the three dimensions side by side. A region's bars are its partners.
#pragma once

#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardFigures.h"

class QBarCategoryAxis;
class QBarSeries;
class QValueAxis;

namespace cs {

class DashboardRegionChart : public DashboardChartView {
    Q_OBJECT

public:
    explicit DashboardRegionChart(QWidget *parent = nullptr);
    // Also the printed chart's title.
    static QString title();

    void setFigures(const DashboardFigures &figures);
    const QList<RegionCapability> &regions() const { return m_regions; }
    // What clicking any bar of region `index` does.
    void activateRegion(int index);

protected:
    void applyStyle() override;

private:
    QString tipFor(int index) const;

    QList<RegionCapability> m_regions;
    QDate m_asOf;
    QBarSeries *m_series;
    QBarCategoryAxis *m_xAxis;
    QValueAxis *m_yAxis;
};

} // namespace cs
