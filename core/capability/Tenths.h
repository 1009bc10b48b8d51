// Capability scores are whole tenths (8.7 is stored as 87). Averages, the composite and
// gaps are exact fractions of tenths, so no threshold is ever decided by a double.
#pragma once

#include "import/ValueParsers.h" // Ratio
#include "money/Money.h" // Int128, divRoundHalfAway

#include <QString>

namespace cs {

// num/den reduced, with den > 0. den must not be 0; the result must fit qint64
// (sums of at most a few million tenths always do).
Ratio exactRatio(Int128 num, Int128 den);

inline Ratio ratioOf(qint64 whole)
{
    return Ratio { whole, 1 };
}

inline Ratio operator-(Ratio a, Ratio b)
{
    return exactRatio(Int128(a.num) * b.den - Int128(b.num) * a.den, Int128(a.den) * b.den);
}

// Rounded half away from zero to a whole number of the ratio's unit (tenths: the one
// decimal shown): 59.5 tenths → 60, −0.5 → −1.
inline qint64 roundHalfAway(Ratio r)
{
    return divRoundHalfAway(r.num, r.den);
}

// A count of tenths with one decimal and no locale: 87 → "8.7", −3 → "-0.3", 100 → "10.0".
// Also used for per-mille shown as percent (725 → "72.5").
QString formatTenths(qint64 tenths);
inline QString formatTenths(Ratio tenths)
{
    return formatTenths(roundHalfAway(tenths));
}

// A value in whole units (a score, a count) with one decimal, rounded half away from
// zero once, from the exact value: 86.25 → "86.3".
inline QString formatOneDecimal(Ratio value)
{
    return formatTenths(divRoundHalfAway(Int128(value.num) * 10, value.den));
}

} // namespace cs
