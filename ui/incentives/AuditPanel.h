// The incentive audit trail: closings, policy versions, penalties and MDF decisions
// with the time they were recorded, newest first. Read-only, with a search.
#pragma once

#include <QString>
#include <QWidget>

class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace cs {

class RecordFilterModel;
class WorkbookSession;

class AuditPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { TimeColumn, ActionColumn, SubjectColumn, DetailColumn, ColumnCount };

    AuditPanel(WorkbookSession &session, QWidget *parent = nullptr);

    // Reads the trail again (on incentivesChanged).
    void refresh();
    // The words for an AuditEntry action code; an unknown code is shown as it is.
    static QString actionLabel(const QString &code);

    QTableView *table() const { return m_table; }
    RecordFilterModel *filterModel() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }

private:
    WorkbookSession &m_session;
    QStandardItemModel *m_model;
    RecordFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
};

} // namespace cs
