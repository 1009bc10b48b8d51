#include "import/ValueParsers.h"

#include "import/ExactDecimal.h"
#include "import/ExcelDates.h"
#include "text/TextForms.h"

#include <limits>

namespace cs {

namespace {

// An exact reduced ratio from num/den (den > 0), or nullopt when it does not fit qint64.
std::optional<Ratio> reduced(Int128 num, Int128 den)
{
    UInt128 a = magnitude(num);
    UInt128 b = static_cast<UInt128>(den);
    while (b != 0) {
        const UInt128 t = a % b;
        a = b;
        b = t;
    }
    const Int128 g = a == 0 ? 1 : static_cast<Int128>(a);
    num /= g;
    den /= g;
    constexpr Int128 kMax = std::numeric_limits<qint64>::max();
    if (num > kMax || num < -kMax || den > kMax)
        return std::nullopt;
    return Ratio { static_cast<qint64>(num), static_cast<qint64>(den) };
}

bool isInvisibleSpace(QChar c)
{
    return c.isSpace() || c == u'\u200B' || c == u'\uFEFF';
}

// The first character that is not an invisible space, full-width folded; null for none.
QChar firstVisible(QStringView text)
{
    for (QChar c : text)
        if (!isInvisibleSpace(c))
            return foldFullWidth(c);
    return QChar();
}

// Strips one trailing unit (%, 分) and the spaces before it.
bool chopSuffix(QString &text, QChar suffix)
{
    if (!text.endsWith(suffix))
        return false;
    text.chop(1);
    while (!text.isEmpty() && isInvisibleSpace(text.back()))
        text.chop(1);
    return true;
}

// A Text or Number cell's number: text normalised, with an optional unit suffix
// chopped (reported in *suffixFound); a stored number at Excel's 15 digits.
std::optional<Decimal> cellNumber(const SheetCell &cell, bool grouping, DecimalProblem *problem = nullptr,
    QChar suffix = {}, bool *suffixFound = nullptr)
{
    if (cell.kind != SheetCell::Kind::Text) {
        const auto stored = parseDecimal(cell.text.trimmed(), false, problem);
        return stored ? std::optional<Decimal>(stored->excelPrecision()) : std::nullopt;
    }
    QString text = ValueParsers::normaliseText(cell.text);
    const bool found = !suffix.isNull() && chopSuffix(text, suffix);
    if (suffixFound)
        *suffixFound = found;
    return parseDecimal(text, grouping, problem);
}

// The number as the user saw it: a Number cell's stored noise is not worth quoting back.
QString shownNumber(const SheetCell &cell, const Decimal &d, const QString &echo)
{
    const QString plain = cell.kind == SheetCell::Kind::Text ? QString() : d.toString();
    return plain.isEmpty() ? echo : plain;
}

// Named in full in messages, so that "April has no 31st day" reads as a sentence.
const char *const kMonthNames[] = { QT_TRANSLATE_NOOP("cs::ValueParsers", "January"),
    QT_TRANSLATE_NOOP("cs::ValueParsers", "February"), QT_TRANSLATE_NOOP("cs::ValueParsers", "March"),
    QT_TRANSLATE_NOOP("cs::ValueParsers", "April"), QT_TRANSLATE_NOOP("cs::ValueParsers", "May"),
    QT_TRANSLATE_NOOP("cs::ValueParsers", "June"), QT_TRANSLATE_NOOP("cs::ValueParsers", "July"),
    QT_TRANSLATE_NOOP("cs::ValueParsers", "August"), QT_TRANSLATE_NOOP("cs::ValueParsers", "September"),
    QT_TRANSLATE_NOOP("cs::ValueParsers", "October"), QT_TRANSLATE_NOOP("cs::ValueParsers", "November"),
    QT_TRANSLATE_NOOP("cs::ValueParsers", "December") };

// The pieces of a typed date before they are checked, so that the message can say
// which one is wrong.
struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
    int yearDigits = 0;
    int dayDigits = 0;
};

// Digit runs saturate: anything past 9 digits is out of every range anyway.
int readDigits(QStringView s, qsizetype &i, int &count)
{
    int value = 0;
    for (count = 0; i < s.size() && s[i] >= u'0' && s[i] <= u'9'; ++i, ++count) {
        if (value < 100'000'000)
            value = value * 10 + (s[i].unicode() - u'0');
    }
    return value;
}

// "2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "20240305", each optionally
// followed by a time of day. Text is normalised. nullopt when the shape is wrong.
std::optional<DateParts> scanDate(QStringView s)
{
    qsizetype i = 0;
    DateParts p;
    int n = 0;
    const int first = readDigits(s, i, n);
    if (n == 0)
        return std::nullopt;
    if (n == 8 && (i == s.size() || s[i] == u' ' || s[i] == u'T')) {
        p = { first / 10000, first / 100 % 100, first % 100, 4, 2 };
    } else if (i < s.size() && (s[i] == u'-' || s[i] == u'/' || s[i] == u'.' || s[i] == u'年')) {
        const QChar separator = s[i++];
        p.year = first;
        p.yearDigits = n;
        p.month = readDigits(s, i, n);
        if (n == 0 || i == s.size() || s[i++] != (separator == u'年' ? QChar(u'月') : separator))
            return std::nullopt;
        p.day = readDigits(s, i, p.dayDigits);
        if (p.dayDigits == 0)
            return std::nullopt;
        if (separator == u'年' && i < s.size() && (s[i] == u'日' || s[i] == u'号'))
            ++i;
    } else {
        return std::nullopt;
    }
    if (i == s.size())
        return p;
    // A time of day as ERP exports add it ("2024-03-05 10:30:00"): checked for
    // shape only, since it is dropped.
    if (s[i] != u' ' && s[i] != u'T')
        return std::nullopt;
    ++i;
    while (i < s.size() && s[i] == u' ')
        ++i;
    bool colon = false;
    for (; i < s.size(); ++i) {
        if (s[i] == u':')
            colon = true;
        else if ((s[i] < u'0' || s[i] > u'9') && s[i] != u'.')
            return std::nullopt;
    }
    return colon ? std::optional<DateParts>(p) : std::nullopt;
}

} // namespace

