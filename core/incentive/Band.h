// Bands that turn a ratio (achievement, year-over-year growth) into a rate.
// Lower bound inclusive, upper bound exclusive: [90 %, 100 %) → 3 %.
#pragma once

#include "money/Money.h" // Int128

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

struct Band {
    qint64 fromBp = 0; // inclusive
    std::optional<qint64> toBp; // exclusive; none: open-ended ("120 % and above")
    qint64 rateBp = 0;

    bool operator==(const Band &) const = default;
};

using Bands = QList<Band>;

// Whether num/den (den > 0) lies in the band, decided exactly by cross-multiplying.
bool bandHolds(const Band &band, Int128 num, Int128 den);
// The index of the band that holds num/den, or -1 when none does (below the
// first band: no rebate). Bands must be valid (bandProblems() empty).
int bandIndexFor(const Bands &bands, Int128 num, Int128 den);
// "90 %–100 %", "≥ 120 %": how a band is named in explanations and the editor.
QString bandRangeText(const Band &band);

// What is wrong with a list of bands, one translated sentence per problem naming
// the bands by their position (1-based, as the editor shows them) and saying why:
// an upper bound not above the lower, overlaps, gaps between neighbours, an open
// band that is not the last, rates outside 0–100 %. Empty when the bands are usable.
// Bands are judged in the order given; the editor keeps them sorted by lower bound.
QStringList bandProblems(const Bands &bands);

} // namespace cs
