#include "money/Money.h"

#include "text/TextForms.h"

#include <limits>

namespace cs {

namespace {

__extension__ typedef unsigned __int128 UInt128;

constexpr qint64 kFenPerYuan = 100;
constexpr quint64 kFenPerWan = 10'000ULL * 100;
constexpr quint64 kFenPerYi = 100'000'000ULL * 100;

// Callers guarantee den != 0. Works on magnitudes in unsigned 128 bits so that
// INT128_MIN / -1 wraps instead of trapping and "twice the remainder" cannot overflow.
Int128 roundedQuotient(Int128 num, Int128 den)
{
    const bool negative = (num < 0) != (den < 0);
    const UInt128 n = num < 0 ? -static_cast<UInt128>(num) : static_cast<UInt128>(num);
    const UInt128 d = den < 0 ? -static_cast<UInt128>(den) : static_cast<UInt128>(den);
    UInt128 q = n / d;
    const UInt128 r = n % d;
    if (r >= d - r)
        ++q;
    return static_cast<Int128>(negative ? -q : q);
}

bool fitsQint64(Int128 v)
{
    return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max();
}

// Via unsigned so that INT64_MIN has a magnitude too.
quint64 magnitude(qint64 fen)
{
    return fen < 0 ? 0 - static_cast<quint64>(fen) : static_cast<quint64>(fen);
}

QString groupThousands(quint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

QString twoDigits(quint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

// "hundredths" is the amount in the display unit times 100. Plain output is
// for files that other programs read back, so it has no symbol and no grouping.
enum class Look { Plain, Display };
QString formatHundredths(bool negative, quint64 hundredths, Look look, QStringView unit = {})
{
    QString out;
    if (negative)
        out += u'-';
    if (look == Look::Display) {
        out += u'¥';
        out += groupThousands(hundredths / 100);
    } else {
        out += QString::number(hundredths / 100);
    }
    out += u'.';
    out += twoDigits(hundredths % 100);
    out += unit;
    return out;
}

// Spreadsheets from Chinese systems mix full-width forms in; folding them here
// lets the parser below deal with ASCII only.
QChar fold(QChar c)
{
    c = foldFullWidth(c);
    const char16_t u = c.unicode();
    if (u == 0xFFE5) // full-width yen ￥
        return QChar(u'¥');
    if (u == 0x2212) // typographic minus, as pasted from Word
        return QChar(u'-');
    return c;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}


QString characterAt(QStringView text, qsizetype i)
{
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return text.mid(i, 2).toString();
    return text.mid(i, 1).toString();
}

} // namespace

std::optional<qint64> checkedDivRoundHalfAway(Int128 num, Int128 den)
{
    if (den == 0)
        return std::nullopt;
    // INT128_MIN / -1 wraps to INT128_MIN inside roundedQuotient and is refused here too.
    const Int128 q = roundedQuotient(num, den);
    if (!fitsQint64(q))
        return std::nullopt;
    return static_cast<qint64>(q);
}

qint64 divRoundHalfAway(Int128 num, Int128 den)
{
    Q_ASSERT_X(den != 0, "cs::divRoundHalfAway", "division by zero");
    if (den == 0)
        return 0; // release builds: a defined value rather than a trap
    const Int128 q = roundedQuotient(num, den);
    Q_ASSERT_X(fitsQint64(q), "cs::divRoundHalfAway", "result does not fit in qint64");
    return static_cast<qint64>(q);
}

std::optional<Money> Money::fromYuan(qint64 yuan)
{
    qint64 fen = 0;
    if (__builtin_mul_overflow(yuan, kFenPerYuan, &fen))
        return std::nullopt;
    return Money(fen);
}

std::optional<Money> Money::parse(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Money> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto notAmount = [&](const QString &why) {
        return fail(tr("“%1” is not an amount: %2").arg(echoed(text), why));
    };
    const auto unexpected = [&](qsizetype i) {
        return notAmount(tr("unexpected character “%1”").arg(characterAt(text, i)));
    };

    if (text.trimmed().isEmpty())
        return fail(tr("The amount is empty"));

    enum class Stage { Prefix, Number, Suffix };
    Stage stage = Stage::Prefix;
    int signs = 0;
    bool negative = false;
    bool openParen = false;
    bool closedParen = false;
    bool currencySymbol = false;
    bool yuanSuffix = false;

    // Digits beyond what qint64 fen can hold only need to be noticed, not kept.
    constexpr Int128 kIntegerCap = Int128(std::numeric_limits<qint64>::max()) / kFenPerYuan + 1;
    Int128 integerPart = 0;
    bool integerTooLarge = false;
    int digits = 0;
    bool decimalPoint = false;
    int decimals = 0;
    int firstTwoDecimals = 0;
    bool roundUp = false;
    bool grouped = false;
    int groupLength = 0;

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = fold(text[i]);

        if (stage == Stage::Prefix) {
            if (c.isSpace())
                continue;
            if (c == u'-' || c == u'+' || c == u'(') {
                if (++signs > 1)
                    return notAmount(tr("more than one sign"));
                negative = c != u'+';
                openParen = c == u'(';
                continue;
            }
            if (c == u'¥' && !currencySymbol) {
                currencySymbol = true;
                continue;
            }
            // Anything else ends the prefix; the suffix stage reports what it cannot use.
            stage = isAsciiDigit(c) || c == u'.' ? Stage::Number : Stage::Suffix;
        }

        if (stage == Stage::Number) {
            if (isAsciiDigit(c)) {
                const int d = c.unicode() - u'0';
                ++digits;
                if (!decimalPoint) {
                    ++groupLength;
                    if (integerPart < kIntegerCap)
                        integerPart = integerPart * 10 + d;
                    else
                        integerTooLarge = true;
                } else if (++decimals == 1) {
                    firstTwoDecimals = d * 10;
                } else if (decimals == 2) {
                    firstTwoDecimals += d;
                } else if (decimals == 3) {
                    // Everything past the third decimal is at most 0.00099…, so
                    // whether the rest reaches half a fen depends on this digit alone.
                    roundUp = d >= 5;
                }
                continue;
            }
            if (c == u'.') {
                if (decimalPoint)
                    return notAmount(tr("more than one decimal point"));
                if (grouped && groupLength != 3)
                    return notAmount(tr("misplaced thousands separator"));
                decimalPoint = true;
                continue;
            }
            const bool separatorFollows = i + 1 < text.size() && isAsciiDigit(fold(text[i + 1]));
            if (c == u',' || (c.isSpace() && separatorFollows)) {
                // Only 1–3 digits then groups of exactly three: "1,23,4" or a
                // European "1234,56" is refused rather than misread.
                if (decimalPoint || groupLength < 1 || groupLength > 3 || (grouped && groupLength != 3))
                    return notAmount(tr("misplaced thousands separator"));
                grouped = true;
                groupLength = 0;
                continue;
            }
            if (c == u'e' || c == u'E')
                return notAmount(tr("scientific notation is not accepted, format the cell as a number"));
            stage = Stage::Suffix;
        }

        // Stage::Suffix: after the number only spaces, 元 and the closing parenthesis belong.
        if (c.isSpace())
            continue;
        if (c == u'元' && !yuanSuffix) {
            yuanSuffix = true;
            continue;
        }
        if (c == u')') {
            if (!openParen || closedParen)
                return notAmount(tr("unbalanced parenthesis"));
            closedParen = true;
            continue;
        }
        return unexpected(i);
    }

    if (openParen != closedParen)
        return notAmount(tr("unbalanced parenthesis"));
    if (digits == 0)
        return notAmount(tr("no digits"));
    if (grouped && !decimalPoint && groupLength != 3)
        return notAmount(tr("misplaced thousands separator"));

    const Int128 fenMagnitude = integerPart * kFenPerYuan + firstTwoDecimals + (roundUp ? 1 : 0);
    // qint64 reaches one fen further on the negative side.
    const Int128 limit =
        negative ? -Int128(std::numeric_limits<qint64>::min()) : Int128(std::numeric_limits<qint64>::max());
    if (integerTooLarge || fenMagnitude > limit)
        return fail(tr("“%1” is too large for an amount").arg(echoed(text)));
    return Money(static_cast<qint64>(negative ? -fenMagnitude : fenMagnitude));
}

QString Money::toString() const
{
    return formatHundredths(m_fen < 0, magnitude(m_fen), Look::Display);
}

QString Money::toPlainString() const
{
    return formatHundredths(m_fen < 0, magnitude(m_fen), Look::Plain);
}

QString Money::toChineseShort() const
{
    const quint64 fen = magnitude(m_fen);
    if (fen < kFenPerWan)
        return toString();
    // Hundredths of the unit, so "¥1.23万" comes from 123 and rounding happens once.
    const auto wanHundredths = static_cast<quint64>(divRoundHalfAway(fen, kFenPerWan / 100));
    if (wanHundredths < 10'000ULL * 100)
        return formatHundredths(m_fen < 0, wanHundredths, Look::Display, u"万");
    // Also reached when rounding in 万 would print "10000.00万".
    const auto yiHundredths = static_cast<quint64>(divRoundHalfAway(fen, kFenPerYi / 100));
    return formatHundredths(m_fen < 0, yiHundredths, Look::Display, u"亿");
}

std::optional<Money> Money::checkedMulRatio(Money amount, qint64 num, qint64 den)
{
    // qint64 × qint64 is exact in 128 bits, so no intermediate rounding or double.
    const auto fen = checkedDivRoundHalfAway(Int128(amount.m_fen) * num, den);
    if (!fen)
        return std::nullopt;
    return Money(*fen);
}

Money Money::mulRatio(qint64 num, qint64 den) const
{
    return Money(divRoundHalfAway(Int128(m_fen) * num, den));
}

std::optional<Money> Money::checkedAdd(Money a, Money b)
{
    qint64 fen = 0;
    if (__builtin_add_overflow(a.m_fen, b.m_fen, &fen))
        return std::nullopt;
    return Money(fen);
}

std::optional<Money> Money::checkedSub(Money a, Money b)
{
    qint64 fen = 0;
    if (__builtin_sub_overflow(a.m_fen, b.m_fen, &fen))
        return std::nullopt;
    return Money(fen);
}

std::optional<Money> Money::checkedNegate(Money a)
{
    return checkedSub(Money(), a);
}

Money Money::operator+(Money other) const
{
    qint64 fen = 0;
    if (__builtin_add_overflow(m_fen, other.m_fen, &fen))
        Q_ASSERT_X(false, "cs::Money::operator+", "overflow");
    return Money(fen);
}

Money Money::operator-(Money other) const
{
    qint64 fen = 0;
    if (__builtin_sub_overflow(m_fen, other.m_fen, &fen))
        Q_ASSERT_X(false, "cs::Money::operator-", "overflow");
    return Money(fen);
}

Money Money::operator-() const
{
    return Money() - *this;
}

} // namespace cs
