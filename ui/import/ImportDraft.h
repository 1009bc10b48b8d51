// What the import wizard's pages settle between them: the file, what it holds,
// and which column is which field. Each page reads it and writes its own part.
#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportKind.h"
#include "import/ImportSource.h"

namespace cs {

struct ImportDraft {
    ImportSource source;
    ImportKind kind = ImportKind::Partners;
    SheetPreview preview; // of `source` for `kind`
    ColumnMapping mapping; // as detected or saved, then as the user corrected it

    bool isReadable() const { return !source.path.isEmpty() && preview.error.isEmpty(); }

    // The rows below the header, as many as the preview read (at most `limit`).
    QList<SheetRow> dataRows(int limit) const
    {
        QList<SheetRow> rows;
        for (const SheetRow &row : preview.rows) {
            if (rows.size() >= limit)
                break;
            if (row.row > mapping.headerRow)
                rows.append(row);
        }
        return rows;
    }
};

} // namespace cs
