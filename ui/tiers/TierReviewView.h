// The Tiers view: a quarter's tier review of every partner, the proposals with
// their reasons, filters, the selected partner explained with its tier history,
// confirming changes into that history, and the criteria.
#pragma once

#include "storage/TierStore.h"
#include "tiers/TierReviewModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace cs {

class TierDetail;
class TierFilterBar;
class TierFilterModel;
class WorkbookSession;

class TierReviewView : public QWidget {
    Q_OBJECT

public:
    using Counts = TierReviewModel::Counts;

    explicit TierReviewView(WorkbookSession &session, QWidget *parent = nullptr);
    ~TierReviewView() override;

    // Quarters with results, newest first.
    QList<Quarter> quarters() const { return m_quarters; }
    Quarter quarter() const;
    void setQuarter(Quarter quarter);
    const QList<TierEvaluation> &evaluations() const;
    const TierCriteria &criteria() const { return m_criteria; }
    Counts counts() const;

    // Reviews the shown quarter again from the workbook.
    void reload();
    // Selects a partner's row, clearing filters that hide it; false when it is not reviewed.
    bool selectPartner(qint64 partnerId);
    // The selected rows that are proposals, in table order.
    QList<TierEvaluation> selectedChanges() const;
    // Every proposal the filters show, in table order.
    QList<TierEvaluation> shownChanges() const;
    // Asks with the confirmation dialog, then confirms; false when cancelled or refused.
    bool askToConfirm(const QList<TierEvaluation> &changes);
    // Confirms without asking; false when refused (the session reports why).
    bool confirm(const QList<TierDecision> &decisions, const QString &confirmedBy);
    void openCriteriaDialog();
    void focusSearch();

    QComboBox *quarterPicker() const { return m_quarterPicker; }
    TierFilterBar *filterBar() const { return m_filters; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *banner() const { return m_banner; }
    QPushButton *confirmSelectedButton() const { return m_confirmSelected; }
    QPushButton *confirmAllButton() const { return m_confirmAll; }
    QTableView *table() const { return m_table; }
    TierReviewModel *tableModel() const { return m_model; }
    TierFilterModel *filterModel() const { return m_filter; }
    TierDetail *detail() const { return m_detail; }

signals:
    // A row was double-clicked: the partner's registry entry is wanted.
    void partnerActivated(qint64 partnerId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildTopBar();
    void configureTable();
    void reloadQuarters();
    void markStale();
    void filtered();
    void showSelected();
    void updateSummary();
    void updateActions();
    void refillRegions();
    qint64 currentId() const;

    WorkbookSession &m_session;
    QList<Quarter> m_quarters;
    TierCriteria m_criteria;
    // Reviewed when first shown, and again on changes only while on screen.
    bool m_stale = true;
    bool m_updatingPicker = false;
    qint64 m_shownId = -1;

    TierReviewModel *m_model;
    TierFilterModel *m_filter;
    QComboBox *m_quarterPicker;
    QLabel *m_summary;
    QPushButton *m_confirmSelected;
    QPushButton *m_confirmAll;
    QPushButton *m_criteriaButton;
    QLabel *m_banner;
    TierFilterBar *m_filters;
    QTableView *m_table;
    TierDetail *m_detail;
    QSplitter *m_splitter;
};

} // namespace cs
