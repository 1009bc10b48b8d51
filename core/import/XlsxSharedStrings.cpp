#include "import/XlsxSharedStrings.h"

#include "import/XlsxPart.h"

namespace cs {

bool XlsxSharedStrings::load(XlsxPart &part, qsizetype limit)
{
    m_strings.clear();
    QXmlStreamReader &xml = part.xml();
    while (part.readNext()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"sst") {
            // Reserving saves regrowing a large table; the count is only a hint,
            // so a lying one must not allocate much.
            const int count = xml.attributes().value(QLatin1String("uniqueCount")).toInt();
            m_strings.reserve(qBound(0, count, 1 << 20));
        } else if (xml.name() == u"si") {
            QString text;
            if (!readItem(part, text, limit))
                break;
            m_strings.append(std::move(text));
        }
    }
    return part.failure() == XlsxPart::Failure::None;
}

bool XlsxSharedStrings::readItem(XlsxPart &part, QString &out, qsizetype limit)
{
    // An escape takes 7 characters for 1, so the raw text may run to 7 × limit
    // before its decoded length is known.
    const qsizetype rawLimit = limit * 7;
    QXmlStreamReader &xml = part.xml();
    const int outer = part.depth() - 1;
    while (part.readNext()) {
        if (xml.isStartElement()) {
            if (xml.name() == u"t") {
                if (!part.appendText(out, rawLimit))
                    return false;
            } else if (xml.name() == u"rPh") {
                if (!part.skipElement())
                    return false;
            }
        } else if (xml.isEndElement() && part.depth() == outer) {
            if (out.contains(QLatin1String("_x")))
                out = decodeEscapes(std::move(out));
            out.truncate(limit);
            return true;
        }
    }
    return false;
}

QString XlsxSharedStrings::decodeEscapes(QString text)
{
    const auto hex = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    };
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && hex(text[i + 2]) && hex(text[i + 3])
            && hex(text[i + 4]) && hex(text[i + 5]) && text[i + 6] == u'_') {
            out.append(QChar(char16_t(QStringView(text).mid(i + 2, 4).toUInt(nullptr, 16))));
            i += 6;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

} // namespace cs
