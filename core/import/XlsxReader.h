// Reads one sheet of an Excel workbook (.xlsx) row by row, streaming the sheet
// out of the zip so a 100,000-row sheet is never held in memory.
#pragma once

#include "import/RowReader.h"
#include "import/XlsxPart.h"
#include "import/XlsxSharedStrings.h"
#include "import/XlsxSheetParser.h"
#include "import/XlsxStyles.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QuaZip;

namespace cs {

class PackageFile;
class XlsxSheetPieces;

// Cells become SheetCells as Excel stores them: shared, inline and formula
// strings as Text; numbers as Number with their stored text; a number whose
// style has a date format as Date (the day from the workbook's 1900 or 1904 date
// system, the text still the serial; a serial that is no real day, such as
// Excel's phantom 1900-02-29, stays a Number); booleans as "TRUE"/"FALSE";
// errors such as "#N/A" as Error. Empty cells at the end of a row are dropped.
// Progress counts the packed (compressed) bytes of the sheet's zip entry.
// The sheet is parsed in pieces on several threads (XlsxSheetPieces); the rows, and
// any message, are exactly those of parsing it in one piece. The shared strings
// are read meanwhile, through a second handle on the file, and put into the
// cells as the rows are taken.
class XlsxReader : public RowReader {
    Q_DECLARE_TR_FUNCTIONS(cs::XlsxReader)

public:
    // An empty `sheetName` reads the first sheet that holds any value.
    explicit XlsxReader(QString path, QString sheetName = {});
    ~XlsxReader() override;
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // Reads the workbook's structure (sheets, shared strings, styles) and finds
    // the sheet. False when the file cannot be read as a workbook: see error().
    // Without a sheet name, finding the first sheet with data reads its first
    // rows, so a problem there is reported here rather than by next().
    bool open();

    // After open(): every sheet, in the workbook's order, and the one being read.
    QStringList sheetNames() const { return m_sheetNames; }
    QString sheetName() const { return m_sheetName; }
    // Whether day numbers count from 1904 (old Mac workbooks) rather than 1900.
    bool uses1904DateSystem() const { return m_date1904; }

    // Bytes of XML in each piece parsed in parallel; tests make it small so that a
    // small sheet is cut many times. Before open().
    void setPieceBytes(qsizetype bytes) { m_pieceBytes = bytes; }

    std::optional<SheetRow> next() override;
    void recycle(SheetRow &&row) override; // filled again when the sheet is read in pieces
    QString error() const override { return m_error; }
    qint64 progressDone() const override;
    qint64 progressTotal() const override;

private:
    bool openPackage();
    bool readWorkbook(const QString &workbookPart);
    // Reads one part with `read`; a missing optional part is not an error.
    bool loadPart(const QString &partName, bool optional, const std::function<void(XlsxPart &)> &read);
    bool loadPart(
        QuaZip &zip, const QString &partName, bool optional, const std::function<void(XlsxPart &)> &read);
    bool loadSharedStrings(); // once per open(), after the first sheet's pieces have started
    bool startSheet(int index);
    // Parses the sheet in one piece from its start, giving only rows after `skipThrough`.
    bool startSingleParse(int skipThrough);
    void closeSheet();
    std::optional<SheetRow> nextFromSheet();

    QString fileName() const;
    bool fail(const QString &message);
    bool failPart(const XlsxPart &part);
    bool failSheetPart(const XlsxPart &part);

    QString m_path;
    QString m_requestedSheet;
    std::unique_ptr<PackageFile> m_package; // declared before m_zip, which reads it until destroyed
    std::unique_ptr<QuaZip> m_zip;
    XlsxSharedStrings m_strings;
    QString m_sharedStringsPart; // empty when the workbook has none
    // The shared strings' zip entry as the first handle saw it.
    struct EntryFacts {
        quint32 crc = 0;
        quint64 packed = 0;
        quint64 unpacked = 0;
        bool operator==(const EntryFacts &) const = default;
    };
    EntryFacts m_sharedStringsEntry;
    static std::optional<EntryFacts> entryFacts(QuaZip &zip, const QString &part);
    bool m_sharedStringsLoaded = false;
    XlsxStyles m_styles;
    bool m_date1904 = false;
    XlsxSheetParser::Workbook m_workbook; // points at the three above
    // The sheet being read: in pieces, or (m_sheet, m_parser) in one piece.
    std::unique_ptr<XlsxSheetPieces> m_pieces;
    std::unique_ptr<XlsxPart> m_sheet;
    std::unique_ptr<XlsxSheetParser> m_parser;
    int m_skipThrough = 0; // rows the pieces gave before the single parse took over
    qsizetype m_pieceBytes;
    QStringList m_sheetNames;
    QStringList m_sheetParts; // zip entry of each sheet; empty when the workbook does not say
    QString m_sheetName;
    int m_sheetIndex = 0;
    std::optional<SheetRow> m_firstRow; // read while looking for the first sheet with data
    bool m_atEnd = true;
    qint64 m_progressTotal = 0;
    QString m_error;
};

} // namespace cs
