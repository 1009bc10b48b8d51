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

QString oneDecimal(Ratio value);
Ratio absolute(Ratio value);
QString arrow(Ratio change); // ▲, ▼ or =

// The KPI table by family with the redistribution notes; returns the y where it ended.
qreal kpiTable(QPainter &p, const ScorecardCard &card, const QRectF &area);
void incentiveSummary(QPainter &p, const ScorecardCard &card, const QRectF &area);
void watchList(QPainter &p, const ScorecardCard &card, const QRectF &area);

} // namespace cs::ScorecardSections
