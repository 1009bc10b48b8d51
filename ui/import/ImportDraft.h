// What the import wizard's pages settle between them: the file, what it holds,
// and which column is which field. Each page reads it and writes its own part.
#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportKind.h"
#include "import/ImportSource.h"

namespace cs {

class Workbook;

struct ImportDraft {
    // The workbook imported into: its saved profiles map the columns of each header read.
    Workbook *workbook = nullptr;
    ImportSource source;
    ImportKind kind = ImportKind::Partners;
    SheetPreview preview; // of `source` for `kind`
    ColumnMapping mapping; // as detected or saved, then as the user corrected it
    int chosenHeaderRow = 0; // the header row the user pointed at; 0: as detected

    bool isReadable() const { return !source.path.isEmpty() && preview.error.isEmpty(); }

    // Reads the first rows of `source` again and maps their columns afresh, with the
    // header on `headerRow` (as Excel numbers it) or, for 0, where detection finds it.
    void readPreview(int headerRow = 0)
    {
        preview = ImportSources::preview(*workbook, source, kind, rowsToRead, headerRow);
        mapping = preview.mapping;
        chosenHeaderRow = headerRow;
    }

    // The rows below the header, as many as the preview read (at most `limit`).
    QList<SheetRow> dataRows(int limit) const
    {
        // A chosen row that is blank maps nothing, but the rows below it are still the data.
        const int header = mapping.headerRow > 0 ? mapping.headerRow : chosenHeaderRow;
        QList<SheetRow> rows;
        for (const SheetRow &row : preview.rows) {
            if (rows.size() >= limit)
                break;
            if (row.row > header)
                rows.append(row);
        }
        return rows;
    }

    static constexpr int rowsToRead = 200; // read for the preview, and to choose the header among
};

} // namespace cs
