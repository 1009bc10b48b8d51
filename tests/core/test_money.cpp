#include "money/Money.h"

#include <catch2/catch.hpp>
#include <limits>
#include <string>

using cs::Int128;
using cs::Money;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

// Compared as std::string so that Catch prints both sides on failure.
std::string str(const QString &s)
{
    return s.toStdString();
}

qint64 parsedFen(QStringView text)
{
    QString error;
    const auto money = Money::parse(text, &error);
    INFO("parsing \"" << str(text.toString()) << "\": " << str(error));
    REQUIRE(money.has_value());
    return money->fen();
}

std::string parseError(QStringView text)
{
    QString error;
    const auto money = Money::parse(text, &error);
    INFO("parsing \"" << str(text.toString()) << "\" gave " << (money ? money->fen() : 0) << " fen");
    REQUIRE_FALSE(money.has_value());
    return str(error);
}

std::string shown(qint64 fen)
{
    return str(Money::fromFen(fen).toString());
}

std::string plain(qint64 fen)
{
    return str(Money::fromFen(fen).toPlainString());
}

std::string chinese(qint64 fen)
{
    return str(Money::fromFen(fen).toChineseShort());
}

qint64 ratio(qint64 fen, qint64 num, qint64 den)
{
    return Money::fromFen(fen).mulRatio(num, den).fen();
}

} // namespace

// ---- parsing: accepted forms ----------------------------------------------

TEST_CASE("a plain number parses to fen, surrounding spaces ignored", "[money][parse]")
{
    CHECK(parsedFen(u" 1234 ") == 123400);
    CHECK(parsedFen(u"0") == 0);
    CHECK(parsedFen(u"1234567.5") == 123456750);
    CHECK(parsedFen(u"0.05") == 5);
    CHECK(parsedFen(u".5") == 50);
    CHECK(parsedFen(u"5.") == 500);
    CHECK(parsedFen(u"007.10") == 710);
    CHECK(parsedFen(u"\t42\n") == 4200);
}

TEST_CASE("the yen sign and the 元 suffix are accepted", "[money][parse]")
{
    CHECK(parsedFen(u"¥1,234,567.50") == 123456750);
    CHECK(parsedFen(u"￥1234567.5") == 123456750);
    CHECK(parsedFen(u"1,234,567.50元") == 123456750);
    CHECK(parsedFen(u"1,234.50 元") == 123450);
    CHECK(parsedFen(u"¥ 1,234.00") == 123400);
    CHECK(parsedFen(u"¥5元") == 500);
}

TEST_CASE("a sign may come before or after the yen sign", "[money][parse]")
{
    CHECK(parsedFen(u"-¥5.00") == -500);
    CHECK(parsedFen(u"¥-5.00") == -500);
    CHECK(parsedFen(u"- 5") == -500);
    CHECK(parsedFen(u"+¥5") == 500);
    CHECK(parsedFen(u"\u22125.25") == -525); // typographic minus sign
    CHECK(parsedFen(u"-0.00") == 0);
}

TEST_CASE("accounting parentheses mean a negative amount", "[money][parse]")
{
    CHECK(parsedFen(u"(1,234.00)") == -123400);
    CHECK(parsedFen(u"(¥1,234.00)") == -123400);
    CHECK(parsedFen(u"( 1,234.00 )") == -123400);
    CHECK(parsedFen(u"(1,234.00)元") == -123400);
    CHECK(parsedFen(u"(1,234.00元)") == -123400);
    CHECK(parsedFen(u"（１，２３４．００）") == -123400);
}

TEST_CASE("full-width digits, comma, period, minus and yen sign are accepted", "[money][parse]")
{
    CHECK(parsedFen(u"１２３４．５") == 123450);
    CHECK(parsedFen(u"－１，２３４．５６") == -123456);
    CHECK(parsedFen(u"￥１２３") == 12300);
    CHECK(parsedFen(u"１２３元") == 12300);
    CHECK(parsedFen(u"\u3000１２３\u3000") == 12300); // ideographic spaces around
}

TEST_CASE("normal, no-break and thin spaces group thousands", "[money][parse]")
{
    CHECK(parsedFen(u"1 234 567.50") == 123456750);
    CHECK(parsedFen(u"1\u2009234\u2009567.50") == 123456750);
    CHECK(parsedFen(u"1\u00A0234.00") == 123400);
    CHECK(parsedFen(u"¥1\u202F234") == 123400);
}

