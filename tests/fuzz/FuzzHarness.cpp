#include "FuzzHarness.h"

#include "domain/Partner.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/ImportKind.h"
#include "import/ImportSource.h"
#include "import/ValueParsers.h"
#include "import/XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace cs::fuzz {

namespace {

// A broken promise is a finding: abort so libFuzzer (and the replaying test,
// through its sanitizer-free abort) stops on it with the input saved.
void require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz: broken promise: %s\n", what);
    std::abort();
}

void writeFile(const QString &path, const std::uint8_t *data, std::size_t size)
{
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "scratch file opens");
    require(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size),
        "scratch file written");
}

// The rows a reader gives (the first `keep` of them), with the promises every
// reader makes: rows in increasing order, within Excel's limits, an error only at
// the end. Capped so a slow input shows as a timeout of the reader, not of this loop.
// Every row goes back to the reader as an import hands rows back, while the copy
// kept still shares its text: reusing the row must not change the copy.
QList<SheetRow> drain(RowReader &reader, qsizetype keep = headerSearchRows)
{
    QList<SheetRow> firstRows;
    int lastRow = 0;
    for (int n = 0; n < 200000; ++n) {
        std::optional<SheetRow> row = reader.next();
        if (!row)
            break;
        require(row->row > lastRow, "rows come in increasing order");
        require(row->cells.size() <= RowReader::maxColumns, "no row is wider than Excel's limit");
        for (const SheetCell &cell : row->cells)
            require(cell.text.size() <= RowReader::maxCellLength, "no cell is longer than Excel's limit");
        require(reader.progressDone() <= reader.progressTotal() || reader.progressTotal() == 0,
            "progress stays within its total");
        lastRow = row->row;
        if (firstRows.size() < keep)
            firstRows.append(*row);
        reader.recycle(std::move(*row));
    }
    if (!reader.error().isEmpty())
        require(!reader.next().has_value(), "a reader that failed stays failed");
    return firstRows;
}

// What the wizard does with the first rows of any file: guess the kind and find the header.
void detectHeaders(const QList<SheetRow> &firstRows)
{
    (void)ImportSources::guessKind(firstRows);
    for (const ImportKind kind :
        { ImportKind::Partners, ImportKind::Results, ImportKind::Assessments, ImportKind::Ledger })
        (void)detectColumns(firstRows, kind);
}

// The parts a package needs to reach the sheet, used where the input gives none.
QMap<QString, QByteArray> defaultParts()
{
    const QByteArray decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    return {
        { QStringLiteral("[Content_Types].xml"),
            decl
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>" },
        { QStringLiteral("_rels/.rels"),
            decl
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                  "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" },
        { QStringLiteral("xl/workbook.xml"),
            decl
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                  "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
        { QStringLiteral("xl/_rels/workbook.xml.rels"),
            decl
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                  "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                  "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                  "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                  "relationships/styles\" Target=\"styles.xml\"/></Relationships>" },
        { QStringLiteral("xl/worksheets/sheet1.xml"),
            decl
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  "<sheetData/></worksheet>" },
    };
}

// "--- name" lines split the input into parts; text before the first is ignored.
QMap<QString, QByteArray> partsOf(const QByteArray &input)
{
    QMap<QString, QByteArray> parts = defaultParts();
    const QByteArray marker = "--- ";
    const QByteArray lineMarker = "\n--- ";
    qsizetype at = input.startsWith(marker) ? 0 : input.indexOf(lineMarker);
    while (at >= 0) {
        const qsizetype nameStart = at + (input.at(at) == '\n' ? 1 : 0) + marker.size();
        const qsizetype nameEnd = input.indexOf('\n', nameStart);
        if (nameEnd < 0)
            break;
        const qsizetype next = input.indexOf(lineMarker, nameEnd);
        const QString name = QString::fromUtf8(input.mid(nameStart, nameEnd - nameStart)).trimmed();
        const QByteArray body = input.mid(nameEnd + 1, next < 0 ? -1 : next - nameEnd - 1);
        if (!name.isEmpty())
            parts.insert(name, body);
        at = next;
    }
    return parts;
}

void zipParts(const QString &path, const QMap<QString, QByteArray> &parts)
{
    QuaZip zip(path);
    require(zip.open(QuaZip::mdCreate), "scratch zip opens");
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())))
            continue; // a name zip cannot hold is simply not in the package
        entry.write(it.value());
        entry.close();
    }
    zip.close();
}

} // namespace

