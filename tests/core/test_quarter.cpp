// Quarters: the forms spreadsheets write them in, the messages for the ones that
// are wrong, and the calendar arithmetic scorecards and growth rebates use.
#include "TestSupport.h"
#include "domain/Quarter.h"

#include <QHash>

#include <string>

using cs::Quarter;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

std::string parsed(QStringView text)
{
    QString error;
    const auto q = Quarter::parse(text, &error);
    INFO("parsing \"" << str(text.toString()) << "\": " << str(error));
    REQUIRE(q.has_value());
    return str(q->toString());
}

std::string parseError(QStringView text)
{
    QString error;
    const auto q = Quarter::parse(text, &error);
    INFO("parsing \"" << str(text.toString()) << "\" gave " << (q ? str(q->toString()) : std::string()));
    REQUIRE_FALSE(q.has_value());
    return str(error);
}

} // namespace

TEST_CASE("a quarter parses from 2026Q1 with any case, spaces or a dash between", "[quarter]")
{
    CHECK(parsed(u"2026Q1") == "2026Q1");
    CHECK(parsed(u"2026q2") == "2026Q2");
    CHECK(parsed(u"2026 q3") == "2026Q3");
    CHECK(parsed(u"2026-Q4") == "2026Q4");
    CHECK(parsed(u"2026 - Q1") == "2026Q1");
    CHECK(parsed(u"2026/Q1") == "2026Q1");
    CHECK(parsed(u"  2026Q1\t") == "2026Q1");
}

TEST_CASE("a quarter parses with the quarter written first", "[quarter]")
{
    CHECK(parsed(u"Q1 2026") == "2026Q1");
    CHECK(parsed(u"q3-2025") == "2025Q3");
}

TEST_CASE("a quarter parses from the Chinese forms with digits or numerals", "[quarter]")
{
    CHECK(parsed(u"2026年第1季度") == "2026Q1");
    CHECK(parsed(u"2026年1季度") == "2026Q1");
    CHECK(parsed(u"2026年一季度") == "2026Q1");
    CHECK(parsed(u"2026年第一季度") == "2026Q1");
    CHECK(parsed(u"2026年第二季度") == "2026Q2");
    CHECK(parsed(u"2026年三季度") == "2026Q3");
    CHECK(parsed(u"2026年第四季") == "2026Q4");
    CHECK(parsed(u"2026 年 第 2 季度") == "2026Q2");
}

TEST_CASE("a quarter parses from full-width digits and letters", "[quarter]")
{
    CHECK(parsed(u"２０２６Ｑ１") == "2026Q1");
    CHECK(parsed(u"２０２６ｑ４") == "2026Q4");
    CHECK(parsed(u"２０２６年第３季度") == "2026Q3");
    CHECK(parsed(u"\u3000"
                 "2026Q1\u3000")
        == "2026Q1");
}

TEST_CASE("a quarter outside 1 to 4 is refused naming the range", "[quarter]")
{
    CHECK(parseError(u"2026Q5") == "“2026Q5” is not a quarter: quarters run from 1 to 4.");
    CHECK(parseError(u"2026Q0") == "“2026Q0” is not a quarter: quarters run from 1 to 4.");
    CHECK(parseError(u"2026年第五季度") == "“2026年第五季度” is not a quarter: quarters run from 1 to 4.");
}

TEST_CASE("a quarter with a year before 1900 or after 9999 is refused", "[quarter]")
{
    CHECK(parseError(u"1899Q4") == "“1899Q4” is not a quarter: the year must be between 1900 and 9999.");
    CHECK(parseError(u"26Q1") == "“26Q1” is not a quarter: the year must be between 1900 and 9999.");
    CHECK(parseError(u"10000Q1") == "“10000Q1” is not a quarter: the year must be between 1900 and 9999.");
    CHECK(parsed(u"1900Q1") == "1900Q1");
    CHECK(parsed(u"9999Q4") == "9999Q4");
}

TEST_CASE("text that is not a quarter is refused with the accepted forms", "[quarter]")
{
    const std::string hint = " is not a quarter: write it as 2026Q1 or 2026年第1季度.";
    CHECK(parseError(u"2026") == "“2026”" + hint);
    CHECK(parseError(u"2026-1") == "“2026-1”" + hint);
    CHECK(parseError(u"Q1") == "“Q1”" + hint);
    CHECK(parseError(u"2026Q1x") == "“2026Q1x”" + hint);
    CHECK(parseError(u"2026Q") == "“2026Q”" + hint);
    CHECK(parseError(u"first quarter") == "“first quarter”" + hint);
    CHECK(parseError(u"2026年第季度") == "“2026年第季度”" + hint);
    CHECK(parseError(u"") == "The quarter is empty.");
    CHECK(parseError(u"   ") == "The quarter is empty.");
}

