// The capability side of a partner's detail: radar against the benchmark, scores over
// time, the suggested stage, watch-list reasons, gaps and the assessment history.
#pragma once

#include "capability/CapabilityInputs.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QBoxLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace cs {

class CapabilityRadar;
class CapabilityScoreGrid;
class CapabilityTrendChart;
class WorkbookSession;
struct PartnerCapability;

class PartnerCapabilityPanel : public QWidget {
    Q_OBJECT

public:
    explicit PartnerCapabilityPanel(WorkbookSession &session, QWidget *parent = nullptr);

    // 0 shows a placeholder. While the panel is hidden the partner is only remembered,
    // and read when it is shown: the channel's model is not recomputed for nobody.
    void showPartner(qint64 partnerId);
    qint64 partnerId() const { return m_partnerId; }

    // Shows the buttons that add, edit and delete assessments and clear watch-list
    // entries; AssessmentEditing answers their signals.
    void setEditingEnabled(bool enabled);

    CapabilityScoreGrid *scoreGrid() const { return m_scores; }
    CapabilityRadar *radar() const { return m_radar; }
    CapabilityTrendChart *trendChart() const { return m_trend; }
    QTableWidget *historyTable() const { return m_history; }
    // The date of the selected history row; null when none is selected.
    QDate selectedDate() const;

signals:
    void addAssessmentRequested(qint64 partnerId);
    void editAssessmentRequested(qint64 partnerId, QDate date);
    void deleteAssessmentRequested(qint64 partnerId, QDate date);
    void clearWatchEntryRequested(qint64 partnerId, const WatchHit &hit);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildContent();
    QGroupBox *buildHistory();
    void onCapabilityChanged();
    void refresh();
    void showHeader(const PartnerCapability &p);
    void showStage(const PartnerCapability &p);
    void showWatch(const PartnerCapability &p);
    void showWatchHistory(const PartnerInputs &partner);
    void showNotices(const PartnerCapability &p);
    void showHistory(const QList<AssessmentRecord> &history);
    void updateButtons();
    const PartnerCapability *findPartner();

    WorkbookSession &m_session;
    qint64 m_partnerId = 0;
    bool m_stale = true;
    bool m_editingEnabled = false;
    QHash<qint64, qsizetype> m_indexById; // into the session's overview; cleared when it changes

    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_summary;
    QBoxLayout *m_charts;
    QBoxLayout *m_lower;
    CapabilityScoreGrid *m_scores;
    CapabilityRadar *m_radar;
    CapabilityTrendChart *m_trend;
    QLabel *m_stage;
    QVBoxLayout *m_watchLines;
    QGroupBox *m_notices;
    QVBoxLayout *m_noticeLines;
    QTableWidget *m_history;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace cs
