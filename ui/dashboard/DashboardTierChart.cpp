#include "dashboard/DashboardTierChart.h"

#include "dashboard/DashboardStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

namespace cs {

QString DashboardTierChart::title()
{
    return tr("Active partners by tier");
}

DashboardTierChart::DashboardTierChart(QWidget *parent)
    : DashboardChartView(title(), parent)
    , m_series(new QHorizontalStackedBarSeries)
    , m_yAxis(new QBarCategoryAxis)
    , m_xAxis(new QValueAxis)
{
    m_series->setBarWidth(0.5);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_series->attachAxis(m_yAxis);
    m_series->attachAxis(m_xAxis);
    m_yAxis->setGridLineVisible(false);
    m_xAxis->setLabelFormat(QStringLiteral("%d"));
    m_xAxis->setMinorTickCount(0);
    styleAxis(m_yAxis);
    styleAxis(m_xAxis);
    m_xAxis->setVisible(false); // the labels carry the counts
    m_chart->legend()->hide(); // the category labels name every bar

    // Categories run bottom to top; the groups are listed best tier first.
    const auto groupAt = [this](int category) {
        return int(m_groups.size()) - 1 - category;
    };
    connect(m_series, &QHorizontalStackedBarSeries::clicked, this,
        [this, groupAt](int category) { activateGroup(groupAt(category)); });
    connect(
        m_series, &QHorizontalStackedBarSeries::hovered, this, [this, groupAt](bool entered, int category) {
            const int index = groupAt(category);
            if (index < 0 || index >= m_groups.size())
                return showTip(false, {});
            showTip(entered,
                groupLabel(m_groups[index], m_total) + QLatin1Char('\n') + tr("Click to list them."));
        });
    applyStyle();
}

QString DashboardTierChart::groupLabel(const PartnerGroup &group, int total)
{
    const QLocale locale;
    if (total <= 0)
        return tr("%1 · %2", "tier · count").arg(group.label, locale.toString(group.count()));
    // The share to one decimal, rounded half up from whole counts.
    const qint64 tenths = (qint64(group.count()) * 2000 + total) / (2 * qint64(total));
    return tr("%1 · %2 (%3 %)", "tier · count (share)")
        .arg(group.label, locale.toString(group.count()), locale.toString(double(tenths) / 10.0, 'f', 1));
}

void DashboardTierChart::setFigures(const DashboardFigures &figures)
{
    m_groups = figures.active.byTier;
    m_total = figures.active.total;
    m_asOf = figures.asOf;
    m_series->clear();
    const int n = int(m_groups.size());
    QStringList categories;
    int tallest = 0;
    for (int i = n - 1; i >= 0; --i)
        categories.append(groupLabel(m_groups[i], m_total).toHtmlEscaped()); // axis labels are rich text
    // One set per tier so each bar takes its tier's colour; a set is empty outside its own row.
    for (int i = 0; i < n; ++i) {
        auto *set = new QBarSet(m_groups[i].label);
        for (int c = 0; c < n; ++c)
            set->append(c == n - 1 - i ? qreal(m_groups[i].count()) : 0);
        m_series->append(set);
        tallest = std::max(tallest, m_groups[i].count());
    }
    m_yAxis->setCategories(categories);
    const auto [top, ticks] = DashboardStyle::niceAxis(std::max(tallest, 4));
    m_xAxis->setRange(0, top);
    m_xAxis->setTickCount(ticks);
    applyStyle();
}

void DashboardTierChart::activateGroup(int index)
{
    if (index < 0 || index >= m_groups.size())
        return;
    emit partnersRequested(m_groups[index].codes,
        tr("%1, active on %2").arg(m_groups[index].label, m_asOf.toString(Qt::ISODate)));
}

void DashboardTierChart::applyStyle()
{
    DashboardChartView::applyStyle();
    const QList<QBarSet *> sets = m_series->barSets();
    for (qsizetype i = 0; i < sets.size() && i < m_groups.size(); ++i) {
        sets[i]->setColor(DashboardStyle::tierColour(m_groups[i].key));
        sets[i]->setBorderColor(Qt::transparent);
    }
}

} // namespace cs
