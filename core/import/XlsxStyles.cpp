#include "import/XlsxStyles.h"

#include "import/ExcelDates.h"
#include "import/XlsxPart.h"

#include <QHash>

#include <cmath>

namespace cs {

bool XlsxStyles::load(XlsxPart &part)
{
    QHash<int, QString> customCodes;
    QList<int> formatOfStyle;
    // <numFmt> also appears in <dxfs> (conditional formats) and <xf> in
    // <cellStyleXfs>; only the cell formats and their number formats count.
    bool inNumFmts = false;
    bool inCellXfs = false;
    QXmlStreamReader &xml = part.xml();
    while (part.readNext()) {
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"numFmts") {
                inNumFmts = true;
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (inNumFmts && name == u"numFmt") {
                const QXmlStreamAttributes attrs = xml.attributes();
                bool ok = false;
                const int id = attrs.value(QLatin1String("numFmtId")).toInt(&ok);
                if (ok)
                    customCodes.insert(id, attrs.value(QLatin1String("formatCode")).toString());
            } else if (inCellXfs && name == u"xf") {
                formatOfStyle.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"numFmts")
                inNumFmts = false;
            else if (xml.name() == u"cellXfs")
                inCellXfs = false;
        }
    }
    if (part.failure() != XlsxPart::Failure::None)
        return false;

    m_dateStyles.clear();
    m_dateStyles.reserve(formatOfStyle.size());
    for (const int id : std::as_const(formatOfStyle)) {
        // A workbook may redefine a built-in id; its own code then wins.
        const auto custom = customCodes.constFind(id);
        m_dateStyles.append(
            custom != customCodes.cend() ? isDateFormatCode(*custom) : isBuiltInDateFormat(id));
    }
    return true;
}

bool XlsxStyles::isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

bool XlsxStyles::isDateFormatCode(QStringView code)
{
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = code[i].unicode();
        switch (c) {
        case u'"': // literal text, e.g. "年" or "m"
            while (++i < n && code[i] != u'"') { }
            break;
        case u'[': // colour, locale ([$-804]), condition or elapsed time ([h])
            while (++i < n && code[i] != u']') { }
            break;
        case u'\\': // an escaped literal character
        case u'_': // space as wide as the next character
        case u'*': // repeat the next character to fill the cell
            ++i;
            break;
        case u'y':
        case u'Y':
        case u'd':
        case u'D':
            return true;
        default:
            break;
        }
    }
    return false;
}

std::optional<QDate> XlsxStyles::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 3e6)
        return std::nullopt;
    return excelDayToDate(qint64(std::floor(serial)), date1904);
}

} // namespace cs
