#include "import/XlsxReader.h"

#include "import/PackageFile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <quazip/quazip.h>

namespace cs {

namespace {

// Excel's own limit on rows; a larger row number is not one Excel wrote.
constexpr int maxRows = 1048576;

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

// The column of a reference such as "AB12" (0-based): -1 when it is not a
// reference, maxColumns when it lies beyond the last column.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref[i].unicode() & ~0x20; // upper case for ASCII letters
        if (c < u'A' || c > u'Z' || ref[i].unicode() > 0x7f)
            break;
        column = std::min(column * 26 + (c - u'A' + 1), RowReader::maxColumns + 1);
    }
    if (i == 0)
        return -1;
    for (qsizetype j = i; j < ref.size(); ++j) {
        if (!ref[j].isDigit())
            return -1;
    }
    return column - 1;
}

} // namespace

XlsxReader::CellType XlsxReader::cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return CellType::Number;
    if (t == u"s")
        return CellType::SharedString;
    if (t == u"inlineStr")
        return CellType::InlineString;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"d")
        return CellType::IsoDate;
    return CellType::FormulaString; // "str", and text is the safe reading of anything unknown
}

XlsxReader::XlsxReader(QString path, QString sheetName)
    : m_path(std::move(path))
    , m_requestedSheet(std::move(sheetName))
{
}

XlsxReader::~XlsxReader()
{
    m_sheet.reset(); // closes its entry before the zip goes
}

bool XlsxReader::open()
{
    m_sheet.reset();
    m_zip.reset();
    m_error.clear();
    m_sheetNames.clear();
    m_sheetParts.clear();
    m_sheetName.clear();
    m_firstRow.reset();
    m_strings = {};
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

    // A workbook of numbers only has no shared strings; some exports write no styles.
    if (!sharedStringsPart.isEmpty() && !loadPart(sharedStringsPart, true, [&](XlsxPart &part) {
            m_strings.load(part, maxCellLength + 1);
        }))
        return false;
    return stylesPart.isEmpty() || loadPart(stylesPart, true, [&](XlsxPart &part) { m_styles.load(part); });
}

bool XlsxReader::loadPart(const QString &partName, bool optional, const std::function<void(XlsxPart &)> &read)
{
    XlsxPart part(*m_zip);
    if (!part.open(partName))
        return optional && part.failure() == XlsxPart::Failure::Missing ? true : failPart(part);
    read(part);
    return part.failure() == XlsxPart::Failure::None || failPart(part);
}

bool XlsxReader::startSheet(int index)
{
    m_sheet.reset(); // the zip has one entry open at a time
    m_sheetName = m_sheetNames[index];
    m_lastRow = 0;
    m_currentRow = 0;
    m_currentColumn = -1;
    m_inSheetData = false;
    m_progressTotal = 0;
    m_atEnd = true;
    if (m_sheetParts[index].isEmpty())
        return fail(tr("Sheet “%1” of “%2”: the workbook does not say where the sheet’s cells are.")
                        .arg(m_sheetName, fileName()));
    m_sheet = std::make_unique<XlsxPart>(*m_zip);
    if (!m_sheet->open(m_sheetParts[index]))
        return failPart(*m_sheet);
    m_progressTotal = m_sheet->packedTotal();
    m_atEnd = false;
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
        switch (readRow(row)) {
        case RowResult::Row:
            if (!row.isBlank())
                return row;
            break;
        case RowResult::End:
            m_atEnd = true;
            m_sheet.reset(); // the rest of the sheet (merged ranges, print settings) is not needed
            break;
        case RowResult::Failed:
            m_atEnd = true;
            break;
        }
    }
    return std::nullopt;
}

