// A statement line as the workbook freezes it when a quarter is closed: every
// field, as JSON, read back equal to what was written (Int128 ratios as decimal text).
#pragma once

#include "incentive/StatementLine.h"

#include <QByteArray>
#include <QString>

namespace cs {

// Compact JSON; fields at their default value are left out.
QByteArray statementLineToJson(const StatementLine &line);
// Reads what statementLineToJson wrote; false with *error (naming the field) on damage.
bool statementLineFromJson(const QByteArray &json, StatementLine *line, QString *error);

// Int128 as decimal text ("-170141183460469231731687303715884105728" at the extremes).
QString int128ToString(Int128 value);
std::optional<Int128> int128FromString(QStringView text);

} // namespace cs
