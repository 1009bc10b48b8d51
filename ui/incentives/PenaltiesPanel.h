// The penalties list of the Incentives view (约束): every recorded penalty with the
// rule it is deducted by, a search and kind filter, and recording or removing one.
// The book refuses what a closed quarter forbids; the panel only reports it.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cs {

class PenaltyDialog;
class RecordFilterModel;
class WorkbookSession;

class PenaltiesPanel : public QWidget {
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        QuarterColumn,
        CodeColumn,
        NameColumn,
        KindColumn,
        AmountColumn,
        EvidenceColumn,
        RecordedColumn,
        ColumnCount
    };

    PenaltiesPanel(WorkbookSession &session, QWidget *parent = nullptr);

    // Reads the penalties again (on incentivesChanged), keeping the selection.
    void refresh();
    // Opens the dialog (window-modal, not blocking); accepting it records the penalty.
    PenaltyDialog *startRecording();
    // Asks for confirmation, then removes the selected penalty.
    void removeSelected();

    QTableView *table() const { return m_table; }
    RecordFilterModel *filterModel() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *removeButton() const { return m_remove; }
    qint64 selectedId() const;

private:
    void record(PenaltyDialog *dialog);
    void updateButtons();

    WorkbookSession &m_session;
    QStandardItemModel *m_model;
    RecordFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QPushButton *m_record;
    QPushButton *m_remove;
};

} // namespace cs
