#include "import/XlsxSheetPieces.h"

#include "import/RowReader.h"
#include "import/XlsxPart.h"
#include "import/XlsxSharedStrings.h"

#include <algorithm>
#include <iterator>

namespace cs {

namespace {

// One parser per core, at least two (the point of the pieces) and at most four:
// the importer's writer thread needs a core too, and a laptop rarely has more
// than four fast ones.
int parserThreads()
{
    return std::clamp(int(std::thread::hardware_concurrency()), 2, 4);
}
// Pieces cut ahead of the one being read: enough to keep the parsers busy,
// few enough that memory stays a few megabytes whatever the sheet's size.
constexpr qsizetype piecesAhead = 8;
// Inflated at a time from the zip.
constexpr qsizetype inflateChunk = qsizetype(64) * 1024;
// A sheet's head (views, column widths) before <sheetData> is a few hundred
// bytes; one larger than this is read in one piece instead.
constexpr qsizetype maxHeadBytes = qsizetype(64) * 1024;

constexpr QByteArrayView sheetData("sheetData");

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '.';
}

} // namespace

XlsxSheetPieces::XlsxSheetPieces(const XlsxSheetParser::Workbook &workbook, QString sheetName,
    std::unique_ptr<XlsxPart> sheet, qsizetype pieceBytes)
    : m_parseWorkbook { nullptr, workbook.styles, workbook.date1904, workbook.fileName }
    , m_strings(workbook.strings)
    , m_sheetName(std::move(sheetName))
    // No piece can be larger than a part may unpack to.
    , m_pieceBytes(std::clamp<qsizetype>(pieceBytes, 1, XlsxPart::maxUnpackedBytes))
    , m_sheet(std::move(sheet))
{
    const int threads = parserThreads();
    m_threads.reserve(threads);
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { work(); });
}

XlsxSheetPieces::~XlsxSheetPieces()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_roomChanged.notify_all();
    m_parsedChanged.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

XlsxSheetPieces::Result XlsxSheetPieces::next(SheetRow &row)
{
    for (;;) {
        if (m_rowIndex < m_rows.size()) {
            row = std::move(m_rows[m_rowIndex++]);
            m_lastRowTaken = row.row;
            return Result::Row;
        }
        handOverRecycled();
        std::unique_lock lock(m_mutex);
        m_parsedChanged.wait(lock, [this] {
            return m_parsed.count(m_taking) > 0 || (m_taking >= m_nextPiece && (m_cutAll || m_fallBack));
        });
        const auto found = m_parsed.find(m_taking);
        if (found == m_parsed.end()) // every piece has been taken, or cutting gave up
            return m_cutAll ? Result::End : Result::FallBack;
        Parsed parsed = std::move(found->second);
        m_parsed.erase(found);
        ++m_taking;
        lock.unlock();
        m_roomChanged.notify_all();

        if (!parsed.ok || !placeRows(parsed))
            return Result::FallBack;
        if (!fillStrings(parsed))
            return Result::FallBack;
        if (parsed.lastRow > 0)
            m_lastRowSeen = parsed.lastRow;
        m_rows = std::move(parsed.rows);
        m_rowIndex = 0;
    }
}

bool XlsxSheetPieces::placeRows(Parsed &parsed) const
{
    // Rows without a number at the start of the piece follow the piece before:
    // 1, 2, … become the numbers after its last row. The parser made sure that a
    // numbered row after them comes after them; whether it comes after the piece
    // before is known only here.
    if (const int provisional = parsed.provisionalRows; provisional > 0) {
        const int offset = m_lastRowSeen;
        if (parsed.firstNumberedRow > 0 && parsed.firstNumberedRow <= offset + provisional)
            return false;
        for (SheetRow &row : parsed.rows) {
            if (row.row > provisional)
                break;
            row.row += offset;
        }
        if (parsed.firstRow <= provisional)
            parsed.firstRow += offset;
        if (parsed.lastRow <= provisional)
            parsed.lastRow += offset;
    }
    // Rows numbered out of order across a cut are a damaged file; the single
    // parse names the rows, as it does within a piece.
    return parsed.firstRow == 0 || parsed.firstRow > m_lastRowSeen;
}

