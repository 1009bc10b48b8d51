// The import wizard's last page: every row is read and checked without writing
// anything, the problems are listed where Excel would show them, and the user
// chooses between importing all or nothing and importing only the valid rows.
#pragma once

#include "import/Importer.h"

#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace cs {

class ImportReportModel;
class SheetPreviewModel;
class WorkbookSession;
struct ImportDraft;

class ImportCheckPage : public QWizardPage {
    Q_OBJECT

public:
    ImportCheckPage(WorkbookSession &session, ImportDraft &draft, QWidget *parent = nullptr);

    void initializePage() override; // runs the check
    bool isComplete() const override;

    void runCheck();
    const ImportReport &checkReport() const { return m_report; }
    bool validOnly() const;
    QString rejectsPath() const;

private:
    bool hasErrors() const { return m_report.problemCount > 0; }
    bool hasValidRows() const;
    void showReport();
    void showChoice();
    void browseRejects();
    void showProblemInPreview(const QModelIndex &index);

    WorkbookSession &m_session;
    ImportDraft &m_draft;
    ImportReport m_report;
    bool m_checked = false; // m_report is a finished check of the draft as it is
    QString m_rejectsFor; // the source file the rejects path was proposed for

    QLabel *m_summary;
    QPushButton *m_checkAgain;
    QLabel *m_listed;
    QCheckBox *m_showNotes;
    QTableView *m_reportTable;
    ImportReportModel *m_reportModel;
    QTableView *m_preview;
    SheetPreviewModel *m_previewModel;
    QGroupBox *m_choice;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_validOnly;
    QLineEdit *m_rejectsPath;
    QPushButton *m_browseRejects;
    QLabel *m_blocked;
};

} // namespace cs
