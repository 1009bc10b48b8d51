// How the KPI editors type and show a KPI's value in the KPI's own unit: percent
// KPIs as "18.5 %", amounts in yuan, everything else as a number with one decimal
// at most. Read exactly with the import's value parsers, never through a double.
#pragma once

#include "import/ValueParsers.h"
#include "scorecard/Kpi.h"

#include <QString>

namespace cs::KpiValueText {

enum class Kind {
    Percent, // unit "%": the value is the fraction (0.185 for 18.5 %)
    Money, // unit "¥" and sales achievement: the value is fen
    Number, // counts, hours and any other unit: at most one decimal
};

Kind kindOf(const KpiDefinition &kpi);

// Text that parse() reads back to the same value: "18.5 %", "¥1,200.00", "24 h", "5".
// A value with more decimals than that shows rounded (a percentage to two decimals).
QString format(const KpiDefinition &kpi, Ratio value);

// The value typed in the KPI's unit, or the reason it cannot be one. Percentages
// follow ValueParsers::parsePercentage: "18.5%" and "18.5" are 18.5 %, "0.185" too
// (a number from 0 to 1 without a sign is a fraction). The KPI's unit may follow a number.
Parsed<Ratio> parse(const KpiDefinition &kpi, const QString &text);

// One sentence telling the user how to type values of this kind.
QString rule(Kind kind);

} // namespace cs::KpiValueText
