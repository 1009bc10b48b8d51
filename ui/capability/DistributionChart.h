// A histogram of the partners' latest scores in one capability dimension, one bar per
// whole point, with the benchmark and the channel average marked. A bar is a filter.
#pragma once

#include "capability/CapabilityFilterModel.h"
#include "capability/CapabilityModel.h"

#include <QChartView>

#include <array>
#include <optional>

class QAreaSeries;
class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace cs {

class DistributionChart : public QChartView {
    Q_OBJECT

public:
    explicit DistributionChart(Dimension dimension, QWidget *parent = nullptr);

    // "4.0–4.9"; the last band is "9.0–10.0".
    static QString bandLabel(int band);

    Dimension dimension() const { return m_dimension; }
    void setOverview(const CapabilityOverview &overview);
    // Highlights one bar (the active filter) and dims the rest; none shows them all alike.
    void setSelectedBand(std::optional<int> band);
    std::optional<int> selectedBand() const { return m_selected; }

    int count(int band) const { return m_counts.at(band); }
    int assessedCount() const; // the sum of every bar

signals:
    void bandClicked(cs::Dimension dimension, int band);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void applyFonts();
    void showBarTip(bool entered, int band);
    void placeMarker(QLineSeries *marker, const std::optional<Ratio> &tenths, int top);

    Dimension m_dimension;
    QChart *m_chart;
    QBarSeries *m_series;
    QBarSet *m_set;
    QAreaSeries *m_weakZone;
    QLineSeries *m_weakEdge; // the zone's upper edge
    QLineSeries *m_benchmark;
    QLineSeries *m_average;
    QCategoryAxis *m_xAxis;
    QValueAxis *m_yAxis;
    std::array<int, CapabilityFilterModel::bandCount> m_counts {};
    std::optional<int> m_selected;
};

} // namespace cs
