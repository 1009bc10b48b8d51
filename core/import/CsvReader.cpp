#include "import/CsvReader.h"

#include <QByteArrayView>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <numeric>

namespace cs {

namespace {

constexpr qint64 chunkSize = qint64(256) * 1024;
constexpr qint64 detectionSample = qint64(4) * 1024 * 1024;

bool startsWith(const QByteArray &bytes, const char *prefix, int length)
{
    return bytes.startsWith(QByteArray::fromRawData(prefix, length));
}

QStringDecoder decoderFor(CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Encoding::Utf16LE:
        return QStringDecoder(QStringDecoder::Utf16LE);
    case CsvReader::Encoding::Utf16BE:
        return QStringDecoder(QStringDecoder::Utf16BE);
    case CsvReader::Encoding::Gb18030:
        return QStringDecoder("GB18030");
    default:
        return QStringDecoder(QStringDecoder::Utf8);
    }
}

// The sample without a UTF-8 character that its end cuts in two: the rest of
// that character is in the file beyond the sample.
QByteArrayView withoutCutCharacter(const QByteArray &sample)
{
    const qsizetype size = sample.size();
    qsizetype lead = size;
    while (lead > 0 && size - lead < 3 && (uchar(sample[lead - 1]) & 0xC0) == 0x80)
        --lead; // past the continuation bytes at the end
    if (lead > 0 && uchar(sample[lead - 1]) >= 0xC0) {
        const uchar first = uchar(sample[lead - 1]);
        const qsizetype length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
        if (size - (lead - 1) < length)
            return QByteArrayView(sample).first(lead - 1);
    }
    return QByteArrayView(sample);
}

} // namespace

CsvReader::CsvReader(QString path, Encoding encoding, QChar delimiter)
    : m_path(std::move(path))
    , m_file(m_path)
    , m_encoding(encoding)
    , m_delimiter(delimiter)
{
    m_record.row = 1;
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

std::optional<CsvReader::Encoding> CsvReader::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("auto") || n.isEmpty())
        return Encoding::Auto;
    if (n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return Encoding::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return Encoding::Utf16BE;
    // GB18030 is a superset of GBK and GB2312: files labelled with either decode the same.
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312")
        || n == QLatin1String("cp936"))
        return Encoding::Gb18030;
    return std::nullopt;
}

CsvReader::Encoding CsvReader::detectEncoding(const QByteArray &sample, qsizetype *bomLength) const
{
    *bomLength = 0;
    if (startsWith(sample, "\xEF\xBB\xBF", 3)) {
        *bomLength = 3;
        return Encoding::Utf8;
    }
    if (startsWith(sample, "\xFF\xFE", 2)) {
        *bomLength = 2;
        return Encoding::Utf16LE;
    }
    if (startsWith(sample, "\xFE\xFF", 2)) {
        *bomLength = 2;
        return Encoding::Utf16BE;
    }
    if (m_encoding != Encoding::Auto)
        return m_encoding;
    // Without a mark: text that is valid UTF-8 is UTF-8 (plain ASCII included);
    // otherwise it is what Chinese Excel and WPS save by default, GB18030.
    // Checked in place: decoding 4 MB into a QString only to drop it took a
    // noticeable part of a big import's start.
    return withoutCutCharacter(sample).isValidUtf8() ? Encoding::Utf8 : Encoding::Gb18030;
}

QChar CsvReader::sniffDelimiter(QStringView sample) const
{
    // The delimiter is the candidate that splits most lines into the same number of parts.
    const QChar candidates[] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    qsizetype bestTotal = 0;
    for (QChar candidate : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (QChar c : sample) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == candidate)
                ++count;
            else if (!quoted && c == QLatin1Char('\n')) {
                if (count > 0)
                    counts.append(count);
                count = 0;
                if (counts.size() >= 50)
                    break;
            }
        }
        if (count > 0)
            counts.append(count);
        QHash<int, int> frequency;
        for (int n : std::as_const(counts))
            ++frequency[n];
        int score = 0;
        for (int f : std::as_const(frequency))
            score = std::max(score, f);
        const qsizetype total = std::accumulate(counts.cbegin(), counts.cend(), qsizetype(0));
        if (score > bestScore || (score == bestScore && total > bestTotal)) {
            best = candidate;
            bestScore = score;
            bestTotal = total;
        }
    }
    return best;
}

bool CsvReader::open()
{
    const QString name = QFileInfo(m_path).fileName();
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    const QByteArray sample = m_file.read(detectionSample);
    if (startsWith(sample, "PK\x03\x04", 4)) {
        m_error =
            tr("“%1” is not a text file: it looks like an Excel workbook (.xlsx). Import it as a workbook, "
               "or save it as CSV first.")
                .arg(name);
        return false;
    }
    if (startsWith(sample, "\xD0\xCF\x11\xE0", 4)) {
        m_error =
            tr("“%1” is an old Excel .xls file. Save it as .xlsx or CSV in Excel or WPS, then import that.")
                .arg(name);
        return false;
    }

    qsizetype bom = 0;
    m_encoding = detectEncoding(sample, &bom);
    if (m_encoding != Encoding::Utf16LE && m_encoding != Encoding::Utf16BE && sample.contains('\0')) {
        m_error = tr("“%1” is not a text file (it contains binary data).").arg(name);
        return false;
    }
    m_decoder = decoderFor(m_encoding);
    if (!m_decoder.isValid()) {
        m_error = tr("This system cannot decode %1 text.").arg(encodingName(m_encoding));
        return false;
    }
    if (m_delimiter.isNull()) {
        QStringDecoder peek = decoderFor(m_encoding);
        m_delimiter = sniffDelimiter(QString(peek.decode(sample.mid(bom, qsizetype(64) * 1024))));
    }
    m_file.seek(bom);
    return true;
}

