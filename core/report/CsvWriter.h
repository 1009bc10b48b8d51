// Writes CSV that Excel and WPS open correctly (UTF-8 with BOM, CRLF) and
// safely: a cell that would start a formula is neutralised.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

// Text a spreadsheet would run as a formula (starting with = + - @ tab or CR) with an
// apostrophe in front, so it is shown instead; plain numbers ("-5.00") stay as they are.
// The xlsx export neutralises its text cells the same way.
QString neutraliseFormula(const QString &value);

// Quotes when needed; prefixes an apostrophe to text starting with = + - @ tab
// or CR so a spreadsheet shows it instead of running it. Plain numbers ("-5.00") stay numbers.
QString csvField(const QString &value);

QByteArray toCsv(const QList<QStringList> &rows);

} // namespace cs
