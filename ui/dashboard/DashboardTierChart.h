// The active partners by tier, Diamond at the top, each bar in its tier's colour
// with the count and share in its label. A bar is its partners.
#pragma once

#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardFigures.h"

class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace cs {

class DashboardTierChart : public DashboardChartView {
    Q_OBJECT

public:
    explicit DashboardTierChart(QWidget *parent = nullptr);
    // Also the printed chart's title.
    static QString title();

    void setFigures(const DashboardFigures &figures);
    const QList<PartnerGroup> &groups() const { return m_groups; }
    // What clicking the bar of group `index` (in groups() order) does.
    void activateGroup(int index);

    // "Gold · 312 (15.6 %)": the category label, also on paper.
    static QString groupLabel(const PartnerGroup &group, int total);

protected:
    void applyStyle() override;

private:
    QList<PartnerGroup> m_groups;
    QDate m_asOf;
    int m_total = 0;
    QHorizontalStackedBarSeries *m_series;
    QBarCategoryAxis *m_yAxis;
    QValueAxis *m_xAxis;
};

} // namespace cs
