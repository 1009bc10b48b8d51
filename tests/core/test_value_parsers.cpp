// Value normalisers: every form a spreadsheet cell may hold an amount, percentage,
// quarter, date, count, score or choice in, and the message for each bad one.
#include "TestSupport.h"
#include "domain/Partner.h"
#include "import/ValueParsers.h"

#include <limits>
#include <string>

using namespace cs;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

SheetCell text(QStringView t)
{
    return { SheetCell::Kind::Text, t.toString(), {} };
}

SheetCell number(const char *stored)
{
    return { SheetCell::Kind::Number, QString::fromLatin1(stored), {} };
}

SheetCell dateCell(QDate date, const char *serial)
{
    return { SheetCell::Kind::Date, QString::fromLatin1(serial), date };
}

SheetCell errorCell(const char *code)
{
    return { SheetCell::Kind::Error, QString::fromLatin1(code), {} };
}

SheetCell boolean(const char *value)
{
    return { SheetCell::Kind::Boolean, QString::fromLatin1(value), {} };
}

const SheetCell empty {};

std::string describe(const SheetCell &cell)
{
    return "cell \"" + str(cell.text) + "\" of kind " + std::to_string(int(cell.kind));
}

// The value, failing the test with the parser's message when there is none.
template<typename T> T valueOf(const Parsed<T> &result, const SheetCell &cell)
{
    INFO(describe(cell) << ": " << str(result.error));
    REQUIRE(result.ok());
    CHECK(result.error.isEmpty());
    return *result;
}

template<typename T> std::string errorOf(const Parsed<T> &result, const SheetCell &cell)
{
    INFO(describe(cell) << " was accepted");
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error.isEmpty());
    return str(result.error);
}

qint64 fen(const SheetCell &cell)
{
    return valueOf(ValueParsers::parseAmount(cell), cell).fen();
}

std::string amountError(const SheetCell &cell)
{
    return errorOf(ValueParsers::parseAmount(cell), cell);
}

// A percentage as "num/den" plus its note, so one CHECK shows both.
std::string percent(const SheetCell &cell)
{
    const auto result = ValueParsers::parsePercentage(cell);
    const Ratio r = valueOf(result, cell);
    std::string out = std::to_string(r.num) + "/" + std::to_string(r.den);
    if (!result.note.isEmpty())
        out += " (" + str(result.note) + ")";
    return out;
}

std::string percentError(const SheetCell &cell)
{
    return errorOf(ValueParsers::parsePercentage(cell), cell);
}

std::string quarter(const SheetCell &cell)
{
    return str(valueOf(ValueParsers::parseQuarter(cell), cell).toString());
}

std::string quarterError(const SheetCell &cell)
{
    return errorOf(ValueParsers::parseQuarter(cell), cell);
}

QDate date(const SheetCell &cell, DateSystem system = DateSystem::Excel1900)
{
    return valueOf(ValueParsers::parseDate(cell, system), cell);
}

std::string dateError(const SheetCell &cell, DateSystem system = DateSystem::Excel1900)
{
    return errorOf(ValueParsers::parseDate(cell, system), cell);
}

qint64 count(const SheetCell &cell)
{
    return valueOf(ValueParsers::parseCount(cell), cell);
}

std::string countError(const SheetCell &cell)
{
    return errorOf(ValueParsers::parseCount(cell), cell);
}

qint32 tenths(const SheetCell &cell)
{
    return valueOf(ValueParsers::parseScore(cell), cell);
}

std::string scoreError(const SheetCell &cell)
{
    return errorOf(ValueParsers::parseScore(cell), cell);
}

} // namespace

// ---- text ------------------------------------------------------------------

