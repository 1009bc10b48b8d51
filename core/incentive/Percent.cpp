#include "incentive/Percent.h"

#include "import/ExactDecimal.h"
#include "text/TextForms.h"

#include <QCoreApplication>

namespace cs {

namespace {

// num/den rounded down (toward minus infinity) in 128 bits: a ratio of two amounts
// can be far larger than qint64 once scaled to hundredths of a percent. Band bounds
// are whole hundredths of a percent, so a floored figure is in the same band as the
// exact ratio: 89.999999 % shows as 89.99 %, never as a 90.00 % that pays 2 %.
Int128 flooredQuotient(Int128 num, Int128 den)
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const Int128 q = num / den; // truncates toward zero
    return (num % den != 0 && num < 0) ? q - 1 : q;
}

// Hundredths (of a percent) as "93.40" or, trimmed, "93.4"; sign kept.
QString hundredths(Int128 value, bool trim)
{
    const bool negative = value < 0;
    const UInt128 m = magnitude(value);
    QString text = toDecimalString(m / 100);
    const int frac = int(m % 100);
    if (!trim || frac != 0) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(frac, 2, 10, QLatin1Char('0'));
        if (trim && frac % 10 == 0)
            text.chop(1);
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace

QString formatRateBp(qint64 bp)
{
    return hundredths(bp, true) + QStringLiteral(" %");
}

QString plainRateBp(qint64 bp)
{
    return hundredths(bp, false);
}

QString plainRatioPercent(Int128 num, Int128 den)
{
    return hundredths(flooredQuotient(num * bpPerWhole, den), false);
}

QString formatRatioPercent(Int128 num, Int128 den)
{
    return plainRatioPercent(num, den) + QStringLiteral(" %");
}

std::optional<qint64> parseRateBp(QStringView text, QString *error)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text)
        folded += foldFullWidth(c);
    QStringView t = QStringView(folded).trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t = t.chopped(1).trimmed();
    const auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (t.isEmpty())
        return fail(QCoreApplication::translate("cs::Percent", "Enter a percentage, e.g. 3 or 2.5 %."));
    const std::optional<Decimal> d = parseDecimal(t, false);
    if (!d || t.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        return fail(
            QCoreApplication::translate("cs::Percent", "“%1” is not a percentage.").arg(echoed(text)));
    if (!d->wholeAt(2))
        return fail(
            QCoreApplication::translate("cs::Percent", "“%1” has more than two decimals.").arg(echoed(text)));
    const std::optional<qint64> bp = d->scaled(2);
    if (!bp || *bp > 1000 * bpPerWhole || *bp < -1000 * bpPerWhole)
        return fail(QCoreApplication::translate("cs::Percent", "“%1” is too large.").arg(echoed(text)));
    return bp;
}

} // namespace cs
