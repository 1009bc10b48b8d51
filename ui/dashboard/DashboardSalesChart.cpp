#include "dashboard/DashboardSalesChart.h"

#include "dashboard/DashboardStyle.h"
#include "dashboard/DashboardTiles.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace cs {

QString DashboardSalesChart::title()
{
    return tr("Channel sales vs target");
}

DashboardSalesChart::DashboardSalesChart(QWidget *parent)
    : DashboardChartView(title(), parent)
    , m_bars(new QBarSeries)
    , m_actual(new QBarSet(tr("Actual sales")))
    , m_xAxis(new QBarCategoryAxis)
    , m_yAxis(new QValueAxis)
{
    m_bars->append(m_actual);
    m_bars->setBarWidth(0.62);
    m_chart->addSeries(m_bars);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_bars->attachAxis(m_xAxis);
    m_bars->attachAxis(m_yAxis);
    m_xAxis->setGridLineVisible(false);
    m_yAxis->setMinorTickCount(0);
    m_yAxis->setLabelFormat(QStringLiteral("%.4g"));
    styleAxis(m_xAxis);
    styleAxis(m_yAxis);

    connect(m_bars, &QBarSeries::clicked, this, [this](int index) {
        if (index >= 0 && index < m_trend.size())
            emit quarterClicked(m_trend[index].quarter);
    });
    connect(m_bars, &QBarSeries::hovered, this,
        [this](bool entered, int index) { showTip(entered, tipFor(index)); });
    applyStyle();
}

void DashboardSalesChart::setFigures(const DashboardFigures &figures)
{
    m_trend = figures.sales.trend;
    m_period = figures.period;

    qint64 largest = 0;
    for (const QuarterSales &q : std::as_const(m_trend))
        largest = std::max({ largest, q.sum.actual.fen(), q.sum.target.fen() });
    const DashboardAmountScale scale = DashboardStyle::amountScale(largest);
    const auto scaled = [&scale](Money m) {
        return double(m.fen()) / 100.0 / scale.divisor;
    };

    QStringList categories;
    m_actual->remove(0, m_actual->count());
    m_actual->deselectAllBars();
    for (qsizetype i = 0; i < m_trend.size(); ++i) {
        // "Q3" over the year: a full label ("2026年第3季度") is elided at eight bars.
        const Quarter q = m_trend[i].quarter;
        categories.append(tr("Q%1", "quarter on a chart axis").arg(q.quarter()) + QStringLiteral("<br>")
            + QString::number(q.year()));
        m_actual->append(scaled(m_trend[i].sum.actual));
        if (m_period.contains(m_trend[i].quarter))
            m_actual->selectBar(int(i));
    }
    m_xAxis->setCategories(categories);

    // The target as a line through each run of quarters that have one: a quarter
    // without results is a gap, not a drop to zero.
    for (QAbstractSeries *series : m_chart->series())
        if (series != m_bars) {
            m_chart->removeSeries(series);
            delete series;
        }
    QLineSeries *run = nullptr;
    bool first = true;
    for (qsizetype i = 0; i < m_trend.size(); ++i) {
        if (m_trend[i].sum.target.fen() <= 0) {
            run = nullptr;
            continue;
        }
        if (!run) {
            run = new QLineSeries;
            run->setName(tr("Target"));
            run->setPointsVisible(true);
            m_chart->addSeries(run);
            run->attachAxis(m_xAxis);
            run->attachAxis(m_yAxis);
            for (QLegendMarker *marker : m_chart->legend()->markers(run))
                marker->setVisible(first);
            first = false;
        }
        run->append(qreal(i), scaled(m_trend[i].sum.target));
    }

    const auto [top, ticks] = DashboardStyle::niceAxis(double(largest) / 100.0 / scale.divisor);
    m_yAxis->setRange(0, top);
    m_yAxis->setTickCount(ticks);
    styleAxis(m_yAxis, scale.title);
    applyStyle();
}

void DashboardSalesChart::applyStyle()
{
    DashboardChartView::applyStyle();
    // Quarters outside the period step back; the period's own stand out.
    m_actual->setColor(DashboardStyle::salesColour().lighter(140));
    m_actual->setSelectedColor(DashboardStyle::salesColour());
    m_actual->setBorderColor(Qt::transparent);
    for (QAbstractSeries *series : m_chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            line->setPen(QPen(DashboardStyle::targetColour(), 2));
            line->setColor(DashboardStyle::targetColour());
            for (QLegendMarker *marker : m_chart->legend()->markers(line))
                marker->setBrush(DashboardStyle::targetColour());
        }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_bars)) {
        marker->setBrush(DashboardStyle::salesColour());
        marker->setPen(Qt::NoPen);
    }
}

QString DashboardSalesChart::tipFor(int index) const
{
    if (index < 0 || index >= m_trend.size())
        return {};
    const QuarterSales &q = m_trend[index];
    if (q.sum.results == 0)
        return tr("%1: no results.").arg(q.quarter.label());
    QString text = tr("%1: %2 sold against a target of %3")
                       .arg(q.quarter.label(), q.sum.actual.toString(), q.sum.target.toString());
    if (const auto achievement = q.sum.achievement())
        text += QStringLiteral(" (%1)").arg(DashboardTiles::percent(*achievement));
    return text + QLatin1Char('\n') + tr("Click to show this quarter.");
}

} // namespace cs
