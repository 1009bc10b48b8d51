#include "dashboard/DashboardPrintCharts.h"

#include "dashboard/DashboardAchievementChart.h"
#include "dashboard/DashboardRegionChart.h"
#include "dashboard/DashboardSalesChart.h"
#include "dashboard/DashboardStyle.h"
#include "dashboard/DashboardTierChart.h"
#include "print/ReportPaint.h"

#include <QLocale>
#include <QPainterPath>

namespace cs {

using ReportPaint::text;

namespace {

constexpr qreal titleRoom = 20; // ReportPaint::sectionTitle and the gap under its rule
constexpr qreal axisPoints = 6;

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

// Horizontal grid lines with their values on the left, from 0 to `top` in `steps`.
void valueGrid(QPainter &p, const QRectF &plot, double top, int steps, qreal labelLeft)
{
    for (int i = 0; i <= steps; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / steps;
        p.setPen(QPen(i == 0 ? DashboardStyle::grid().darker(120) : DashboardStyle::grid(), 0.5));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        text(p, QRectF(labelLeft, y - 5, plot.left() - labelLeft - 3, 10), Qt::AlignRight | Qt::AlignVCenter,
            number(top * i / steps), axisPoints, DashboardStyle::muted());
    }
}

void swatch(QPainter &p, qreal x, qreal y, const QColor &colour, const QString &label, qreal *advance)
{
    p.fillRect(QRectF(x, y - 3, 6, 6), colour);
    p.setFont(ReportPaint::printFont(p, 6.5));
    const qreal width = p.fontMetrics().horizontalAdvance(label) * 1.0 + 4;
    text(p, QRectF(x + 9, y - 5, width, 10), Qt::AlignLeft | Qt::AlignVCenter, label, 6.5,
        DashboardStyle::muted());
    *advance = 9 + width + 8;
}

void noData(QPainter &p, const QRectF &plot, const QString &message)
{
    text(p, plot, Qt::AlignCenter, message, 7.5, DashboardStyle::muted(), false, true);
}

} // namespace

void DashboardPrintCharts::sales(QPainter &p, const QRectF &rect, const DashboardFigures &figures)
{
    p.save();
    ReportPaint::sectionTitle(p, rect, DashboardSalesChart::title());
    p.setRenderHint(QPainter::Antialiasing);
    const QList<QuarterSales> &trend = figures.sales.trend;
    qint64 largest = 0;
    for (const QuarterSales &q : trend)
        largest = std::max({ largest, q.sum.actual.fen(), q.sum.target.fen() });
    const DashboardAmountScale scale = DashboardStyle::amountScale(largest);
    const auto [top, ticks] = DashboardStyle::niceAxis(double(largest) / 100.0 / scale.divisor);
    const QRectF plot(rect.left() + 30, rect.top() + titleRoom + 12, rect.width() - 34,
        rect.height() - titleRoom - 12 - 36);
    text(p, QRectF(rect.left(), rect.top() + titleRoom, 120, 9), Qt::AlignLeft | Qt::AlignVCenter,
        scale.title, axisPoints, DashboardStyle::muted());
    valueGrid(p, plot, top, ticks - 1, rect.left());
    if (trend.isEmpty() || largest == 0) {
        noData(p, plot, tr("No results in these quarters."));
        p.restore();
        return;
    }
    const qreal slot = plot.width() / trend.size();
    const auto yOf = [&](Money m) {
        return plot.bottom() - plot.height() * (double(m.fen()) / 100.0 / scale.divisor) / top;
    };
    for (qsizetype i = 0; i < trend.size(); ++i) {
        const qreal x = plot.left() + slot * i;
        const bool inPeriod = figures.period.contains(trend[i].quarter);
        const QColor colour =
            inPeriod ? DashboardStyle::salesColour() : DashboardStyle::salesColour().lighter(145);
        const qreal y = yOf(trend[i].sum.actual);
        p.fillRect(QRectF(x + slot * 0.2, y, slot * 0.6, plot.bottom() - y), colour);
        // Quarter under the bar, the year under the first bar and under each Q1.
        const Quarter q = trend[i].quarter;
        text(p, QRectF(x, plot.bottom() + 2, slot, 9), Qt::AlignHCenter | Qt::AlignVCenter,
            tr("Q%1", "quarter on a chart axis").arg(q.quarter()), axisPoints,
            inPeriod ? DashboardStyle::ink() : DashboardStyle::muted(), inPeriod);
        if (i == 0 || q.quarter() == 1)
            text(p, QRectF(x, plot.bottom() + 10, slot * 2, 9), Qt::AlignLeft | Qt::AlignVCenter,
                QString::number(q.year()), axisPoints, DashboardStyle::muted());
    }
    // The target: a line through each run of quarters that have one.
    QPainterPath path;
    bool drawing = false;
    QList<QPointF> dots;
    for (qsizetype i = 0; i < trend.size(); ++i) {
        if (trend[i].sum.target.fen() <= 0) {
            drawing = false;
            continue;
        }
        const QPointF at(plot.left() + slot * (i + 0.5), yOf(trend[i].sum.target));
        drawing ? path.lineTo(at) : path.moveTo(at);
        drawing = true;
        dots.append(at);
    }
    p.setPen(QPen(DashboardStyle::targetColour(), 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(DashboardStyle::targetColour());
    p.setPen(QPen(Qt::white, 0.6));
    for (const QPointF &dot : std::as_const(dots))
        p.drawEllipse(dot, 2, 2);

    qreal x = plot.left();
    qreal advance = 0;
    const qreal legendY = rect.bottom() - 4;
    swatch(p, x, legendY, DashboardStyle::salesColour(), tr("Actual sales"), &advance);
    x += advance;
    swatch(p, x, legendY, DashboardStyle::targetColour(), tr("Target"), &advance);
    p.restore();
}

void DashboardPrintCharts::achievement(QPainter &p, const QRectF &rect, const DashboardFigures &figures)
{
    p.save();
    ReportPaint::sectionTitle(p, rect, DashboardAchievementChart::title());
    p.setRenderHint(QPainter::Antialiasing);
    const QList<AchievementBucket> &buckets = figures.meeting.histogram;
    int tallest = 0;
    for (const AchievementBucket &b : buckets)
        tallest = std::max(tallest, int(b.codes.size()));
    const auto [top, ticks] = DashboardStyle::niceAxis(std::max(tallest, 4));
    const QRectF plot(rect.left() + 30, rect.top() + titleRoom + 12, rect.width() - 34,
        rect.height() - titleRoom - 12 - 36);
    text(p, QRectF(rect.left(), rect.top() + titleRoom, 120, 9), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Partners"), axisPoints, DashboardStyle::muted());
    valueGrid(p, plot, top, ticks - 1, rect.left());
    if (figures.meeting.judged == 0) {
        noData(p, plot, tr("No partner has results with a target."));
        p.restore();
        return;
    }
    const qreal slot = plot.width() / std::max<qsizetype>(buckets.size(), 1);
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const AchievementBucket &b = buckets[i];
        const bool met = b.from && *b.from >= Ratio { 1, 1 };
        const qreal x = plot.left() + slot * i;
        const qreal h = plot.height() * b.codes.size() / top;
        const QRectF bar(x + slot * 0.12, plot.bottom() - h, slot * 0.76, h);
        p.fillRect(bar, met ? DashboardStyle::metColour() : DashboardStyle::missedColour());
        text(p, QRectF(x, bar.top() - 10, slot, 9), Qt::AlignHCenter | Qt::AlignBottom,
            QLocale().toString(b.codes.size()), 6.5, DashboardStyle::ink());
        text(p, QRectF(x, plot.bottom() + 2, slot, 9), Qt::AlignHCenter | Qt::AlignVCenter, b.label,
            axisPoints, DashboardStyle::muted());
    }
    text(p, QRectF(plot.left(), plot.bottom() + 12, plot.width(), 9), Qt::AlignHCenter | Qt::AlignVCenter,
        tr("Sales as a share of target"), axisPoints, DashboardStyle::muted());
    qreal x = plot.left();
    qreal advance = 0;
    const qreal legendY = rect.bottom() - 4;
    swatch(p, x, legendY, DashboardStyle::missedColour(), tr("Below target"), &advance);
    x += advance;
    swatch(p, x, legendY, DashboardStyle::metColour(), tr("Target met"), &advance);
    p.restore();
}

void DashboardPrintCharts::tiers(QPainter &p, const QRectF &rect, const DashboardFigures &figures)
{
    p.save();
    ReportPaint::sectionTitle(p, rect, DashboardTierChart::title());
    const QList<PartnerGroup> &groups = figures.active.byTier;
    const QRectF area(rect.left(), rect.top() + titleRoom + 4, rect.width(), rect.height() - titleRoom - 8);
    if (figures.active.total == 0 || groups.isEmpty()) {
        noData(p, area, tr("No active partner."));
        p.restore();
        return;
    }
    int tallest = 1;
    for (const PartnerGroup &g : groups)
        tallest = std::max(tallest, g.count());
    const qreal labelWidth = 104;
    const qreal rowHeight = std::min<qreal>(34, area.height() / groups.size());
    const qreal barLeft = area.left() + labelWidth + 6;
    const qreal barRoom = area.right() - barLeft - 28; // room for the count after the longest bar
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const PartnerGroup &g = groups[i];
        const qreal y = area.top() + rowHeight * i;
        const QRectF row(area.left(), y, area.width(), rowHeight);
        text(p, QRectF(row.left(), y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            DashboardTierChart::groupLabel(g, figures.active.total), 7, DashboardStyle::ink());
        const qreal w = barRoom * g.count() / tallest;
        const qreal barHeight = std::min<qreal>(16, rowHeight * 0.62);
        p.fillRect(QRectF(barLeft, y + (rowHeight - barHeight) / 2, w, barHeight),
            DashboardStyle::tierColour(g.key));
    }
    p.setPen(QPen(DashboardStyle::grid().darker(120), 0.5));
    p.drawLine(QPointF(barLeft, area.top()), QPointF(barLeft, area.top() + rowHeight * groups.size()));
    p.restore();
}

void DashboardPrintCharts::regions(QPainter &p, const QRectF &rect, const DashboardFigures &figures)
{
    p.save();
    ReportPaint::sectionTitle(p, rect, DashboardRegionChart::title());
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(rect.left() + 18, rect.top() + titleRoom + 12, rect.width() - 22,
        rect.height() - titleRoom - 12 - 30);
    text(p, QRectF(rect.left(), rect.top() + titleRoom, 120, 9), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Average score (0–10)"), axisPoints, DashboardStyle::muted());
    valueGrid(p, plot, 10, 5, rect.left());
    const QList<RegionCapability> &regions = figures.capabilityByRegion;
    if (regions.isEmpty()) {
        noData(p, plot, tr("No active partner has been assessed."));
        p.restore();
        return;
    }
    const qreal slot = plot.width() / regions.size();
    const qreal barWidth = std::min<qreal>(10, slot * 0.78 / dimensionCount);
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const RegionCapability &r = regions[i];
        const qreal groupLeft = plot.left() + slot * i + (slot - barWidth * dimensionCount) / 2;
        for (const Dimension d : allDimensions) {
            const Ratio tenths = r.averageTenths[int(d)];
            const qreal value = std::clamp(double(tenths.num) / double(tenths.den) / 10.0, 0.0, 10.0);
            const qreal h = plot.height() * value / 10;
            p.fillRect(QRectF(groupLeft + barWidth * int(d), plot.bottom() - h, barWidth - 0.6, h),
                DashboardStyle::dimensionColour(d));
        }
        text(p, QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, 9),
            Qt::AlignHCenter | Qt::AlignVCenter, r.label, axisPoints, DashboardStyle::muted());
    }
    qreal x = plot.left();
    qreal advance = 0;
    const qreal legendY = rect.bottom() - 4;
    for (const Dimension d : allDimensions) {
        swatch(p, x, legendY, DashboardStyle::dimensionColour(d), labelOf(d), &advance);
        x += advance;
    }
    p.restore();
}

} // namespace cs
