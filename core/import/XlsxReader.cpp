#include "import/XlsxReader.h"

#include "import/PackageFile.h"
#include "import/XlsxSheetParser.h"
#include "import/XlsxSheetPieces.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

namespace cs {

namespace {

struct Relationship {
    QString type;
    QString target;
};

const auto relationshipsNamespaceSuffix = QLatin1String("relationships");

bool isType(const QString &type, QLatin1String kind)
{
    // Transitional and strict OOXML use different namespaces with the same last segment.
    return type.endsWith(kind) && type.size() > kind.size() && type[type.size() - kind.size() - 1] == u'/';
}

QString directoryOf(const QString &part)
{
    return part.left(part.lastIndexOf(u'/') + 1);
}

// Where the relationships of `part` are kept: xl/workbook.xml → xl/_rels/workbook.xml.rels.
QString relationshipsPartOf(const QString &part)
{
    return directoryOf(part) + QLatin1String("_rels/") + part.mid(part.lastIndexOf(u'/') + 1)
        + QLatin1String(".rels");
}

// A relationship target is relative to its source's folder ("worksheets/sheet1.xml")
// or absolute within the package ("/xl/worksheets/sheet1.xml"), and percent-encoded.
QString resolveTarget(const QString &sourceDirectory, const QString &target)
{
    QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    decoded.replace(u'\\', u'/');
    QStringList segments;
    if (!decoded.startsWith(u'/'))
        segments = sourceDirectory.split(u'/', Qt::SkipEmptyParts);
    const QStringList parts = decoded.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : parts) {
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty()) // a hostile target cannot climb out of the package
                segments.removeLast();
        } else if (segment != QLatin1String("."))
            segments.append(segment);
    }
    return segments.join(u'/');
}

QList<std::pair<QString, Relationship>> readRelationships(XlsxPart &part, const QString &sourceDirectory)
{
    QList<std::pair<QString, Relationship>> relationships;
    QXmlStreamReader &xml = part.xml();
    while (part.readNext()) {
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attrs = xml.attributes();
        if (attrs.value(QLatin1String("TargetMode")) == u"External")
            continue;
        relationships.append({ attrs.value(QLatin1String("Id")).toString(),
            { attrs.value(QLatin1String("Type")).toString(),
                resolveTarget(sourceDirectory, attrs.value(QLatin1String("Target")).toString()) } });
    }
    return relationships;
}

// The r:id of a <sheet>, whatever prefix the file binds to the relationships namespace.
QString relationshipId(const QXmlStreamAttributes &attrs)
{
    for (const QXmlStreamAttribute &attr : attrs) {
        if (attr.name() == u"id" && attr.namespaceUri().endsWith(relationshipsNamespaceSuffix))
            return attr.value().toString();
    }
    return {};
}

} // namespace

// nullopt when the zip has no such entry.
std::optional<XlsxReader::EntryFacts> XlsxReader::entryFacts(QuaZip &zip, const QString &part)
{
    QuaZipFileInfo64 info;
    if (part.isEmpty() || !zip.setCurrentFile(part, QuaZip::csInsensitive) || !zip.getCurrentFileInfo(&info))
        return std::nullopt;
    return EntryFacts { info.crc, info.compressedSize, info.uncompressedSize };
}

XlsxReader::XlsxReader(QString path, QString sheetName)
    : m_path(std::move(path))
    , m_requestedSheet(std::move(sheetName))
    , m_pieceBytes(XlsxSheetPieces::defaultPieceBytes)
{
}

XlsxReader::~XlsxReader()
{
    closeSheet(); // closes its entry before the zip goes
}

void XlsxReader::closeSheet()
{
    m_pieces.reset();
    m_parser.reset();
    m_sheet.reset();
}

