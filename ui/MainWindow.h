// The workstation's window: file handling (new, open, recent, save as, close,
// drop), the navigation between views, and the status bar. Views are their own classes.
#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace cs {

class CapabilityView;
class DashboardView;
class FileLostBanner;
class ImportHistoryView;
class IncentivesView;
class PartnersView;
class ScorecardView;
class TierReviewView;
class WelcomeView;
class Workbook;
class WorkbookSession;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workbook in place of the current one; reports problems in a dialog.
    bool openWorkbook(const QString &path);
    void reopenLastWorkbook();
    bool closeWorkbook();

    WorkbookSession *session() const { return m_session; }
    DashboardView *dashboardView() const { return m_dashboardView; }
    PartnersView *partnersView() const { return m_partnersView; }
    ImportHistoryView *historyView() const { return m_historyView; }
    CapabilityView *capabilityView() const { return m_capabilityView; }
    IncentivesView *incentivesView() const { return m_incentivesView; }
    ScorecardView *scorecardView() const { return m_scorecardView; }
    TierReviewView *tierReviewView() const { return m_tierView; }
    FileLostBanner *fileLostBanner() const { return m_fileLostBanner; }

    // Opens the import wizard on the open workbook (on `path` when given).
    void startImport(const QString &path = {});

    // Switches to the partner registry with that partner selected, clearing filters that hide it.
    void showPartner(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QAction *makeAction(
        const QString &text, const QKeySequence &shortcut, const std::function<void()> &triggered);
    void createActions();
    void createMenus();
    void newWorkbook();
    void openWithDialog();
    void saveAs();
    void showAbout();
    void showSession(std::unique_ptr<Workbook> workbook);
    void updateTitleAndStatus();
    void updateRecentMenu();
    void updateActions();
    void reportError(const QString &title, const QString &message);
    QString workbookFilter() const;
    QString askSavePath(const QString &title, const QString &start);

    QStackedWidget *m_pages;
    FileLostBanner *m_fileLostBanner;
    WelcomeView *m_welcome;
    QWidget *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_views;
    QLabel *m_fileLabel;
    QLabel *m_countLabel;
    QUndoGroup *m_undoGroup;

    WorkbookSession *m_session = nullptr;
    DashboardView *m_dashboardView = nullptr;
    PartnersView *m_partnersView = nullptr;
    ImportHistoryView *m_historyView = nullptr;
    CapabilityView *m_capabilityView = nullptr;
    IncentivesView *m_incentivesView = nullptr;
    ScorecardView *m_scorecardView = nullptr;
    TierReviewView *m_tierView = nullptr;

    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_saveAsAction;
    QAction *m_closeAction;
    QAction *m_importAction;
    QAction *m_quitAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_findAction;
    QAction *m_addPartnerAction;
    QAction *m_deletePartnerAction;
    QAction *m_rulesAction;
    QAction *m_policyAction;
    QAction *m_brandingAction;
    QAction *m_kpiCatalogueAction;
    QAction *m_tierCriteriaAction;
    QAction *m_aboutAction;
    QMenu *m_recentMenu;
};

} // namespace cs
