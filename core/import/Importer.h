// Runs an import: rows from a spreadsheet become typed records, are validated
// and written in one transaction, so a file is imported whole, as its valid rows
// (with the rest written to a rejects file), or not at all.
#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportKind.h"
#include "import/ImportSource.h"
#include "storage/ImportHistory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cs {

class Workbook;
struct ImportReport;

// One thing wrong with (or, for a note, guessed about) one cell or row.
struct ImportProblem {
    int row = 0; // as Excel or a text editor shows it
    int column = -1; // zero-based; -1: the row as a whole
    QString header; // the column's header text as the file has it
    QString value; // the cell as typed
    QString reason; // a sentence in plain words
    bool note = false; // a guess worth checking ("Read “1” as 100 %."), not an error

    bool operator==(const ImportProblem &) const = default;
};

// An existing record the import changed, and which fields.
struct ImportChange {
    int row = 0;
    QString key; // partner code, "code 2026Q1", "code 2026-03-31"
    QStringList fields; // field labels in the user's language
};

struct ImportOptions {
    ImportKind kind = ImportKind::Partners;
    // Columns as the user mapped them; nullopt: detected (a saved profile for
    // the same headers wins over detection).
    std::optional<ColumnMapping> mapping;
    // false: any invalid row rejects the whole file (nothing written).
    // true: the valid rows are written and the others go to the rejects file.
    bool validOnly = false;
    QString rejectsPath; // validOnly: where rejected rows go; empty: Importer::defaultRejectsPath
    bool dryRun = false; // check everything, write nothing
    // Called now and then with bytes read so far and in all; returning false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Every problem and note as it is found (the report keeps only the first
    // ones), with the report so far (file and sheet names) for formatProblem.
    std::function<void(const ImportReport &, const ImportProblem &)> onProblem;
};

enum class ImportOutcome {
    Committed, // written and recorded in the import history
    Checked, // dry run: nothing written; counts say what would have been
    Rejected, // invalid rows and not validOnly, or no usable header (see error): nothing written
    Cancelled, // the user stopped it: nothing written
    Failed, // the file could not be read, or the workbook not written: see error
};

struct ImportReport {
    ImportOutcome outcome = ImportOutcome::Failed;
    QString error; // Failed, or Rejected for the file as a whole: why, naming the file
    QString fileName; // without folder
    QString sheet; // .xlsx only
    ColumnMapping mapping;
    ImportCounts counts;
    qint64 problemCount = 0; // errors, all of them
    qint64 noteCount = 0;
    QList<ImportProblem> problems; // errors and notes in file order, the first maxListed
    QList<ImportChange> changes; // updated records, the first maxListed
    QString rejectsPath; // set when a rejects file was written
    bool rejectsUnwritable = false; // Failed because the rejects file could not be written
    qint64 importId = 0; // Committed: the history record

    static constexpr int maxListed = 10000;
    bool isWritten() const { return outcome == ImportOutcome::Committed; }
};

class Importer {
    Q_DECLARE_TR_FUNCTIONS(cs::Importer)

public:
    static ImportReport run(Workbook &workbook, const ImportSource &source, const ImportOptions &options);

    // "results.xlsx" → "results.rejects.csv" in the same folder.
    static QString defaultRejectsPath(const QString &sourcePath);

    // "file:sheet:row:column: reason" (sheet left out for text files), the form
    // the command line prints and editors jump to.
    static QString formatProblem(const ImportReport &report, const ImportProblem &problem);

    // "file:sheet:row: updated HD-0001: Tier, Mentor", the same form for a changed record.
    static QString formatChange(const ImportReport &report, const ImportChange &change);

    // "inserted 12, updated 3, unchanged 1,980, rejected 2" in the user's language.
    static QString summary(const ImportCounts &counts);
};

} // namespace cs
