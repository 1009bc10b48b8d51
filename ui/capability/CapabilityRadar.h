// The radar of one partner's latest scores on the three capability dimensions,
// drawn against the benchmark and the channel average on the same 0–10 spokes.
#pragma once

#include "capability/CapabilityModel.h"

#include <QChartView>

#include <optional>

class QAbstractSeries;
class QLabel;
class QLineSeries;
class QPolarChart;

namespace cs {

class CapabilityRadar : public QChartView {
    Q_OBJECT

public:
    explicit CapabilityRadar(QWidget *parent = nullptr);

    // Draws the partner's latest scores, or a message when there are none. A missing
    // benchmark or average leaves its series out.
    void showScores(const QString &partnerLabel, const std::optional<PerDimension<int>> &latestTenths,
        const std::optional<ScoreAverages> &benchmark, const std::optional<ScoreAverages> &channelAverage);

    // The text shown instead of a chart; empty while a chart is shown.
    QString message() const;

    // The width at which the circle is still a fair size beside the spokes' labels,
    // which are as long as the interface language makes them.
    int comfortableWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static QLineSeries *polygon(const PerDimension<double> &scores);
    static QLineSeries *outline(const PerDimension<double> &scores, const QColor &colour, Qt::PenStyle style);
    void addSeries(QAbstractSeries *series, const QString &name);

    QPolarChart *m_chart;
    QLabel *m_message;
};

} // namespace cs
