// The joint-marketing (MDF) requests of the Incentives view: each request with its
// state, and the dated history of the selected one. The action buttons follow what
// the request's state allows (MdfRequest::nextStates); paying shows the co-funding
// and its cap before anything is stored.
#pragma once

#include "incentive/IncentiveRecords.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cs {

class MdfActionDialog;
class MdfRequestDialog;
class RecordFilterModel;
class WorkbookSession;

class MdfPanel : public QWidget {
    Q_OBJECT

public:
    enum Column {
        PartnerColumn,
        ActivityColumn,
        PlannedColumn,
        StateColumn,
        ApprovedColumn,
        ClaimedColumn,
        CoFundedColumn,
        ChangedColumn,
        ColumnCount
    };

    MdfPanel(WorkbookSession &session, QWidget *parent = nullptr);

    // Reads the requests again (on incentivesChanged), keeping the selection.
    void refresh();
    // The dialogs open window-modal without blocking; accepting one stores the step.
    MdfRequestDialog *startRequest();
    // target: Approved, Rejected, Claimed or Paid, for the selected request.
    MdfActionDialog *startAction(MdfState target);

    void selectRequest(qint64 id);
    qint64 selectedId() const;
    const MdfRequest *selectedRequest() const;

    QTableView *table() const { return m_table; }
    QTableView *history() const { return m_history; }
    RecordFilterModel *filterModel() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stateFilter() const { return m_state; }
    QPushButton *requestButton() const { return m_request; }
    // nullptr for a state without a button (Requested).
    QPushButton *actionButton(MdfState target) const;

private:
    void store(MdfActionDialog *dialog);
    void showSelected();

    WorkbookSession &m_session;
    QList<MdfRequest> m_requests;
    QStandardItemModel *m_model;
    QStandardItemModel *m_events;
    RecordFilterModel *m_filter;
    QTableView *m_table;
    QTableView *m_history;
    QLineEdit *m_search;
    QComboBox *m_state;
    QPushButton *m_request;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_claim;
    QPushButton *m_pay;
};

} // namespace cs
