// The what-if pane's curve: a partner's total incentive against sales, sampled
// from the engine, with the figure being looked at marked on it.
#pragma once

#include "money/Money.h"

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace cs {

class WhatIfChart : public QChartView {
    Q_OBJECT

public:
    explicit WhatIfChart(QWidget *parent = nullptr);

    // (sales, total) pairs in increasing sales; the target draws a guide line.
    void setCurve(const QList<std::pair<Money, Money>> &points, Money target);
    void setMarker(Money sales, Money total);
    void clear();

private:
    qreal x(Money sales) const;
    qreal y(Money amount) const;

    QChart *m_chart;
    QLineSeries *m_curve;
    QLineSeries *m_target;
    QScatterSeries *m_marker;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    qint64 m_unitFen = 100000; // a unit on either axis is this many fen
};

} // namespace cs
