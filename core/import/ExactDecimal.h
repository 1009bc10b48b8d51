// Exact decimal numbers as spreadsheets write them ("1,234.50", "1.2E+3",
// "8.6999999999999993"), read without ever going through a double, for the
// value parsers.
#pragma once

#include "money/Money.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace cs {

__extension__ typedef unsigned __int128 UInt128;

// Int128 holds 10^38; mantissas are kept below 10^36 so that one more scaling
// step can be checked rather than overflowing.
constexpr int kMaxSignificantDigits = 36;
// What Excel shows and keeps of what was typed; the rest of a stored number is
// the binary double's noise ("8.6999999999999993" for 8.7).
constexpr int kExcelDigits = 15;

Int128 pow10(int k);
UInt128 magnitude(Int128 v);
QString toDecimalString(UInt128 v);

// An exact decimal, mantissa × 10^exponent, with no trailing zeros in the mantissa
// so that "is it whole" and "how many decimals" are read off the exponent.
struct Decimal {
    Int128 mantissa = 0;
    int exponent = 0;

    bool negative() const { return mantissa < 0; }
    // Whole at 10^-scale: a whole number for 0, whole tenths for 1.
    bool wholeAt(int scale) const { return mantissa == 0 || exponent + scale >= 0; }

    // value × 10^scale rounded half away from zero (the settlement rule); nullopt
    // when that does not fit qint64.
    std::optional<qint64> scaled(int scale) const
    {
        const int e = exponent + scale;
        if (mantissa == 0 || -e > 38) // |mantissa| < 10^36: far below half a unit
            return 0;
        if (e < 0)
            return checkedDivRoundHalfAway(mantissa, pow10(-e));
        if (e > 18 || magnitude(mantissa) >= magnitude(pow10(37 - e))) // the product stays in 128 bits
            return std::nullopt;
        return checkedDivRoundHalfAway(mantissa * pow10(e), 1);
    }

    // Rounds to Excel's 15 significant digits, exactly and in decimal.
    Decimal excelPrecision() const
    {
        Decimal d = *this;
        int digits = 0;
        for (UInt128 m = magnitude(mantissa); m != 0; m /= 10)
            ++digits;
        if (digits > kExcelDigits) {
            d.mantissa = *checkedDivRoundHalfAway(mantissa, pow10(digits - kExcelDigits)); // 15 digits
            for (d.exponent += digits - kExcelDigits; d.mantissa != 0 && d.mantissa % 10 == 0; ++d.exponent)
                d.mantissa /= 10;
        }
        return d;
    }

    // Plain notation ("0.92", "1000"); empty when that would be absurdly long.
    QString toString() const
    {
        if (mantissa == 0)
            return QStringLiteral("0");
        if (exponent > 20 || exponent < -40)
            return {};
        QString digits = toDecimalString(magnitude(mantissa));
        if (exponent >= 0) {
            digits += QString(exponent, u'0');
        } else {
            const qsizetype k = -exponent;
            if (digits.size() <= k)
                digits.prepend(QString(k - digits.size() + 1, u'0'));
            digits.insert(digits.size() - k, u'.');
        }
        if (negative())
            digits.prepend(u'-');
        return digits;
    }

    // The whole part, the fraction dropped; nullopt when that does not fit qint64.
    std::optional<qint64> truncated() const
    {
        if (wholeAt(0) || -exponent > 38)
            return scaled(0);
        return checkedDivRoundHalfAway(mantissa / pow10(-exponent), 1);
    }
};

enum class DecimalProblem { None, Syntax, Grouping, TooLong };

// Sign, digits, at most one decimal point, optional exponent ("1.2E+3"), and with
// `grouping` commas between groups of three as Money::parse takes them. The text
// must already be normalised (trimmed, full-width folded).
std::optional<Decimal> parseDecimal(QStringView s, bool grouping, DecimalProblem *problem = nullptr);

} // namespace cs
