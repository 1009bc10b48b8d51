// Splits CSV text into records following RFC 4180: quoted fields may hold the
// delimiter, doubled quotes and line breaks; CRLF and LF both end a record.
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace cs {

struct CsvRecord {
    int row = 0; // the row Excel shows for it: blank lines count, a quoted line break does not
    QStringList fields;
};

// Records in order; blank lines are skipped. A quote left open at the end of
// the text closes there (the reader keeps what it has rather than failing).
QList<CsvRecord> parseCsv(QStringView text, QChar delimiter = QLatin1Char(','));

// Decodes file bytes that are UTF-8, with or without a byte-order mark.
QString decodeUtf8(const QByteArray &bytes);

} // namespace cs
