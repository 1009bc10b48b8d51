#include "import/CsvParser.h"

#include <QStringDecoder>

namespace cs {

QList<CsvRecord> parseCsv(QStringView text, QChar delimiter)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldUsed = false; // the current record has content (so a blank line is not a record)
    int row = 1;
    record.row = 1;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        if (fieldUsed)
            records.append(record);
        record = CsvRecord {};
        fieldUsed = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldUsed = true;
        } else if (c == delimiter) {
            endField();
            fieldUsed = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            record.row = ++row;
        } else {
            field.append(c);
            fieldUsed = true;
        }
    }
    if (fieldUsed || !field.isEmpty())
        endRecord();
    return records;
}

QString decodeUtf8(const QByteArray &bytes)
{
    // The decoder's default drops a leading byte-order mark, as Excel writes one.
    QStringDecoder decoder(QStringDecoder::Utf8);
    return decoder(bytes);
}

} // namespace cs
