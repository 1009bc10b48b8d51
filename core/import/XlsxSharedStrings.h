// The shared-string table of an .xlsx workbook (sharedStrings.xml), and the
// reading of one string item, plain or rich text, that inline strings share.
#pragma once

#include <QList>
#include <QString>

namespace cs {

class XlsxPart;

class XlsxSharedStrings {
public:
    // Keeps at most `limit` characters of each string, so one longer than a cell
    // may hold is still recognised (it has `limit` characters) without keeping
    // all of it.
    bool load(XlsxPart &part, qsizetype limit);

    qsizetype size() const { return m_strings.size(); }
    // nullptr when the table has no such index.
    const QString *at(qsizetype index) const
    {
        return index >= 0 && index < m_strings.size() ? &m_strings[index] : nullptr;
    }

    // Reads the <si> or <is> whose start is the current token: its <t>, or the <t>
    // of each rich-text run in turn; phonetic guides (<rPh>) are not cell text.
    // Escapes such as _x000D_ are decoded. Keeps at most `limit` characters.
    static bool readItem(XlsxPart &part, QString &out, qsizetype limit);

    // Decodes the _xHHHH_ escapes Excel writes for characters XML cannot carry.
    static QString decodeEscapes(QString text);

private:
    QList<QString> m_strings;
};

} // namespace cs
