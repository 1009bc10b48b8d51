// The two charts of a printed scorecard, painted as vector paths in page units
// (points).
#pragma once

#include "capability/Dimension.h"
#include "domain/Quarter.h"
#include "import/ValueParsers.h" // Ratio

#include <QCoreApplication>
#include <QList>
#include <QPainter>
#include <QRectF>

#include <optional>

namespace cs {

class ScorecardCharts {
    Q_DECLARE_TR_FUNCTIONS(cs::ScorecardCharts)

public:
    // The overall score per quarter on a 0–100 scale; gaps where a quarter has none.
    static void trend(
        QPainter &painter, const QRectF &rect, const QList<std::pair<Quarter, std::optional<Ratio>>> &points);
    // Three axes (0–10): the partner's latest scores in tenths, the benchmark and the
    // channel average in exact tenths.
    static void radar(QPainter &painter, const QRectF &rect, const std::optional<PerDimension<int>> &partner,
        const std::optional<PerDimension<Ratio>> &benchmark,
        const std::optional<PerDimension<Ratio>> &channel);
};

} // namespace cs
