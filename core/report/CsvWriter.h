// Writes CSV that Excel and WPS open correctly (UTF-8 with BOM, CRLF) and
// safely: a cell that would start a formula is neutralised.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

// Quotes when needed; prefixes an apostrophe to text starting with = + - @ tab
// or CR so a spreadsheet shows it instead of running it. Plain numbers ("-5.00") stay numbers.
QString csvField(const QString &value);

QByteArray toCsv(const QList<QStringList> &rows);

} // namespace cs
