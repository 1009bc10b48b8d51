#include "report/CsvWriter.h"

#include <QRegularExpression>

namespace cs {

QString neutraliseFormula(const QString &value)
{
    static const QRegularExpression plainNumber(QStringLiteral(R"(^[-+]?\d+(\.\d+)?$)"));
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool trigger = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (trigger && !plainNumber.match(value).hasMatch())
        return QLatin1Char('\'') + value;
    return value;
}

QString csvField(const QString &value)
{
    QString text = neutraliseFormula(value);
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray toCsv(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &value : row)
            fields.append(csvField(value));
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    // Without the mark Excel reads UTF-8 as the system code page and garbles Chinese.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace cs
