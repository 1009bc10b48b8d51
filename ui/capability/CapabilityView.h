// The channel's capability at a glance: every partner's scores, gaps, suggested stage
// and watch-list reasons in a filterable table, above a score histogram per dimension.
#pragma once

#include "capability/CapabilityFilterModel.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolButton;

namespace cs {

class CapabilityTableModel;
class DistributionChart;
class MentorsPanel;
class WorkbookSession;

class CapabilityView : public QWidget {
    Q_OBJECT

public:
    explicit CapabilityView(WorkbookSession &session, QWidget *parent = nullptr);
    ~CapabilityView() override;

    void focusSearch();
    // Filters the table to one band of one dimension; clicking the active band again clears it.
    void toggleBand(Dimension dimension, int band);
    void clearBand();

    QTableView *table() const { return m_table; }
    CapabilityTableModel *tableModel() const { return m_model; }
    CapabilityFilterModel *filterModel() const { return m_filter; }
    DistributionChart *chart(Dimension dimension) const { return m_charts.at(int(dimension)); }
    QLineEdit *searchEdit() const { return m_search; }
    MentorsPanel *mentorsPanel() const { return m_mentors; }
    QComboBox *stageFilter() const { return m_stageFilter; }
    QCheckBox *watchOnly() const { return m_watchOnly; }
    QString countText() const;
    QString headerText() const;

signals:
    void partnerActivated(qint64 partnerId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildFilters();
    QWidget *buildCharts();
    void configureTable();
    void onCapabilityChanged();
    void refresh();
    void setBand(std::optional<ScoreBand> band);
    void updateCounts();
    QList<qint64> selectedIds() const;
    void restoreSelection(const QList<qint64> &ids, qint64 currentId);
    void saveState() const;
    void restoreState();

    WorkbookSession &m_session;
    CapabilityTableModel *m_model;
    CapabilityFilterModel *m_filter;
    QLabel *m_asOf;
    QLabel *m_benchmarkNote;
    QLabel *m_counts;
    QLineEdit *m_search;
    QComboBox *m_stageFilter;
    QCheckBox *m_watchOnly;
    QWidget *m_bandChip;
    QLabel *m_bandLabel;
    QTableView *m_table;
    QList<DistributionChart *> m_charts;
    QSplitter *m_splitter;
    MentorsPanel *m_mentors = nullptr;
    // The model is computed when the view is first shown, and again only while it is on
    // screen: a partner edit elsewhere should not pay for a view nobody is looking at.
    bool m_stale = true;
};

} // namespace cs
