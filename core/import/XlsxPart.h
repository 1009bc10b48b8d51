// One XML part of an .xlsx package, inflated by QuaZip as it is parsed, with the
// limits that keep a hostile workbook from exhausting memory or time.
#pragma once

#include <QBuffer>
#include <QString>
#include <QXmlStreamReader>

#include <memory>

class QuaZip;

namespace cs {

class XlsxPart {
public:
    // Why a part could not be read; XlsxReader turns these into messages.
    enum class Failure {
        None,
        Missing, // no such entry in the zip
        DeclaredTooLarge, // the zip says it unpacks to more than maxUnpackedBytes
        TooLarge, // it actually unpacked to more than maxUnpackedBytes
        Inflation, // it unpacks to more than maxInflationRatio × its packed size (a zip bomb)
        TooDeep, // elements nested deeper than maxDepth
        Dtd, // a document type declaration: entity bombs ride on them, workbooks never need one
        Malformed, // not well-formed XML (xmlError() says how)
        Unreadable, // damaged or encrypted entry
    };

    static constexpr qint64 maxUnpackedBytes = qint64(1) << 30;
    // A sheet's XML packs about 10:1; deflate cannot exceed about 1032:1, so a
    // bomb stands out well before it has been inflated. Below ratioFloor bytes the
    // ratio is not checked: a tiny entry can legitimately pack very well.
    static constexpr qint64 maxInflationRatio = 200;
    static constexpr qint64 ratioFloor = qint64(1) << 20;
    // Real parts nest about seven levels; deep nesting only costs time and stack.
    static constexpr int maxDepth = 64;

    // `zip` must be open for unzipping and outlive this part.
    explicit XlsxPart(QuaZip &zip);
    // A part that can only parse from memory (openBuffer()).
    XlsxPart();
    ~XlsxPart();
    XlsxPart(const XlsxPart &) = delete;
    XlsxPart &operator=(const XlsxPart &) = delete;

    // Opens the entry `name` (matched case-insensitively, as OPC part names are).
    bool open(const QString &name);
    // Parses `xml` from memory instead, under the same depth and DTD limits: a
    // piece of a sheet already inflated (and size-checked) by open() and readRaw().
    // The part shares `xml` until closeBuffer() or another open.
    void openBuffer(const QString &name, const QByteArray &xml);
    void closeBuffer();
    QString name() const { return m_name; }

    // The next token, checked against the limits. Returns false at the end of the
    // document or on a failure; failure() tells which.
    bool readNext();
    QXmlStreamReader &xml() { return m_xml; }
    // Elements open at the current token (the root element is depth 1).
    int depth() const { return m_depth; }

    // Reads on to the end of the element whose start is the current token.
    bool skipElement();
    // Appends the text inside the current element (children's text included),
    // keeping `out` to at most `limit` characters: the rest is read and dropped.
    bool appendText(QString &out, qsizetype limit);

    Failure failure() const { return m_failure; }
    QString xmlError() const { return m_xml.errorString(); }
    qint64 xmlLine() const { return m_xml.lineNumber(); }

    // Inflates up to `maxSize` bytes of the entry opened by open() without parsing
    // them, under the same size and ratio limits. 0 at the end, -1 on a failure.
    qint64 readRaw(char *data, qint64 maxSize);

    // Packed bytes of the entry consumed so far and in all, for progress.
    qint64 packedDone() const;
    qint64 packedTotal() const;

    // A comment that makes QXmlStreamReader parse what follows it about 8 %
    // faster; open() puts it after a part's XML declaration, XlsxSheetPieces
    // before a piece's rows. Why: QXmlStreamReader (Qt 6.4) clears its token
    // buffer before every token with resize(0) and reserve(256), and
    // QString::reserve reallocates whenever the capacity is exactly what is asked
    // for, which it is once the first reserve has allocated it: a realloc() per
    // token. A token longer than 256 characters leaves the buffer larger, and
    // reserve(256) then does nothing for the rest of the document, as long as
    // nobody holds the reader's attributes across tokens (they share the buffer,
    // and the next token copies it back to 256 characters).
    static QByteArray primeComment();

private:
    class Device;

    void reset(const QString &name); // forgets the part read before

    QuaZip *m_zip = nullptr;
    std::unique_ptr<Device> m_device; // the zip entry, or null for a buffer
    QBuffer m_buffer;
    QXmlStreamReader m_xml;
    QString m_name;
    int m_depth = 0;
    Failure m_failure = Failure::None;
};

} // namespace cs