QString ValueParsers::normaliseText(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isInvisibleSpace(text[begin]))
        ++begin;
    while (end > begin && isInvisibleSpace(text[end - 1]))
        --end;
    QString out = text.mid(begin, end - begin).toString();
    for (QChar &c : out)
        c = foldFullWidth(c);
    return out;
}

QString ValueParsers::normaliseText(const QString &text)
{
    const bool edges = !text.isEmpty() && (isInvisibleSpace(text.front()) || isInvisibleSpace(text.back()));
    const bool wide = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return foldFullWidth(c) != c; });
    return edges || wide ? normaliseText(QStringView(text)) : text;
}

bool ValueParsers::looksLikeFormula(QStringView text)
{
    const QString t = normaliseText(text);
    return !t.isEmpty() && (t[0] == u'=' || t[0] == u'+' || t[0] == u'-' || t[0] == u'@');
}

QString ValueParsers::echoed(QStringView text)
{
    return cs::echoed(text);
}

std::optional<QString> ValueParsers::unusableCell(const SheetCell &cell, const char *whatSource)
{
    const auto what = [whatSource] {
        return tr(whatSource);
    };
    if (cell.isEmpty())
        return tr("The cell is empty: it should hold %1.").arg(what());
    switch (cell.kind) {
    case SheetCell::Kind::Error:
        return tr("“%1” is an error value, not %2.").arg(echoed(cell.text), what());
    case SheetCell::Kind::Boolean:
        return tr("“%1” is a yes/no value, not %2.").arg(echoed(cell.text), what());
    case SheetCell::Kind::Date:
        return tr("“%1” is a date, not %2.")
            .arg(cell.date.isValid() ? cell.date.toString(Qt::ISODate) : echoed(cell.text), what());
    case SheetCell::Kind::Text:
        // '=' only: a leading + or - is a sign, and the parsers read it as one.
        if (firstVisible(cell.text) == u'=')
            return tr("“%1” is a formula, not %2: formulas are never calculated on import.")
                .arg(echoed(cell.text), what());
        return std::nullopt;
    case SheetCell::Kind::Empty:
    case SheetCell::Kind::Number:
        return std::nullopt;
    }
    return std::nullopt;
}