bool XlsxSheetPieces::fillStrings(Parsed &parsed) const
{
    if (parsed.strings.empty())
        return true;
    for (const PendingString &pending : parsed.strings) {
        const QString *text = m_strings ? m_strings->at(pending.string.index) : nullptr;
        if (!text || text->size() > RowReader::maxCellLength)
            return false;
        if (!pending.string.superseded)
            parsed.rows[pending.row].cells[pending.string.column].text = *text;
    }
    // Cheap: a row with a value stops at its first cell.
    parsed.rows.removeIf([](const SheetRow &row) { return row.isBlank(); });
    return true;
}

void XlsxSheetPieces::work()
{
    // Kept from piece to piece, so their buffers are allocated once per thread.
    XlsxPart part;
    QByteArray xml;
    qsizetype rowsPerPiece = 0;
    for (;;) {
        std::optional<Piece> piece;
        {
            std::unique_lock lock(m_mutex);
            m_roomChanged.wait(lock,
                [this] { return m_stop || m_cutAll || m_fallBack || m_nextPiece - m_taking < piecesAhead; });
            if (m_stop || m_cutAll || m_fallBack)
                return;
            part.closeBuffer(); // shares xml's bytes until now
            xml.resize(0);
            piece = cutPiece(xml);
        }
        if (!piece) { // gave up: the reader waiting for a piece must hear it
            m_parsedChanged.notify_all();
            return;
        }
        if (!piece->last)
            xml.append(m_close);
        Parsed parsed = parse(*piece, part, xml, rowsPerPiece);
        rowsPerPiece = std::max(rowsPerPiece, parsed.rows.size());
        {
            const std::lock_guard lock(m_mutex);
            if (!parsed.ok)
                m_fallBack = true; // cutting further would be wasted
            m_parsed.emplace(piece->index, std::move(parsed));
        }
        m_parsedChanged.notify_all();
        m_roomChanged.notify_all();
    }
}

std::optional<XlsxSheetPieces::Piece> XlsxSheetPieces::cutPiece(QByteArray &xml)
{
    const auto giveUp = [this] {
        m_fallBack = true;
        return std::nullopt;
    };
    if (!m_headFound && !findHead())
        return giveUp();

    // The first piece starts at the top of the sheet, after the head.
    const qsizetype from = m_nextPiece == 0 ? m_headBytes : 0;
    qsizetype searchFrom = std::max(from, m_pieceBytes - m_rowClose.size());
    qsizetype cut = -1;
    while (cut < 0) {
        const qsizetype at = m_pending.indexOf(m_rowClose, searchFrom);
        if (at >= 0) {
            cut = at + m_rowClose.size();
        } else if (m_inflatedAll) {
            cut = m_pending.size();
        } else {
            if (m_pending.size() > maxPendingBytes())
                return giveUp();
            searchFrom = std::max(searchFrom, m_pending.size() - m_rowClose.size() + 1);
            if (!readMore())
                return giveUp();
        }
    }
    // The end of sheetData (or any mention of it) makes this the last piece: what
    // follows (merged cells, print settings) is read with it, and rows are not cut
    // after the end.
    if (QByteArrayView(m_pending).first(cut).indexOf(sheetData, from) >= 0) {
        while (!m_inflatedAll) {
            if (m_pending.size() > maxPendingBytes() || !readMore())
                return giveUp();
        }
        cut = m_pending.size();
    }

    Piece piece;
    piece.index = m_nextPiece++;
    piece.last = m_inflatedAll && cut == m_pending.size();
    xml.append(m_head);
    xml.append(QByteArrayView(m_pending).sliced(from, cut - from));
    m_pending.remove(0, cut);
    if (piece.last)
        m_cutAll = true;
    return piece;
}

qsizetype XlsxSheetPieces::maxPendingBytes() const
{
    // One row can be long (16,384 columns), but a row many pieces long is not
    // worth the memory: the single parse streams it.
    return 16 * m_pieceBytes + maxHeadBytes;
}

bool XlsxSheetPieces::readMore()
{
    const qsizetype before = m_pending.size();
    // Doubling: a row (or a bomb) many chunks long is copied a few times, not once a chunk.
    if (m_pending.capacity() < before + inflateChunk)
        m_pending.reserve(std::max({ before + inflateChunk, 2 * m_pending.capacity(),
            std::min(m_pieceBytes, defaultPieceBytes) + 2 * inflateChunk }));
    m_pending.resize(before + inflateChunk);
    const qint64 n = m_sheet->readRaw(m_pending.data() + before, inflateChunk);
    m_pending.resize(before + std::max<qint64>(n, 0));
    if (n < 0)
        return false; // the single parse meets the same failure and reports it
    if (n == 0)
        m_inflatedAll = true;
    m_packedDone.store(m_sheet->packedDone(), std::memory_order_relaxed);
    return true;
}

