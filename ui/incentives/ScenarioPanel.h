// A channel-wide scenario: the policy in force copied, some rates and bands
// changed, and the quarter's cost under both side by side, with the partners whose
// band moves. Nothing is applied unless saved as a new policy version.
#pragma once

#include "domain/Quarter.h"
#include "incentive/Policy.h"
#include "incentive/SettlementInputs.h"
#include "incentive/WhatIf.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cs {

class BandsEditor;
class ScenarioCostChart;
class WorkbookSession;

class ScenarioPanel : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioPanel(WorkbookSession &session, QWidget *parent = nullptr);

    void setQuarter(Quarter quarter);
    // "Copy current policy": the scenario starts as the policy in force.
    void copyCurrentPolicy();

    // For tests: the scenario being edited and the last comparison shown.
    BandsEditor *achievementBandsEditor() const { return m_achievement; }
    QLineEdit *cashDiscountEdit() const { return m_cashDiscount; }
    std::optional<IncentivePolicy> scenario() const;
    const std::optional<ScenarioComparison> &comparison() const { return m_comparison; }
    QTableWidget *movesTable() const { return m_moves; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void scenarioEdited();
    void compare();
    void showComparison();
    QStringList problems() const;
    void saveAsVersion();

    WorkbookSession &m_session;
    Quarter m_quarter;
    std::optional<SettlementInputs> m_inputs;
    Quarter m_inputsQuarter;
    std::optional<IncentivePolicy> m_current; // in force for the quarter
    std::optional<IncentivePolicy> m_base; // what the scenario was copied from
    std::optional<ScenarioComparison> m_comparison;
    bool m_loading = false;
    bool m_stale = false; // the workbook changed while hidden: settle again when shown

    QPushButton *m_copy;
    QPushButton *m_saveVersion;
    QLabel *m_banner;
    BandsEditor *m_achievement;
    QComboBox *m_mode;
    BandsEditor *m_growth;
    QLineEdit *m_cashDiscount;
    QLineEdit *m_newCustomerBonus;
    QLabel *m_problems;
    QTableWidget *m_costs;
    ScenarioCostChart *m_chart;
    QLabel *m_difference;
    QTableWidget *m_moves;
};

} // namespace cs