bool XlsxReader::open()
{
    closeSheet();
    m_zip.reset();
    m_error.clear();
    m_sheetNames.clear();
    m_sheetParts.clear();
    m_sheetName.clear();
    m_firstRow.reset();
    m_strings = {};
    m_sharedStringsPart.clear();
    m_sharedStringsLoaded = false;
    m_styles = {};
    m_date1904 = false;
    m_atEnd = true;
    if (!openPackage())
        return false;

    // The package's root relationships name the workbook part; every workbook
    // we have seen keeps it at xl/workbook.xml, so that is the fallback.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    const bool readRoot = loadPart(QStringLiteral("_rels/.rels"), true, [&](XlsxPart &part) {
        const auto relationships = readRelationships(part, QString());
        for (const auto &[id, relationship] : relationships) {
            if (isType(relationship.type, QLatin1String("officeDocument")))
                workbookPart = relationship.target;
        }
    });
    if (!readRoot)
        return false;
    if (!m_zip->setCurrentFile(workbookPart, QuaZip::csInsensitive)) {
        return fail(tr("“%1” is a zip archive but not an Excel workbook: it has no %2.")
                        .arg(fileName(), workbookPart));
    }
    if (!readWorkbook(workbookPart))
        return false;
    m_workbook = { &m_strings, &m_styles, m_date1904, fileName() };
    if (m_sheetNames.isEmpty())
        return fail(tr("The workbook “%1” has no sheets.").arg(fileName()));

    if (!m_requestedSheet.isEmpty()) {
        for (int i = 0; i < m_sheetNames.size(); ++i) {
            // Excel treats sheet names case-insensitively.
            if (m_sheetNames[i].compare(m_requestedSheet, Qt::CaseInsensitive) == 0)
                return startSheet(i);
        }
        QStringList quoted;
        for (const QString &name : std::as_const(m_sheetNames))
            quoted.append(u'“' + name + u'”');
        return fail(tr("The workbook “%1” has no sheet “%2”; its sheets are %3.")
                        .arg(fileName(), m_requestedSheet, quoted.join(QLatin1String(", "))));
    }

    // The first sheet with a value is the one to read; its first row is kept
    // rather than read twice.
    for (int i = 0; i < m_sheetNames.size(); ++i) {
        if (!startSheet(i))
            return false;
        m_firstRow = nextFromSheet();
        if (!m_error.isEmpty())
            return false;
        if (m_firstRow) {
            m_atEnd = false;
            return true;
        }
    }
    m_sheetName = m_sheetNames.first();
    return true;
}

bool XlsxReader::openPackage()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("“%1” cannot be opened: %2").arg(fileName(), file.errorString()));
    const QByteArray head = file.read(8);
    file.close();
    if (head.isEmpty())
        return fail(tr("“%1” is empty, not an Excel workbook.").arg(fileName()));
    // The OLE2 signature: Excel 97–2003 files, and encrypted .xlsx files, which Excel wraps in OLE2.
    if (head == QByteArray::fromHex("d0cf11e0a1b11ae1")) {
        return fail(tr("“%1” is an Excel 97–2003 workbook (.xls) or a password-protected one, which cannot "
                       "be read; save it in Excel as an .xlsx workbook without a password.")
                        .arg(fileName()));
    }
    m_package = std::make_unique<PackageFile>(m_path);
    m_zip = std::make_unique<QuaZip>(m_package.get());
    if (!head.startsWith("PK") || !m_package->open(QIODevice::ReadOnly) || !m_zip->open(QuaZip::mdUnzip)) {
        m_zip.reset();
        m_package.reset();
        return fail(tr("“%1” is not an Excel workbook (.xlsx): it is not a zip archive.").arg(fileName()));
    }
    return true;
}

bool XlsxReader::readWorkbook(const QString &workbookPart)
{
    QStringList ids;
    const bool read = loadPart(workbookPart, false, [&](XlsxPart &part) {
        QXmlStreamReader &xml = part.xml();
        while (part.readNext()) {
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                const QXmlStreamAttributes attrs = xml.attributes();
                const QStringView date1904 = attrs.value(QLatin1String("date1904"));
                m_date1904 = date1904 == u"1" || date1904 == u"true";
            } else if (xml.name() == u"sheet") {
                const QXmlStreamAttributes attrs = xml.attributes();
                m_sheetNames.append(attrs.value(QLatin1String("name")).toString());
                ids.append(relationshipId(attrs));
            }
        }
    });
    if (!read)
        return false;

    QHash<QString, Relationship> byId;
    QString sharedStringsPart;
    QString stylesPart;
    const bool readRelations = loadPart(relationshipsPartOf(workbookPart), true, [&](XlsxPart &part) {
        const auto relationships = readRelationships(part, directoryOf(workbookPart));
        for (const auto &[id, relationship] : relationships) {
            byId.insert(id, relationship);
            if (isType(relationship.type, QLatin1String("sharedStrings")))
                sharedStringsPart = relationship.target;
            else if (isType(relationship.type, QLatin1String("styles")))
                stylesPart = relationship.target;
        }
    });
    if (!readRelations)
        return false;
    for (const QString &id : std::as_const(ids))
        m_sheetParts.append(byId.value(id).target);

    // The shared strings are read once the sheet's parsing has started
    // (startSheet()), through a second handle: what this one says of them tells
    // whether that handle has the same file.
    if (const auto entry = entryFacts(*m_zip, sharedStringsPart)) {
        m_sharedStringsPart = sharedStringsPart;
        m_sharedStringsEntry = *entry;
    }
    // Some exports write no styles.
    return stylesPart.isEmpty() || loadPart(stylesPart, true, [&](XlsxPart &part) { m_styles.load(part); });
}

