#include "scorecard/KpiValueText.h"

#include "capability/Tenths.h"
#include "import/ExactDecimal.h"

#include <QCoreApplication>

namespace cs::KpiValueText {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cs::KpiValueText)
};

// Plain decimal digits: exact up to six decimals, which is every value typed here.
QString decimalText(Ratio value)
{
    value = exactRatio(value.num, value.den); // the catalogue keeps 60/100 as written
    for (int k = 0; k <= 6; ++k)
        if (pow10(k) % value.den == 0)
            return Decimal { Int128(value.num) * (pow10(k) / value.den), -k }.toString();
    return Decimal { divRoundHalfAway(Int128(value.num) * 100, value.den), -2 }.toString();
}

SheetCell textCell(const QString &text)
{
    return SheetCell { SheetCell::Kind::Text, text, {} };
}

} // namespace

Kind kindOf(const KpiDefinition &kpi)
{
    // As the printed card shows them: sales achievement compares amounts in fen.
    if (kpi.measure == KpiMeasure::SalesAchievement || kpi.unit == QStringLiteral("¥"))
        return Kind::Money;
    if (kpi.unit == QStringLiteral("%"))
        return Kind::Percent;
    return Kind::Number;
}

QString format(const KpiDefinition &kpi, Ratio value)
{
    if (value.den <= 0)
        return {};
    switch (kindOf(kpi)) {
    case Kind::Money:
        return Money::fromFen(roundHalfAway(value)).toString();
    case Kind::Percent:
        return QStringLiteral("%1 %").arg(decimalText(exactRatio(Int128(value.num) * 100, value.den)));
    case Kind::Number:
        break;
    }
    const QString number = decimalText(value);
    return kpi.unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, kpi.unit);
}

Parsed<Ratio> parse(const KpiDefinition &kpi, const QString &text)
{
    switch (kindOf(kpi)) {
    case Kind::Percent:
        return ValueParsers::parsePercentage(textCell(text));
    case Kind::Money: {
        const Parsed<Money> amount = ValueParsers::parseAmount(textCell(text));
        if (!amount)
            return Parsed<Ratio>::failure(amount.error);
        return Parsed<Ratio>::success(ratioOf(amount->fen()));
    }
    case Kind::Number:
        break;
    }
    // "20 次" reads as 20 when the KPI's unit is 次; parseTenths knows h and 小时 itself.
    QString number = text.trimmed();
    if (!kpi.unit.isEmpty() && number.endsWith(kpi.unit))
        number.chop(kpi.unit.size());
    const Parsed<qint64> tenths = ValueParsers::parseTenths(textCell(number));
    if (!tenths)
        return Parsed<Ratio>::failure(tenths.error);
    return Parsed<Ratio>::success(exactRatio(*tenths, 10));
}

QString rule(Kind kind)
{
    switch (kind) {
    case Kind::Percent:
        return Text::tr("Percentages: “18.5%” and “18.5” both mean 18.5 %; a number from 0 to 1 without "
                        "a % sign is a fraction, so “0.185” is 18.5 % too and “1” is 100 %. Type the % "
                        "sign to be sure.");
    case Kind::Money:
        return Text::tr("Amounts in yuan, such as ¥12,000 or 12000.50.");
    case Kind::Number:
        break;
    }
    return Text::tr("Numbers with at most one decimal, such as 20 or 2.5; the unit may follow.");
}

} // namespace cs::KpiValueText
