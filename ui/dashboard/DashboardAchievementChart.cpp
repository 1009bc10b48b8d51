#include "dashboard/DashboardAchievementChart.h"

#include "dashboard/DashboardStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

namespace cs {

namespace {

bool meetsTarget(const AchievementBucket &bucket)
{
    return bucket.from && *bucket.from >= Ratio { 1, 1 };
}

} // namespace

QString DashboardAchievementChart::title()
{
    return tr("Partners by target achievement");
}

DashboardAchievementChart::DashboardAchievementChart(QWidget *parent)
    : DashboardChartView(title(), parent)
    , m_series(new QBarSeries)
    , m_set(new QBarSet(QString()))
    , m_xAxis(new QBarCategoryAxis)
    , m_yAxis(new QValueAxis)
{
    m_series->append(m_set);
    m_series->setBarWidth(0.8);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_series->attachAxis(m_xAxis);
    m_series->attachAxis(m_yAxis);
    m_xAxis->setGridLineVisible(false);
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setMinorTickCount(0);
    styleAxis(m_xAxis, tr("Sales as a share of target"));
    styleAxis(m_yAxis);
    // Every bar carries its count: a count axis would only take width from the bucket labels.
    m_yAxis->setVisible(false);
    // One series, its colours explained by the axis: a legend would only repeat the title.
    m_chart->legend()->hide();

    connect(m_series, &QBarSeries::clicked, this, [this](int index) { activateBucket(index); });
    connect(m_series, &QBarSeries::hovered, this, [this](bool entered, int index) {
        if (index < 0 || index >= m_buckets.size())
            return showTip(false, {});
        const AchievementBucket &b = m_buckets[index];
        showTip(entered,
            tr("%1 of target: %Ln partner(s)", "", int(b.codes.size())).arg(b.label) + QLatin1Char('\n')
                + tr("Click to list them."));
    });
    applyStyle();
}

void DashboardAchievementChart::setFigures(const DashboardFigures &figures)
{
    m_buckets = figures.meeting.histogram;
    m_period = figures.period;
    QStringList categories;
    int tallest = 0;
    m_set->remove(0, m_set->count());
    m_set->deselectAllBars();
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        // Axis labels are rich text: "< 60 %" would vanish as a broken tag.
        categories.append(m_buckets[i].label.toHtmlEscaped());
        m_set->append(qreal(m_buckets[i].codes.size()));
        tallest = std::max(tallest, int(m_buckets[i].codes.size()));
        // Selection is how one bar set carries two colours: met buckets are "selected".
        if (meetsTarget(m_buckets[i]))
            m_set->selectBar(int(i));
    }
    m_xAxis->setCategories(categories);
    const auto [top, ticks] = DashboardStyle::niceAxis(std::max(tallest, 4));
    m_yAxis->setRange(0, top);
    m_yAxis->setTickCount(ticks);
    applyStyle();
}

void DashboardAchievementChart::activateBucket(int index)
{
    if (index < 0 || index >= m_buckets.size())
        return;
    const AchievementBucket &b = m_buckets[index];
    emit partnersRequested(b.codes, tr("achievement %1 in %2").arg(b.label, m_period.label()));
}

void DashboardAchievementChart::applyStyle()
{
    DashboardChartView::applyStyle();
    m_set->setColor(DashboardStyle::missedColour());
    m_set->setSelectedColor(DashboardStyle::metColour());
    m_set->setBorderColor(Qt::transparent);
    m_set->setLabelColor(palette().color(QPalette::WindowText));
    m_set->setLabelFont(smallFont());
    // Qt Charts gives a category label the plot's width over one more than the
    // categories: at laptop widths "100–120 %" would be elided in the usual size.
    QFont buckets = font();
    buckets.setPointSizeF(font().pointSizeF() * 0.82);
    m_xAxis->setLabelsFont(buckets);
}

} // namespace cs