Parsed<Money> ValueParsers::parseAmount(const SheetCell &cell)
{
    using Result = Parsed<Money>;
    if (const auto why = unusableCell(cell, QT_TR_NOOP("an amount")))
        return Result::failure(*why);

    if (cell.kind == SheetCell::Kind::Text) {
        // The raw text first, so that Money's message quotes what the user typed;
        // the normalised text for invisible spaces Money does not know.
        QString error;
        if (const auto money = Money::parse(cell.text, &error))
            return Result::success(*money);
        if (const auto money = Money::parse(normaliseText(cell.text)))
            return Result::success(*money);
        return Result::failure(error);
    }
    const auto d = cellNumber(cell, false);
    if (!d)
        return Result::failure(tr("“%1” is not an amount: it is not a number.").arg(echoed(cell.text)));
    const auto fen = d->scaled(2);
    if (!fen)
        return Result::failure(tr("“%1” is too large for an amount.").arg(echoed(cell.text)));
    return Result::success(Money::fromFen(*fen));
}

Parsed<Ratio> ValueParsers::parsePercentage(const SheetCell &cell)
{
    using Result = Parsed<Ratio>;
    if (const auto why = unusableCell(cell, QT_TR_NOOP("a percentage")))
        return Result::failure(*why);
    bool percentSign = false;
    const auto d = cellNumber(cell, true, nullptr, u'%', &percentSign);
    if (!d)
        return Result::failure(
            tr("“%1” is not a percentage: write it as 92%, 0.92 or 92.").arg(echoed(cell.text)));
    const QString shown = shownNumber(cell, *d, echoed(cell.text));
    if (d->negative())
        return Result::failure(tr("“%1” is not a percentage: it is negative.").arg(shown));

    const QString tooLarge = tr("“%1” is not a percentage: it is more than 1000 %.").arg(shown);
    const QString tooPrecise = tr("“%1” has more decimal places than a percentage can keep.").arg(shown);
    // Anything above 100,000 is out of range whichever way it is read; checking
    // that first keeps every product below within 128 bits.
    if (const auto whole = d->truncated(); !whole || *whole > 100'000)
        return Result::failure(tooLarge);
    if (d->exponent < -36)
        return Result::failure(tooPrecise);
    const Int128 num = d->exponent >= 0 ? d->mantissa * pow10(d->exponent) : d->mantissa;
    const Int128 den = d->exponent >= 0 ? 1 : pow10(-d->exponent);
    // The documented rule: percent points with a % sign or above 1, else a fraction.
    const bool points = percentSign || num > den;
    const auto fraction = reduced(num, points ? den * 100 : den);
    if (!fraction)
        return Result::failure(tooPrecise);
    if (*fraction > Ratio { 10, 1 })
        return Result::failure(tooLarge);
    // Without a sign, 0 < number ≤ 10 could have been meant the other way.
    if (percentSign || num == 0 || num > 10 * den)
        return Result::success(*fraction);
    const Decimal percentPoints { d->mantissa, points ? d->exponent : d->exponent + 2 };
    return Result::success(*fraction, tr("Read “%1” as %2 %.").arg(shown, percentPoints.toString()));
}

Parsed<Quarter> ValueParsers::parseQuarter(const SheetCell &cell)
{
    using Result = Parsed<Quarter>;
    if (cell.kind == SheetCell::Kind::Date && cell.date.isValid()) {
        const Quarter q = Quarter::containing(cell.date);
        return Result::success(
            q, tr("Read the date %1 as the quarter %2.").arg(cell.date.toString(Qt::ISODate), q.toString()));
    }
    if (const auto why = unusableCell(cell, QT_TR_NOOP("a quarter")))
        return Result::failure(*why);
    // The raw text first, so that the message quotes what the user typed.
    QString error;
    if (const auto q = Quarter::parse(cell.text, &error))
        return Result::success(*q);
    if (const auto q = Quarter::parse(normaliseText(cell.text)))
        return Result::success(*q);
    return Result::failure(error);
}

Parsed<QDate> ValueParsers::parseDate(const SheetCell &cell, DateSystem system)
{
    using Result = Parsed<QDate>;
    if (cell.kind == SheetCell::Kind::Date && cell.date.isValid())
        return Result::success(cell.date);
    // A Date cell without a date is read from its stored serial, as a Number.
    const bool serial = cell.kind == SheetCell::Kind::Number || cell.kind == SheetCell::Kind::Date;
    if (const auto why = serial ? std::nullopt : unusableCell(cell, QT_TR_NOOP("a date")))
        return Result::failure(*why);
    // Only a failure quotes the cell; building the quote for every good date costs a million allocations.
    const auto shown = [&cell] {
        return echoed(cell.text);
    };

    if (serial) {
        const auto d = cellNumber(cell, false);
        if (!d)
            return Result::failure(tr("“%1” is not a date: it is not a number.").arg(shown()));
        if (d->negative())
            return Result::failure(
                tr("“%1” is not a date: Excel day numbers cannot be negative.").arg(shown()));
        // Whole days; a fraction is the time of day, which is dropped.
        const auto n = d->truncated();
        // 3,000,000 days is past 9999 in either system.
        if (!n || *n > 3'000'000)
            return Result::failure(tr("“%1” is not a date: it is after the year 9999.").arg(shown()));
        const bool date1904 = system == DateSystem::Excel1904;
        if (!date1904 && *n == 0)
            return Result::failure(tr("“%1” is not a date: Excel’s day 0 is not a real day.").arg(shown()));
        if (!date1904 && *n == 60)
            return Result::failure(
                tr("“%1” is not a date: it is 29 February 1900, a day Excel counts but that never existed.")
                    .arg(shown()));
        const auto date = excelDayToDate(*n, date1904);
        if (!date)
            return Result::failure(tr("“%1” is not a date: it is after the year 9999.").arg(shown()));
        return Result::success(*date);
    }

    const QString text = normaliseText(cell.text);
    const auto parts = scanDate(text);
    if (!parts) {
        if (const auto number = parseDecimal(text, false); number && !number->negative())
            return Result::failure(
                tr("“%1” is not a date: a day number in a text cell is not read as a date; "
                   "format the column as dates or write 2024-03-05.")
                    .arg(shown()));
        return Result::failure(
            tr("“%1” is not a date: write it as 2024-03-05, 2024/3/5 or 2024年3月5日.").arg(shown()));
    }
    if (parts->yearDigits <= 2 && parts->dayDigits == 4)
        return Result::failure(
            tr("“%1” is not a date: put the year first (2024-03-05), since the order of day and month "
               "is ambiguous.")
                .arg(shown()));
    if (parts->year < Quarter::minYear || parts->year > Quarter::maxYear)
        return Result::failure(
            tr("“%1” is not a date: the year must be between %2 and %3.")
                .arg(shown(), QString::number(Quarter::minYear), QString::number(Quarter::maxYear)));
    if (parts->month < 1 || parts->month > 12)
        return Result::failure(
            tr("“%1” is not a date: there is no month %2.").arg(shown(), QString::number(parts->month)));
    if (parts->day < 1)
        return Result::failure(tr("“%1” is not a date: there is no day 0.").arg(shown()));
    if (parts->day > 31)
        return Result::failure(
            tr("“%1” is not a date: no month has %2 days.").arg(shown(), QString::number(parts->day)));
    const int daysInMonth = QDate(parts->year, parts->month, 1).daysInMonth();
    if (parts->day > daysInMonth) {
        // Only the 29th, 30th and 31st can be missing from a month.
        const QString ordinal = parts->day == 29 ? tr("29th") : parts->day == 30 ? tr("30th") : tr("31st");
        return Result::failure(
            tr("“%1” is not a date: %2 has no %3 day in %4.")
                .arg(shown(), tr(kMonthNames[parts->month - 1]), ordinal, QString::number(parts->year)));
    }
    return Result::success(QDate(parts->year, parts->month, parts->day));
}

Parsed<qint64> ValueParsers::parseCount(const SheetCell &cell)
{
    using Result = Parsed<qint64>;
    if (const auto why = unusableCell(cell, QT_TR_NOOP("a whole number")))
        return Result::failure(*why);
    const QString shown = echoed(cell.text);
    DecimalProblem problem = DecimalProblem::None;
    const auto d = cellNumber(cell, true, &problem);
    if (!d && problem == DecimalProblem::Grouping)
        return Result::failure(tr("“%1” is not a whole number: misplaced thousands separator.").arg(shown));
    if (!d && problem == DecimalProblem::Syntax)
        return Result::failure(tr("“%1” is not a whole number.").arg(shown));
    if (d && !d->wholeAt(0))
        return Result::failure(tr("“%1” is not a whole number.").arg(shown));
    const auto n = d ? d->scaled(0) : std::nullopt;
    if (!n)
        return Result::failure(tr("“%1” is too large for a whole number.").arg(shown));
    return Result::success(*n);
}

Parsed<qint32> ValueParsers::parseScore(const SheetCell &cell)
{
    using Result = Parsed<qint32>;
    if (const auto why = unusableCell(cell, QT_TR_NOOP("a score")))
        return Result::failure(*why);
    const auto d = cellNumber(cell, false, nullptr, u'分');
    if (!d)
        return Result::failure(
            tr("“%1” is not a score: write a number from 0 to 10, such as 8.7.").arg(echoed(cell.text)));
    const QString shown = shownNumber(cell, *d, echoed(cell.text));
    const auto tenths = d->scaled(1);
    if (!tenths || *tenths < 0 || *tenths > 100)
        return Result::failure(tr("“%1” is not a score: scores run from 0 to 10.").arg(shown));
    if (!d->wholeAt(1))
        return Result::failure(
            tr("“%1” is not a score: scores have at most one decimal, such as 8.7.").arg(shown));
    return Result::success(static_cast<qint32>(*tenths));
}

Parsed<qint64> ValueParsers::parseTenths(const SheetCell &cell)
{
    using Result = Parsed<qint64>;
    if (const auto why = unusableCell(cell, QT_TR_NOOP("a number")))
        return Result::failure(*why);
    // Units people type after these measurements: hours (h, 小时) and points (分).
    QString text = cell.text;
    for (const QString &unit : { QStringLiteral("小时"), QStringLiteral("h"), QStringLiteral("H") })
        if (text.trimmed().endsWith(unit)) {
            text = text.trimmed().chopped(unit.size());
            break;
        }
    SheetCell plain = cell;
    plain.text = text;
    const auto d = cellNumber(plain, false, nullptr, u'分');
    if (!d)
        return Result::failure(tr("“%1” is not a number.").arg(echoed(cell.text)));
    const QString shown = shownNumber(cell, *d, echoed(cell.text));
    const auto tenths = d->scaled(1);
    if (!tenths || *tenths < 0)
        return Result::failure(tr("“%1” cannot be negative here.").arg(shown));
    if (!d->wholeAt(1))
        return Result::failure(tr("“%1” has more than one decimal.").arg(shown));
    return Result::success(*tenths);
}

} // namespace cs
