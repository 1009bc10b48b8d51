// The parts of a printed scorecard below its header: the KPI table, the incentive
// summary and the watch list, and the number formats the page shares. Page units are points
// (ScorecardRenderer::pageRect()).
#pragma once

#include "print/ReportPaint.h"
#include "scorecard/ScorecardCard.h"

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace cs::ScorecardSections {

// The shared drawing vocabulary (text, colours, section titles) under this namespace too.
using namespace ReportPaint;

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
