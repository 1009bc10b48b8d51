#include "print/ScorecardCharts.h"

#include "capability/Tenths.h"
#include "print/ReportPaint.h"

#include <QPaintDevice>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>
#include <numbers>

namespace cs {

using ReportPaint::printFont;

namespace {

const QColor ink(0x22, 0x2b, 0x36);
const QColor muted(0x6b, 0x75, 0x80);
const QColor grid(0xd8, 0xde, 0xe5);
const QColor partnerColour(0x1f, 0x5f, 0xa8);
const QColor benchmarkColour(0xd9, 0x82, 0x1e);
const QColor channelColour(0x8a, 0x94, 0x9e);

// Drawing only: the numbers shown are formatted from the exact values.
double toDouble(Ratio r)
{
    return double(r.num) / double(r.den);
}

void label(QPainter &p, const QRectF &r, int flags, const QString &text, qreal size, const QColor &colour,
    bool bold = false)
{
    p.setFont(printFont(p, size, bold));
    p.setPen(colour);
    p.drawText(r, flags, text);
}

void chartTitle(QPainter &p, const QRectF &rect, const QString &text)
{
    label(p, QRectF(rect.left(), rect.top(), rect.width(), 12), Qt::AlignLeft | Qt::AlignVCenter, text, 8.5,
        ink, true);
}

} // namespace

void ScorecardCharts::trend(
    QPainter &p, const QRectF &rect, const QList<std::pair<Quarter, std::optional<Ratio>>> &points)
{
    p.save();
    chartTitle(p, rect, tr("Overall score, last %n quarter(s)", "", int(points.size())));
    const QRectF plot(rect.left() + 20, rect.top() + 26, rect.width() - 24, rect.height() - 42);
    p.setRenderHint(QPainter::Antialiasing);
    for (int v = 0; v <= 100; v += 25) {
        const qreal y = plot.bottom() - plot.height() * v / 100.0;
        p.setPen(QPen(grid, 0.5));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        label(p, QRectF(rect.left(), y - 5, 16, 10), Qt::AlignRight | Qt::AlignVCenter, QString::number(v),
            6.5, muted);
    }
    if (points.isEmpty()) {
        p.restore();
        return;
    }
    // Inset from the axes so the first and last value labels clear the scale's numbers.
    const qreal inset = 18;
    const qreal step = points.size() > 1 ? (plot.width() - 2 * inset) / (points.size() - 1) : 0;
    const auto xAt = [&](qsizetype i) {
        return points.size() > 1 ? plot.left() + inset + step * i : plot.center().x();
    };
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const qreal x = xAt(i);
        label(p, QRectF(x - 20, plot.bottom() + 3, 40, 10), Qt::AlignHCenter | Qt::AlignTop,
            points[i].first.toString(), 6.5, muted);
        if (!points[i].second) {
            drawing = false;
            continue;
        }
        const QPointF at(
            x, plot.bottom() - plot.height() * std::clamp(toDouble(*points[i].second), 0.0, 100.0) / 100);
        if (drawing)
            path.lineTo(at);
        else
            path.moveTo(at);
        drawing = true;
    }
    p.setPen(QPen(partnerColour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(partnerColour);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (!points[i].second)
            continue;
        const qreal y =
            plot.bottom() - plot.height() * std::clamp(toDouble(*points[i].second), 0.0, 100.0) / 100;
        p.setPen(QPen(Qt::white, 0.8));
        p.drawEllipse(QPointF(xAt(i), y), 2.4, 2.4);
        label(p, QRectF(xAt(i) - 20, y - 13, 40, 10), Qt::AlignHCenter | Qt::AlignBottom,
            formatOneDecimal(*points[i].second), 6.5, ink);
    }
    p.restore();
}

void ScorecardCharts::radar(QPainter &p, const QRectF &rect, const std::optional<PerDimension<int>> &partner,
    const std::optional<PerDimension<Ratio>> &benchmark, const std::optional<PerDimension<Ratio>> &channel)
{
    p.save();
    chartTitle(p, rect, tr("Capability"));
    p.setRenderHint(QPainter::Antialiasing);
    const qreal legendHeight = 12;
    const QRectF area(rect.left(), rect.top() + 14, rect.width(), rect.height() - 14 - legendHeight);
    const qreal radius = std::min(area.width() / 2 - 34, (area.height() - 14) / 1.6);
    // The triangle's centroid sits below the middle of its box: lower the centre so it looks centred.
    const QPointF centre(area.center().x(), area.top() + 8 + radius);
    const auto corner = [&](int axis, double value) {
        const double angle = -std::numbers::pi / 2 + axis * 2 * std::numbers::pi / dimensionCount;
        const double r = radius * std::clamp(value, 0.0, 10.0) / 10.0;
        return QPointF(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
    };
    const auto polygon = [&](auto valueOf) {
        QPolygonF poly;
        for (int axis = 0; axis < dimensionCount; ++axis)
            poly << corner(axis, valueOf(axis));
        return poly;
    };

    p.setBrush(Qt::NoBrush);
    for (int ring = 2; ring <= 10; ring += 2) {
        p.setPen(QPen(grid, ring == 10 ? 0.8 : 0.5));
        p.drawPolygon(polygon([ring](int) { return double(ring); }));
    }
    for (int axis = 0; axis < dimensionCount; ++axis) {
        p.setPen(QPen(grid, 0.5));
        p.drawLine(centre, corner(axis, 10));
        const QPointF tip = corner(axis, 10);
        const Qt::Alignment align = axis == 0 ? Qt::AlignHCenter | Qt::AlignBottom
            : axis == 1                       ? Qt::AlignLeft | Qt::AlignTop
                                              : Qt::AlignRight | Qt::AlignTop;
        QRectF box(0, 0, 60, 18);
        if (axis == 0)
            box.moveCenter(QPointF(tip.x(), tip.y() - 11));
        else if (axis == 1)
            box.moveTopLeft(QPointF(tip.x() - 6, tip.y() + 3));
        else
            box.moveTopRight(QPointF(tip.x() + 6, tip.y() + 3));
        QString text = labelOf(allDimensions[size_t(axis)]);
        if (partner)
            text += QStringLiteral(" ") + formatTenths(qint64((*partner)[size_t(axis)]));
        label(p, box, int(align) | Qt::TextDontClip, text, 7, ink);
    }
    if (channel) {
        p.setPen(QPen(channelColour, 0.8));
        p.setBrush(QColor(channelColour.red(), channelColour.green(), channelColour.blue(), 50));
        p.drawPolygon(polygon([&](int a) { return toDouble((*channel)[size_t(a)]) / 10; }));
    }
    if (benchmark) {
        p.setPen(QPen(benchmarkColour, 1.2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawPolygon(polygon([&](int a) { return toDouble((*benchmark)[size_t(a)]) / 10; }));
    }
    if (partner) {
        p.setPen(QPen(partnerColour, 1.4));
        p.setBrush(QColor(partnerColour.red(), partnerColour.green(), partnerColour.blue(), 70));
        p.drawPolygon(polygon([&](int a) { return (*partner)[size_t(a)] / 10.0; }));
    } else {
        label(p, QRectF(centre.x() - 50, centre.y() - 6, 100, 12), Qt::AlignCenter, tr("Not assessed"), 7.5,
            muted);
    }

    // Legend: one swatch per series, in the order they are drawn over each other.
    const QList<std::pair<QColor, QString>> legend { { partnerColour, tr("Partner") },
        { benchmarkColour, tr("Benchmark") }, { channelColour, tr("Channel average") } };
    p.setFont(printFont(p, 6.5));
    qreal width = 0;
    for (const auto &[colour, text] : legend)
        width += 14 + p.fontMetrics().horizontalAdvance(text) + 8;
    qreal x = rect.center().x() - width / 2;
    const qreal y = rect.bottom() - legendHeight / 2;
    for (const auto &[colour, text] : legend) {
        p.setPen(QPen(colour, 1.6, colour == benchmarkColour ? Qt::DashLine : Qt::SolidLine));
        p.drawLine(QPointF(x, y), QPointF(x + 10, y));
        const qreal w = p.fontMetrics().horizontalAdvance(text) + 2;
        label(p, QRectF(x + 14, y - 5, w, 10), Qt::AlignLeft | Qt::AlignVCenter, text, 6.5, muted);
        x += 14 + w + 6;
    }
    p.restore();
}

} // namespace cs
