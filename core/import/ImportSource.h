// The file a user imports from: opening the right reader for it, and the
// first rows with their detected columns for the wizard's preview.
#pragma once

#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/RowReader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace cs {

class Workbook;

struct ImportSource {
    QString path;
    QString sheet; // .xlsx: the sheet to read; empty: the first sheet with data
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto; // .csv/.txt only
};

// A reader positioned before the first row, or the reason there is none.
struct OpenedSource {
    std::unique_ptr<RowReader> reader;
    QString error; // names the file (and sheet) and what is wrong
    bool isSpreadsheet = false; // .xlsx (sheets) rather than text
    QStringList sheetNames; // .xlsx: every sheet, in the workbook's order
    QString sheet; // .xlsx: the sheet being read
    QString encodingName; // text files: the encoding in use ("UTF-8", "GB18030", ...)
    bool date1904 = false; // .xlsx: day numbers count from 1904
};

struct SheetPreview {
    QString error; // set when the file cannot be read: nothing else is
    bool isSpreadsheet = false;
    QStringList sheetNames;
    QString sheet;
    QString encodingName;
    QList<SheetRow> rows; // the first non-blank rows, as read (title rows and header included)
    bool truncated = false; // the sheet has more rows than `rows`
    ColumnMapping mapping; // detected, or the saved profile for these headers
    bool mappingFromProfile = false;
};

class ImportSources {
    Q_DECLARE_TR_FUNCTIONS(cs::ImportSources)

public:
    // .xlsx and .xlsm are read as workbooks; anything else as delimited text
    // (which refuses spreadsheets in other formats with a clear message).
    static OpenedSource open(const ImportSource &source);

    // Reads the first `maxRows` rows and finds header and columns for `kind`,
    // using a mapping saved in `workbook` for the same headers when there is one.
    // `headerRow` > 0: the user's choice of header row instead of the detected one.
    static SheetPreview preview(Workbook &workbook, const ImportSource &source, ImportKind kind,
        int maxRows = 200, int headerRow = 0);

    // The kind whose fields the first rows name best (all required fields
    // found), for a file dropped on the window; nullopt when none fits.
    static std::optional<ImportKind> guessKind(const QList<SheetRow> &firstRows);

    // The files the import accepts, for a file dialog ("Spreadsheets (*.xlsx *.csv *.txt)").
    static QString fileFilter();
    static bool isImportable(const QString &path);
};

} // namespace cs
