#include "import/XlsxSheetParser.h"

#include "import/RowReader.h"
#include "import/XlsxPart.h"
#include "import/XlsxSharedStrings.h"
#include "import/XlsxStyles.h"

#include <algorithm>

namespace cs {

namespace {

// The value into the cell's text, in the buffer the text has when it is big
// enough (a recycled row's): most cells are then read without allocating.
void assignText(QString &text, QStringView value)
{
    text.resize(value.size());
    std::copy(value.begin(), value.end(), text.begin());
}

// Excel's own limit on rows; a larger row number is not one Excel wrote.
constexpr int maxRows = 1048576;
constexpr int maxColumns = RowReader::maxColumns;
constexpr int maxCellLength = RowReader::maxCellLength;

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

XlsxSheetParser::XlsxSheetParser(const Workbook &workbook, QString sheetName, XlsxPart &part)
    : m_workbook(workbook)
    , m_sheetName(std::move(sheetName))
    , m_part(part)
{
    // Cells are matched by local name only, and resolving namespaces is a tenth
    // of the parsing time.
    m_part.xml().setNamespaceProcessing(false);
}

XlsxSheetParser::CellType XlsxSheetParser::cellType(QStringView t)
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

XlsxSheetParser::Result XlsxSheetParser::readRow(SheetRow &row)
{
    QXmlStreamReader &xml = m_part.xml();
    while (m_part.readNext()) {
        if (xml.isEndElement()) {
            if (xml.name() == u"sheetData")
                return Result::End;
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

        int number = m_lastRow + 1;
        {
            // Let go before the cells are read: held attributes share the reader's
            // token buffer, which then reallocates (see XlsxPart::primeComment()).
            const QXmlStreamAttributes attrs = xml.attributes();
            const QStringView ref = attrs.value(QLatin1String("r"));
            if (ref.isEmpty() && !m_numbersKnown)
                ++m_provisionalRows; // numbered 1, 2, … until the reader knows where the piece starts
            if (!ref.isEmpty()) {
                bool ok = false;
                number = ref.toInt(&ok);
                if (!ok || number < 1 || number > maxRows) {
                    fail((tr("“%1” is not a row number.").arg(ref.left(20))));
                    return Result::Failed;
                }
                // Excel writes rows in order, once each; a file that repeats or goes back
                // (found by fuzzing) would report two rows under one number.
                if (number <= m_lastRow) {
                    fail((tr("row %1 comes after row %2: the rows are out of order, so the "
                             "file is damaged. Open it in Excel and save it again.")
                              .arg(number)
                              .arg(m_lastRow)));
                    return Result::Failed;
                }
                if (!m_numbersKnown) {
                    m_numbersKnown = true;
                    m_firstNumberedRow = number;
                }
            }
        }
        m_lastRow = m_currentRow = row.row = number;
        m_deferred.clear();
        m_highestColumn = -1;
        for (SheetCell &cell : row.cells)
            cell.clear(); // a recycled row: its cells' buffers take this row's values
        row.cells.reserve(m_lastWidth); // rows of a sheet are mostly alike
        int lastColumn = -1;
        const int rowDepth = m_part.depth();
        while (m_part.readNext()) {
            if (xml.isStartElement()) {
                if (xml.name() == u"c" ? !readCell(row, &lastColumn) : !m_part.skipElement())
                    break;
            } else if (xml.isEndElement() && m_part.depth() == rowDepth - 1) {
                m_lastWidth = row.cells.size();
                while (!row.cells.isEmpty() && row.cells.constLast().kind == SheetCell::Kind::Empty)
                    row.cells.removeLast();
                m_currentRow = 0;
                m_currentColumn = -1;
                return Result::Row;
            }
        }
        if (m_error.isEmpty())
            failPart();
        return Result::Failed;
    }
    if (m_part.failure() != XlsxPart::Failure::None) {
        failPart();
        return Result::Failed;
    }
    return Result::End;
}

bool XlsxSheetParser::readCell(SheetRow &row, int *lastColumn)
{
    QXmlStreamReader &xml = m_part.xml();
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
                return fail(tr("“%1” is not a cell reference.").arg(ref.left(20)));
        }
        type = cellType(attrs.value(QLatin1String("t")));
        style = attrs.value(QLatin1String("s")).toInt();
    }
    if (column >= maxColumns)
        return fail(tr("a cell lies beyond column XFD, the last column a sheet can have."));
    *lastColumn = m_currentColumn = column;

