// The Statements tab: every partner's statement for the quarter in a sortable,
// filterable table with a totals line, and the selected one explained beside it.
#pragma once

#include "incentives/StatementHtml.h"
#include "incentives/StatementTableModel.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace cs {

class StatementDetail;
class StatementFilterModel;
class StatementTotalsRow;

// The sums over the rows the filters let through.
struct StatementTotals {
    int partners = 0;
    int exceptions = 0;
    std::array<Money, StatementTableModel::ColumnCount> amounts {}; // only amount columns are used
};

class StatementsPanel : public QWidget {
    Q_OBJECT

public:
    explicit StatementsPanel(QWidget *parent = nullptr);
    ~StatementsPanel() override;

    // Shows a run's statements; the selected partner stays selected when it is still there.
    void setStatements(const QList<PartnerStatement> &statements, const StatementHtml::Status &status);
    // Selects a partner's row, clearing filters that hide it; false when it has no statement.
    bool selectPartner(qint64 partnerId);
    // The selected statement, or nullptr.
    const PartnerStatement *selectedStatement() const;
    StatementTotals totals() const { return m_totals; }
    void focusSearch();

    QTableView *table() const { return m_table; }
    StatementTableModel *tableModel() const { return m_model; }
    StatementFilterModel *filterModel() const { return m_filter; }
    StatementDetail *detail() const { return m_detail; }
    StatementTotalsRow *totalsRow() const { return m_totalsRow; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *exceptionsOnly() const { return m_exceptionsOnly; }
    QComboBox *tierFilter() const { return m_tierFilter; }

signals:
    // The selected partner (0: none).
    void partnerSelected(qint64 partnerId);

private:
    QWidget *buildFilters();
    void configureTable();
    void filtered();
    void updateTotals();
    void showSelected();
    qint64 selectedId() const;
    void saveState() const;
    void restoreState();

    StatementTableModel *m_model;
    StatementFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_tierFilter;
    QCheckBox *m_exceptionsOnly;
    QLabel *m_counts;
    QTableView *m_table;
    StatementTotalsRow *m_totalsRow;
    StatementDetail *m_detail;
    QSplitter *m_splitter;
    StatementHtml::Status m_status;
    StatementTotals m_totals;
    qint64 m_shownId = -1;
};

} // namespace cs