XlsxReader::RowResult XlsxReader::readRow(SheetRow &row)
{
    QXmlStreamReader &xml = m_sheet->xml();
    while (m_sheet->readNext()) {
        if (xml.isEndElement()) {
            if (xml.name() == u"sheetData")
                return RowResult::End;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"sheetData") {
            m_inSheetData = true;
            continue;
        }
        if (!m_inSheetData || xml.name() != u"row")
            continue;

        const QXmlStreamAttributes attrs = xml.attributes();
        const QStringView ref = attrs.value(QLatin1String("r"));
        int number = m_lastRow + 1;
        if (!ref.isEmpty()) {
            bool ok = false;
            number = ref.toInt(&ok);
            if (!ok || number < 1 || number > maxRows) {
                fail(sheetMessage(tr("“%1” is not a row number.").arg(ref.left(20))));
                return RowResult::Failed;
            }
            // Excel writes rows in order, once each; a file that repeats or goes back
            // (found by fuzzing) would report two rows under one number.
            if (number <= m_lastRow) {
                fail(sheetMessage(tr("row %1 comes after row %2: the rows are out of order, so the "
                                     "file is damaged. Open it in Excel and save it again.")
                                      .arg(number)
                                      .arg(m_lastRow)));
                return RowResult::Failed;
            }
        }
        m_lastRow = m_currentRow = row.row = number;
        row.cells.reserve(m_lastWidth); // rows of a sheet are mostly alike
        int lastColumn = -1;
        const int rowDepth = m_sheet->depth();
        while (m_sheet->readNext()) {
            if (xml.isStartElement()) {
                if (xml.name() == u"c" ? !readCell(row, &lastColumn) : !m_sheet->skipElement())
                    break;
            } else if (xml.isEndElement() && m_sheet->depth() == rowDepth - 1) {
                m_lastWidth = row.cells.size();
                while (!row.cells.isEmpty() && row.cells.constLast().kind == SheetCell::Kind::Empty)
                    row.cells.removeLast();
                m_currentRow = 0;
                m_currentColumn = -1;
                return RowResult::Row;
            }
        }
        if (m_error.isEmpty())
            failPart(*m_sheet);
        return RowResult::Failed;
    }
    if (m_sheet->failure() != XlsxPart::Failure::None) {
        failPart(*m_sheet);
        return RowResult::Failed;
    }
    return RowResult::End;
}

bool XlsxReader::readCell(SheetRow &row, int *lastColumn)
{
    QXmlStreamReader &xml = m_sheet->xml();
    CellType type = CellType::Number;
    int style = 0;
    m_currentColumn = -1;
    int column = *lastColumn + 1; // a cell without a reference follows the one before
    {
        const QXmlStreamAttributes attrs = xml.attributes();
        const QStringView ref = attrs.value(QLatin1String("r"));
        if (!ref.isEmpty()) {
            column = columnOf(ref);
            if (column < 0)
                return failCell(tr("“%1” is not a cell reference.").arg(ref.left(20)));
        }
        type = cellType(attrs.value(QLatin1String("t")));
        style = attrs.value(QLatin1String("s")).toInt();
    }
    if (column >= maxColumns)
        return failCell(tr("a cell lies beyond column XFD, the last column a sheet can have."));
    *lastColumn = m_currentColumn = column;

    QString value;
    const int cellDepth = m_sheet->depth();
    while (m_sheet->readNext()) {
        if (xml.isStartElement()) {
            bool ok = true;
            if (xml.name() == u"v") {
                ok = m_sheet->appendText(value, qsizetype(7) * (maxCellLength + 1)); // room for _xHHHH_ escapes
            } else if (xml.name() == u"is") {
                ok = XlsxSharedStrings::readItem(*m_sheet, value, maxCellLength + 1);
            } else {
                ok = m_sheet->skipElement(); // the formula (<f>) and extensions
            }
            if (!ok)
                break;
        } else if (xml.isEndElement() && m_sheet->depth() == cellDepth - 1) {
            if (column >= row.cells.size())
                row.cells.resize(column + 1);
            // No value, or an empty one, is a missing cell whatever its type says.
            return value.isEmpty() || cellValue(row.cells[column], type, value, style);
        }
    }
    return failPart(*m_sheet);
}

