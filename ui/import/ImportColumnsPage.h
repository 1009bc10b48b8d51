// The import wizard's second page: which column of the file is which field.
// Detected (or remembered) first; the header row can be moved, every column reassigned
// or ignored, and the preview below shows the first rows under the fields they would fill.
#pragma once

#include <QWizardPage>

class QLabel;
class QSpinBox;
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
    void chooseHeaderRow(int row); // reads the header there and maps its columns afresh
    void showHeader(); // the header row, its columns and the rows below it
    void fillTable();
    void assign(int column, const QString &fieldKey);
    void showMapping(); // combos, the missing fields and the preview's headings

    ImportDraft &m_draft;
    int m_detectedRow = 0; // where detection found the header; 0: nowhere
    QLabel *m_where;
    QSpinBox *m_headerRow;
    QLabel *m_profileNote;
    QTableWidget *m_table;
    QLabel *m_missing;
    QTableView *m_preview;
    SheetPreviewModel *m_previewModel;
};

} // namespace cs
