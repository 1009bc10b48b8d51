#include "capability/DistributionChart.h"

#include "AdoptChart.h"
#include "capability/CapabilityFilterModel.h"
#include "capability/Tenths.h"

#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace cs {

namespace {

// The icons' blues; the selected bar takes the dark one and the others step back.
const QColor barColour(0x4a, 0x90, 0xc2);
const QColor dimmedBarColour(0xb9, 0xd3, 0xe8);
const QColor selectedBarColour(0x1f, 0x5f, 0x8b);
const QColor benchmarkColour(0x2e, 0x8b, 0x57);
const QColor averageColour(0xd9, 0x82, 0x2b);
const QColor weakZoneColour(253, 236, 234); // behind the bars: paler than the table's weak cells
const QColor weakEdgeColour(236, 170, 165);

// Bars stand at x = band; band b covers the scores [b, b + 1), so a score of s points sits
// at x = s − 0.5 on the same axis.
qreal axisPosition(Ratio tenths)
{
    return qreal(tenths.num) / qreal(tenths.den) / 10.0 - 0.5;
}

// A round top for the count axis with a few whole-number steps, and room above the
// tallest bar for its label.
std::pair<int, int> countAxis(int tallest)
{
    const int wanted = std::max(4, tallest + tallest / 8 + 1);
    int step = 1;
    for (int magnitude = 1;; magnitude *= 10) {
        for (const int factor : { 1, 2, 5 }) {
            step = factor * magnitude;
            if (wanted <= step * 5)
                return { (wanted + step - 1) / step * step, step };
        }
    }
}

} // namespace

DistributionChart::DistributionChart(Dimension dimension, QWidget *parent)
    : QChartView(parent)
    , m_dimension(dimension)
    , m_chart(new QChart)
    , m_series(new QBarSeries)
    , m_set(new QBarSet(QString()))
    , m_weakEdge(new QLineSeries)
    , m_benchmark(new QLineSeries)
    , m_average(new QLineSeries)
    , m_xAxis(new QCategoryAxis)
    , m_yAxis(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 220);
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitle(labelOf(dimension));

    m_weakZone = new QAreaSeries(m_weakEdge);
    m_weakEdge->setParent(m_weakZone); // an area series does not own its edges
    m_chart->addSeries(m_weakZone);

    for (int band = 0; band < CapabilityFilterModel::bandCount; ++band)
        m_set->append(0);
    m_series->append(m_set);
    m_series->setBarWidth(0.86);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_chart->addSeries(m_series);
    m_chart->addSeries(m_benchmark);
    m_chart->addSeries(m_average);

    // Labels on the band edges, whole points, as the scale is read on an assessment form.
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_xAxis->setStartValue(-0.5);
    for (int point = 0; point <= CapabilityFilterModel::bandCount; ++point)
        m_xAxis->append(QString::number(point), point - 0.5);
    m_xAxis->setRange(-0.5, CapabilityFilterModel::bandCount - 0.5);
    m_xAxis->setGridLineVisible(false);
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setMinorTickCount(0);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_series))
        marker->setVisible(false);
    adoptChart(*this, m_chart);

    connect(m_series, &QBarSeries::clicked, this, [this](int band) { emit bandClicked(m_dimension, band); });
    connect(
        m_series, &QBarSeries::hovered, this, [this](bool entered, int band) { showBarTip(entered, band); });
    applyColours();
    applyFonts();
}

QString DistributionChart::bandLabel(int band)
{
    const int last = band == CapabilityFilterModel::bandCount - 1 ? 100 : band * 10 + 9;
    return QStringLiteral("%1–%2").arg(formatTenths(band * 10), formatTenths(last));
}

int DistributionChart::assessedCount() const
{
    int sum = 0;
    for (const int c : m_counts)
        sum += c;
    return sum;
}