TEST_CASE("normalising trims ASCII, no-break, ideographic and zero-width spaces", "[values][text]")
{
    CHECK(ValueParsers::normaliseText(u"  华东 \t\r\n") == QStringLiteral("华东"));
    CHECK(ValueParsers::normaliseText(u"\u3000\u3000华东\u3000") == QStringLiteral("华东"));
    CHECK(ValueParsers::normaliseText(u"\u00A0A001\u00A0") == QStringLiteral("A001"));
    CHECK(ValueParsers::normaliseText(u"\u200B\uFEFFA001\u200B") == QStringLiteral("A001"));
    CHECK(ValueParsers::normaliseText(u"   ").isEmpty());
    // Spaces inside the text are the user's.
    CHECK(ValueParsers::normaliseText(u" 华东\u3000一区 ") == QStringLiteral("华东\u3000一区"));
}

TEST_CASE("normalising folds full-width letters, digits and signs and leaves Chinese alone", "[values][text]")
{
    CHECK(ValueParsers::normaliseText(u"ＡＢＣ－１２３") == QStringLiteral("ABC-123"));
    CHECK(ValueParsers::normaliseText(u"ｇｏｌｄ！（％）") == QStringLiteral("gold!(%)"));
    CHECK(ValueParsers::normaliseText(u"上海渠道伙伴有限公司。") == QStringLiteral("上海渠道伙伴有限公司。"));
    CHECK(ValueParsers::normaliseText(u"～") == QStringLiteral("~")); // U+FF5E, the block's end
}

TEST_CASE("text that looks like a formula stays plain text and is never evaluated", "[values][text]")
{
    CHECK(ValueParsers::normaliseText(u"=1+1") == QStringLiteral("=1+1"));
    CHECK(ValueParsers::normaliseText(u" ＝SUM(A1:A3)") == QStringLiteral("=SUM(A1:A3)"));
    CHECK(ValueParsers::looksLikeFormula(u"=1+1"));
    CHECK(ValueParsers::looksLikeFormula(u"+86 138"));
    CHECK(ValueParsers::looksLikeFormula(u"-5"));
    CHECK(ValueParsers::looksLikeFormula(u"  @SUM(A1)"));
    CHECK_FALSE(ValueParsers::looksLikeFormula(u"A=1"));
    CHECK_FALSE(ValueParsers::looksLikeFormula(u""));
    CHECK(amountError(text(u"=1+1"))
        == "“=1+1” is a formula, not an amount: formulas are never calculated on import.");
    CHECK(countError(text(u"=A1*2"))
        == "“=A1*2” is a formula, not a whole number: formulas are never calculated on "
           "import.");
}

// ---- amounts ---------------------------------------------------------------

TEST_CASE(
    "an amount in a text cell reads the yen sign, separators, 元 and full-width digits", "[values][amount]")
{
    CHECK(fen(text(u"¥1,234,567.50")) == 123456750);
    CHECK(fen(text(u"1234.5元")) == 123450);
    CHECK(fen(text(u"(1,234.00)")) == -123400);
    CHECK(fen(text(u"１２３４．５")) == 123450);
    CHECK(fen(text(u"\u3000￥８８\u3000")) == 8800);
    CHECK(fen(text(u"\u200B100")) == 10000); // a zero-width space Money alone would refuse
}

TEST_CASE("an amount in a number cell is read exactly from its stored decimal, exponent included",
    "[values][amount]")
{
    CHECK(fen(number("1234.5")) == 123450);
    CHECK(fen(number("1E3")) == 100000);
    CHECK(fen(number("1.5E-2")) == 2);
    CHECK(fen(number("0")) == 0);
    CHECK(fen(number("9999999999999.99")) == 999999999999999); // Excel's full 15 digits
    CHECK(fen(number("12345678901.23")) == 1234567890123);
}

TEST_CASE("an amount rounds half away from zero at the fen", "[values][amount]")
{
    CHECK(fen(number("-0.005")) == -1);
    CHECK(fen(number("0.005")) == 1);
    CHECK(fen(number("0.0049")) == 0);
    CHECK(fen(number("-0.0049")) == 0);
    CHECK(fen(number("1.235")) == 124);
    CHECK(fen(number("5E-3")) == 1);
    CHECK(fen(text(u"1.235")) == 124);
}

