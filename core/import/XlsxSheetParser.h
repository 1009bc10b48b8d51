// Turns the <sheetData> of a worksheet part into SheetRows: the one place that
// knows how Excel stores rows and cells, used on a whole sheet and on the pieces
// XlsxSheetPieces parses side by side.
#pragma once

#include "import/SheetRow.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace cs {

class XlsxPart;
class XlsxSharedStrings;
class XlsxStyles;

class XlsxSheetParser {
    // The messages were XlsxReader's, and keep its context so translations stay.
    Q_DECLARE_TR_FUNCTIONS(cs::XlsxReader)

public:
    // What every cell of the workbook is read against; it must outlive the parser.
    // Shared between threads: the parser only reads it.
    struct Workbook {
        // Null while the table is being read (XlsxSheetPieces parses meanwhile): a
        // shared-string cell is then Text without its text, and deferredStrings()
        // says which string it takes.
        const XlsxSharedStrings *strings = nullptr;
        const XlsxStyles *styles = nullptr;
        bool date1904 = false;
        QString fileName; // for messages
    };

    enum class Result { Row, End, Failed };

    // Reads rows from `part`, which is open at its beginning.
    XlsxSheetParser(const Workbook &workbook, QString sheetName, XlsxPart &part);

    // A piece of a sheet starts after rows the parser has not seen, so rows
    // without an r attribute before the first row with one are numbered 1, 2, …
    // provisionally: the reader adds the number of the row before the piece.
    void startWithUnknownRowNumber() { m_numbersKnown = false; }
    // After the piece: how many rows were numbered provisionally, and the number
    // of the first row that had its own (0 for none).
    int provisionalRows() const { return m_provisionalRows; }
    int firstNumberedRow() const { return m_firstNumberedRow; }

    // The next row, blank or not; End after </sheetData>. After Failed, error()
    // names the sheet, row and column.
    Result readRow(SheetRow &row);
    QString error() const { return m_error; }

    // The cells of the row just read whose shared string is still to be filled
    // in (Workbook::strings is null), in the order the cells came. A string whose
    // column came again later is only checked, as the single parse checks it.
    struct DeferredString {
        int column = 0;
        int index = 0; // in the shared-string table
        bool superseded = false;
    };
    const std::vector<DeferredString> &deferredStrings() const { return m_deferred; }

    // Why `part` failed, in words for the user: shared with the other parts.
    static QString partFailureReason(const XlsxPart &part);
    // "Sheet … of …: reason", for a problem with the sheet as a whole.
    static QString sheetMessage(const QString &sheetName, const QString &fileName, const QString &reason);

private:
    enum class CellType { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate };

    bool readCell(SheetRow &row, int *lastColumn);
    bool cellValue(SheetCell &cell, CellType type, QStringView value, int style);
    static CellType cellType(QStringView t);

    QString message(const QString &reason) const; // names the sheet, and the row and column being read
    bool fail(const QString &reason); // reason is placed in message()
    bool failPart();

    const Workbook &m_workbook;
    QString m_sheetName;
    XlsxPart &m_part;
    int m_lastRow = 0; // the previous <row>'s number, for rows without an r attribute
    bool m_numbersKnown = true;
    int m_provisionalRows = 0;
    int m_firstNumberedRow = 0;
    int m_currentRow = 0; // the row being read, 0 between rows; named in errors
    int m_currentColumn = -1;
    qsizetype m_lastWidth = 0; // cells in the previous row, to reserve for the next
    bool m_inSheetData = false;
    QString m_value; // the cell being read, its capacity kept
    std::vector<DeferredString> m_deferred; // the row's
    int m_highestColumn = -1; // of the row's cells with a value so far
    QString m_error;
};

} // namespace cs
