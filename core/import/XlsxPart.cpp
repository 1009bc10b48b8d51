#include "import/XlsxPart.h"

#include <QIODevice>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <algorithm>
#include <utility>

namespace cs {

// Sits between QuaZipFile and QXmlStreamReader and counts what passes, so the
// limits hold however the entry's headers lie: a bomb is stopped after a few
// megabytes, not after it has filled memory.
class XlsxPart::Device : public QIODevice {
public:
    explicit Device(QuaZip &zip)
        : m_zip(zip)
        , m_file(&zip)
    {
    }

    ~Device() override
    {
        if (m_file.isOpen())
            m_file.close();
    }

    bool start()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return false;
        m_packedTotal = m_file.csize();
        m_packedStart = qint64(unzGetCurrentFileZStreamPos64(m_zip.getUnzFile()));
        return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }

    // Before the first read: whether XlsxPart::primeComment() goes after the
    // part's XML declaration. Only for parsing; readRaw() wants the bytes as they are.
    void setPrimed(bool primed) { m_primed = primed; }

    Failure failure() const { return m_failure; }
    qint64 packedTotal() const { return m_packedTotal; }

    qint64 packedDone() const
    {
        if (!m_file.isOpen())
            return m_packedTotal;
        const qint64 done = qint64(unzGetCurrentFileZStreamPos64(m_zip.getUnzFile())) - m_packedStart;
        return std::clamp<qint64>(done, 0, m_packedTotal);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failure != Failure::None)
            return -1;
        if (std::exchange(m_primed, false) && !readPrimedHead())
            return -1;
        if (m_headAt < m_head.size()) {
            const qint64 n = std::min<qint64>(maxSize, m_head.size() - m_headAt);
            std::copy_n(m_head.constData() + m_headAt, n, data);
            m_headAt += n;
            return n;
        }
        return counted(m_file.read(data, maxSize));
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    // Counts `n` bytes inflated, failing when they break a limit.
    qint64 counted(qint64 n)
    {
        if (n < 0)
            return fail(Failure::Unreadable);
        m_unpacked += n;
        if (m_unpacked > maxUnpackedBytes)
            return fail(Failure::TooLarge);
        if (m_unpacked > ratioFloor && m_unpacked > maxInflationRatio * std::max<qint64>(packedDone(), 1))
            return fail(Failure::Inflation);
        return n;
    }

    // Reads the part's first bytes into m_head with the comment after its XML
    // declaration. A part without one, or in UTF-16, is left as it is: the
    // comment may only follow a declaration, and must be in the part's encoding.
    bool readPrimedHead()
    {
        m_head.resize(headBytes);
        const qint64 n = counted(m_file.read(m_head.data(), headBytes));
        if (n < 0)
            return false;
        m_head.resize(n);
        const qsizetype start = m_head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        const qsizetype end = m_head.indexOf("?>");
        if (QByteArrayView(m_head).sliced(start).startsWith("<?xml") && end > 0)
            m_head.insert(end + 2, XlsxPart::primeComment());
        return true;
    }

    qint64 fail(Failure why)
    {
        m_failure = why;
        m_file.close(); // nothing more is inflated
        return -1;
    }

    QuaZip &m_zip;
    QuaZipFile m_file;
    qint64 m_packedStart = 0;
    qint64 m_packedTotal = 0;
    qint64 m_unpacked = 0;
    Failure m_failure = Failure::None;
    static constexpr qint64 headBytes = 4096; // a declaration is well within this
    bool m_primed = false;
    QByteArray m_head; // read, and not yet handed on from m_headAt
    qsizetype m_headAt = 0;
};

XlsxPart::XlsxPart(QuaZip &zip)
    : m_zip(&zip)
{
}

XlsxPart::XlsxPart() = default;

XlsxPart::~XlsxPart() = default;

void XlsxPart::reset(const QString &name)
{
    m_xml.clear();
    m_device.reset();
    m_buffer.close();
    m_name = name;
    m_depth = 0;
    m_failure = Failure::None;
}

bool XlsxPart::open(const QString &name)
{
    reset(name);

    if (!m_zip || !m_zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        m_failure = Failure::Missing;
        return false;
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        m_failure = Failure::Unreadable;
        return false;
    }
    if (info.uncompressedSize > quint64(maxUnpackedBytes)) {
        m_failure = Failure::DeclaredTooLarge;
        return false;
    }
    m_device = std::make_unique<Device>(*m_zip);
    if (!m_device->start()) {
        m_failure = Failure::Unreadable;
        return false;
    }
    m_device->setPrimed(true);
    m_xml.setDevice(m_device.get());
    return true;
}

void XlsxPart::openBuffer(const QString &name, const QByteArray &xml)
{
    reset(name);
    m_buffer.setData(xml);
    m_buffer.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Through the device rather than addData(): handed a whole buffer at once,
    // QXmlStreamReader parses a third slower.
    m_xml.setDevice(&m_buffer);
}

void XlsxPart::closeBuffer()
{
    m_xml.setDevice(nullptr);
    m_buffer.close();
    m_buffer.setData(QByteArray());
}

qint64 XlsxPart::readRaw(char *data, qint64 maxSize)
{
    if (m_failure != Failure::None || !m_device)
        return -1;
    m_device->setPrimed(false); // the bytes as they are; XlsxSheetPieces primes its pieces
    const qint64 n = m_device->read(data, maxSize);
    if (n < 0)
        m_failure = m_device->failure() == Failure::None ? Failure::Unreadable : m_device->failure();
    return n;
}

bool XlsxPart::readNext()
{
    if (m_failure != Failure::None || (!m_device && !m_buffer.isOpen()))
        return false;
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    // Checked on every token: once the device has refused, nothing it had already
    // handed over is trusted either.
    if (m_device && m_device->failure() != Failure::None) {
        m_failure = m_device->failure();
        return false;
    }
    switch (token) {
    case QXmlStreamReader::StartElement:
        if (++m_depth > maxDepth) {
            m_failure = Failure::TooDeep;
            return false;
        }
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::DTD:
        m_failure = Failure::Dtd;
        return false;
    case QXmlStreamReader::EndDocument:
        return false;
    case QXmlStreamReader::Invalid:
        m_failure = Failure::Malformed;
        return false;
    default:
        return true;
    }
}

bool XlsxPart::skipElement()
{
    const int outer = m_depth - 1;
    while (readNext()) {
        if (m_depth == outer && m_xml.isEndElement())
            return true;
    }
    return false;
}

bool XlsxPart::appendText(QString &out, qsizetype limit)
{
    const int outer = m_depth - 1;
    while (readNext()) {
        if (m_xml.isCharacters()) {
            const QStringView text = m_xml.text().left(std::max<qsizetype>(limit - out.size(), 0));
            if (out.isNull())
                out = text.toString(); // the usual single text node: one exact allocation
            else
                out.append(text);
        } else if (m_depth == outer && m_xml.isEndElement()) {
            return true;
        }
    }
    return false;
}

QByteArray XlsxPart::primeComment()
{
    return "<!--" + QByteArray(1024, ' ') + "-->";
}

qint64 XlsxPart::packedDone() const
{
    return m_device ? m_device->packedDone() : 0;
}

qint64 XlsxPart::packedTotal() const
{
    return m_device ? m_device->packedTotal() : 0;
}

} // namespace cs
