#include "incentives/ScenarioCostChart.h"

#include "AdoptChart.h"
#include "incentives/ShortAmount.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace cs {

ScenarioCostChart::ScenarioCostChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_current(new QBarSet(tr("Current policy")))
    , m_scenario(new QBarSet(tr("Scenario")))
    , m_tierAxis(new QBarCategoryAxis)
    , m_costAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("scenarioChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 260);
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_current->setColor(QColor(0xb9, 0xd3, 0xe8));
    m_scenario->setColor(QColor(0xd9, 0x82, 0x2b));
    // Horizontal: the tier names fit beside the bars however narrow the pane.
    auto *series = new QHorizontalBarSeries;
    series->append(m_current);
    series->append(m_scenario);
    m_chart->addSeries(series);
    // Categories run bottom to top: listed backwards, Diamond stands at the top.
    QStringList tiers { tr("No tier") };
    for (const Tier tier : allOf<Tier>())
        tiers.insert(1, labelOf(tier));
    m_tierAxis->append(tiers);
    m_costAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_tierAxis, Qt::AlignLeft);
    m_chart->addAxis(m_costAxis, Qt::AlignBottom);
    series->attachAxis(m_tierAxis);
    series->attachAxis(m_costAxis);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    adoptChart(*this, m_chart);
}

void ScenarioCostChart::setComparison(const ScenarioComparison &comparison)
{
    // 万元 reads naturally in Chinese, thousands in English. Drawing only.
    const qreal unit = chineseUi() ? 1000000.0 : 100000.0;
    m_chart->setTitle(chineseUi() ? tr("Cost by tier (¥10,000)") : tr("Cost by tier (¥ thousand)"));
    auto fill = [unit](QBarSet *set, const PolicyCost &cost) {
        set->remove(0, set->count());
        set->append(qreal(cost.noTier.fen()) / unit);
        for (auto m = cost.byTier.crbegin(); m != cost.byTier.crend(); ++m)
            set->append(qreal(m->fen()) / unit);
    };
    fill(m_current, comparison.current);
    fill(m_scenario, comparison.scenario);
    qreal top = 1;
    for (int i = 0; i < m_current->count(); ++i)
        top = std::max({ top, m_current->at(i), m_scenario->at(i) });
    m_costAxis->setRange(0, top * 1.1);
    m_costAxis->applyNiceNumbers();
}

void ScenarioCostChart::clear()
{
    m_current->remove(0, m_current->count());
    m_scenario->remove(0, m_scenario->count());
}

} // namespace cs
