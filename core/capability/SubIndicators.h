// The optional sub-indicators an assessment may carry (DOMAIN.md, capability model),
// and the editable mapping that derives a dimension score from them: each
// sub-indicator scores 0 at its floor and 10 at its target, linearly between,
// and a dimension is the weighted average of its sub-indicators that are present.
#pragma once

#include "capability/Dimension.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>
#include <span>

namespace cs {

// Two per dimension, in dimension order. Stored values are whole numbers in the
// unit unitOf() names, so every comparison and derivation is exact.
enum class SubIndicator { CoreProducts, ExamScore, Visits, Conversion, ResponseHours, Satisfaction };

inline constexpr int subIndicatorCount = 6;
inline constexpr std::array<SubIndicator, subIndicatorCount> allSubIndicators { SubIndicator::CoreProducts,
    SubIndicator::ExamScore, SubIndicator::Visits, SubIndicator::Conversion, SubIndicator::ResponseHours,
    SubIndicator::Satisfaction };

template<typename T> using PerSubIndicator = std::array<T, subIndicatorCount>;
using SubIndicatorValues = PerSubIndicator<std::optional<qint64>>;

std::span<const Choice<SubIndicator>> choices(SubIndicator);

Dimension dimensionOf(SubIndicator indicator);

// Decimals of the stored unit: 0 for counts, 1 for tenths (exam points, hours) and
// per mille (a percentage with one decimal).
int decimalsOf(SubIndicator indicator);
bool isPercentage(SubIndicator indicator);
// The largest value that makes sense (100.0 points, 100.0 %); none for counts and hours.
std::optional<qint64> maximumOf(SubIndicator indicator);

// "5", "87.5", "35.0 %", "4.5 h" in the workbook's own notation (no locale).
QString formatSubIndicator(SubIndicator indicator, qint64 stored);
// The number alone, as a form field shows it: "5", "87.5", "35.0", "4.5".
QString subIndicatorNumber(SubIndicator indicator, qint64 stored);
// The unit shown after a value in forms: "", "points", "%", "h".
QString unitLabel(SubIndicator indicator);

// Value at `floor` scores 0, at `target` 10; floor above target means lower is
// better (response hours). Values beyond either end are held at 0 or 10.
struct SubIndicatorScale {
    qint64 floor = 0;
    qint64 target = 0;
    int weight = 1; // 1–100, relative to the other sub-indicator of the same dimension

    bool operator==(const SubIndicatorScale &) const = default;
};

// The defaults: 5 core products (the seeds' minimum); exam 0–100 points; 20 visits
// in 30 days; 30 % conversion; response from 48 h down to 4 h; satisfaction 50–100 %.
PerSubIndicator<SubIndicatorScale> defaultSubIndicatorScales();

class SubIndicatorScores {
    Q_DECLARE_TR_FUNCTIONS(cs::SubIndicatorScores)

public:
    // One sub-indicator's score in tenths (0–100), rounded half away from zero.
    static int scoreTenths(qint64 value, const SubIndicatorScale &scale);
    // The dimension's score from the sub-indicators present, in tenths, rounded half
    // away from zero once, after weighting; none when none of them is present.
    static std::optional<int> derive(Dimension dimension, const SubIndicatorValues &values,
        const PerSubIndicator<SubIndicatorScale> &scales);
    // How the derived score came about, e.g. "core products 4 → 8.0; exam score 72.0 → 7.2".
    static QString explain(Dimension dimension, const SubIndicatorValues &values,
        const PerSubIndicator<SubIndicatorScale> &scales);
};

} // namespace cs