bool XlsxSheetPieces::findHead()
{
    qsizetype searchFrom = 0;
    for (;;) {
        const qsizetype at = m_pending.indexOf(sheetData, searchFrom);
        if (at > 0) {
            // The start tag: '<', an optional prefix, the name, then '>' or a
            // space before attributes. Self-closing (no rows) is left to the single parse.
            qsizetype start = at;
            while (start > 0 && (isNameChar(m_pending[start - 1]) || m_pending[start - 1] == ':'))
                --start;
            const qsizetype nameEnd = at + sheetData.size();
            const qsizetype end = m_pending.indexOf('>', nameEnd);
            if (end < 0 && !m_inflatedAll && m_pending.size() <= maxHeadBytes) {
                if (!readMore())
                    return false;
                continue;
            }
            if (start == 0 || m_pending[start - 1] != '<' || end < 0 || m_pending[end - 1] == '/')
                return false;
            const QByteArray qualifiedName = m_pending.mid(start, nameEnd - start);
            const QByteArray prefix = qualifiedName.left(qualifiedName.size() - sheetData.size());
            m_headBytes = end + 1;
            m_head = m_pending.left(start - 1) + XlsxPart::primeComment()
                + m_pending.sliced(start - 1, m_headBytes - (start - 1));
            m_close = "</" + qualifiedName + '>';
            m_rowClose = "</" + prefix + "row>";
            m_headFound = true;
            return true;
        }
        if (m_inflatedAll || m_pending.size() > maxHeadBytes)
            return false;
        searchFrom = std::max<qsizetype>(0, m_pending.size() - sheetData.size());
        if (!readMore())
            return false;
    }
}

XlsxSheetPieces::Parsed XlsxSheetPieces::parse(
    const Piece &piece, XlsxPart &part, const QByteArray &xml, qsizetype expectedRows) const
{
    part.openBuffer(m_sheetName, xml);
    XlsxSheetParser parser(m_parseWorkbook, m_sheetName, part);
    if (piece.index > 0)
        parser.startWithUnknownRowNumber();
    Parsed parsed;
    parsed.rows.reserve(expectedRows);
    std::vector<SheetRow> spare;
    {
        const std::lock_guard lock(m_spareMutex);
        const auto take = std::min(m_spare.size(), size_t(std::max<qsizetype>(expectedRows, 1)));
        std::move(m_spare.end() - qsizetype(take), m_spare.end(), std::back_inserter(spare));
        m_spare.resize(m_spare.size() - take);
    }
    SheetRow row; // a blank row is read over again
    bool handedOn = true;
    for (;;) {
        if (handedOn && !spare.empty()) {
            row = std::move(spare.back());
            spare.pop_back();
        }
        handedOn = false;
        const XlsxSheetParser::Result result = parser.readRow(row);
        if (result == XlsxSheetParser::Result::Failed)
            return {};
        if (result == XlsxSheetParser::Result::End)
            break;
        if (parsed.firstRow == 0)
            parsed.firstRow = row.row;
        parsed.lastRow = row.row;
        const auto &deferred = parser.deferredStrings();
        if (!deferred.empty() || !row.isBlank()) {
            for (const XlsxSheetParser::DeferredString &string : deferred)
                parsed.strings.push_back({ parsed.rows.size(), string });
            parsed.rows.append(std::move(row));
            row = SheetRow {};
            handedOn = true;
        }
    }
    giveSpares(spare); // more than this piece needed: back for the next, not freed here
    parsed.provisionalRows = parser.provisionalRows();
    parsed.firstNumberedRow = parser.firstNumberedRow();
    parsed.ok = true;
    return parsed;
}

void XlsxSheetPieces::recycle(SheetRow &&row)
{
    if (m_recycled.size() < maxSpareRows)
        m_recycled.push_back(std::move(row));
}

void XlsxSheetPieces::handOverRecycled()
{
    giveSpares(m_recycled);
    m_recycled.clear(); // what did not fit is freed here, outside the lock
}

void XlsxSheetPieces::giveSpares(std::vector<SheetRow> &rows) const
{
    if (rows.empty())
        return;
    const std::lock_guard lock(m_spareMutex);
    for (SheetRow &row : rows) {
        if (m_spare.size() >= maxSpareRows)
            break;
        m_spare.push_back(std::move(row));
    }
}

} // namespace cs
