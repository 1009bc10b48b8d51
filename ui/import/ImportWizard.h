// Imports a spreadsheet into the open workbook in three steps: the file, its
// columns, and a full check before anything is written. Modal; one per import.
#pragma once

#include "import/ImportDraft.h"
#include "import/Importer.h"

#include <QWizard>

#include <optional>

namespace cs {

class ImportCheckPage;
class ImportColumnsPage;
class ImportFilePage;
class WorkbookSession;

class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum Page { FilePage, ColumnsPage, CheckPage };

    // `path` empty: the user chooses a file. `kind` unset: guessed from the file.
    ImportWizard(WorkbookSession &session, const QString &path = {}, std::optional<ImportKind> kind = {},
        QWidget *parent = nullptr);

    const ImportDraft &draft() const { return m_draft; }
    // The last import run for real (Committed once the wizard has been accepted).
    const ImportReport &result() const { return m_result; }

    bool validateCurrentPage() override;

private:
    bool commit(); // true when the import was written and the wizard may close
    void reportCommitted();

    WorkbookSession &m_session;
    ImportDraft m_draft;
    ImportReport m_result;
    ImportFilePage *m_filePage;
    ImportColumnsPage *m_columnsPage;
    ImportCheckPage *m_checkPage;
};

} // namespace cs
