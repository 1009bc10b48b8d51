// Column mappings the user confirmed, kept in the workbook so the next file
// with the same headers is mapped the same way without asking.
#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportKind.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

class Workbook;

class ImportProfiles {
public:
    explicit ImportProfiles(Workbook &workbook);

    // The saved field → column assignment for a file of `kind` whose header row
    // reads `headers` (compared through ImportKinds::headerKey), if any.
    std::optional<QHash<QString, int>> find(ImportKind kind, const QStringList &headers) const;

    // Remembers the mapping for its headers (replacing an earlier one).
    void save(ImportKind kind, const ColumnMapping &mapping);

    // The header and columns of a sheet's first rows: found through the built-in
    // synonyms and what earlier mappings taught, then the saved mapping for
    // these exact headers, if any (*fromProfile says so). `headerRow` > 0 is the
    // user's choice of header row instead of the detected one.
    ColumnMapping mappingFor(const QList<SheetRow> &firstRows, ImportKind kind, int headerRow = 0,
        bool *fromProfile = nullptr) const;

    // Header text → field key from every saved mapping of `kind`, so a new file
    // with a known header in another arrangement is still recognised.
    QHash<QString, QString> taughtHeaders(ImportKind kind) const;

private:
    Workbook &m_workbook;
};

} // namespace cs
