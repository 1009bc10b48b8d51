// Reads a CSV or text export row by row: RFC 4180 quoting, CRLF or LF, the
// delimiter sniffed and the encoding detected (UTF-8, UTF-16 with BOM, GB18030).
#pragma once

#include "import/RowReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <deque>
#include <optional>
#include <vector>

namespace cs {

class CsvReader : public RowReader {
    Q_DECLARE_TR_FUNCTIONS(cs::CsvReader)

public:
    enum class Encoding { Auto, Utf8, Utf16LE, Utf16BE, Gb18030 };

    // `delimiter` null: sniffed among comma, semicolon and tab.
    explicit CsvReader(QString path, Encoding encoding = Encoding::Auto, QChar delimiter = QChar());

    // Opens the file and settles encoding and delimiter; false (see error()) when it cannot be read as text.
    bool open();

    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    static QString encodingName(Encoding encoding);
    static std::optional<Encoding> encodingFromName(
        const QString &name); // "utf-8", "gb18030", "gbk", "utf-16le", ...

    std::optional<SheetRow> next() override;
    void recycle(SheetRow &&row) override;
    QString error() const override { return m_error; }
    qint64 progressDone() const override { return m_file.pos(); }
    qint64 progressTotal() const override { return m_file.size(); }

private:
    Encoding detectEncoding(const QByteArray &sample, qsizetype *bomLength) const;
    QChar sniffDelimiter(QStringView sample) const;
    bool fill(); // decodes the next chunk into m_text; false at the end of the file
    void parseAvailable(bool atEnd);
    void endField();
    void endRecord();
    void fail(const QString &reason, int column = -1);

    static constexpr qsizetype fieldReserve = 24;
    // Rows kept for reuse: more than a pipeline has in flight is only memory.
    static constexpr size_t maxSpareRows = 16384;

    QString m_path;
    QFile m_file;
    Encoding m_encoding;
    QChar m_delimiter;
    QStringDecoder m_decoder;
    QString m_text; // decoded, not yet parsed
    qsizetype m_offset = 0; // parse position in m_text
    std::deque<SheetRow> m_ready;
    std::vector<SheetRow> m_spare; // handed back by recycle(), filled again by the parser
    QString m_error;

    // Parser state carried across chunks, so a quoted line break may span them.
    SheetRow m_record; // its first m_cells cells are this record's; the rest are spare buffers
    qsizetype m_cells = 0;
    QString m_field;
    bool m_quoted = false;
    bool m_quoteSeen = false; // a quote inside a quoted field: the end, or the first of a doubled pair
    bool m_crSeen = false; // a CR that may be followed by LF
    bool m_fieldStarted = false;
    int m_row = 1;
    bool m_eof = false;
};

} // namespace cs
