#include "capability/CapabilityRadar.h"

#include "AdoptChart.h"
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetrics>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>

namespace cs {

namespace {

// Degrees between spokes: the dimensions are spread evenly round the circle.
constexpr double spoke = 360.0 / dimensionCount;

PerDimension<double> toScores(const PerDimension<int> &tenths)
{
    PerDimension<double> out {};
    for (int d = 0; d < dimensionCount; ++d)
        out[d] = tenths[d] / 10.0;
    return out;
}

PerDimension<double> toScores(const ScoreAverages &tenths)
{
    PerDimension<double> out {};
    for (int d = 0; d < dimensionCount; ++d)
        out[d] = double(tenths[d].num) / double(tenths[d].den) / 10.0;
    return out;
}

} // namespace

CapabilityRadar::CapabilityRadar(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QPolarChart)
    , m_message(new QLabel(this))
{
    adoptChart(*this, m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 280);
    m_chart->setFont(font());
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(font());

    // Labels on the spokes, not between them: a category axis whose labels sit on its values.
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setStartValue(0);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const Dimension d : allDimensions)
        angular->append(labelOf(d), int(d) * spoke);
    QFont labelFont = font();
    labelFont.setBold(true);
    angular->setLabelsFont(labelFont);
    m_chart->addAxis(angular, QPolarChart::PolarOrientationAngular);

    // Rings labelled from 2 up: a "0" would sit in the middle of the partner's polygon.
    auto *radial = new QCategoryAxis;
    radial->setRange(0, 10);
    radial->setStartValue(0);
    radial->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int ring = 2; ring <= 10; ring += 2)
        radial->append(QString::number(ring), ring);
    QFont ringFont = font();
    ringFont.setPointSizeF(ringFont.pointSizeF() * 0.85);
    radial->setLabelsFont(ringFont);
    radial->setLabelsColor(palette().color(QPalette::PlaceholderText));
    m_chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    m_message->setObjectName(QStringLiteral("radarMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();
}

void CapabilityRadar::showScores(const QString &partnerLabel,
    const std::optional<PerDimension<int>> &latestTenths, const std::optional<ScoreAverages> &benchmark,
    const std::optional<ScoreAverages> &channelAverage)
{
    m_chart->removeAllSeries();
    if (!latestTenths) {
        m_message->setText(tr("Not assessed yet: there are no scores to draw."));
        m_message->show();
        for (QAbstractAxis *axis : m_chart->axes())
            axis->hide();
        return;
    }
    m_message->clear();
    m_message->hide();
    for (QAbstractAxis *axis : m_chart->axes())
        axis->show();

    const PerDimension<double> partner = toScores(*latestTenths);
    const QColor blue(0x1f, 0x6f, 0xc5);
    // An area with no lower line fills to the centre of a polar chart. Its own outline would
    // run out to the first spoke from the centre too, so the border is a line of its own.
    QLineSeries *upper = polygon(partner);
    auto *area = new QAreaSeries(upper);
    upper->setParent(area); // an area series does not own its lines; removing the area frees it too
    QColor fill = blue;
    fill.setAlpha(70);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    addSeries(area, partnerLabel);
    if (benchmark)
        addSeries(outline(toScores(*benchmark), QColor(0xd9, 0x73, 0x0d), Qt::DashLine), tr("Benchmark"));
    if (channelAverage)
        addSeries(
            outline(toScores(*channelAverage), QColor(0x55, 0x55, 0x55), Qt::DotLine), tr("Channel average"));
    QLineSeries *border = outline(partner, blue, Qt::SolidLine);
    addSeries(border, partnerLabel);
    m_chart->legend()->markers(border).front()->setVisible(false);
}

QLineSeries *CapabilityRadar::polygon(const PerDimension<double> &scores)
{
    auto *line = new QLineSeries;
    for (int d = 0; d < dimensionCount; ++d)
        line->append(d * spoke, scores[d]);
    line->append(360, scores[0]); // closes the polygon back at the first spoke
    return line;
}

QLineSeries *CapabilityRadar::outline(
    const PerDimension<double> &scores, const QColor &colour, Qt::PenStyle style)
{
    QLineSeries *line = polygon(scores);
    QPen pen(colour, 2.0, style);
    pen.setCapStyle(Qt::FlatCap);
    line->setPen(pen);
    return line;
}

void CapabilityRadar::addSeries(QAbstractSeries *series, const QString &name)
{
    series->setName(name);
    m_chart->addSeries(series);
    for (QAbstractAxis *axis : m_chart->axes())
        series->attachAxis(axis);
}

QString CapabilityRadar::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

int CapabilityRadar::comfortableWidth() const
{
    QFont labelFont = font();
    labelFont.setBold(true);
    const QFontMetrics metrics(labelFont);
    int widest = 0;
    for (const Dimension d : allDimensions)
        widest = std::max(widest, metrics.horizontalAdvance(labelOf(d)));
    // The lower spokes' labels sit half beside the circle.
    return 200 + 3 * widest / 2;
}

void CapabilityRadar::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_message->setGeometry(rect().adjusted(16, 16, -16, -16));
}

} // namespace cs