TEST_CASE("a number cell's binary noise is read as the 15 digits Excel shows", "[values][amount]")
{
    CHECK(fen(number("0.30000000000000004")) == 30);
    CHECK(fen(number("1234567.8899999999")) == 123456789);
    // 0.0049999999999999999 is 0.005 to Excel's eye, so it rounds to one fen.
    CHECK(fen(number("4.9999999999999999E-3")) == 1);
}

TEST_CASE("a negative amount is returned as a value for the validator to judge", "[values][amount]")
{
    CHECK(fen(text(u"-¥5.00")) == -500);
    CHECK(fen(number("-1234.5")) == -123450);
}

TEST_CASE("text that is not an amount keeps Money's reason and the user's text", "[values][amount]")
{
    CHECK(amountError(text(u"abc")) == "“abc” is not an amount: unexpected character “a”");
    CHECK(amountError(text(u"1,23,4")) == "“1,23,4” is not an amount: misplaced thousands separator");
    CHECK(amountError(text(u"１E３"))
        == "“１E３” is not an amount: scientific notation is not accepted, format the cell as a number");
}

TEST_CASE("an amount too large for fen is refused", "[values][amount]")
{
    CHECK(amountError(number("1E30")) == "“1E30” is too large for an amount.");
    CHECK(amountError(number("1E400")) == "“1E400” is too large for an amount.");
    CHECK(amountError(number("-92233720368547760")) == "“-92233720368547760” is too large for an amount.");
}

TEST_CASE("error, yes/no, date and empty cells are not amounts", "[values][amount]")
{
    CHECK(amountError(errorCell("#N/A")) == "“#N/A” is an error value, not an amount.");
    CHECK(amountError(errorCell("#DIV/0!")) == "“#DIV/0!” is an error value, not an amount.");
    CHECK(amountError(boolean("TRUE")) == "“TRUE” is a yes/no value, not an amount.");
    CHECK(amountError(dateCell(QDate(2024, 3, 5), "45356")) == "“2024-03-05” is a date, not an amount.");
    CHECK(amountError(empty) == "The cell is empty: it should hold an amount.");
    CHECK(amountError(text(u"\u3000 ")) == "The cell is empty: it should hold an amount.");
}

// ---- percentages -----------------------------------------------------------

TEST_CASE("a percentage with a % sign is percent points, with no note", "[values][percent]")
{
    CHECK(percent(text(u"92%")) == "23/25");
    CHECK(percent(text(u"92.5 %")) == "37/40");
    CHECK(percent(text(u"９２％")) == "23/25");
    CHECK(percent(text(u"0.5%")) == "1/200");
    CHECK(percent(text(u"1%")) == "1/100");
    CHECK(percent(text(u"100%")) == "1/1");
    CHECK(percent(text(u"0%")) == "0/1");
    CHECK(percent(text(u"1000%")) == "10/1");
    CHECK(percent(text(u"1,000%")) == "10/1");
}

TEST_CASE("without a % sign a number above 1 is percent points", "[values][percent]")
{
    CHECK(percent(text(u"92")) == "23/25");
    CHECK(percent(text(u"92.5")) == "37/40");
    CHECK(percent(text(u"１００")) == "1/1");
    CHECK(percent(text(u"1000")) == "10/1");
    // Up to 10 the fraction reading (up to 1000 %) was possible too, so it is noted.
    CHECK(percent(text(u"5")) == "1/20 (Read “5” as 5 %.)");
    CHECK(percent(text(u"1.5")) == "3/200 (Read “1.5” as 1.5 %.)");
    CHECK(percent(text(u"10")) == "1/10 (Read “10” as 10 %.)");
    CHECK(percent(text(u"10.5")) == "21/200");
}

TEST_CASE("without a % sign a number from 0 to 1 is a fraction, and 1 is read as 100 %", "[values][percent]")
{
    CHECK(percent(text(u"0.92")) == "23/25 (Read “0.92” as 92 %.)");
    CHECK(percent(text(u"1")) == "1/1 (Read “1” as 100 %.)");
    CHECK(percent(text(u"0.925")) == "37/40 (Read “0.925” as 92.5 %.)");
    CHECK(percent(text(u"0.001")) == "1/1000 (Read “0.001” as 0.1 %.)");
    CHECK(percent(text(u"0")) == "0/1"); // the same either way
}

