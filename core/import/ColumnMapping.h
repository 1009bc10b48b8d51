// Finds the header row of a sheet (below any title rows, blank rows and notes)
// and which column holds which field of the import kind.
#pragma once

#include "import/ImportKind.h"
#include "import/SheetRow.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace cs {

struct ColumnMapping {
    int headerRow = 0; // the header's row number as Excel shows it; 0: none found
    QStringList headers; // the header row's texts, column A first
    QHash<QString, int> columnOf; // field key → zero-based column
    QList<int> unmatchedColumns; // headers that name no field (kept, reported, ignored)
    QList<int> duplicateColumns; // a second column naming a field already mapped
    QStringList missingRequired; // required field keys without a column

    bool isComplete() const { return headerRow > 0 && missingRequired.isEmpty(); }
};

// How far down a sheet the header is looked for; messages quote it.
inline constexpr int headerSearchRows = 30;

// Looks at the first headerSearchRows rows only. The header is the earliest row that
// names the most fields, and at least two. `taught` holds header texts the user
// mapped before (header text → field key), used alongside the built-in synonyms.
// `headerRow` > 0 takes that row (as Excel numbers it) as the header instead of
// searching, for a user who points at it; an empty mapping when it is not among `firstRows`.
ColumnMapping detectColumns(const QList<SheetRow> &firstRows, ImportKind kind,
    const QHash<QString, QString> &taught = {}, int headerRow = 0);

// The same mapping with one column assigned by hand (key empty: the column is ignored).
void assignColumn(ColumnMapping &mapping, ImportKind kind, int column, const QString &fieldKey);

// The same header with the columns assigned as `columnOf` says (a saved profile).
void applyColumns(ColumnMapping &mapping, ImportKind kind, const QHash<QString, int> &columnOf);

} // namespace cs
