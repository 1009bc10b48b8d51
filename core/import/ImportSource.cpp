#include "import/ImportSource.h"

#include "import/XlsxReader.h"
#include "storage/ImportProfiles.h"

#include <QFileInfo>

namespace cs {

namespace {

bool isWorkbookFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xlsx" || suffix == u"xlsm";
}

} // namespace

OpenedSource ImportSources::open(const ImportSource &source)
{
    OpenedSource opened;
    if (isWorkbookFile(source.path)) {
        auto reader = std::make_unique<XlsxReader>(source.path, source.sheet);
        opened.isSpreadsheet = true;
        const bool ok = reader->open();
        opened.sheetNames = reader->sheetNames();
        opened.sheet = reader->sheetName();
        opened.date1904 = reader->uses1904DateSystem();
        if (!ok) {
            opened.error = reader->error();
            return opened;
        }
        opened.reader = std::move(reader);
        return opened;
    }
    auto reader = std::make_unique<CsvReader>(source.path, source.encoding);
    if (!reader->open()) {
        opened.error = reader->error();
        return opened;
    }
    opened.encodingName = CsvReader::encodingName(reader->encoding());
    opened.reader = std::move(reader);
    return opened;
}

SheetPreview ImportSources::preview(
    Workbook &workbook, const ImportSource &source, ImportKind kind, int maxRows, int headerRow)
{
    SheetPreview preview;
    OpenedSource opened = open(source);
    preview.isSpreadsheet = opened.isSpreadsheet;
    preview.sheetNames = opened.sheetNames;
    preview.sheet = opened.sheet;
    preview.encodingName = opened.encodingName;
    if (!opened.reader) {
        preview.error = opened.error;
        return preview;
    }
    while (preview.rows.size() < maxRows) {
        auto row = opened.reader->next();
        if (!row)
            break;
        preview.rows.append(std::move(*row));
    }
    // A problem further down the file is the import's to report, with its row;
    // one in the rows shown means the preview itself cannot be trusted.
    if (!opened.reader->error().isEmpty() && preview.rows.size() < maxRows) {
        preview.error = opened.reader->error();
        return preview;
    }
    preview.truncated = preview.rows.size() == maxRows && opened.reader->next().has_value();

    preview.mapping =
        ImportProfiles(workbook).mappingFor(preview.rows, kind, headerRow, &preview.mappingFromProfile);
    return preview;
}

std::optional<ImportKind> ImportSources::guessKind(const QList<SheetRow> &firstRows)
{
    std::optional<ImportKind> best;
    qsizetype bestFields = 0;
    for (ImportKind kind :
        { ImportKind::Partners, ImportKind::Results, ImportKind::Assessments, ImportKind::Ledger }) {
        const ColumnMapping mapping = detectColumns(firstRows, kind);
        // The share of the kind's fields named decides between kinds that share
        // columns (every kind has a partner code; a ledger and results both have amounts).
        if (!mapping.isComplete())
            continue;
        const qsizetype named = mapping.columnOf.size() * 100 / ImportKinds::fields(kind).size();
        if (named > bestFields) {
            best = kind;
            bestFields = named;
        }
    }
    return best;
}

QString ImportSources::fileFilter()
{
    return tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)");
}

bool ImportSources::isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return isWorkbookFile(path) || suffix == u"csv" || suffix == u"txt";
}

} // namespace cs