TEST_CASE("a percentage in a number cell follows the same rule from Excel's 15 digits", "[values][percent]")
{
    // Excel stores a cell shown as 92% as 0.92.
    CHECK(percent(number("0.92")) == "23/25 (Read “0.92” as 92 %.)");
    CHECK(percent(number("0.92000000000000004")) == "23/25 (Read “0.92” as 92 %.)");
    CHECK(percent(number("92")) == "23/25");
    CHECK(percent(number("1")) == "1/1 (Read “1” as 100 %.)");
    CHECK(percent(number("9.25E-1")) == "37/40 (Read “0.925” as 92.5 %.)");
}

TEST_CASE("zero written with a huge exponent is zero, not an overflow (found by fuzzing)", "[values][percent][amount]")
{
    // ".0E99" once scaled zero by 10^98 in 128 bits: undefined behaviour.
    CHECK(percent(number(".0E99")) == "0/1");
    CHECK(percent(number("0E99")) == "0/1");
    CHECK(percent(text(u"0.000e+99%")) == "0/1");
    CHECK(ValueParsers::parseAmount(number("0E99"))->fen() == 0);
    CHECK(ValueParsers::parseCount(number(".0E99")).value == 0);
}

TEST_CASE("a negative percentage is refused", "[values][percent]")
{
    CHECK(percentError(text(u"-5%")) == "“-5%” is not a percentage: it is negative.");
    CHECK(percentError(text(u"-0.5")) == "“-0.5” is not a percentage: it is negative.");
    CHECK(percentError(number("-0.25")) == "“-0.25” is not a percentage: it is negative.");
}

TEST_CASE("a percentage above 1000 % is refused", "[values][percent]")
{
    CHECK(percentError(text(u"1000.5%")) == "“1000.5%” is not a percentage: it is more than 1000 %.");
    CHECK(percentError(text(u"1200")) == "“1200” is not a percentage: it is more than 1000 %.");
    CHECK(percentError(number("1E40")) == "“1E40” is not a percentage: it is more than 1000 %.");
    CHECK(percentError(text(u"99999999999999999999999999999999%"))
        == "“99999999999999999999999999999999%” is not a percentage: it is more than 1000 %.");
}

TEST_CASE("a percentage with more decimals than a ratio can hold is refused", "[values][percent]")
{
    CHECK(percentError(text(u"0.0000000000000000000000000000000000001"))
        == "“0.0000000000000000000000000000000000001” has more decimal places than a percentage can keep.");
}

TEST_CASE("text that is not a percentage is refused with the accepted forms", "[values][percent]")
{
    const std::string hint = " is not a percentage: write it as 92%, 0.92 or 92.";
    CHECK(percentError(text(u"high")) == "“high”" + hint);
    CHECK(percentError(text(u"92%%")) == "“92%%”" + hint);
    CHECK(percentError(text(u"%")) == "“%”" + hint);
    CHECK(percentError(text(u"9 2%")) == "“9 2%”" + hint);
    CHECK(percentError(errorCell("#VALUE!")) == "“#VALUE!” is an error value, not a percentage.");
    CHECK(percentError(empty) == "The cell is empty: it should hold a percentage.");
}

