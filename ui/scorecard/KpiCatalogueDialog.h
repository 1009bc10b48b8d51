// Tools → KPI Catalogue…: edits the whole catalogue the scorecards are scored with
// (the KPIs, family weights, grade thresholds), listing catalogueProblems() under the
// editor while the user types; OK stays disabled until there are none.
#pragma once

#include "scorecard/Kpi.h"

#include <QDialog>

#include <array>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cs {

class KpiCatalogueModel;
class WorkbookSession;

class KpiCatalogueDialog : public QDialog {
    Q_OBJECT

public:
    explicit KpiCatalogueDialog(WorkbookSession &session, QWidget *parent = nullptr);

    // The catalogue as the editor holds it now.
    KpiCatalogue catalogue() const;
    void setCatalogue(const KpiCatalogue &catalogue);
    // Every problem in words: unreadable targets, then catalogueProblems().
    QStringList problems() const;
    void restoreDefaults();
    // Adds a KPI entered per partner, in the family of the selected KPI; returns its row.
    int addKpi();
    void removeSelectedKpi();

    KpiCatalogueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QSpinBox *familyWeight(KpiFamily family) const { return m_familyWeights[size_t(family)]; }
    QLabel *familySum(KpiFamily family) const { return m_familySums[size_t(family)]; }
    QSpinBox *gradeThreshold(int grade) const { return m_grades[size_t(grade)]; } // 0 = A, 1 = B, 2 = C
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

private:
    QWidget *buildFamilies();
    QWidget *buildGrades();
    void validate();

    WorkbookSession &m_session;
    KpiCatalogueModel *m_model;
    QTableView *m_table;
    std::array<QSpinBox *, 5> m_familyWeights {};
    std::array<QLabel *, 5> m_familySums {};
    QLabel *m_familyTotal = nullptr;
    std::array<QSpinBox *, 3> m_grades {};
    QLabel *m_problems;
    QLabel *m_ready;
    QPushButton *m_remove;
    QPushButton *m_ok = nullptr;
    bool m_loading = false;
};

} // namespace cs
