// The import wizard's first page: which file (and sheet, or text encoding) and
// what it holds. Reading the file's first rows tells at once whether it can be imported.
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace cs {

class WorkbookSession;
struct ImportDraft;

class ImportFilePage : public QWizardPage {
    Q_OBJECT

public:
    // `kindGiven`: the caller chose the kind; otherwise it is guessed from each file chosen.
    ImportFilePage(WorkbookSession &session, ImportDraft &draft, bool kindGiven, QWidget *parent = nullptr);

    void setPath(const QString &path); // reads it at once

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void reload();
    void showPreview(bool guessed);
    void fillSheets();
    void showEncoding();

    ImportDraft &m_draft;
    bool m_kindChosen; // by the caller or the user: no longer guessed
    QString m_loadedPath; // the file the preview is of
    QLineEdit *m_path;
    QComboBox *m_kind;
    QComboBox *m_sheet;
    QComboBox *m_encoding;
    QLabel *m_error;
    QLabel *m_info;
    QTimer *m_typingPause;
};

} // namespace cs
