// The Incentives view: a quarter's settlement (a preview until the quarter is closed)
// with every partner's statement explained, the budget gauge, closing, the policy,
// exports and printing, and the penalties, MDF, what-if, scenario and audit tabs.
#pragma once

#include "print/ReportOutput.h"
#include "storage/IncentiveBook.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace cs {

class StatementPages;
class AuditPanel;
class BudgetGauge;
class MdfPanel;
class PenaltiesPanel;
class ScenarioPanel;
class StatementsPanel;
class WhatIfPanel;
class WorkbookSession;

class IncentivesView : public QWidget {
    Q_OBJECT

public:
    enum class ExportFormat { Csv, Xlsx, Pdf };

    explicit IncentivesView(WorkbookSession &session, QWidget *parent = nullptr);

    // The quarters the picker offers: those with results or closed, and the one after.
    QList<Quarter> quarters() const { return m_quarters; }
    Quarter quarter() const;
    // Shows the quarter (added to the picker if it is not there), settling it.
    void setQuarter(Quarter quarter);
    // The settlement shown, or none when the quarter could not be settled.
    const std::optional<SettlementRun> &run() const { return m_run; }

    // Asks with the closing dialog, then closes the shown quarter.
    void askToCloseQuarter();
    // Closes the shown quarter with `note`, without asking; false when refused (the
    // session reports why).
    bool closeQuarter(const QString &note);
    void openPolicyEditor();
    // Writes all statements of the shown quarter; false with *error when it could not.
    // The quarter's statements to a file; a PDF has a page per statement (more for long ones).
    bool exportStatements(const QString &path, ExportFormat format, QString *error,
        const ReportOutput::Progress &progress = {});
    // Prints the selected statement or all of the quarter's, through the print preview.
    void printStatements(bool all);
    void focusSearch();

    StatementsPanel *statementsPanel() const { return m_statements; }
    BudgetGauge *budgetGauge() const { return m_gauge; }
    QLabel *statusBadge() const { return m_badge; }
    QComboBox *quarterPicker() const { return m_quarterPicker; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *closeButton() const { return m_close; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    StatementPages statementPages(const QList<PartnerStatement> &statements) const;
    QWidget *buildTopBar();
    void buildTabs();
    void onIncentivesChanged();
    void reloadQuarters();
    void settle();
    void showRun();
    void showProblem(const QString &message);
    void exportWithDialog(ExportFormat format);
    void updateActions();

    WorkbookSession &m_session;
    QList<Quarter> m_quarters;
    std::optional<SettlementRun> m_run;
    QString m_problem;
    // Settled when first shown, and again on changes only while on screen: an edit
    // elsewhere should not pay for a view nobody is looking at.
    bool m_stale = true;
    bool m_updatingPicker = false;

    QComboBox *m_quarterPicker;
    QLabel *m_badge;
    BudgetGauge *m_gauge;
    QPushButton *m_close;
    QPushButton *m_policy;
    QPushButton *m_export;
    QPushButton *m_print;
    QAction *m_printOne;
    QLabel *m_banner;
    QTabWidget *m_tabs;
    StatementsPanel *m_statements;
    PenaltiesPanel *m_penalties = nullptr;
    MdfPanel *m_mdf = nullptr;
    WhatIfPanel *m_whatIf = nullptr;
    ScenarioPanel *m_scenario = nullptr;
    AuditPanel *m_audit = nullptr;
};

} // namespace cs
