// OKRs of a partner for a quarter: objectives with key results whose target and
// current value are exact fractions, so progress is decided without doubles.
#pragma once

#include "import/ValueParsers.h" // Ratio

#include <QList>
#include <QString>

#include <optional>

namespace cs {

struct KeyResult {
    qint64 id = 0; // 0 until stored
    QString title;
    Ratio target { 0, 1 };
    Ratio current { 0, 1 };
    QString unit;
};

struct Objective {
    qint64 id = 0; // 0 until stored
    QString title;
    QList<KeyResult> keyResults;
};

// current / target, clamped to 0..1. A target that is not positive has no meaningful
// progress, so it counts as none rather than dividing by zero or flipping signs.
Ratio keyResultProgress(const KeyResult &keyResult);

// The mean of the key results' progress; none for an objective without key results,
// which the card shows as "no key results" instead of a misleading 0 %.
std::optional<Ratio> objectiveProgress(const Objective &objective);

// Progress as a whole percent for labels, rounded half away from zero (2/3 → 67).
qint64 progressPercent(Ratio progress);

// Plain decimal text for an OKR value: "12.5", "3", "-0.25"; values that are not
// decimal fractions (1/3) are shown to two decimals.
QString formatOkrNumber(Ratio value);
// Plain decimal text (commas between thousands allowed) as an exact fraction; none
// for anything else, so a typo is refused rather than read as a double.
std::optional<Ratio> parseOkrNumber(const QString &text);

} // namespace cs
