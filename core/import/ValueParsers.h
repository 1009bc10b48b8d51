// Turns one spreadsheet cell into a typed value (amount, percentage, quarter, date,
// count, score, choice) or a plain-words reason why not, the same for CSV and xlsx.
#pragma once

#include "domain/Choice.h"
#include "domain/Quarter.h"
#include "import/SheetRow.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <compare>
#include <optional>

namespace cs {

// An exact fraction, always reduced with den > 0: 92 % is 23/25. Rates and
// achievements that decide a band are compared with this, never with double.
struct Ratio {
    qint64 num = 0;
    qint64 den = 1;

    // Cross-multiplied in 128 bits, so exact for any pair.
    friend std::strong_ordering operator<=>(Ratio a, Ratio b)
    {
        return Int128(a.num) * b.den <=> Int128(b.num) * a.den;
    }
    // Reduced forms are unique, so equal values have equal members.
    friend bool operator==(Ratio a, Ratio b) = default;
};

// A fraction in tenths of a percent, rounded half away from zero: 2/3 → 667 (66.7 %).
inline qint64 perMille(Ratio r)
{
    return divRoundHalfAway(Int128(r.num) * 1000, r.den);
}

// Either the value or, when the cell cannot be used, why not. A value may come
// with a note: how an ambiguous cell was read, for the user to check.
template<typename T> struct Parsed {
    std::optional<T> value;
    QString error; // empty exactly when value is set
    QString note; // empty unless the reading was a guess

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }

    static Parsed success(T v, QString guess = {}) { return { std::move(v), {}, std::move(guess) }; }
    static Parsed failure(QString why) { return { std::nullopt, std::move(why), {} }; }
};

// Which day Excel's serial 0 is: Windows Excel and WPS use the 1900 system, old
// Mac workbooks the 1904 one (the xlsx reader knows which from workbook.xml).
enum class DateSystem { Excel1900, Excel1904 };

// Every parser treats an Empty cell as an error ("The cell is empty: it should hold
// an amount."): callers check SheetCell::isEmpty() first where a field is optional.
// Error cells (#N/A), Boolean cells and, except where said, Date cells are errors
// too. Messages are translated sentences that quote the value as the user typed it.
//
// Number cells hold the decimal text Excel stored, which for a typed 8.7 may be
// "8.6999999999999993": they are first rounded (exactly, in decimal) to the 15
// significant digits Excel shows, so the value read is the value the user saw.
// Text cells are read exactly as typed.
class ValueParsers {
    Q_DECLARE_TR_FUNCTIONS(cs::ValueParsers)

public:
    // Trims spaces (ASCII, no-break U+00A0, ideographic U+3000 and other Unicode
    // spaces, plus the invisible U+200B and U+FEFF) and folds full-width ASCII
    // (U+FF01–U+FF5E: "ＡＢ１２" → "AB12") to half-width. Chinese text and spaces
    // inside the text are left alone. Nothing is evaluated: "=1+1" stays "=1+1".
    static QString normaliseText(QStringView text);
    // The same for a QString, sharing it instead of copying when it is already
    // normal (the usual case: a million-row import calls this for every cell).
    static QString normaliseText(const QString &text);

    // True for text a spreadsheet program would run as a formula (=, +, -, @
    // first): such text is stored as plain text, and writers that export it
    // must keep Excel from evaluating it.
    static bool looksLikeFormula(QStringView text);

    // Money in fen. Text goes through Money::parse ("¥1,234,567.50", "(1,234.00)",
    // "1234.5元", full-width digits). Number cells may use an exponent ("1E3");
    // extra decimals round half away from zero at the fen ("-0.005" → -1 fen).
    // Negative amounts are values: whether they are allowed is the validator's call.
    static Parsed<Money> parseAmount(const SheetCell &cell);

    // A percentage as the fraction it stands for (92 % → 23/25), read by this rule:
    // - with a % sign ("92%", "92.5 %", "９２％") the number is percent points;
    // - without one, a number above 1 is percent points (92 → 92 %) and a number
    //   from 0 to 1 inclusive is a fraction (0.92 → 92 %, 1 → 100 %).
    // When the number had no % sign and the other reading would also have been
    // accepted (0 < number ≤ 10) the result carries a note such as
    // "Read “1” as 100 %.", so the user can spot a column read the wrong way.
    // Negative percentages and more than 1000 % are errors.
    static Parsed<Ratio> parsePercentage(const SheetCell &cell);

    // Text in any form Quarter::parse accepts. A Date cell gives the quarter that
    // contains the date, with a note.
    static Parsed<Quarter> parseQuarter(const SheetCell &cell);

    // Date cells give their date (the reader converted it). Number cells are Excel
    // day numbers in `system`; 1900's nonexistent 29 February (serial 60) is an
    // error and a time of day is dropped. Text: "2024-03-05", "2024/3/5",
    // "2024.3.5", "2024年3月5日" (or 号), "20240305", full-width digits, optionally
    // followed by a time ("2024-03-05 10:30:00"), which is dropped. Years run
    // 1900–9999; "3/5/2024" is refused because day and month order is ambiguous,
    // and a day number typed as text is refused rather than guessed at.
    static Parsed<QDate> parseDate(const SheetCell &cell, DateSystem system = DateSystem::Excel1900);

    // A whole number (new customers, visits): "12", "1,200", "１２", Number cells
    // "12", "12.0" or "1.2E3". "12.5" is an error. The sign is kept: whether a
    // negative count is allowed is the validator's call.
    static Parsed<qint64> parseCount(const SheetCell &cell);

    // A capability score from 0 to 10 with at most one decimal, in tenths
    // (8.7 → 87). More decimals are an error, not rounded: a score with two
    // decimals is a sign the column holds something else. "8.7分" is accepted.
    static Parsed<qint32> parseScore(const SheetCell &cell);

    // A measurement with at most one decimal (exam points, response hours), in
    // tenths: "72.5" → 725, "4h" → 40. Negative values and more decimals are errors.
    static Parsed<qint64> parseTenths(const SheetCell &cell);

    // One value of a closed set by its code, English or Chinese label (cs::parseChoice).
    // The error lists the accepted values as the user's language shows them.
    template<typename E> static Parsed<E> parseChoiceCell(const SheetCell &cell)
    {
        if (const auto why = unusableCell(cell, QT_TR_NOOP("one of the listed values")))
            return Parsed<E>::failure(*why);
        const QString text = normaliseText(cell.text);
        if (const auto value = parseChoice<E>(text))
            return Parsed<E>::success(*value);
        QStringList accepted;
        for (const E value : allOf<E>())
            accepted.append(labelOf(value));
        return Parsed<E>::failure(
            tr("“%1” is not one of: %2.").arg(echoed(cell.text), accepted.join(QStringLiteral(", "))));
    }

private:
    // Why a cell of this kind cannot hold `what` ("an amount"); nullopt for Text and
    // Number cells, which the parsers read themselves. Date cells count as unusable.
    // `what` is untranslated ("an amount"): translated only when there is something
    // to say, since the parsers run for every cell of a million-row file.
    static std::optional<QString> unusableCell(const SheetCell &cell, const char *what);
    // The cell's text trimmed and cut short for a message.
    static QString echoed(QStringView text);
};

} // namespace cs