bool XlsxReader::cellValue(SheetCell &cell, CellType type, const QString &value, int style)
{
    switch (type) {
    case CellType::SharedString: {
        bool ok = false;
        const QString *text = m_strings.at(value.toInt(&ok));
        if (!ok || !text)
            return failCell(tr("the cell refers to shared string %1, which the workbook does not have.")
                                .arg(value.left(20)));
        cell.kind = SheetCell::Kind::Text;
        cell.text = *text;
        break;
    }
    case CellType::InlineString:
    case CellType::FormulaString:
        cell.kind = SheetCell::Kind::Text;
        cell.text = value.contains(QLatin1String("_x")) ? XlsxSharedStrings::decodeEscapes(value) : value;
        break;
    case CellType::Boolean:
        cell.kind = SheetCell::Kind::Boolean;
        cell.text = value == u"1" || value == u"true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return true;
    case CellType::Error:
        cell.kind = SheetCell::Kind::Error;
        cell.text = value;
        break;
    case CellType::IsoDate:
        cell.text = value;
        cell.date = QDate::fromString(value.left(10), Qt::ISODate);
        cell.kind = cell.date.isValid() ? SheetCell::Kind::Date : SheetCell::Kind::Text;
        break;
    case CellType::Number:
        cell.kind = SheetCell::Kind::Number;
        cell.text = value;
        if (m_styles.isDate(style)) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            if (const auto date = ok ? XlsxStyles::dateFromSerial(serial, m_date1904) : std::nullopt) {
                cell.kind = SheetCell::Kind::Date;
                cell.date = *date;
            }
        }
        break;
    }
    if (cell.text.size() > maxCellLength)
        return failCell(tr("the cell holds more than 32,767 characters."));
    return true;
}

qint64 XlsxReader::progressDone() const
{
    if (m_atEnd || !m_sheet)
        return m_progressTotal;
    return m_sheet->packedDone();
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

QString XlsxReader::sheetMessage(const QString &reason) const
{
    if (m_currentRow > 0 && m_currentColumn >= 0) {
        return tr("Sheet “%1” of “%2”, row %3, column %4: %5")
            .arg(m_sheetName, fileName(), QString::number(m_currentRow), columnLetters(m_currentColumn),
                reason);
    }
    if (m_currentRow > 0)
        return tr("Sheet “%1” of “%2”, row %3: %4")
            .arg(m_sheetName, fileName(), QString::number(m_currentRow), reason);
    return tr("Sheet “%1” of “%2”: %3").arg(m_sheetName, fileName(), reason);
}

bool XlsxReader::failCell(const QString &reason)
{
    return fail(sheetMessage(reason));
}

bool XlsxReader::failPart(const XlsxPart &part)
{
    const QString name = part.name();
    QString reason;
    switch (part.failure()) {
    case XlsxPart::Failure::Missing:
        reason = tr("the workbook refers to %1, which the file does not contain.").arg(name);
        break;
    case XlsxPart::Failure::DeclaredTooLarge:
        reason = tr("%1 would unpack to more than 1 GiB, which is refused as unsafe.").arg(name);
        break;
    case XlsxPart::Failure::TooLarge:
        reason = tr("%1 unpacks to more than 1 GiB, which is refused as unsafe.").arg(name);
        break;
    case XlsxPart::Failure::Inflation:
        reason =
            tr("%1 unpacks to more than %2 times its packed size, which is refused as a likely zip bomb.")
                .arg(name, QString::number(XlsxPart::maxInflationRatio));
        break;
    case XlsxPart::Failure::TooDeep:
        reason = tr("%1 nests XML elements more than %2 levels deep, which is refused as unsafe.")
                     .arg(name, QString::number(XlsxPart::maxDepth));
        break;
    case XlsxPart::Failure::Dtd:
        reason = tr("%1 contains a document type declaration (DTD), which workbooks never use and which is "
                    "refused as unsafe.")
                     .arg(name);
        break;
    case XlsxPart::Failure::None: // the document ended inside an element
    case XlsxPart::Failure::Malformed:
        reason = tr("%1 is not well-formed XML (line %2: %3).")
                     .arg(name, QString::number(part.xmlLine()), part.xmlError());
        break;
    case XlsxPart::Failure::Unreadable:
        reason = tr("%1 cannot be unpacked; the file is damaged or encrypted.").arg(name);
        break;
    }
    if (&part == m_sheet.get())
        return fail(sheetMessage(reason));
    return fail(tr("“%1” cannot be read: %2").arg(fileName(), reason));
}

} // namespace cs
