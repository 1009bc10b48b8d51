#include "scorecard/Okr.h"

#include "capability/Tenths.h"
#include "import/ExactDecimal.h"

#include <algorithm>

namespace cs {

Ratio keyResultProgress(const KeyResult &keyResult)
{
    const Ratio t = keyResult.target;
    const Ratio c = keyResult.current;
    if (t.num <= 0 || t.den <= 0 || c.den <= 0 || c.num <= 0)
        return Ratio { 0, 1 };
    const Int128 num = Int128(c.num) * t.den;
    const Int128 den = Int128(c.den) * t.num;
    // Compared before dividing, so an overshoot never has to fit a ratio.
    if (num >= den)
        return Ratio { 1, 1 };
    return exactRatio(num, den);
}

std::optional<Ratio> objectiveProgress(const Objective &objective)
{
    if (objective.keyResults.isEmpty())
        return std::nullopt;
    Ratio sum { 0, 1 };
    for (const KeyResult &kr : objective.keyResults) {
        const Ratio p = keyResultProgress(kr);
        sum = exactRatio(Int128(sum.num) * p.den + Int128(p.num) * sum.den, Int128(sum.den) * p.den);
    }
    return exactRatio(sum.num, Int128(sum.den) * objective.keyResults.size());
}

qint64 progressPercent(Ratio progress)
{
    return divRoundHalfAway(Int128(progress.num) * 100, progress.den);
}

QString formatOkrNumber(Ratio value)
{
    if (value.den <= 0)
        return {};
    for (int k = 0; k <= 6; ++k) {
        if (pow10(k) % value.den == 0)
            return Decimal { Int128(value.num) * (pow10(k) / value.den), -k }.toString();
    }
    return Decimal { divRoundHalfAway(Int128(value.num) * 100, value.den), -2 }.toString();
}

std::optional<Ratio> parseOkrNumber(const QString &text)
{
    const std::optional<Decimal> d = parseDecimal(text.trimmed(), true);
    if (!d)
        return std::nullopt;
    // More than 12 decimals is no OKR value anyone typed on purpose.
    const int scale = std::max(0, -d->exponent);
    if (scale > 12)
        return std::nullopt;
    const std::optional<qint64> whole = d->scaled(scale);
    if (!whole)
        return std::nullopt;
    return exactRatio(*whole, pow10(scale));
}

} // namespace cs