void CsvReader::fail(const QString &reason, int column)
{
    const QString name = QFileInfo(m_path).fileName();
    // One arg() call: a file name holding "%1" must not be substituted into.
    const QString row = QString::number(m_record.row);
    m_error = column >= 0 ? tr("%1, row %2, column %3: %4").arg(name, row, columnLetters(column), reason)
                          : tr("%1, row %2: %3").arg(name, row, reason);
    m_ready.clear();
}

void CsvReader::endField()
{
    if (m_cells >= maxColumns) {
        fail(tr("the row has more than %1 columns.").arg(maxColumns));
        return;
    }
    if (m_cells == m_record.cells.size())
        m_record.cells.emplace_back();
    SheetCell &cell = m_record.cells[m_cells++];
    cell.kind = m_field.isEmpty() ? SheetCell::Kind::Empty : SheetCell::Kind::Text;
    cell.date = QDate();
    // The cell takes the text, and its old buffer (a recycled row's) builds the
    // next field: no allocation once the rows go round.
    cell.text.swap(m_field);
    m_field.resize(0);
    if (m_field.capacity() < fieldReserve)
        m_field.reserve(fieldReserve); // room for a typical cell, so it is built without regrowing
}

void CsvReader::endRecord()
{
    endField();
    if (!m_error.isEmpty())
        return;
    m_record.cells.resize(m_cells); // a recycled row may have been wider
    if (!m_record.isBlank()) {
        const qsizetype width = m_cells;
        m_ready.push_back(std::move(m_record));
        if (m_spare.empty()) {
            m_record = SheetRow {};
            m_record.cells.reserve(width); // rows of a sheet are mostly as wide as the one before
        } else {
            m_record = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    m_cells = 0;
    m_record.row = ++m_row;
    m_fieldStarted = false;
}

void CsvReader::parseAvailable(bool atEnd)
{
    const QChar quote = QLatin1Char('"');
    const QChar *text = m_text.constData();
    const qsizetype n = m_text.size();
    // Plain characters are taken a run at a time, up to the next character that
    // means something: a million-line file has some fifty million of them.
    const auto appendRun = [&](qsizetype end) {
        m_field.append(text + m_offset, end - m_offset);
        m_offset = end;
        if (m_field.size() > maxCellLength)
            fail(tr("the cell holds more than %1 characters.").arg(maxCellLength), int(m_cells));
    };
    while (m_offset < n && m_error.isEmpty()) {
        const QChar c = text[m_offset];
        if (m_crSeen) {
            m_crSeen = false;
            if (c == QLatin1Char('\n')) {
                ++m_offset;
                continue;
            }
        }
        if (m_quoted) {
            if (!m_quoteSeen) {
                qsizetype end = m_offset;
                while (end < n && text[end] != quote)
                    ++end;
                if (end > m_offset) {
                    appendRun(end);
                    continue;
                }
                m_quoteSeen = true;
                ++m_offset;
                continue;
            }
            m_quoteSeen = false;
            if (c == quote) { // a doubled quote stands for one
                m_field.append(c);
                ++m_offset;
                continue;
            }
            m_quoted = false; // the closing quote; c is ordinary input again
        }
        if (c == quote && m_field.isEmpty() && !m_quoted) {
            m_quoted = true;
            m_fieldStarted = true;
            ++m_offset;
        } else if (c == m_delimiter) {
            endField();
            m_fieldStarted = true;
            ++m_offset;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            m_crSeen = c == QLatin1Char('\r');
            endRecord();
            ++m_offset;
        } else {
            qsizetype end = m_offset + 1;
            while (end < n && text[end] != m_delimiter && text[end] != QLatin1Char('\r')
                && text[end] != QLatin1Char('\n'))
                ++end;
            m_fieldStarted = true;
            appendRun(end);
        }
    }
    if (atEnd && m_error.isEmpty() && (m_fieldStarted || !m_field.isEmpty() || m_cells > 0)) {
        m_quoted = m_quoteSeen = false; // an unclosed quote closes at the end of the file
        endRecord();
    }
}

bool CsvReader::fill()
{
    const QByteArray bytes = m_file.read(chunkSize);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_text = m_text.mid(m_offset) + QString(m_decoder.decode(bytes));
    m_offset = 0;
    if (m_decoder.hasError()) {
        fail(tr("the text is not valid %1. Choose the file's encoding (for example GB18030) and try again.")
                 .arg(encodingName(m_encoding)));
        return false;
    }
    return true;
}

std::optional<SheetRow> CsvReader::next()
{
    while (m_ready.empty() && m_error.isEmpty() && !m_eof) {
        if (!m_file.isOpen() && !open())
            return std::nullopt;
        const bool more = fill();
        parseAvailable(!more);
    }
    if (m_ready.empty() || !m_error.isEmpty())
        return std::nullopt;
    SheetRow row = std::move(m_ready.front());
    m_ready.pop_front();
    return row;
}

void CsvReader::recycle(SheetRow &&row)
{
    if (m_spare.size() < maxSpareRows)
        m_spare.push_back(std::move(row));
}

} // namespace cs