TEST_CASE("a half fen rounds away from zero in both directions", "[money][parse][rounding]")
{
    CHECK(parsedFen(u"0.005") == 1);
    CHECK(parsedFen(u"-0.005") == -1);
    CHECK(parsedFen(u"(0.005)") == -1);
    CHECK(parsedFen(u"0.0049999") == 0);
    CHECK(parsedFen(u"-0.0049999") == 0);
    CHECK(parsedFen(u"1.0049999") == 100);
    CHECK(parsedFen(u"2.675") == 268);
    CHECK(parsedFen(u"-2.675") == -268);
    CHECK(parsedFen(u"0.995") == 100);
    CHECK(parsedFen(u"9.9951") == 1000);
}

TEST_CASE("amounts above 2^31 fen parse exactly up to the qint64 limits", "[money][parse][range]")
{
    CHECK(parsedFen(u"¥30,000,000.00") == 3'000'000'000);
    CHECK(parsedFen(u"¥21,474,836.48") == 2'147'483'648);
    CHECK(parsedFen(u"¥92,233,720,368,547,758.07") == kMax);
    CHECK(parsedFen(u"-¥92,233,720,368,547,758.08") == kMin);
    CHECK(parsedFen(u"92233720368547758.074") == kMax);
}

// ---- parsing: rejections ----------------------------------------------------

TEST_CASE("amounts beyond qint64 fen are rejected as too large", "[money][parse][range]")
{
    CHECK(parseError(u"¥92,233,720,368,547,758.08")
        == "“¥92,233,720,368,547,758.08” is too large for an amount");
    CHECK(parseError(u"-92,233,720,368,547,758.09")
        == "“-92,233,720,368,547,758.09” is too large for an amount");
    // Only the rounding of the third decimal pushes this one over.
    CHECK(parseError(u"92233720368547758.075") == "“92233720368547758.075” is too large for an amount");
    CHECK(parseError(u"99999999999999999999999999")
        == "“99999999999999999999999999” is too large for an amount");
}

TEST_CASE("an empty cell is rejected as empty", "[money][parse][error]")
{
    CHECK(parseError(u"") == "The amount is empty");
    CHECK(parseError(u"   ") == "The amount is empty");
    CHECK(parseError(QStringView()) == "The amount is empty");
}

TEST_CASE("letters and stray symbols are rejected naming the character", "[money][parse][error]")
{
    CHECK(parseError(u"12a4") == "“12a4” is not an amount: unexpected character “a”");
    CHECK(parseError(u"abc") == "“abc” is not an amount: unexpected character “a”");
    CHECK(parseError(u"N/A") == "“N/A” is not an amount: unexpected character “N”");
    CHECK(parseError(u"#VALUE!") == "“#VALUE!” is not an amount: unexpected character “#”");
    CHECK(parseError(u"5-") == "“5-” is not an amount: unexpected character “-”");
    CHECK(parseError(u"¥5¥") == "“¥5¥” is not an amount: unexpected character “¥”");
    CHECK(parseError(u"$5") == "“$5” is not an amount: unexpected character “$”");
    // The message echoes what the user typed, not the folded ASCII form.
    CHECK(parseError(u"１２ａ") == "“１２ａ” is not an amount: unexpected character “ａ”");
    CHECK(parseError(u" 7 元元") == "“7 元元” is not an amount: unexpected character “元”");
}

TEST_CASE("two signs are rejected", "[money][parse][error]")
{
    CHECK(parseError(u"--5") == "“--5” is not an amount: more than one sign");
    CHECK(parseError(u"-¥-5") == "“-¥-5” is not an amount: more than one sign");
    CHECK(parseError(u"+-5") == "“+-5” is not an amount: more than one sign");
    CHECK(parseError(u"(-5)") == "“(-5)” is not an amount: more than one sign");
}

TEST_CASE("two decimal points are rejected", "[money][parse][error]")
{
    CHECK(parseError(u"1.2.3") == "“1.2.3” is not an amount: more than one decimal point");
    CHECK(parseError(u"1.234.567") == "“1.234.567” is not an amount: more than one decimal point");
}

TEST_CASE("scientific notation is rejected with a clear message", "[money][parse][error]")
{
    const std::string why =
        " is not an amount: scientific notation is not accepted, format the cell as a number";
    CHECK(parseError(u"1E5") == "“1E5”" + why);
    CHECK(parseError(u"1.5e-3") == "“1.5e-3”" + why);
    CHECK(parseError(u"１Ｅ５") == "“１Ｅ５”" + why);
}

TEST_CASE("text without digits is rejected", "[money][parse][error]")
{
    CHECK(parseError(u"¥") == "“¥” is not an amount: no digits");
    CHECK(parseError(u"-") == "“-” is not an amount: no digits");
    CHECK(parseError(u".") == "“.” is not an amount: no digits");
    CHECK(parseError(u"元") == "“元” is not an amount: no digits");
    CHECK(parseError(u"()") == "“()” is not an amount: no digits");
}

TEST_CASE("unbalanced parentheses are rejected", "[money][parse][error]")
{
    CHECK(parseError(u"(5") == "“(5” is not an amount: unbalanced parenthesis");
    CHECK(parseError(u"5)") == "“5)” is not an amount: unbalanced parenthesis");
    CHECK(parseError(u"(5))") == "“(5))” is not an amount: unbalanced parenthesis");
}

TEST_CASE("commas are accepted only as thousands separators in groups of three", "[money][parse][error]")
{
    CHECK(parsedFen(u"1,234") == 123400);
    CHECK(parsedFen(u"12,345.6") == 1234560);
    CHECK(parsedFen(u"123,456,789") == 12345678900);

    // Indian-style or European grouping would be misread, so it is refused.
    const std::string why = " is not an amount: misplaced thousands separator";
    CHECK(parseError(u"1,23,4") == "“1,23,4”" + why);
    CHECK(parseError(u"12,34,567") == "“12,34,567”" + why);
    CHECK(parseError(u"1234,56") == "“1234,56”" + why);
    CHECK(parseError(u"1,234,56") == "“1,234,56”" + why);
    CHECK(parseError(u"12,3456") == "“12,3456”" + why);
    CHECK(parseError(u"1,,234") == "“1,,234”" + why);
    CHECK(parseError(u"1,") == "“1,”" + why);
    CHECK(parseError(u"1,.5") == "“1,.5”" + why);
    CHECK(parseError(u"1.234,56") == "“1.234,56”" + why);
    CHECK(parseError(u"12 5") == "“12 5”" + why);
    CHECK(parseError(u"1.23 4") == "“1.23 4”" + why);
    CHECK(parseError(u",123") == "“,123” is not an amount: unexpected character “,”");
}

TEST_CASE("a long rejected text is shortened in the message", "[money][parse][error]")
{
    const QString longText = QString(50, u'x');
    const std::string expected = "“" + std::string(39, 'x') + "…” is not an amount: unexpected character “x”";
    CHECK(parseError(longText) == expected);
}

TEST_CASE("parse works without an error pointer", "[money][parse]")
{
    CHECK_FALSE(Money::parse(u"12a4").has_value());
    CHECK(Money::parse(u"12.40") == Money::fromFen(1240));
}

// ---- formatting --------------------------------------------------------------

TEST_CASE("toString shows the yen sign, thousands groups and two decimals", "[money][format]")
{
    CHECK(shown(0) == "¥0.00");
    CHECK(shown(5) == "¥0.05");
    CHECK(shown(99) == "¥0.99");
    CHECK(shown(100) == "¥1.00");
    CHECK(shown(99999) == "¥999.99");
    CHECK(shown(100000) == "¥1,000.00");
    CHECK(shown(123456750) == "¥1,234,567.50");
    CHECK(shown(3'000'000'000) == "¥30,000,000.00");
}

TEST_CASE("toString puts the minus before the yen sign", "[money][format]")
{
    CHECK(shown(-5) == "-¥0.05");
    CHECK(shown(-99) == "-¥0.99");
    CHECK(shown(-100000) == "-¥1,000.00");
    CHECK(shown(-123456750) == "-¥1,234,567.50");
}

TEST_CASE("toString handles the qint64 extremes", "[money][format][range]")
{
    CHECK(shown(kMax) == "¥92,233,720,368,547,758.07");
    CHECK(shown(kMin + 1) == "-¥92,233,720,368,547,758.07");
    CHECK(shown(kMin) == "-¥92,233,720,368,547,758.08");
}

TEST_CASE("toPlainString has no symbol and no grouping", "[money][format]")
{
    CHECK(plain(0) == "0.00");
    CHECK(plain(-5) == "-0.05");
    CHECK(plain(99) == "0.99");
    CHECK(plain(123456750) == "1234567.50");
    CHECK(plain(kMax) == "92233720368547758.07");
    CHECK(plain(kMin) == "-92233720368547758.08");
}

TEST_CASE("formatted amounts parse back to the same fen", "[money][format][parse]")
{
    const qint64 fen =
        GENERATE(0, 1, -1, 5, 99, -99, 100000, -123456750, 3'000'000'000, kMax, kMin + 1, kMin);
    const Money money = Money::fromFen(fen);
    CHECK(Money::parse(money.toString()) == money);
    CHECK(Money::parse(money.toPlainString()) == money);
}

TEST_CASE("toChineseShort shows the full amount below 1万", "[money][format][chinese]")
{
    CHECK(chinese(0) == "¥0.00");
    CHECK(chinese(5) == "¥0.05");
    CHECK(chinese(999999) == "¥9,999.99");
    CHECK(chinese(-999999) == "-¥9,999.99");
}

TEST_CASE("toChineseShort switches to 万 at 1万 and to 亿 at 1亿", "[money][format][chinese]")
{
    CHECK(chinese(1'000'000) == "¥1.00万");
    CHECK(chinese(1'234'567) == "¥1.23万"); // ¥12,345.67
    CHECK(chinese(-1'234'567) == "-¥1.23万");
    CHECK(chinese(123'456'789) == "¥123.46万"); // ¥1,234,567.89
    CHECK(chinese(12'345'678'900) == "¥1.23亿"); // ¥123,456,789.00
    CHECK(chinese(10'000'000'000) == "¥1.00亿");
    CHECK(chinese(-12'345'678'900) == "-¥1.23亿");
    CHECK(chinese(kMax) == "¥922,337,203.69亿");
    CHECK(chinese(kMin) == "-¥922,337,203.69亿");
}

TEST_CASE("toChineseShort rounds half away from zero", "[money][format][chinese][rounding]")
{
    CHECK(chinese(1'234'500) == "¥1.23万"); // 1.2345万
    CHECK(chinese(1'235'000) == "¥1.24万"); // 1.235万
    CHECK(chinese(-1'235'000) == "-¥1.24万");
    CHECK(chinese(1'234'999) == "¥1.23万");
}

TEST_CASE(
    "toChineseShort promotes to 亿 when 万 would round to 10000.00", "[money][format][chinese][rounding]")
{
    CHECK(chinese(9'999'994'999) == "¥9,999.99万"); // ¥99,999,949.99
    CHECK(chinese(9'999'995'000) == "¥1.00亿"); // ¥99,999,950.00 is 9999.995万
    CHECK(chinese(9'999'999'999) == "¥1.00亿"); // ¥99,999,999.99
    CHECK(chinese(-9'999'999'999) == "-¥1.00亿");
}

// ---- ratios and division -----------------------------------------------------

TEST_CASE("mulRatio applies a rate exactly", "[money][ratio]")
{
    CHECK(Money::fromFen(93'400'000).mulRatio(3, 100).toString() == QStringLiteral("¥28,020.00"));
    CHECK(ratio(3'000'000'000, 8, 100) == 240'000'000);
    CHECK(ratio(123456, 0, 100) == 0);
    CHECK(ratio(123456, 100, 100) == 123456);
}

TEST_CASE("mulRatio rounds a half fen away from zero", "[money][ratio][rounding]")
{
    CHECK(ratio(1, 1, 2) == 1);
    CHECK(ratio(-1, 1, 2) == -1);
    CHECK(ratio(1, -1, 2) == -1);
    CHECK(ratio(5, 1, 10) == 1);
    CHECK(ratio(-5, 1, 10) == -1);
    CHECK(ratio(4, 1, 10) == 0);
    CHECK(ratio(-4, 1, 10) == 0);
    CHECK(ratio(1, 1, 3) == 0);
    CHECK(ratio(2, 1, 3) == 1);
    CHECK(ratio(-2, 1, 3) == -1);
    CHECK(ratio(12345, 3, 100) == 370); // 370.35
    CHECK(ratio(12350, 3, 100) == 371); // 370.5
}

TEST_CASE("mulRatio on the largest amounts does not overflow in between", "[money][ratio][range]")
{
    CHECK(ratio(kMax, 8, 100) == 737'869'762'948'382'065);
    CHECK(ratio(kMin, 8, 100) == -737'869'762'948'382'065);
    CHECK(ratio(kMax, 100, 100) == kMax);
    CHECK(ratio(kMax, kMax, kMax) == kMax);
    CHECK(ratio(kMin, 1, 1) == kMin);
}

TEST_CASE("checkedMulRatio refuses a result beyond qint64 or a zero denominator", "[money][ratio][range]")
{
    CHECK_FALSE(Money::checkedMulRatio(Money::fromFen(kMax), 2, 1).has_value());
    CHECK_FALSE(Money::checkedMulRatio(Money::fromFen(kMin), -1, 1).has_value());
    CHECK_FALSE(Money::checkedMulRatio(Money::fromFen(100), 1, 0).has_value());
    CHECK(Money::checkedMulRatio(Money::fromFen(100), 3, 100) == Money::fromFen(3));
}

TEST_CASE(
    "divRoundHalfAway rounds halves away from zero for every sign combination", "[money][divide][rounding]")
{
    CHECK(cs::divRoundHalfAway(5, 2) == 3);
    CHECK(cs::divRoundHalfAway(-5, 2) == -3);
    CHECK(cs::divRoundHalfAway(5, -2) == -3);
    CHECK(cs::divRoundHalfAway(-5, -2) == 3);
    CHECK(cs::divRoundHalfAway(3, -2) == -2);
    CHECK(cs::divRoundHalfAway(4, 3) == 1);
    CHECK(cs::divRoundHalfAway(-4, -3) == 1);
    CHECK(cs::divRoundHalfAway(5, -3) == -2);
    CHECK(cs::divRoundHalfAway(1, -3) == 0);
    CHECK(cs::divRoundHalfAway(-1, -3) == 0);
    CHECK(cs::divRoundHalfAway(0, -7) == 0);
    CHECK(cs::divRoundHalfAway(-7, -1) == 7);
}

TEST_CASE("divRoundHalfAway is exact for products of two qint64", "[money][divide][range]")
{
    CHECK(cs::divRoundHalfAway(Int128(kMax) * kMax, kMax) == kMax);
    CHECK(cs::divRoundHalfAway(Int128(kMin) * kMin, kMin) == kMin);
    CHECK(cs::divRoundHalfAway(Int128(kMax) * 100 + 50, -100) == -kMax - 1);
    CHECK(cs::divRoundHalfAway(Int128(kMin), 1) == kMin);
}

TEST_CASE(
    "checkedDivRoundHalfAway refuses a zero denominator and results beyond qint64", "[money][divide][range]")
{
    CHECK_FALSE(cs::checkedDivRoundHalfAway(1, 0).has_value());
    CHECK_FALSE(cs::checkedDivRoundHalfAway(Int128(kMin), -1).has_value());
    CHECK_FALSE(cs::checkedDivRoundHalfAway(Int128(kMax) * 2, 1).has_value());
    const Int128 int128Min = -(Int128(1) << 126) * 2;
    CHECK_FALSE(cs::checkedDivRoundHalfAway(int128Min, -1).has_value());
    CHECK(cs::checkedDivRoundHalfAway(-5, -2) == 3);
}

// ---- construction and arithmetic ----------------------------------------------

TEST_CASE("a default Money is zero and fromFen is usable at compile time", "[money][arith]")
{
    static_assert(Money().fen() == 0);
    static_assert(Money::fromFen(-5).fen() == -5);
    static_assert(Money::fromFen(5) > Money());
    CHECK(Money() == Money::fromFen(0));
}

TEST_CASE("fromYuan scales to fen and reports overflow", "[money][arith][range]")
{
    CHECK(Money::fromYuan(30'000'000) == Money::fromFen(3'000'000'000));
    CHECK(Money::fromYuan(-5) == Money::fromFen(-500));
    CHECK(Money::fromYuan(kMax / 100) == Money::fromFen(kMax / 100 * 100));
    CHECK_FALSE(Money::fromYuan(kMax / 100 + 1).has_value());
    CHECK_FALSE(Money::fromYuan(kMin / 100 - 1).has_value());
}

TEST_CASE("operators add, subtract, negate and order amounts", "[money][arith]")
{
    const Money a = Money::fromFen(1050);
    const Money b = Money::fromFen(-250);
    CHECK((a + b).fen() == 800);
    CHECK((a - b).fen() == 1300);
    CHECK((-a).fen() == -1050);
    CHECK((-Money::fromFen(kMin + 1)).fen() == kMax);

    Money total;
    total += a;
    total += a;
    total -= b;
    CHECK(total.fen() == 2350);

    CHECK(b < a);
    CHECK(a >= a);
    CHECK(a != b);
}

TEST_CASE("checked arithmetic reports overflow instead of wrapping", "[money][arith][range]")
{
    const Money one = Money::fromFen(1);
    CHECK_FALSE(Money::checkedAdd(Money::fromFen(kMax), one).has_value());
    CHECK_FALSE(Money::checkedAdd(Money::fromFen(kMin), -one).has_value());
    CHECK_FALSE(Money::checkedSub(Money::fromFen(kMin), one).has_value());
    CHECK_FALSE(Money::checkedSub(Money::fromFen(kMax), -one).has_value());
    CHECK_FALSE(Money::checkedNegate(Money::fromFen(kMin)).has_value());
    CHECK(Money::checkedNegate(Money::fromFen(kMin + 1)) == Money::fromFen(kMax));
    CHECK(Money::checkedAdd(Money::fromFen(kMax - 1), one) == Money::fromFen(kMax));
    CHECK(Money::checkedSub(Money::fromFen(100), Money::fromFen(250)) == Money::fromFen(-150));
}
