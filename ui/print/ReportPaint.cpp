#include "print/ReportPaint.h"

#include <QFontMetricsF>
#include <QPaintDevice>

namespace cs::ReportPaint {

QFont printFont(const QPainter &painter, qreal points, bool bold)
{
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    // The painter is scaled to page points, so the size is given in the device's
    // own points, which the scale then brings back to `points` on the page.
    const int dpi = painter.device() ? painter.device()->logicalDpiY() : 72;
    font.setPointSizeF(points * 72.0 / dpi);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void sectionTitle(QPainter &p, const QRectF &area, const QString &title)
{
    text(p, QRectF(area.left(), area.top(), area.width(), 12), Qt::AlignLeft | Qt::AlignVCenter, title, 8.5,
        ink(), true);
    p.setPen(QPen(rule(), 0.6));
    p.drawLine(QPointF(area.left(), area.top() + 14), QPointF(area.right(), area.top() + 14));
}

// Word-wrapped lines from `top`; stops (with an ellipsis line) rather than run past `bottom`.
qreal paragraphs(QPainter &p, const QStringList &items, qreal left, qreal width, qreal top, qreal bottom,
    qreal points, const QColor &colour, bool italic, const QString &bullet)
{
    QFont font = printFont(p, points);
    font.setItalic(italic);
    p.setFont(font);
    p.setPen(colour);
    const QFontMetricsF fm(font, p.device());
    qreal y = top;
    for (const QString &item : items) {
        const QString line = bullet + item;
        const QRectF bounds = p.boundingRect(
            QRectF(left, y, width, 1000), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line);
        if (bounds.bottom() > bottom) {
            p.drawText(QRectF(left, y, width, bottom - y), Qt::AlignLeft | Qt::AlignTop,
                fm.elidedText(line, Qt::ElideRight, width));
            return bottom;
        }
        p.drawText(
            QRectF(left, y, width, bounds.height()), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line);
        y += bounds.height() + 1.5;
    }
    return y;
}

QColor ink()
{
    return QColor(0x22, 0x2b, 0x36);
}
QColor muted()
{
    return QColor(0x6b, 0x75, 0x80);
}
QColor up()
{
    return QColor(0x2e, 0x8b, 0x57);
}
QColor down()
{
    return QColor(0xb8, 0x32, 0x2a);
}
QString dash()
{
    return QStringLiteral("—");
}

void text(QPainter &p, const QRectF &rect, int flags, const QString &str, qreal points, const QColor &colour,
    bool bold, bool italic)
{
    QFont font = printFont(p, points, bold);
    font.setItalic(italic);
    p.setFont(font);
    p.setPen(colour);
    const QFontMetricsF fm(font, p.device());
    p.drawText(rect, flags, fm.elidedText(str, Qt::ElideRight, rect.width()));
}

QColor rule()
{
    return QColor(0xe3, 0xe7, 0xec);
}

qreal wrappedHeight(QPainter &p, const QString &str, qreal width, qreal points, bool italic)
{
    QFont font = printFont(p, points);
    font.setItalic(italic);
    p.setFont(font);
    return p.boundingRect(QRectF(0, 0, width, 10000), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, str)
        .height();
}

} // namespace cs::ReportPaint
