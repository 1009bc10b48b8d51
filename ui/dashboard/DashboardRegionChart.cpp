#include "dashboard/DashboardRegionChart.h"

#include "capability/Tenths.h"
#include "dashboard/DashboardStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegendMarker>
#include <QLocale>
#include <QValueAxis>

namespace cs {

QString DashboardRegionChart::title()
{
    return tr("Capability by region");
}

DashboardRegionChart::DashboardRegionChart(QWidget *parent)
    : DashboardChartView(title(), parent)
    , m_series(new QBarSeries)
    , m_xAxis(new QBarCategoryAxis)
    , m_yAxis(new QValueAxis)
{
    for (const Dimension d : allDimensions)
        m_series->append(new QBarSet(labelOf(d)));
    m_series->setBarWidth(0.78);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_series->attachAxis(m_xAxis);
    m_series->attachAxis(m_yAxis);
    m_xAxis->setGridLineVisible(false);
    m_yAxis->setRange(0, 10);
    m_yAxis->setTickCount(6);
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setMinorTickCount(0);
    styleAxis(m_xAxis);
    styleAxis(m_yAxis, tr("Average score"));

    connect(m_series, &QBarSeries::clicked, this, [this](int index) { activateRegion(index); });
    connect(m_series, &QBarSeries::hovered, this,
        [this](bool entered, int index) { showTip(entered, tipFor(index)); });
    applyStyle();
}

void DashboardRegionChart::setFigures(const DashboardFigures &figures)
{
    m_regions = figures.capabilityByRegion;
    m_asOf = figures.asOf;
    QStringList categories;
    for (const RegionCapability &r : std::as_const(m_regions))
        categories.append(r.label.toHtmlEscaped()); // axis labels are rich text
    const QList<QBarSet *> sets = m_series->barSets();
    for (const Dimension d : allDimensions) {
        QBarSet *set = sets[int(d)];
        set->remove(0, set->count());
        for (const RegionCapability &r : std::as_const(m_regions)) {
            const Ratio tenths = r.averageTenths[int(d)];
            set->append(double(tenths.num) / double(tenths.den) / 10.0); // drawing only
        }
    }
    m_xAxis->setCategories(categories);
    applyStyle();
}

void DashboardRegionChart::activateRegion(int index)
{
    if (index < 0 || index >= m_regions.size())
        return;
    emit partnersRequested(m_regions[index].codes,
        tr("assessed partners in %1 on %2").arg(m_regions[index].label, m_asOf.toString(Qt::ISODate)));
}

QString DashboardRegionChart::tipFor(int index) const
{
    if (index < 0 || index >= m_regions.size())
        return {};
    const RegionCapability &r = m_regions[index];
    QStringList lines { tr("%1: %Ln assessed partner(s)", "", int(r.codes.size())).arg(r.label) };
    for (const Dimension d : allDimensions)
        lines.append(QStringLiteral("%1 %2").arg(labelOf(d), formatTenths(r.averageTenths[int(d)])));
    lines.append(tr("Click to list them."));
    return lines.join(QLatin1Char('\n'));
}

void DashboardRegionChart::applyStyle()
{
    DashboardChartView::applyStyle();
    const QList<QBarSet *> sets = m_series->barSets();
    for (const Dimension d : allDimensions) {
        sets[int(d)]->setColor(DashboardStyle::dimensionColour(d));
        sets[int(d)]->setBorderColor(Qt::transparent);
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_series))
        marker->setPen(Qt::NoPen);
}

} // namespace cs
