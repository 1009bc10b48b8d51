#include "import/ExactDecimal.h"

namespace cs {

Int128 pow10(int k)
{
    Int128 p = 1;
    for (int i = 0; i < k; ++i)
        p *= 10;
    return p;
}

UInt128 magnitude(Int128 v)
{
    return v < 0 ? -static_cast<UInt128>(v) : static_cast<UInt128>(v);
}

QString toDecimalString(UInt128 v)
{
    QString digits;
    do {
        digits.prepend(QChar(char16_t(u'0' + int(v % 10))));
        v /= 10;
    } while (v != 0);
    return digits;
}

std::optional<Decimal> parseDecimal(QStringView s, bool grouping, DecimalProblem *problem)
{
    const auto fail = [problem](DecimalProblem p) -> std::optional<Decimal> {
        if (problem)
            *problem = p;
        return std::nullopt;
    };
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-' || s[i] == u'\u2212')) {
        negative = s[i] != u'+';
        ++i;
    }
    Int128 mantissa = 0;
    int significant = 0;
    int pendingZeros = 0; // zeros after the last non-zero digit, not yet in the mantissa
    int fractionDigits = 0;
    int digits = 0;
    bool point = false;
    bool grouped = false;
    int groupLength = 0;
    for (; i < s.size() && s[i] != u'e' && s[i] != u'E'; ++i) {
        const QChar c = s[i];
        if (c >= u'0' && c <= u'9') {
            const int d = c.unicode() - u'0';
            ++digits;
            if (point)
                ++fractionDigits;
            else
                ++groupLength;
            if (d == 0) {
                if (mantissa != 0)
                    ++pendingZeros;
                continue;
            }
            significant += pendingZeros + 1;
            if (significant > kMaxSignificantDigits)
                return fail(DecimalProblem::TooLong);
            mantissa = mantissa * pow10(pendingZeros + 1) + d;
            pendingZeros = 0;
        } else if (c == u'.') {
            if (point)
                return fail(DecimalProblem::Syntax);
            if (grouped && groupLength != 3)
                return fail(DecimalProblem::Grouping);
            point = true;
        } else if (c == u',' && grouping) {
            if (point || groupLength < 1 || groupLength > 3 || (grouped && groupLength != 3))
                return fail(DecimalProblem::Grouping);
            grouped = true;
            groupLength = 0;
        } else {
            return fail(DecimalProblem::Syntax);
        }
    }
    if (digits == 0)
        return fail(DecimalProblem::Syntax);
    if (grouped && !point && groupLength != 3)
        return fail(DecimalProblem::Grouping);

    int exponent = 0;
    if (i < s.size()) { // at 'e' or 'E'
        ++i;
        bool negativeExponent = false;
        if (i < s.size() && (s[i] == u'+' || s[i] == u'-')) {
            negativeExponent = s[i] == u'-';
            ++i;
        }
        if (i == s.size())
            return fail(DecimalProblem::Syntax);
        for (; i < s.size(); ++i) {
            if (s[i] < u'0' || s[i] > u'9')
                return fail(DecimalProblem::Syntax);
            if (exponent < 100'000) // beyond any range checked later
                exponent = exponent * 10 + (s[i].unicode() - u'0');
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    // Zero has one form, exponent 0, whatever was written ("0.00", ".0E99"): callers
    // scale by 10^exponent and must not be handed 10^98 for nothing.
    if (mantissa == 0)
        return Decimal {};
    return Decimal { negative ? -mantissa : mantissa, exponent - fractionDigits + pendingZeros };
}

} // namespace cs
