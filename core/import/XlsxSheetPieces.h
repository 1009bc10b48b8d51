// Reads a worksheet's rows on several threads (one per core, two to four): the
// sheet's XML is cut between rows into pieces, and each piece is parsed by a
// QXmlStreamReader of its own.
//
// Why: QXmlStreamReader is most of the time an xlsx read takes (about 0.7 s of
// the 1.0 s for 100,000 × 8 cells), and one reader cannot use the second core.
// Why this is safe: the cutting does not interpret the XML, QXmlStreamReader
// checks every piece. A cut is made after the bytes "</row>", and the piece gets
// a "</sheetData>" added after it, so a cut anywhere but between two rows of
// sheetData (inside CDATA, a comment, an instruction or a nested element) leaves
// the piece not well-formed; the reader then parses the sheet in one piece from
// its start, skipping the rows already given. A piece holding the sheet's own
// </sheetData> is the last, so nothing after it is read as rows. Anything else
// unusual (no <sheetData> near the start, a very large head, rows out of order
// across a cut, an error of any kind) falls back the same way, and that single parse gives the user the
// message.
#pragma once

#include "import/SheetRow.h"
#include "import/XlsxSheetParser.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace cs {

class XlsxPart;

class XlsxSheetPieces {
public:
    // Bytes of XML in a piece: about 850 rows of 8 cells, a few milliseconds to
    // parse. Smaller only for tests, which need many cuts in a small sheet.
    static constexpr qsizetype defaultPieceBytes = qsizetype(256) * 1024;

    // `sheet` is the sheet's part, opened at its start; the pieces own it until
    // they are destroyed, and nothing else may use its zip meanwhile.
    // The parsing starts at once, without the workbook's shared strings: the
    // caller may read them (into workbook.strings) after this, on its own thread
    // and its own zip, before it first calls next(). The table is the largest
    // part after the sheet, and its tenth of a second overlaps the parsing.
    XlsxSheetPieces(const XlsxSheetParser::Workbook &workbook, QString sheetName,
        std::unique_ptr<XlsxPart> sheet, qsizetype pieceBytes = defaultPieceBytes);
    ~XlsxSheetPieces(); // stops the threads; rows not taken are dropped
    XlsxSheetPieces(const XlsxSheetPieces &) = delete;
    XlsxSheetPieces &operator=(const XlsxSheetPieces &) = delete;

    enum class Result {
        Row, // `row` holds the next row that is not blank
        End, // every row has been read
        FallBack, // read the sheet in one piece, skipping rows up to lastRowTaken()
    };
    Result next(SheetRow &row);
    // A row next() gave, handed back to be filled again by a parsing thread
    // (RowReader::recycle); on the thread that calls next().
    void recycle(SheetRow &&row);

    // The number of the last row next() gave, 0 before the first.
    int lastRowTaken() const { return m_lastRowTaken; }
    // Packed bytes of the sheet inflated so far, for progress.
    qint64 packedDone() const { return m_packedDone.load(std::memory_order_relaxed); }

private:
    struct Piece {
        qsizetype index = 0;
        bool last = false; // holds the end of the sheet
    };
    // A cell of rows[row] whose shared string next() fills in, or only checks.
    struct PendingString {
        qsizetype row = 0;
        XlsxSheetParser::DeferredString string;
    };
    struct Parsed {
        QList<SheetRow> rows; // those not blank, and those whose strings may make them so
        std::vector<PendingString> strings; // in row order
        int firstRow = 0; // numbers of the first and last rows, blank or not; 0 for none
        int lastRow = 0;
        int provisionalRows = 0; // see XlsxSheetParser::startWithUnknownRowNumber()
        int firstNumberedRow = 0;
        bool ok = false;
    };

    void work();
    // Gives the piece's rows their numbers in the sheet; false when they cannot
    // follow the rows before (the sheet is damaged: the single parse says where).
    bool placeRows(Parsed &parsed) const;
    // On the thread calling next(): puts the shared strings into the piece's
    // cells and drops the rows left blank; false when a string is missing or
    // too long for a cell (the single parse says where).
    bool fillStrings(Parsed &parsed) const;
    // Under m_mutex: cuts the next piece and appends its XML to `xml`, or nullopt
    // when there are no more (m_fallBack says whether cutting gave up).
    std::optional<Piece> cutPiece(QByteArray &xml);
    bool readMore(); // under m_mutex: appends inflated bytes to m_pending
    qsizetype maxPendingBytes() const; // inflated but not cut: beyond this, cutting gives up
    bool findHead(); // under m_mutex: sets m_head, the bytes up to <sheetData>
    Parsed parse(const Piece &piece, XlsxPart &part, const QByteArray &xml, qsizetype expectedRows) const;

    // What the pieces are parsed against: the workbook without its shared
    // strings, which the reader may still be reading (see the constructor).
    const XlsxSheetParser::Workbook m_parseWorkbook;
    const XlsxSharedStrings *const m_strings; // read by next() only
    const QString m_sheetName;
    const qsizetype m_pieceBytes;

    std::mutex m_mutex;
    std::condition_variable m_parsedChanged; // a piece parsed, or the threads stopped
    std::condition_variable m_roomChanged; // the reader took a piece, or stop
    std::unique_ptr<XlsxPart> m_sheet; // under m_mutex
    QByteArray m_pending; // inflated, not yet cut; under m_mutex
    bool m_inflatedAll = false;
    bool m_headFound = false;
    // The sheet's XML up to the end of the <sheetData> tag, with XlsxPart::primeComment()
    // before that tag; every piece is parsed after a copy of it.
    QByteArray m_head;
    qsizetype m_headBytes = 0; // of m_pending the head took, without the comment
    QByteArray m_close; // "</sheetData>" as the sheet spells it (with its prefix)
    QByteArray m_rowClose; // "</row>", likewise
    qsizetype m_nextPiece = 0;
    bool m_cutAll = false; // the last piece has been cut
    bool m_fallBack = false; // cutting gave up, or a piece failed
    bool m_stop = false;
    std::map<qsizetype, Parsed> m_parsed; // by piece index, waiting for next()
    std::atomic<qint64> m_packedDone { 0 };

    // Owned by the thread calling next().
    qsizetype m_taking = 0; // the index of the piece next() gives rows from
    QList<SheetRow> m_rows; // the piece being taken from
    qsizetype m_rowIndex = 0; // its next row
    int m_lastRowTaken = 0;
    int m_lastRowSeen = 0; // blank or not, to check the order across a cut

    // Rows handed back, for the parsing threads to fill again: rows made on one
    // thread and freed on another cost malloc's locks more than the parsing.
    // The taking thread keeps them until it takes the next piece, then hands
    // them over under one lock.
    static constexpr size_t maxSpareRows = 8192;
    mutable std::mutex m_spareMutex;
    mutable std::vector<SheetRow> m_spare; // under m_spareMutex
    std::vector<SheetRow> m_recycled; // the taking thread's
    void handOverRecycled();
    // Moves `rows` into the pool under one lock, as many as fit; the rest stay in `rows`.
    void giveSpares(std::vector<SheetRow> &rows) const;

    std::vector<std::thread> m_threads; // last: started once everything else exists
};

} // namespace cs
