#include "capability/Tenths.h"

namespace cs {

Ratio exactRatio(Int128 num, Int128 den)
{
    Q_ASSERT(den != 0);
    if (den < 0) {
        num = -num;
        den = -den;
    }
    Int128 a = num < 0 ? -num : num;
    Int128 b = den;
    while (b != 0) {
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    const Int128 g = a == 0 ? den : a; // 0/den reduces to 0/1
    // NOLINTNEXTLINE(clang-analyzer-core.DivideZero): g > 0 as den != 0, asserted above (not in release)
    return Ratio { static_cast<qint64>(num / g), static_cast<qint64>(den / g) };
}

QString formatTenths(qint64 tenths)
{
    const qint64 magnitude = tenths < 0 ? -tenths : tenths;
    return QStringLiteral("%1%2.%3")
        .arg(tenths < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 10)
        .arg(magnitude % 10);
}

} // namespace cs