void DistributionChart::setOverview(const CapabilityOverview &overview)
{
    m_counts.fill(0);
    for (const PartnerCapability &p : overview.partners)
        if (p.latest)
            ++m_counts[CapabilityFilterModel::bandOf(p.latest->tenths[int(m_dimension)])];
    for (int band = 0; band < CapabilityFilterModel::bandCount; ++band)
        m_set->replace(band, m_counts[band]);

    const auto [top, step] = countAxis(*std::max_element(m_counts.cbegin(), m_counts.cend()));
    m_yAxis->setRange(0, top);
    m_yAxis->setTickCount(top / step + 1);

    const qreal weakEdge = axisPosition(ratioOf(overview.rules.weakBelowTenths));
    m_weakEdge->replace({ QPointF(-0.5, top), QPointF(weakEdge, top) });
    m_weakZone->setName(tr("Weak (below %1)").arg(formatTenths(overview.rules.weakBelowTenths)));
    applyColours(); // the series reset their legend markers' colours on every change

    const auto pick = [this](const std::optional<ScoreAverages> &values) {
        return values ? std::optional<Ratio>((*values)[int(m_dimension)]) : std::nullopt;
    };
    placeMarker(m_benchmark, pick(overview.benchmark), top);
    placeMarker(m_average, pick(overview.channelAverage), top);
    if (const auto benchmark = pick(overview.benchmark))
        m_benchmark->setName(tr("Benchmark %1").arg(formatTenths(*benchmark)));
    if (const auto average = pick(overview.channelAverage))
        m_average->setName(tr("Channel average %1").arg(formatTenths(*average)));
}

void DistributionChart::placeMarker(QLineSeries *marker, const std::optional<Ratio> &tenths, int top)
{
    marker->setVisible(tenths.has_value());
    for (QLegendMarker *legend : m_chart->legend()->markers(marker))
        legend->setVisible(tenths.has_value());
    if (!tenths)
        return;
    const qreal x = axisPosition(*tenths);
    marker->replace({ QPointF(x, 0), QPointF(x, top) });
}

void DistributionChart::setSelectedBand(std::optional<int> band)
{
    m_selected = band;
    m_set->deselectAllBars();
    if (band)
        m_set->selectBar(*band);
    applyColours();
}

void DistributionChart::applyColours()
{
    m_set->setColor(m_selected ? dimmedBarColour : barColour);
    m_set->setBorderColor(Qt::transparent);
    m_set->setSelectedColor(selectedBarColour);
    m_set->setLabelColor(palette().color(QPalette::WindowText));
    m_weakZone->setColor(weakZoneColour);
    m_weakZone->setPen(QPen(weakEdgeColour, 1));
    // The zone is pale so the bars stay in front; its legend swatch needs more colour to be seen.
    m_benchmark->setPen(QPen(benchmarkColour, 1.5, Qt::DashLine));
    m_average->setPen(QPen(averageColour, 1.5, Qt::DashLine));
    const auto swatch = [this](QAbstractSeries *series, const QColor &colour) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series)) {
            marker->setBrush(colour);
            marker->setPen(Qt::NoPen);
        }
    };
    swatch(m_weakZone, weakEdgeColour);
    swatch(m_benchmark, benchmarkColour);
    swatch(m_average, averageColour);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->setTitleBrush(palette().color(QPalette::WindowText));
    m_chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis) })
        axis->setLabelsColor(palette().color(QPalette::WindowText));
}

// The chart theme brings its own fonts; the widget's font is the one that covers Chinese.
void DistributionChart::applyFonts()
{
    QFont title = font();
    title.setBold(true);
    m_chart->setTitleFont(title);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    m_chart->legend()->setFont(small);
    m_xAxis->setLabelsFont(small);
    m_yAxis->setLabelsFont(small);
    m_set->setLabelFont(small);
}

void DistributionChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    else if (event->type() == QEvent::PaletteChange)
        applyColours();
    QChartView::changeEvent(event);
}

void DistributionChart::showBarTip(bool entered, int band)
{
    if (!entered) {
        QToolTip::hideText();
        unsetCursor();
        return;
    }
    setCursor(Qt::PointingHandCursor);
    const QString what =
        tr("%1 %2: %Ln partner(s)", "", m_counts.at(band)).arg(labelOf(m_dimension), bandLabel(band));
    const QString action =
        m_selected == band ? tr("Click to show every partner again.") : tr("Click to list these partners.");
    QToolTip::showText(QCursor::pos(), what + QLatin1Char('\n') + action, this);
}

} // namespace cs