TEST_CASE("parse without an error pointer still refuses", "[quarter]")
{
    CHECK_FALSE(Quarter::parse(u"2026Q9").has_value());
    CHECK(Quarter::parse(u"2026Q2") == Quarter(2026, 2));
}

TEST_CASE("toString gives the stored form and parse reads it back", "[quarter]")
{
    CHECK(Quarter(2026, 1).toString() == QStringLiteral("2026Q1"));
    for (int q = 1; q <= 4; ++q) {
        const Quarter quarter(2031, q);
        CHECK(Quarter::parse(quarter.toString()) == quarter);
    }
}

TEST_CASE("the label shows year and quarter for display", "[quarter]")
{
    // Untranslated here: the Chinese "2026年第1季度" comes from the translation file.
    CHECK(Quarter(2026, 1).label() == QStringLiteral("2026 Q1"));
    CHECK(Quarter(10000, 4).label() == QStringLiteral("10000 Q4")); // no digit grouping
}

TEST_CASE("first and last days cover the quarter's three months", "[quarter]")
{
    CHECK(Quarter(2026, 1).firstDay() == QDate(2026, 1, 1));
    CHECK(Quarter(2026, 1).lastDay() == QDate(2026, 3, 31));
    CHECK(Quarter(2026, 2).firstDay() == QDate(2026, 4, 1));
    CHECK(Quarter(2026, 2).lastDay() == QDate(2026, 6, 30));
    CHECK(Quarter(2026, 3).lastDay() == QDate(2026, 9, 30));
    CHECK(Quarter(2026, 4).firstDay() == QDate(2026, 10, 1));
    CHECK(Quarter(2026, 4).lastDay() == QDate(2026, 12, 31));
}

TEST_CASE("next and previous cross the year boundary", "[quarter]")
{
    CHECK(Quarter(2026, 1).next() == Quarter(2026, 2));
    CHECK(Quarter(2026, 4).next() == Quarter(2027, 1));
    CHECK(Quarter(2026, 2).previous() == Quarter(2026, 1));
    CHECK(Quarter(2026, 1).previous() == Quarter(2025, 4));
    CHECK(Quarter(2026, 3).sameQuarterLastYear() == Quarter(2025, 3));
}

TEST_CASE("the quarter containing a date includes its first and last day", "[quarter]")
{
    CHECK(Quarter::containing(QDate(2024, 1, 1)) == Quarter(2024, 1));
    CHECK(Quarter::containing(QDate(2024, 3, 31)) == Quarter(2024, 1));
    CHECK(Quarter::containing(QDate(2024, 4, 1)) == Quarter(2024, 2));
    CHECK(Quarter::containing(QDate(2024, 9, 30)) == Quarter(2024, 3));
    CHECK(Quarter::containing(QDate(2024, 12, 31)) == Quarter(2024, 4));
    for (int q = 1; q <= 4; ++q) {
        const Quarter quarter(2024, q);
        CHECK(Quarter::containing(quarter.firstDay()) == quarter);
        CHECK(Quarter::containing(quarter.lastDay()) == quarter);
    }
}

TEST_CASE("quarters order chronologically, year before quarter", "[quarter]")
{
    CHECK(Quarter(2025, 4) < Quarter(2026, 1));
    CHECK(Quarter(2026, 1) < Quarter(2026, 2));
    CHECK(Quarter(2026, 3) > Quarter(2025, 4));
    CHECK(Quarter(2026, 3) <= Quarter(2026, 3));
    CHECK(Quarter(2026, 3) != Quarter(2025, 3));
}

TEST_CASE("a default quarter is null, and quarters work as hash keys", "[quarter]")
{
    CHECK_FALSE(Quarter().isValid());
    CHECK(Quarter(2026, 1).isValid());
    QHash<Quarter, int> sales;
    sales.insert(Quarter(2026, 1), 10);
    sales.insert(Quarter(2025, 1), 20);
    CHECK(sales.value(Quarter(2026, 1)) == 10);
    CHECK(sales.value(Quarter(2026, 1).sameQuarterLastYear()) == 20);
}
