// The drawing vocabulary every printed report shares: the print font, the colours,
// one-line and word-wrapped text, section titles. Page units are points
// (ReportPage::pageRect()); sizes are in points whatever the device.
#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace cs::ReportPaint {

// WenQuanYi Micro Hei, because its embedded subsets keep Chinese text extractable
// (noto-cjk's do not); `points` are page units whatever the device's resolution.
QFont printFont(const QPainter &painter, qreal points, bool bold = false);

QColor ink();
QColor muted();
QColor up();
QColor down();
QColor rule();
QString dash();

// One line of text in `rect`, elided to its width.
void text(QPainter &p, const QRectF &rect, int flags, const QString &text, qreal points, const QColor &colour,
    bool bold = false, bool italic = false);

// A bold title over a thin rule; content starts 18 points below area.top().
void sectionTitle(QPainter &p, const QRectF &area, const QString &title);
// Word-wrapped items from `top`; stops (with an ellipsis line) rather than run past
// `bottom`. Returns the y below the last line.
qreal paragraphs(QPainter &p, const QStringList &items, qreal left, qreal width, qreal top, qreal bottom,
    qreal points, const QColor &colour, bool italic, const QString &bullet);
// The height `text` takes word-wrapped to `width` at `points`, as paragraphs() draws it.
qreal wrappedHeight(QPainter &p, const QString &text, qreal width, qreal points, bool italic = false);

} // namespace cs::ReportPaint
