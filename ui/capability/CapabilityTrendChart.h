// One partner's three capability scores over its assessment dates, with the weak
// threshold drawn across, so a falling or weak dimension shows at a glance.
#pragma once

#include "capability/CapabilityInputs.h"

#include <QChartView>

class QDateTimeAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace cs {

class CapabilityTrendChart : public QChartView {
    Q_OBJECT

public:
    explicit CapabilityTrendChart(QWidget *parent = nullptr);

    // `history` oldest first; a message replaces the chart when it is empty.
    void showHistory(const QList<AssessmentRecord> &history, int weakBelowTenths);

    // The text shown instead of a chart; empty while a chart is shown.
    QString message() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setDateRange(QDate first, QDate last);
    void placeWeakLabel();

    QDateTimeAxis *m_dates;
    QValueAxis *m_scores;
    QLabel *m_message;
    QLineSeries *m_weak = nullptr; // owned by the chart, like the two items below
    QGraphicsRectItem *m_weakPlate;
    QGraphicsSimpleTextItem *m_weakLabel;
};

} // namespace cs
