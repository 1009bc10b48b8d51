// Money: an amount in yuan held exactly as integer fen, with the parsing,
// formatting and rounding (half away from zero, 四舍五入) that settlements rely on.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace cs {

// GCC/Clang's 128-bit integer; __extension__ keeps -Wpedantic quiet. Wide enough
// that any qint64 × qint64 product is exact, so ratio math never needs double.
__extension__ typedef __int128 Int128;

// num / den rounded half away from zero, exact for any qint64 inputs. den != 0 and a
// result that fits qint64 are the caller's to ensure: debug builds assert, release
// builds return 0 for den == 0 and wrap an oversized result (never UB).
qint64 divRoundHalfAway(Int128 num, Int128 den);
// Same, but returns nullopt when den == 0 or the result does not fit in qint64.
std::optional<qint64> checkedDivRoundHalfAway(Int128 num, Int128 den);

class Money {
    Q_DECLARE_TR_FUNCTIONS(cs::Money)

public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static std::optional<Money> fromYuan(qint64 yuan); // nullopt on overflow
    constexpr qint64 fen() const { return m_fen; }

    // Reads what partners' spreadsheets contain: "¥1,234,567.50", "1234567.5元",
    // "(1,234.00)", "-¥5.00", full-width "１２３４．５". Extra decimals round half
    // away from zero at the fen. Thousands separators (comma or any space) must
    // split the integer part into groups of three, so "1,23,4" and "1234,56" are
    // rejected rather than guessed at. On failure *error gets a translated message.
    static std::optional<Money> parse(QStringView text, QString *error = nullptr);

    QString toString() const; // "¥1,234,567.50", "-¥0.05"
    QString toPlainString() const; // "1234567.50", "-0.05": for CSV/JSON
    // For a Chinese UI: as toString() below 1万; else "¥123.46万" or "¥1.23亿"
    // with two decimals. An amount that rounds up to 10000.00万 shows as "¥1.00亿".
    QString toChineseShort() const;

    // amount × num / den rounded half away from zero at the fen (rates: 3 % is
    // 3/100). den != 0; the result must fit, see checkedMulRatio for untrusted input.
    Money mulRatio(qint64 num, qint64 den) const;
    static std::optional<Money> checkedMulRatio(Money amount, qint64 num, qint64 den);

    // Amounts from imports or totals over many partners go through the checked
    // forms. The operators are for values already known to be in range: an
    // overflow there is a bug, asserted in debug builds; release builds wrap
    // (defined behaviour via the overflow builtins) instead of invoking UB.
    static std::optional<Money> checkedAdd(Money a, Money b);
    static std::optional<Money> checkedSub(Money a, Money b);
    static std::optional<Money> checkedNegate(Money a);

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money &operator+=(Money other) { return *this = *this + other; }
    Money &operator-=(Money other) { return *this = *this - other; }

    // NOLINTNEXTLINE(modernize-use-nullptr): the 0 is the compiler's, in the synthesized body (llvm#53961)
    auto operator<=>(const Money &) const = default;
    bool operator==(const Money &) const = default;

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {
    }

    qint64 m_fen = 0;
};

} // namespace cs
