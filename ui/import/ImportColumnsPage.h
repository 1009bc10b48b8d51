// The import wizard's second page: which column of the file is which field.
// Detected (or remembered) first; every column can be reassigned or ignored, and
// the preview below shows the first rows under the fields they would fill.
#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;
class QTableWidget;

namespace cs {

class SheetPreviewModel;
struct ImportDraft;

class ImportColumnsPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportColumnsPage(ImportDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    static constexpr int previewRows = 50;

private:
    enum Column { LetterColumn, HeaderColumn, FieldColumn, SampleColumn };
    void fillTable();
    void assign(int column, const QString &fieldKey);
    void showMapping(); // combos, the missing fields and the preview's headings

    ImportDraft &m_draft;
    QLabel *m_where;
    QLabel *m_profileNote;
    QTableWidget *m_table;
    QLabel *m_missing;
    QTableView *m_preview;
    SheetPreviewModel *m_previewModel;
};

} // namespace cs
