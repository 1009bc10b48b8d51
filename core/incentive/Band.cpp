#include "incentive/Band.h"

#include "incentive/Percent.h"

#include <QCoreApplication>

namespace cs {

bool bandHolds(const Band &band, Int128 num, Int128 den)
{
    // num/den ≥ from/10000 ⇔ num·10000 ≥ from·den, with den > 0.
    if (num * bpPerWhole < Int128(band.fromBp) * den)
        return false;
    return !band.toBp || num * bpPerWhole < Int128(*band.toBp) * den;
}

int bandIndexFor(const Bands &bands, Int128 num, Int128 den)
{
    for (qsizetype i = 0; i < bands.size(); ++i)
        if (bandHolds(bands[i], num, den))
            return int(i);
    return -1;
}

QString bandRangeText(const Band &band)
{
    if (!band.toBp)
        return QStringLiteral("≥ ") + formatRateBp(band.fromBp);
    return formatRateBp(band.fromBp) + QStringLiteral("–") + formatRateBp(*band.toBp);
}

QStringList bandProblems(const Bands &bands)
{
    QStringList problems;
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const Band &b = bands[i];
        const int n = int(i) + 1;
        if (b.rateBp < 0 || b.rateBp > bpPerWhole)
            problems << QCoreApplication::translate("cs::Band", "Band %1: the rate %2 is outside 0–100 %.")
                            .arg(n)
                            .arg(formatRateBp(b.rateBp));
        if (b.toBp && *b.toBp <= b.fromBp)
            problems << QCoreApplication::translate(
                "cs::Band", "Band %1: the upper bound %2 is not above the lower bound %3.")
                            .arg(n)
                            .arg(formatRateBp(*b.toBp), formatRateBp(b.fromBp));
        if (!b.toBp && i + 1 < bands.size())
            problems << QCoreApplication::translate(
                "cs::Band", "Band %1 has no upper bound, so it must be the last band.")
                            .arg(n);
        if (i + 1 < bands.size() && b.toBp) {
            const Band &next = bands[i + 1];
            if (next.fromBp < *b.toBp)
                problems << QCoreApplication::translate(
                    "cs::Band", "Bands %1 and %2 overlap: band %1 runs to %3 but band %2 starts at %4.")
                                .arg(n)
                                .arg(n + 1)
                                .arg(formatRateBp(*b.toBp), formatRateBp(next.fromBp));
            else if (next.fromBp > *b.toBp)
                problems << QCoreApplication::translate(
                    "cs::Band", "Between bands %1 and %2 there is a gap from %3 to %4 that pays nothing.")
                                .arg(n)
                                .arg(n + 1)
                                .arg(formatRateBp(*b.toBp), formatRateBp(next.fromBp));
        }
    }
    return problems;
}

} // namespace cs
