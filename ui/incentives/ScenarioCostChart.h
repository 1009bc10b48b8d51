// The scenario pane's bars: the quarter's incentive cost by tier under the current
// policy and under the scenario, side by side.
#pragma once

#include "incentive/WhatIf.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace cs {

class ScenarioCostChart : public QChartView {
    Q_OBJECT

public:
    explicit ScenarioCostChart(QWidget *parent = nullptr);

    void setComparison(const ScenarioComparison &comparison);
    void clear();

private:
    QChart *m_chart;
    QBarSet *m_current;
    QBarSet *m_scenario;
    QBarCategoryAxis *m_tierAxis;
    QValueAxis *m_costAxis;
};

} // namespace cs
