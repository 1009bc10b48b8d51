// The parts of a printed scorecard below its header: the KPI table, the incentive
// summary and the watch list, with the colours, number formats and text drawing
// the whole page shares. Page units are points (ScorecardRenderer::pageRect()).
#pragma once

#include "scorecard/ScorecardCard.h"

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace cs::ScorecardSections {

QColor ink();
QColor muted();
QColor up();
QColor down();
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

Ratio absolute(Ratio value);
QString arrow(Ratio change); // ▲, ▼ or =

// The KPI table by family with the redistribution notes; returns the y where it ended.
qreal kpiTable(QPainter &p, const ScorecardCard &card, const QRectF &area);
void incentiveSummary(QPainter &p, const ScorecardCard &card, const QRectF &area);
void watchList(QPainter &p, const ScorecardCard &card, const QRectF &area);
// The quarter's OKRs with progress bars (the first few, then "+N more") and the
// improvement notes; both implemented in ScorecardOkrSections.cpp.
void okrs(QPainter &p, const ScorecardCard &card, const QRectF &area);
void improvementNotes(QPainter &p, const ScorecardCard &card, const QRectF &area);

} // namespace cs::ScorecardSections
