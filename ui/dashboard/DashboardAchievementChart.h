// How the judged partners spread over achievement (actual / target) in the period:
// one bar per bucket, the buckets at or above 100 % in green. A bar is its partners.
#pragma once

#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardFigures.h"

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace cs {

class DashboardAchievementChart : public DashboardChartView {
    Q_OBJECT

public:
    explicit DashboardAchievementChart(QWidget *parent = nullptr);
    // Also the printed chart's title.
    static QString title();

    void setFigures(const DashboardFigures &figures);
    const QList<AchievementBucket> &buckets() const { return m_buckets; }
    // What clicking bucket `index` does: emits partnersRequested with its codes.
    void activateBucket(int index);

protected:
    void applyStyle() override;

private:
    QList<AchievementBucket> m_buckets;
    DashboardPeriod m_period;
    QBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_xAxis;
    QValueAxis *m_yAxis;
};

} // namespace cs