    // Reused from cell to cell: most values are a shared string's index or a
    // number, read without allocating (a number's text is copied once, into the cell).
    QString &value = m_value;
    value.resize(0);
    const int cellDepth = m_part.depth();
    while (m_part.readNext()) {
        if (xml.isStartElement()) {
            bool ok = true;
            if (xml.name() == u"v") {
                ok = m_part.appendText(value, qsizetype(7) * (maxCellLength + 1)); // room for _xHHHH_ escapes
            } else if (xml.name() == u"is") {
                ok = XlsxSharedStrings::readItem(m_part, value, maxCellLength + 1);
            } else {
                ok = m_part.skipElement(); // the formula (<f>) and extensions
            }
            if (!ok)
                break;
        } else if (xml.isEndElement() && m_part.depth() == cellDepth - 1) {
            if (column >= row.cells.size())
                row.cells.resize(column + 1);
            // No value, or an empty one, is a missing cell whatever its type says.
            return value.isEmpty() || cellValue(row.cells[column], type, value, style);
        }
    }
    return failPart();
}

bool XlsxSheetParser::cellValue(SheetCell &cell, CellType type, QStringView value, int style)
{
    // A column given again (references may go back) keeps its last value: a
    // string deferred for it is still checked, but not put in.
    if (m_currentColumn <= m_highestColumn) {
        for (DeferredString &deferred : m_deferred) {
            if (deferred.column == m_currentColumn)
                deferred.superseded = true;
        }
    }
    m_highestColumn = std::max(m_highestColumn, m_currentColumn);
    switch (type) {
    case CellType::SharedString: {
        bool ok = false;
        const int index = value.toInt(&ok);
        const QString *text = m_workbook.strings ? m_workbook.strings->at(index) : nullptr;
        if (!ok || index < 0 || (m_workbook.strings && !text))
            return fail(tr("the cell refers to shared string %1, which the workbook does not have.")
                            .arg(value.left(20)));
        cell.kind = SheetCell::Kind::Text;
        if (text) {
            cell.text = *text;
        } else {
            cell.text.resize(0);
            m_deferred.push_back({ m_currentColumn, index });
        }
        break;
    }
    case CellType::InlineString:
    case CellType::FormulaString:
        cell.kind = SheetCell::Kind::Text;
        if (value.contains(QLatin1String("_x")))
            cell.text = XlsxSharedStrings::decodeEscapes(value.toString());
        else
            assignText(cell.text, value);
        break;
    case CellType::Boolean:
        cell.kind = SheetCell::Kind::Boolean;
        cell.text = value == u"1" || value == u"true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return true;
    case CellType::Error:
        cell.kind = SheetCell::Kind::Error;
        assignText(cell.text, value);
        break;
    case CellType::IsoDate:
        assignText(cell.text, value);
        cell.date = QDate::fromString(value.left(10), Qt::ISODate);
        cell.kind = cell.date.isValid() ? SheetCell::Kind::Date : SheetCell::Kind::Text;
        break;
    case CellType::Number:
        cell.kind = SheetCell::Kind::Number;
        assignText(cell.text, value);
        if (m_workbook.styles->isDate(style)) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            if (const auto date =
                    ok ? XlsxStyles::dateFromSerial(serial, m_workbook.date1904) : std::nullopt) {
                cell.kind = SheetCell::Kind::Date;
                cell.date = *date;
            }
        }
        break;
    }
    if (cell.text.size() > maxCellLength)
        return fail(tr("the cell holds more than 32,767 characters."));
    return true;
}

QString XlsxSheetParser::message(const QString &reason) const
{
    if (m_currentRow > 0 && m_currentColumn >= 0) {
        return tr("Sheet “%1” of “%2”, row %3, column %4: %5")
            .arg(m_sheetName, m_workbook.fileName, QString::number(m_currentRow),
                columnLetters(m_currentColumn), reason);
    }
    if (m_currentRow > 0)
        return tr("Sheet “%1” of “%2”, row %3: %4")
            .arg(m_sheetName, m_workbook.fileName, QString::number(m_currentRow), reason);
    return sheetMessage(m_sheetName, m_workbook.fileName, reason);
}

QString XlsxSheetParser::sheetMessage(
    const QString &sheetName, const QString &fileName, const QString &reason)
{
    return tr("Sheet “%1” of “%2”: %3").arg(sheetName, fileName, reason);
}

QString XlsxSheetParser::partFailureReason(const XlsxPart &part)
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
    return reason;
}

bool XlsxSheetParser::failPart()
{
    return fail(partFailureReason(m_part));
}

bool XlsxSheetParser::fail(const QString &reason)
{
    if (m_error.isEmpty()) // the first problem is the one to report
        m_error = message(reason);
    return false;
}

} // namespace cs