TEST_CASE("ratios compare exactly by value", "[values][percent]")
{
    CHECK(Ratio { 9, 10 } == Ratio { 9, 10 });
    CHECK(Ratio { 9, 10 } < Ratio { 91, 100 });
    CHECK(Ratio { 4, 5 } > Ratio { 799'999'999'999'999'999, 1'000'000'000'000'000'000 });
    // Exactly 90 % read three ways is the same band boundary.
    CHECK(*ValueParsers::parsePercentage(text(u"90%")) == Ratio { 9, 10 });
    CHECK(*ValueParsers::parsePercentage(text(u"0.9")) == Ratio { 9, 10 });
    CHECK(*ValueParsers::parsePercentage(number("90")) == Ratio { 9, 10 });
}

// ---- quarters --------------------------------------------------------------

TEST_CASE("a quarter cell accepts the written forms in text and full width", "[values][quarter]")
{
    CHECK(quarter(text(u"2026Q1")) == "2026Q1");
    CHECK(quarter(text(u"2026 q1")) == "2026Q1");
    CHECK(quarter(text(u"2026-Q1")) == "2026Q1");
    CHECK(quarter(text(u"2026年第1季度")) == "2026Q1");
    CHECK(quarter(text(u"2026年1季度")) == "2026Q1");
    CHECK(quarter(text(u"2026年一季度")) == "2026Q1");
    CHECK(quarter(text(u"2026年第一季度")) == "2026Q1");
    CHECK(quarter(text(u"２０２６年第２季度")) == "2026Q2");
    CHECK(quarter(text(u"\u200B2026Q3")) == "2026Q3");
}

TEST_CASE("a date in a quarter column gives the quarter containing it, with a note", "[values][quarter]")
{
    const auto result = ValueParsers::parseQuarter(dateCell(QDate(2026, 5, 20), "46162"));
    REQUIRE(result.ok());
    CHECK(*result == Quarter(2026, 2));
    CHECK(result.note == QStringLiteral("Read the date 2026-05-20 as the quarter 2026Q2."));
}

TEST_CASE("a quarter cell out of range or in no known form says why", "[values][quarter]")
{
    CHECK(quarterError(text(u"2026Q5")) == "“2026Q5” is not a quarter: quarters run from 1 to 4.");
    CHECK(quarterError(text(u"2026Q0")) == "“2026Q0” is not a quarter: quarters run from 1 to 4.");
    CHECK(quarterError(text(u"1899Q1"))
        == "“1899Q1” is not a quarter: the year must be between 1900 and 9999.");
    CHECK(
        quarterError(text(u"２０２６Ｑ５")) == "“２０２６Ｑ５” is not a quarter: quarters run from 1 to 4.");
    CHECK(quarterError(number("2026")) == "“2026” is not a quarter: write it as 2026Q1 or 2026年第1季度.");
    CHECK(quarterError(errorCell("#REF!")) == "“#REF!” is an error value, not a quarter.");
    CHECK(quarterError(boolean("FALSE")) == "“FALSE” is a yes/no value, not a quarter.");
    CHECK(quarterError(empty) == "The cell is empty: it should hold a quarter.");
}

// ---- dates -----------------------------------------------------------------

TEST_CASE("a date cell gives the date the reader converted", "[values][date]")
{
    CHECK(date(dateCell(QDate(2024, 3, 5), "45356")) == QDate(2024, 3, 5));
    // Without a converted date, the stored serial is read.
    CHECK(date(dateCell(QDate(), "45356")) == QDate(2024, 3, 5));
}

TEST_CASE("an Excel serial counts from 1900 and skips Excel's phantom 29 February", "[values][date]")
{
    CHECK(date(number("1")) == QDate(1900, 1, 1));
    CHECK(date(number("59")) == QDate(1900, 2, 28));
    CHECK(date(number("61")) == QDate(1900, 3, 1));
    CHECK(date(number("45356")) == QDate(2024, 3, 5));
    CHECK(date(number("45356.75")) == QDate(2024, 3, 5)); // the time of day is dropped
    CHECK(date(number("4.5356E4")) == QDate(2024, 3, 5));
    CHECK(date(number("2958465")) == QDate(9999, 12, 31));
}

TEST_CASE("the 1904 date system counts from 1 January 1904", "[values][date]")
{
    CHECK(date(number("0"), DateSystem::Excel1904) == QDate(1904, 1, 1));
    CHECK(date(number("60"), DateSystem::Excel1904) == QDate(1904, 3, 1));
    CHECK(date(number("43894"), DateSystem::Excel1904) == QDate(2024, 3, 5));
}

TEST_CASE("serials that are no real day are refused with the reason", "[values][date]")
{
    CHECK(dateError(number("60"))
        == "“60” is not a date: it is 29 February 1900, a day Excel counts but that never existed.");
    CHECK(dateError(number("0")) == "“0” is not a date: Excel’s day 0 is not a real day.");
    CHECK(dateError(number("-1")) == "“-1” is not a date: Excel day numbers cannot be negative.");
    CHECK(dateError(number("2958466")) == "“2958466” is not a date: it is after the year 9999.");
    CHECK(dateError(number("1E20")) == "“1E20” is not a date: it is after the year 9999.");
}

TEST_CASE("text dates are read in ISO, slash, dot, Chinese and compact forms", "[values][date]")
{
    const QDate march5(2024, 3, 5);
    CHECK(date(text(u"2024-03-05")) == march5);
    CHECK(date(text(u"2024/3/5")) == march5);
    CHECK(date(text(u"2024.3.5")) == march5);
    CHECK(date(text(u"2024年3月5日")) == march5);
    CHECK(date(text(u"2024年03月05号")) == march5);
    CHECK(date(text(u"2024年3月5")) == march5);
    CHECK(date(text(u"20240305")) == march5);
    CHECK(date(text(u"２０２４－０３－０５")) == march5);
    CHECK(date(text(u"２０２４年３月５日")) == march5);
    CHECK(date(text(u"\u3000 2024/3/5 ")) == march5);
}

TEST_CASE("a time of day after a text date is dropped", "[values][date]")
{
    CHECK(date(text(u"2024-03-05 10:30:00")) == QDate(2024, 3, 5));
    CHECK(date(text(u"2024/3/5 0:00")) == QDate(2024, 3, 5));
    CHECK(date(text(u"2024-03-05T10:30:00.5")) == QDate(2024, 3, 5));
    CHECK(date(text(u"2024年3月5日 9:15")) == QDate(2024, 3, 5));
    CHECK(dateError(text(u"2024-03-05 noon"))
        == "“2024-03-05 noon” is not a date: write it as 2024-03-05, 2024/3/5 or 2024年3月5日.");
}

TEST_CASE("an impossible date names the day the month does not have", "[values][date]")
{
    CHECK(dateError(text(u"2024-02-30")) == "“2024-02-30” is not a date: February has no 30th day in 2024.");
    CHECK(dateError(text(u"2023-02-29")) == "“2023-02-29” is not a date: February has no 29th day in 2023.");
    CHECK(dateError(text(u"2024/4/31")) == "“2024/4/31” is not a date: April has no 31st day in 2024.");
    CHECK(dateError(text(u"20230229")) == "“20230229” is not a date: February has no 29th day in 2023.");
    CHECK(date(text(u"2024-02-29")) == QDate(2024, 2, 29));
}

TEST_CASE("a month or day out of every calendar's range is refused", "[values][date]")
{
    CHECK(dateError(text(u"2024-13-01")) == "“2024-13-01” is not a date: there is no month 13.");
    CHECK(dateError(text(u"2024年0月1日")) == "“2024年0月1日” is not a date: there is no month 0.");
    CHECK(dateError(text(u"2024-03-00")) == "“2024-03-00” is not a date: there is no day 0.");
    CHECK(dateError(text(u"2024-03-32")) == "“2024-03-32” is not a date: no month has 32 days.");
    CHECK(dateError(text(u"1899-12-31"))
        == "“1899-12-31” is not a date: the year must be between 1900 and 9999.");
    CHECK(dateError(text(u"24-3-5")) == "“24-3-5” is not a date: the year must be between 1900 and 9999.");
}

TEST_CASE("day-first dates and day numbers typed as text are refused rather than guessed", "[values][date]")
{
    CHECK(dateError(text(u"3/5/2024"))
        == "“3/5/2024” is not a date: put the year first (2024-03-05), since the order of day and month is "
           "ambiguous.");
    CHECK(dateError(text(u"05.03.2024"))
        == "“05.03.2024” is not a date: put the year first (2024-03-05), since the order of day and month is "
           "ambiguous.");
    CHECK(dateError(text(u"45356"))
        == "“45356” is not a date: a day number in a text cell is not read as a date; format the column as "
           "dates or write 2024-03-05.");
}

TEST_CASE("text in no date form, and error, yes/no or empty cells, are not dates", "[values][date]")
{
    const std::string hint = " is not a date: write it as 2024-03-05, 2024/3/5 or 2024年3月5日.";
    CHECK(dateError(text(u"March 5")) == "“March 5”" + hint);
    CHECK(dateError(text(u"2024-03/05")) == "“2024-03/05”" + hint);
    CHECK(dateError(text(u"2024-03")) == "“2024-03”" + hint);
    CHECK(dateError(text(u"2024年3月")) == "“2024年3月”" + hint);
    CHECK(dateError(errorCell("#N/A")) == "“#N/A” is an error value, not a date.");
    CHECK(dateError(boolean("TRUE")) == "“TRUE” is a yes/no value, not a date.");
    CHECK(dateError(empty) == "The cell is empty: it should hold a date.");
    CHECK(dateError(text(u"=TODAY()"))
        == "“=TODAY()” is a formula, not a date: formulas are never calculated on "
           "import.");
}

// ---- counts ----------------------------------------------------------------

TEST_CASE("a count is read from plain, grouped and full-width digits", "[values][count]")
{
    CHECK(count(text(u"12")) == 12);
    CHECK(count(text(u"1,200")) == 1200);
    CHECK(count(text(u"1,234,567")) == 1234567);
    CHECK(count(text(u"１２")) == 12);
    CHECK(count(text(u" 0 ")) == 0);
    CHECK(count(text(u"12.0")) == 12);
    CHECK(count(text(u"-3")) == -3); // kept: the validator decides about negative counts
}

TEST_CASE("a count in a number cell may be stored as 12.0 or with an exponent", "[values][count]")
{
    CHECK(count(number("12")) == 12);
    CHECK(count(number("12.0")) == 12);
    CHECK(count(number("1.2E3")) == 1200);
    CHECK(count(number("12.000000000000002")) == 12); // Excel shows 12
}

TEST_CASE("a count with a fraction is not a whole number", "[values][count]")
{
    CHECK(countError(text(u"12.5")) == "“12.5” is not a whole number.");
    CHECK(countError(number("12.5")) == "“12.5” is not a whole number.");
    CHECK(countError(number("1.25E1")) == "“1.25E1” is not a whole number.");
}

TEST_CASE("a count that is not a number, badly grouped or too large says so", "[values][count]")
{
    CHECK(countError(text(u"twelve")) == "“twelve” is not a whole number.");
    CHECK(countError(text(u"12人")) == "“12人” is not a whole number.");
    CHECK(countError(text(u"1,20")) == "“1,20” is not a whole number: misplaced thousands separator.");
    CHECK(countError(text(u"12,00.5")) == "“12,00.5” is not a whole number: misplaced thousands separator.");
    CHECK(count(text(u"9,223,372,036,854,775,807")) == std::numeric_limits<qint64>::max());
    CHECK(count(text(u"-9223372036854775808")) == std::numeric_limits<qint64>::min());
    CHECK(
        countError(text(u"9223372036854775808")) == "“9223372036854775808” is too large for a whole number.");
    CHECK(countError(text(u"1234567890123456789012345678901234567"))
        == "“1234567890123456789012345678901234567” is too large for a whole number.");
    CHECK(countError(errorCell("#NUM!")) == "“#NUM!” is an error value, not a whole number.");
    CHECK(countError(empty) == "The cell is empty: it should hold a whole number.");
}

// ---- scores ----------------------------------------------------------------

TEST_CASE("a score from 0 to 10 with one decimal is kept in tenths", "[values][score]")
{
    CHECK(tenths(text(u"8.7")) == 87);
    CHECK(tenths(text(u"4.2")) == 42);
    CHECK(tenths(text(u"10")) == 100);
    CHECK(tenths(text(u"0")) == 0);
    CHECK(tenths(text(u"8.70")) == 87); // a trailing zero adds no precision
    CHECK(tenths(text(u"８．７")) == 87);
    CHECK(tenths(text(u"8.7分")) == 87);
    CHECK(tenths(text(u"9 分")) == 90);
    CHECK(tenths(number("8.7")) == 87);
    CHECK(tenths(number("8.6999999999999993")) == 87); // how Excel may store a typed 8.7
    CHECK(tenths(number("1E1")) == 100);
}

TEST_CASE("a score with more than one decimal is refused, not rounded", "[values][score]")
{
    CHECK(
        scoreError(text(u"8.75")) == "“8.75” is not a score: scores have at most one decimal, such as 8.7.");
    CHECK(
        scoreError(number("8.75")) == "“8.75” is not a score: scores have at most one decimal, such as 8.7.");
    CHECK(scoreError(number("8.7500000000000001"))
        == "“8.75” is not a score: scores have at most one decimal, "
           "such as 8.7.");
}

TEST_CASE("a score outside 0 to 10 is refused", "[values][score]")
{
    CHECK(scoreError(text(u"10.1")) == "“10.1” is not a score: scores run from 0 to 10.");
    CHECK(scoreError(text(u"87")) == "“87” is not a score: scores run from 0 to 10.");
    CHECK(scoreError(text(u"-1")) == "“-1” is not a score: scores run from 0 to 10.");
    CHECK(scoreError(number("1E30")) == "“1E30” is not a score: scores run from 0 to 10.");
}

TEST_CASE("a score that is not a number, or not a text or number cell, says so", "[values][score]")
{
    CHECK(scoreError(text(u"good")) == "“good” is not a score: write a number from 0 to 10, such as 8.7.");
    CHECK(scoreError(text(u"8.7%")) == "“8.7%” is not a score: write a number from 0 to 10, such as 8.7.");
    CHECK(scoreError(errorCell("#N/A")) == "“#N/A” is an error value, not a score.");
    CHECK(scoreError(boolean("TRUE")) == "“TRUE” is a yes/no value, not a score.");
    CHECK(scoreError(dateCell(QDate(2024, 3, 5), "45356")) == "“2024-03-05” is a date, not a score.");
    CHECK(scoreError(empty) == "The cell is empty: it should hold a score.");
}

// ---- choices ---------------------------------------------------------------

TEST_CASE("a choice is read by its code, English or Chinese label after normalising", "[values][choice]")
{
    const auto tier = [](const SheetCell &cell) {
        return valueOf(ValueParsers::parseChoiceCell<Tier>(cell), cell);
    };
    CHECK(tier(text(u"diamond")) == Tier::Diamond);
    CHECK(tier(text(u"Gold")) == Tier::Gold);
    CHECK(tier(text(u"银牌")) == Tier::Silver);
    CHECK(tier(text(u"\u3000铜牌\u3000")) == Tier::Bronze);
    CHECK(tier(text(u"ＤＩＡＭＯＮＤ")) == Tier::Diamond);
    const auto type = [](const SheetCell &cell) {
        return valueOf(ValueParsers::parseChoiceCell<PartnerType>(cell), cell);
    };
    CHECK(type(text(u"经销商")) == PartnerType::Distributor);
    CHECK(type(text(u"independent_rep")) == PartnerType::IndependentRep);
}

TEST_CASE("an unknown choice lists the accepted values", "[values][choice]")
{
    const auto tierError = [](const SheetCell &cell) {
        return errorOf(ValueParsers::parseChoiceCell<Tier>(cell), cell);
    };
    CHECK(tierError(text(u"Platinum")) == "“Platinum” is not one of: Diamond, Gold, Silver, Bronze.");
    CHECK(tierError(number("1")) == "“1” is not one of: Diamond, Gold, Silver, Bronze.");
    CHECK(tierError(errorCell("#N/A")) == "“#N/A” is an error value, not one of the listed values.");
    CHECK(tierError(empty) == "The cell is empty: it should hold one of the listed values.");
}
