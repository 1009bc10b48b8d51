#include "capability/CapabilityTrendChart.h"

#include "AdoptChart.h"
#include "capability/Tenths.h"

#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cstdlib>

namespace cs {

namespace {

const QColor dimensionColours[dimensionCount] = { QColor(0x1f, 0x6f, 0xc5), QColor(0x2e, 0x9d, 0x4f),
    QColor(0x8e, 0x44, 0xad) };

qreal when(QDate date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

QDate monthStart(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

} // namespace

CapabilityTrendChart::CapabilityTrendChart(QWidget *parent)
    : QChartView(parent)
    , m_dates(new QDateTimeAxis)
    , m_scores(new QValueAxis)
    , m_message(new QLabel(this))
    , m_weakPlate(new QGraphicsRectItem)
    , m_weakLabel(new QGraphicsSimpleTextItem(m_weakPlate))
{
    auto *chart = new QChart;
    adoptChart(*this, chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 240);
    chart->setFont(font());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font());

    // Two-digit years: "2026-01" elides to "2026-..." when six months share a narrow panel.
    m_dates->setFormat(QStringLiteral("yy-MM"));
    m_dates->setLabelsFont(font());
    chart->addAxis(m_dates, Qt::AlignBottom);
    // A little room beyond 0 and 10 keeps markers on those values whole; labels stay 0, 2, … 10.
    m_scores->setRange(-0.3, 10.4);
    m_scores->setTickType(QValueAxis::TicksDynamic);
    m_scores->setTickAnchor(0);
    m_scores->setTickInterval(2);
    m_scores->setLabelFormat(QStringLiteral("%d"));
    m_scores->setLabelsFont(font());
    chart->addAxis(m_scores, Qt::AlignLeft);

    // On a light plate, so the label stays readable where a score line crosses it.
    m_weakPlate->setParentItem(chart); // the chart owns it
    m_weakPlate->setPen(Qt::NoPen);
    m_weakPlate->setBrush(QColor(255, 255, 255, 210));
    m_weakPlate->setZValue(10);
    m_weakPlate->hide();
    m_weakLabel->setFont(font());
    m_weakLabel->setBrush(QColor(0xc0, 0x39, 0x2b));
    connect(chart, &QChart::plotAreaChanged, this, &CapabilityTrendChart::placeWeakLabel);

    m_message->setObjectName(QStringLiteral("trendMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();
}

void CapabilityTrendChart::showHistory(const QList<AssessmentRecord> &history, int weakBelowTenths)
{
    chart()->removeAllSeries();
    m_weak = nullptr;
    m_weakPlate->hide();
    if (history.isEmpty()) {
        m_message->setText(tr("No assessments to draw over time."));
        m_message->show();
        m_dates->hide();
        m_scores->hide();
        return;
    }
    m_message->clear();
    m_message->hide();
    m_dates->show();
    m_scores->show();

    setDateRange(history.front().date, history.back().date);

    for (const Dimension d : allDimensions) {
        auto *series = new QLineSeries;
        series->setName(labelOf(d));
        series->setPointsVisible(true);
        series->setPen(QPen(dimensionColours[int(d)], 2));
        for (const AssessmentRecord &a : history)
            series->append(when(a.date), a.tenths[int(d)] / 10.0);
        connect(series, &QXYSeries::hovered, this, [this, history, d](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            // The signal gives the spot on the line under the mouse: name the assessment nearest to it.
            const QDate hoveredDate = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
            const AssessmentRecord *nearest = &history.front();
            for (const AssessmentRecord &a : history)
                if (std::abs(a.date.daysTo(hoveredDate)) < std::abs(nearest->date.daysTo(hoveredDate)))
                    nearest = &a;
            QToolTip::showText(QCursor::pos(),
                tr("%1\n%2: %3")
                    .arg(nearest->date.toString(Qt::ISODate), labelOf(d),
                        formatTenths(nearest->tenths[int(d)])),
                this);
        });
        chart()->addSeries(series);
        series->attachAxis(m_dates);
        series->attachAxis(m_scores);
    }

    // Labelled on the line itself rather than in the legend, which then has room for the
    // dimensions' full names.
    m_weak = new QLineSeries;
    m_weak->setName(tr("Weak below %1").arg(formatTenths(weakBelowTenths)));
    m_weak->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DashLine));
    m_weak->append(when(m_dates->min().date()), weakBelowTenths / 10.0);
    m_weak->append(when(m_dates->max().date()), weakBelowTenths / 10.0);
    chart()->addSeries(m_weak);
    m_weak->attachAxis(m_dates);
    m_weak->attachAxis(m_scores);
    chart()->legend()->markers(m_weak).front()->setVisible(false);
    m_weakLabel->setText(m_weak->name());
    m_weakLabel->setPos(4, 1);
    m_weakPlate->setRect(m_weakLabel->boundingRect().adjusted(0, 0, 8, 2));
    m_weakPlate->show();
    placeWeakLabel();
}

void CapabilityTrendChart::setDateRange(QDate first, QDate last)
{
    // Ticks are spread evenly between the ends, and months differ in length by up to three
    // days: with both ends two days past a month's first day every tick lands early in its
    // month, so a month label never names the month before. A few days' room either side
    // keeps the end points' markers inside the frame.
    const QDate from = monthStart(first.addDays(-5));
    QDate to = monthStart(last.addDays(1));
    if (to < last.addDays(1))
        to = to.addMonths(1);
    const int months = monthsBetween(from, to);
    int step = 1; // months per tick, so that a long history still gets a handful of labels
    for (const int candidate : { 1, 2, 3, 6, 12 }) {
        step = candidate;
        if ((months + step - 1) / step <= 6)
            break;
    }
    while ((months + step - 1) / step > 6)
        step *= 2;
    const int ticks = (months + step - 1) / step;
    m_dates->setRange(from.addDays(2).startOfDay(), from.addMonths(ticks * step).addDays(2).startOfDay());
    m_dates->setTickCount(ticks + 1);
}

void CapabilityTrendChart::placeWeakLabel()
{
    if (!m_weak || m_weak->count() < 2)
        return;
    const QPointF end = chart()->mapToPosition(m_weak->at(1), m_weak);
    const QRectF box = m_weakPlate->rect();
    m_weakPlate->setPos(end.x() - box.width() - 4, end.y() - box.height() - 1);
}

QString CapabilityTrendChart::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void CapabilityTrendChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_message->setGeometry(rect().adjusted(16, 16, -16, -16));
}

} // namespace cs
