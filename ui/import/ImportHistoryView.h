// The workbook's import history: what each import did, and undoing the latest
// import of a kind. Starting a new import is one button away.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cs {

class ImportHistoryModel;
class WorkbookSession;

class ImportHistoryView : public QWidget {
    Q_OBJECT

public:
    explicit ImportHistoryView(WorkbookSession &session, QWidget *parent = nullptr);

    void refresh(); // reads the history from the workbook again
    // Asks, then undoes the selected import; false if refused, cancelled or not possible.
    bool undoSelected();

    QTableView *table() const { return m_table; }
    ImportHistoryModel *model() const { return m_model; }

signals:
    void importRequested();

private:
    qint64 selectedId() const;
    void selectId(qint64 id);
    void updateButtons();

    WorkbookSession &m_session;
    ImportHistoryModel *m_model;
    QLabel *m_empty;
    QTableView *m_table;
    QPushButton *m_import;
    QPushButton *m_undo;
    QString m_undoHelp; // the button's tooltip while undo is possible
};

} // namespace cs