bool XlsxReader::loadSharedStrings()
{
    if (m_sharedStringsLoaded)
        return true;
    m_sharedStringsLoaded = true;
    if (m_sharedStringsPart.isEmpty()) // a workbook of numbers only
        return true;
    // A zip of their own: the sheet's pieces are inflating from m_zip meanwhile.
    // If the file was replaced since it was opened (saved again, synced), the
    // strings would come from another version of the workbook.
    PackageFile package(m_path);
    QuaZip zip(&package);
    if (!package.open(QIODevice::ReadOnly) || !zip.open(QuaZip::mdUnzip)
        || entryFacts(zip, m_sharedStringsPart) != m_sharedStringsEntry)
        return fail(
            tr("“%1” cannot be read: it changed or went away while it was being read.").arg(fileName()));
    return loadPart(
        zip, m_sharedStringsPart, true, [&](XlsxPart &part) { m_strings.load(part, maxCellLength + 1); });
}

bool XlsxReader::loadPart(const QString &partName, bool optional, const std::function<void(XlsxPart &)> &read)
{
    return loadPart(*m_zip, partName, optional, read);
}

bool XlsxReader::loadPart(
    QuaZip &zip, const QString &partName, bool optional, const std::function<void(XlsxPart &)> &read)
{
    XlsxPart part(zip);
    if (!part.open(partName))
        return optional && part.failure() == XlsxPart::Failure::Missing ? true : failPart(part);
    read(part);
    return part.failure() == XlsxPart::Failure::None || failPart(part);
}

bool XlsxReader::startSheet(int index)
{
    closeSheet(); // the zip has one entry open at a time
    m_sheetIndex = index;
    m_sheetName = m_sheetNames[index];
    m_skipThrough = 0;
    m_progressTotal = 0;
    m_atEnd = true;
    if (m_sheetParts[index].isEmpty())
        return fail(tr("Sheet “%1” of “%2”: the workbook does not say where the sheet’s cells are.")
                        .arg(m_sheetName, fileName()));
    auto part = std::make_unique<XlsxPart>(*m_zip);
    if (!part->open(m_sheetParts[index]))
        return failSheetPart(*part);
    m_progressTotal = part->packedTotal();
    m_pieces = std::make_unique<XlsxSheetPieces>(m_workbook, m_sheetName, std::move(part), m_pieceBytes);
    if (!loadSharedStrings()) { // while the pieces parse
        closeSheet();
        return false;
    }
    m_atEnd = false;
    return true;
}

bool XlsxReader::startSingleParse(int skipThrough)
{
    closeSheet();
    m_sheet = std::make_unique<XlsxPart>(*m_zip);
    if (!m_sheet->open(m_sheetParts[m_sheetIndex]))
        return failSheetPart(*m_sheet);
    m_parser = std::make_unique<XlsxSheetParser>(m_workbook, m_sheetName, *m_sheet);
    m_skipThrough = skipThrough;
    return true;
}

std::optional<SheetRow> XlsxReader::next()
{
    if (m_firstRow)
        return std::exchange(m_firstRow, std::nullopt);
    return nextFromSheet();
}

std::optional<SheetRow> XlsxReader::nextFromSheet()
{
    while (!m_atEnd && m_error.isEmpty()) {
        SheetRow row;
        if (m_pieces) {
            switch (m_pieces->next(row)) {
            case XlsxSheetPieces::Result::Row:
                return row;
            case XlsxSheetPieces::Result::End:
                closeSheet(); // the rest of the sheet (merged ranges, print settings) is not needed
                m_atEnd = true;
                break;
            case XlsxSheetPieces::Result::FallBack:
                // The rows already given stay given; the single parse goes on after them.
                if (!startSingleParse(m_pieces->lastRowTaken()))
                    return std::nullopt;
                break;
            }
            continue;
        }
        switch (m_parser->readRow(row)) {
        case XlsxSheetParser::Result::Row:
            if (row.row > m_skipThrough && !row.isBlank())
                return row;
            break;
        case XlsxSheetParser::Result::End:
            closeSheet();
            m_atEnd = true;
            break;
        case XlsxSheetParser::Result::Failed:
            fail(m_parser->error());
            break;
        }
    }
    return std::nullopt;
}

void XlsxReader::recycle(SheetRow &&row)
{
    if (m_pieces)
        m_pieces->recycle(std::move(row));
}

qint64 XlsxReader::progressDone() const
{
    if (m_atEnd)
        return m_progressTotal;
    if (m_pieces)
        return m_pieces->packedDone();
    return m_sheet ? m_sheet->packedDone() : 0;
}

qint64 XlsxReader::progressTotal() const
{
    return m_progressTotal;
}

QString XlsxReader::fileName() const
{
    return QFileInfo(m_path).fileName();
}

bool XlsxReader::fail(const QString &message)
{
    if (m_error.isEmpty()) // the first problem is the one to report
        m_error = message;
    m_atEnd = true;
    m_firstRow.reset();
    return false;
}

bool XlsxReader::failPart(const XlsxPart &part)
{
    return fail(tr("“%1” cannot be read: %2").arg(fileName(), XlsxSheetParser::partFailureReason(part)));
}

bool XlsxReader::failSheetPart(const XlsxPart &part)
{
    return fail(
        XlsxSheetParser::sheetMessage(m_sheetName, fileName(), XlsxSheetParser::partFailureReason(part)));
}

} // namespace cs