QString scratchPath(const char *suffix)
{
    const QString dir =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/cs-fuzz-%2%3")
        .arg(dir)
        .arg(QCoreApplication::applicationPid())
        .arg(QLatin1String(suffix));
}

void csvFile(const std::uint8_t *data, std::size_t size)
{
    const QString path = scratchPath(".csv");
    writeFile(path, data, size);
    CsvReader reader(path);
    if (reader.open())
        detectHeaders(drain(reader));
    else
        require(!reader.error().isEmpty(), "a file that cannot be read says why");
    QFile::remove(path);
}

void xlsxFile(const std::uint8_t *data, std::size_t size)
{
    const QString path = scratchPath(".xlsx");
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.startsWith("PK"))
        writeFile(path, data, size);
    else
        zipParts(path, partsOf(input));
    // Cut after every row, so that the pieces parsed side by side (and the fall
    // back to one piece) meet every input; then in one piece, which must agree.
    XlsxReader reader(path);
    reader.setPieceBytes(1);
    QList<SheetRow> cutRows;
    if (reader.open()) {
        cutRows = drain(reader, std::numeric_limits<qsizetype>::max());
        detectHeaders(cutRows.mid(0, headerSearchRows));
        require(reader.sheetNames().contains(reader.sheetName()), "the sheet read is one of the workbook's");
    } else {
        require(!reader.error().isEmpty(), "a file that cannot be read says why");
    }
    XlsxReader whole(path);
    whole.setPieceBytes(qsizetype(1) << 30);
    const QList<SheetRow> wholeRows =
        whole.open() ? drain(whole, std::numeric_limits<qsizetype>::max()) : QList<SheetRow> {};
    require(whole.error() == reader.error() && whole.sheetName() == reader.sheetName(),
        "cut into pieces or not, a sheet gives the same message");
    // Before an error, how many rows come out depends on where QXmlStreamReader's
    // reads fall (it checks the encoding of a whole block at once), so one list may
    // stop earlier; without an error they are the same.
    require(reader.error().isEmpty() ? wholeRows.size() == cutRows.size() : true,
        "cut into pieces or not, a sheet gives the same rows");
    for (qsizetype i = 0; i < std::min(cutRows.size(), wholeRows.size()); ++i)
        require(wholeRows[i].row == cutRows[i].row && wholeRows[i].cells == cutRows[i].cells,
            "cut into pieces or not, a sheet gives the same rows");
    QFile::remove(path);
}

void cellValues(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const SheetCell::Kind kind : { SheetCell::Kind::Text, SheetCell::Kind::Number }) {
        const SheetCell cell { kind, text, {} };
        if (const auto amount = ValueParsers::parseAmount(cell)) {
            // What an amount prints as must read back as the same amount.
            const auto again = Money::parse(amount->toString());
            require(again && *again == *amount, "an amount read back from its own text is the same");
        }
        if (const auto percent = ValueParsers::parsePercentage(cell))
            require(percent->den > 0 && percent->num >= 0 && Ratio { 10, 1 } >= *percent,
                "a percentage is between 0 and 1000 %");
        if (const auto quarter = ValueParsers::parseQuarter(cell)) {
            const auto again = Quarter::parse(quarter->toString());
            require(again && *again == *quarter, "a quarter read back from its own text is the same");
        }
        for (const DateSystem system : { DateSystem::Excel1900, DateSystem::Excel1904 })
            if (const auto date = ValueParsers::parseDate(cell, system))
                require(
                    date->isValid() && date->year() >= 1900 && date->year() <= 9999, "a date is a real day");
        (void)ValueParsers::parseCount(cell);
        if (const auto score = ValueParsers::parseScore(cell))
            require(*score >= 0 && *score <= 100, "a score is between 0 and 10");
        if (const auto tenths = ValueParsers::parseTenths(cell))
            require(*tenths >= 0, "a measurement is not negative");
        (void)ValueParsers::parseChoiceCell<Tier>(cell);
        (void)ValueParsers::normaliseText(text);
        (void)ValueParsers::looksLikeFormula(text);
    }
}

} // namespace cs::fuzz
