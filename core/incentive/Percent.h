// Rates and ratios as the incentive engine keeps them: rates in basis points
// (1 bp = 0.01 %, so 3 % is 300 and 2.5 % is 250), ratios as exact fractions.
// A band is decided by cross-multiplying integers, never by a double, so an
// achievement of exactly 90 % is 90 %.
#pragma once

#include "money/Money.h" // Int128

#include <QString>
#include <QStringView>

#include <optional>

namespace cs {

constexpr qint64 bpPerWhole = 10000; // 100 %

// A rate for display with only the decimals it needs: 300 → "3 %", 250 → "2.5 %",
// 5 → "0.05 %", −1000 → "-10 %".
QString formatRateBp(qint64 bp);
// num/den as a percentage with exactly two decimals, rounded down so the figure
// shown is always in the band the exact ratio is in (bounds are whole hundredths
// of a percent): 934000/1000000 → "93.40 %", 89.999999 % → "89.99 %". den must not be 0.
QString formatRatioPercent(Int128 num, Int128 den);
// Same, without the space and percent sign, for CSV and JSON: "93.40".
QString plainRatioPercent(Int128 num, Int128 den);
// A rate in basis points without sign or space for CSV and JSON: 300 → "3.00".
QString plainRateBp(qint64 bp);

// Reads what a manager types for a rate: "3", "3%", "2.5 %", "0.25", "-10 %" (growth
// bands may start below zero), full-width digits. At most two decimals. On failure
// *error gets a translated message that quotes the text.
std::optional<qint64> parseRateBp(QStringView text, QString *error = nullptr);

} // namespace cs
