#include "incentives/WhatIfChart.h"

#include "AdoptChart.h"
#include "incentives/ShortAmount.h"

#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace cs {

namespace {
const QColor curveColour(0x4a, 0x90, 0xc2);
const QColor markerColour(0xd9, 0x82, 0x2b);
const QColor targetColour(0x9a, 0x9a, 0x9a);
} // namespace

WhatIfChart::WhatIfChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_curve(new QLineSeries)
    , m_target(new QLineSeries)
    , m_marker(new QScatterSeries)
    , m_xAxis(new QValueAxis)
    , m_yAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("whatIfChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitle(tr("Total incentive by sales"));

    m_curve->setName(tr("Total incentive"));
    m_curve->setPen(QPen(curveColour, 2));
    m_target->setName(tr("Target"));
    m_target->setPen(QPen(targetColour, 1, Qt::DashLine));
    m_marker->setName(tr("This figure"));
    m_marker->setColor(markerColour);
    m_marker->setBorderColor(markerColour.darker(130));
    m_marker->setMarkerSize(11);
    m_chart->addSeries(m_curve);
    m_chart->addSeries(m_target);
    m_chart->addSeries(m_marker);

    m_xAxis->setLabelFormat(QStringLiteral("%g"));
    m_yAxis->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    adoptChart(*this, m_chart);
}

// Drawing only: the chart's positions come from exact amounts, never the reverse.
qreal WhatIfChart::x(Money sales) const
{
    return qreal(sales.fen()) / qreal(m_unitFen);
}

qreal WhatIfChart::y(Money amount) const
{
    return qreal(amount.fen()) / qreal(m_unitFen);
}

void WhatIfChart::setCurve(const QList<std::pair<Money, Money>> &points, Money target)
{
    // 万元 reads naturally in Chinese, thousands in English.
    const bool chinese = chineseUi();
    m_unitFen = chinese ? 1000000 : 100000;
    m_xAxis->setTitleText(chinese ? tr("Sales (¥10,000)") : tr("Sales (¥ thousand)"));
    m_yAxis->setTitleText(chinese ? tr("Incentive (¥10,000)") : tr("Incentive (¥ thousand)"));

    QList<QPointF> curve;
    qreal top = 1;
    for (const auto &[sales, total] : points) {
        curve.append({ x(sales), y(total) });
        top = std::max(top, y(total));
    }
    m_curve->replace(curve);
    const qreal right = points.isEmpty() ? 1 : std::max<qreal>(1, x(points.last().first));
    top *= 1.1;
    if (target.fen() > 0)
        m_target->replace({ { x(target), 0 }, { x(target), top } });
    else
        m_target->clear();
    m_xAxis->setRange(0, right);
    m_yAxis->setRange(0, top);
    m_xAxis->applyNiceNumbers();
    m_yAxis->applyNiceNumbers();
}

void WhatIfChart::setMarker(Money sales, Money total)
{
    m_marker->replace({ QPointF(x(sales), y(total)) });
}

void WhatIfChart::clear()
{
    m_curve->clear();
    m_target->clear();
    m_marker->clear();
}

} // namespace cs
