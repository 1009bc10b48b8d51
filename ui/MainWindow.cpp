#include "MainWindow.h"

#include "FileLostBanner.h"
#include "RecentFiles.h"
#include "WelcomeView.h"
#include "WorkbookSession.h"
#include "capability/CapabilityView.h"
#include "capability/PartnerCapabilityPanel.h"
#include "dashboard/DashboardView.h"
#include "import/ImportHistoryView.h"
#include "import/ImportSource.h"
#include "import/ImportWizard.h"
#include "incentives/IncentivesView.h"
#include "incentives/PolicyEditorDialog.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersView.h"
#include "scorecard/BrandingDialog.h"
#include "scorecard/KpiCatalogueDialog.h"
#include "scorecard/ScorecardView.h"
#include "settings/CapabilityRulesDialog.h"
#include "storage/Workbook.h"
#include "tiers/TierCriteriaDialog.h"
#include "tiers/TierReviewView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace cs {

namespace {
const QString lastWorkbookKey = QStringLiteral("lastWorkbook");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    setAcceptDrops(true);
    setUnifiedTitleAndToolBarOnMac(true);

    m_welcome = new WelcomeView(this);
    m_navigation = new QListWidget(this);
    m_navigation->setFixedWidth(150);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); }"
                                               "QListWidget::item { padding: 8px 6px; }"));
    m_views = new QStackedWidget(this);

    m_workspace = new QWidget(this);
    auto *workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(m_navigation);
    workspaceLayout->addWidget(m_views, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_workspace);
    // The banner sits above every page: a deleted workbook file concerns them all.
    m_fileLostBanner = new FileLostBanner(this);
    connect(m_fileLostBanner, &FileLostBanner::saveCopyRequested, this, &MainWindow::saveAs);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_fileLostBanner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_fileLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, m_views, &QStackedWidget::setCurrentIndex);
    connect(m_welcome, &WelcomeView::newRequested, this, &MainWindow::newWorkbook);
    connect(m_welcome, &WelcomeView::openRequested, this, &MainWindow::openWithDialog);
    connect(m_welcome, &WelcomeView::openFileRequested, this, &MainWindow::openWorkbook);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitleAndStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views refer to the session; they go first.
    delete m_dashboardView;
    delete m_historyView;
    delete m_tierView;
    delete m_scorecardView;
    delete m_incentivesView;
    delete m_capabilityView;
    delete m_partnersView;
    delete m_session;
}

QAction *MainWindow::makeAction(
    const QString &text, const QKeySequence &shortcut, const std::function<void()> &triggered)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, triggered);
    return action;
}

void MainWindow::createActions()
{
    m_newAction = makeAction(tr("&New Workbook…"), QKeySequence::New, [this] { newWorkbook(); });
    m_openAction = makeAction(tr("&Open…"), QKeySequence::Open, [this] { openWithDialog(); });
    m_saveAsAction = makeAction(tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    m_closeAction = makeAction(tr("&Close Workbook"), QKeySequence::Close, [this] { closeWorkbook(); });

    m_importAction =
        makeAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { startImport(); });
    m_importAction->setStatusTip(tr("Import partners, quarterly results, assessments or the sales ledger "
                                    "from a spreadsheet"));

    m_quitAction = makeAction(tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    m_quitAction->setMenuRole(QAction::QuitRole);

    // Without a prefix Qt names the action "Undo add partner HD-0001", translated by Qt itself.
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });

    m_findAction = makeAction(tr("&Find Partner"), QKeySequence::Find, [this] {
        // The capability view has its own partner search; elsewhere Find means the registry.
        if (m_capabilityView && m_views->currentWidget() == m_capabilityView)
            return m_capabilityView->focusSearch();
        if (m_incentivesView && m_views->currentWidget() == m_incentivesView)
            return m_incentivesView->focusSearch();
        if (m_tierView && m_views->currentWidget() == m_tierView)
            return m_tierView->focusSearch();
        m_navigation->setCurrentRow(m_views->indexOf(m_partnersView));
        m_partnersView->focusSearch();
    });

    m_addPartnerAction =
        makeAction(tr("&Add Partner"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
            m_navigation->setCurrentRow(m_views->indexOf(m_partnersView));
            m_partnersView->addPartner();
        });

    m_deletePartnerAction = makeAction(
        tr("&Delete Partner…"), QKeySequence::Delete, [this] { m_partnersView->deleteSelected(); });
    // Only while the table has focus: Delete in a text field edits the text.
    m_deletePartnerAction->setShortcutContext(Qt::WidgetShortcut);

    m_rulesAction =
        makeAction(tr("&Capability Rules…"), {}, [this] { CapabilityRulesDialog(*m_session, this).exec(); });
    m_rulesAction->setStatusTip(
        tr("Weights, watch-list rules, the benchmark, stage thresholds and sub-indicator scales"));

    m_policyAction =
        makeAction(tr("Incentive &Policy…"), {}, [this] { PolicyEditorDialog(*m_session, this).exec(); });
    m_policyAction->setStatusTip(
        tr("Rebate bands and rates, co-funding shares, penalties and the budget, by version"));

    m_brandingAction = makeAction(tr("Report &Branding…"), {}, [this] {
        if (BrandingDialog(m_session->workbook(), this).exec() == QDialog::Accepted && m_scorecardView)
            m_scorecardView->reloadBranding();
    });
    m_brandingAction->setStatusTip(tr("The company name and logo on printed scorecards"));

    m_kpiCatalogueAction = makeAction(tr("&KPI Catalogue…"), {}, [this] {
        if (KpiCatalogueDialog(*m_session, this).exec() == QDialog::Accepted && m_scorecardView)
            m_scorecardView->reloadCards();
    });
    m_kpiCatalogueAction->setStatusTip(tr("The scorecard KPIs, their weights and targets, and the grades"));

    m_tierCriteriaAction = makeAction(tr("&Tier Criteria…"), {}, [this] {
        if (TierCriteriaDialog(*m_session, this).exec() == QDialog::Accepted && m_tierView)
            m_tierView->reload();
    });
    m_tierCriteriaAction->setStatusTip(
        tr("The weights, full marks, minimums and thresholds tier reviews score partners with"));

    m_aboutAction = makeAction(tr("&About Channel Station"), {}, [this] { showAbout(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_saveAsAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_addPartnerAction);
    edit->addAction(m_deletePartnerAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_rulesAction);
    tools->addAction(m_policyAction);
    tools->addAction(m_brandingAction);
    tools->addAction(m_kpiCatalogueAction);
    tools->addAction(m_tierCriteriaAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files[i];
        QAction *action =
            m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(file)));
        connect(action, &QAction::triggered, this, [this, file] { openWorkbook(file); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear the List")), &QAction::triggered, this, [this] {
        RecentFiles::clear();
        m_welcome->refresh();
    });
}

QString MainWindow::askSavePath(const QString &title, const QString &start)
{
    // The default suffix is added before the dialog's "replace?" check, so that
    // typing "q4" asks about q4.cwb, the file that will actually be written.
    QFileDialog dialog(this, title, start, workbookFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(Workbook::fileSuffix());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().front();
}

QString MainWindow::workbookFilter() const
{
    return tr("Channel Station workbooks (*.%1);;All files (*)").arg(Workbook::fileSuffix());
}

void MainWindow::newWorkbook()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = askSavePath(tr("New Workbook"), start);
    if (path.isEmpty())
        return;
    // The dialog already asked before replacing a file. The new workbook is made
    // before the current one is let go, so a refusal (a file held by another window,
    // a full disk) leaves the current one open; only replacing the open file itself
    // has to close it first.
    if (m_session && QFileInfo(path) == QFileInfo(m_session->workbook().path()) && !closeWorkbook())
        return;
    WorkbookError error;
    auto workbook = Workbook::create(path, &error, true);
    if (!workbook)
        return reportError(tr("New Workbook"), error.message);
    if (m_session && !closeWorkbook())
        return;
    showSession(std::move(workbook));
}

void MainWindow::openWithDialog()
{
    const QString start = m_session ? QFileInfo(m_session->workbook().path()).path()
                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workbook"), start, workbookFilter());
    if (!path.isEmpty())
        openWorkbook(path);
}

bool MainWindow::openWorkbook(const QString &path)
{
    if (m_session && QFileInfo(path) == QFileInfo(m_session->workbook().path()))
        return true;
    // Check the file before letting go of the current workbook.
    if (WorkbookError error = Workbook::inspect(path)) {
        if (error.kind == WorkbookError::Kind::NotFound)
            RecentFiles::remove(path);
        reportError(tr("Open Workbook"), error.message);
        return false;
    }
    // Opened before the current one is let go: one held by another window is refused
    // and the current one stays.
    WorkbookError error;
    auto workbook = Workbook::open(path, &error);
    if (!workbook) {
        reportError(tr("Open Workbook"), error.message);
        return false;
    }
    if (m_session && !closeWorkbook())
        return false;
    const QString backup = workbook->migrationBackupPath();
    showSession(std::move(workbook));
    if (!backup.isEmpty())
        statusBar()->showMessage(tr("Upgraded the workbook to this version; the original is kept as %1")
                                     .arg(QDir::toNativeSeparators(backup)),
            15000);
    return true;
}

void MainWindow::reopenLastWorkbook()
{
    const QString last = QSettings().value(lastWorkbookKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openWorkbook(last);
}

void MainWindow::showSession(std::unique_ptr<Workbook> workbook)
{
    const QString path = workbook->path();
    m_session = new WorkbookSession(std::move(workbook), this);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(m_session, &WorkbookSession::partnersChanged, this, &MainWindow::updateTitleAndStatus);
    connect(m_session, &WorkbookSession::failed, this,
        [this](const QString &message) { reportError(tr("The change was not made"), message); });
    connect(m_session, &WorkbookSession::fileLost, this, [this, path] {
        m_fileLostBanner->showFor(path);
        updateActions();
    });

    // The home view, first in the list and shown when a workbook opens.
    m_dashboardView = new DashboardView(*m_session, m_views);
    m_views->addWidget(m_dashboardView);
    // A bar or tile on the dashboard lists its partners in the registry.
    connect(m_dashboardView, &DashboardView::partnersRequested, this,
        [this](const QStringList &codes, const QString &what) {
            m_navigation->setCurrentRow(m_views->indexOf(m_partnersView));
            m_partnersView->showCodes(codes, what);
        });
    auto *dashboard =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/dashboard.svg")), tr("Dashboard"), m_navigation);
    dashboard->setToolTip(tr("The channel at a glance: figures against their targets, trends and charts"));

    m_partnersView = new PartnersView(*m_session, m_views);
    m_views->addWidget(m_partnersView);
    m_partnersView->table()->addAction(m_deletePartnerAction);
    connect(m_partnersView, &PartnersView::selectionChanged, this, &MainWindow::updateActions);
    auto *item =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/partners.svg")), tr("Partners"), m_navigation);
    item->setToolTip(tr("The partner registry"));

    m_capabilityView = new CapabilityView(*m_session, m_views);
    m_views->addWidget(m_capabilityView);
    // From the capability table the question is about capability: open that tab.
    connect(m_capabilityView, &CapabilityView::partnerActivated, this, [this](qint64 id) {
        showPartner(id);
        m_partnersView->detailTabs()->setCurrentWidget(m_partnersView->capabilityPanel());
    });
    auto *capability =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/capability.svg")), tr("Capability"), m_navigation);
    capability->setToolTip(tr("Every partner's scores, gaps to the benchmark and watch-list reasons"));

    m_incentivesView = new IncentivesView(*m_session, m_views);
    m_views->addWidget(m_incentivesView);
    auto *incentives =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/incentives.svg")), tr("Incentives"), m_navigation);
    incentives->setToolTip(
        tr("Each quarter's rebate statements, explained; closing, penalties, MDF and what-if"));

    m_scorecardView = new ScorecardView(*m_session, m_views);
    m_views->addWidget(m_scorecardView);
    auto *scorecards =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/scorecards.svg")), tr("Scorecards"), m_navigation);
    scorecards->setToolTip(tr("Each partner's one-page quarterly scorecard; printing and batch PDFs"));

    m_tierView = new TierReviewView(*m_session, m_views);
    m_views->addWidget(m_tierView);
    connect(m_tierView, &TierReviewView::partnerActivated, this, &MainWindow::showPartner);
    auto *tiers = new QListWidgetItem(QIcon(QStringLiteral(":/icons/tiers.svg")), tr("Tiers"), m_navigation);
    tiers->setToolTip(tr("The quarterly tier review: proposed promotions and demotions with their reasons, "
                         "confirming them, and each partner's tier history"));

    m_historyView = new ImportHistoryView(*m_session, m_views);
    m_views->addWidget(m_historyView);
    connect(m_historyView, &ImportHistoryView::importRequested, this, [this] { startImport(); });
    auto *history =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/imports.svg")), tr("Import History"), m_navigation);
    history->setToolTip(tr("What each import wrote, and undoing the latest"));
    m_navigation->setCurrentRow(0);

    m_pages->setCurrentWidget(m_workspace);
    RecentFiles::add(path);
    QSettings().setValue(lastWorkbookKey, path);
    updateTitleAndStatus();
    updateActions();
    m_partnersView->table()->setFocus();
}

bool MainWindow::closeWorkbook()
{
    if (!m_session)
        return true;
    if (m_partnersView && !m_partnersView->settlePendingEdit())
        return false;
    m_navigation->clear();
    delete m_dashboardView;
    m_dashboardView = nullptr;
    delete m_historyView;
    m_historyView = nullptr;
    delete m_tierView;
    m_tierView = nullptr;
    delete m_scorecardView;
    m_scorecardView = nullptr;
    delete m_incentivesView;
    m_incentivesView = nullptr;
    delete m_capabilityView;
    m_capabilityView = nullptr;
    delete m_partnersView;
    m_partnersView = nullptr;
    m_undoGroup->removeStack(m_session->undoStack());
    delete m_session; // closes the file; every change was committed when it was made
    m_session = nullptr;
    m_fileLostBanner->hide();
    m_welcome->refresh();
    m_pages->setCurrentWidget(m_welcome);
    updateTitleAndStatus();
    updateActions();
    return true;
}

void MainWindow::saveAs()
{
    if (!m_session || !m_partnersView->settlePendingEdit())
        return;
    const QFileInfo current(m_session->workbook().path());
    const QString path = askSavePath(tr("Save Workbook As"),
        current.dir().filePath(
            tr("%1 copy").arg(current.completeBaseName()) + QLatin1Char('.') + Workbook::fileSuffix()));
    if (path.isEmpty())
        return;
    WorkbookError error;
    if (!m_session->workbook().saveCopyAs(path, &error))
        return reportError(tr("Save Workbook As"), error.message);
    // Like any "Save As": from now on the window works on the copy.
    closeWorkbook();
    openWorkbook(path);
}

void MainWindow::updateTitleAndStatus()
{
    if (!m_session) {
        setWindowFilePath(QString());
        setWindowTitle(tr("Channel Station"));
        m_fileLabel->setText(tr("No workbook open"));
        m_countLabel->clear();
        return;
    }
    const QString path = m_session->workbook().path();
    setWindowTitle(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), tr("Channel Station")));
    setWindowFilePath(path);
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    const PartnerTableModel *model = m_session->partnerModel();
    m_countLabel->setText(tr("%Ln partner(s)", "", model->rowCount()) + QStringLiteral(" · ")
        + tr("%Ln active", "", model->countWithStatus(PartnerStatus::Active)) + QStringLiteral(" · ")
        + tr("%Ln with status Watch", "", model->countWithStatus(PartnerStatus::Watch)));
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    // Once the file was deleted or moved nothing can be written to it: what would
    // write is off, and "Save a Copy As" is the way on.
    const bool writable = open && !m_session->isFileLost();
    m_saveAsAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_importAction->setEnabled(writable);
    m_rulesAction->setEnabled(writable);
    m_policyAction->setEnabled(writable);
    m_brandingAction->setEnabled(writable);
    m_kpiCatalogueAction->setEnabled(writable);
    m_tierCriteriaAction->setEnabled(writable);
    m_findAction->setEnabled(open);
    m_addPartnerAction->setEnabled(writable);
    m_deletePartnerAction->setEnabled(writable && m_partnersView && m_partnersView->hasSelection());
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Channel Station"),
        tr("<h3>Channel Station %1</h3><p>The channel manager's workstation: partner registry, "
           "capability, scorecards and incentives, offline in one workbook file.</p>")
            .arg(QStringLiteral(CS_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_partnersView && !m_partnersView->settlePendingEdit()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    // Opening may show a dialog: not inside the drag and drop machinery.
    const QString path = urls.front().toLocalFile();
    // A spreadsheet is imported into the open workbook; anything else is opened as a workbook.
    const bool spreadsheet = m_session && ImportSources::isImportable(path)
        && QFileInfo(path).suffix().compare(Workbook::fileSuffix(), Qt::CaseInsensitive) != 0;
    QTimer::singleShot(0, this, [this, path, spreadsheet] {
        if (spreadsheet)
            startImport(path);
        else
            openWorkbook(path);
    });
}

void MainWindow::showPartner(qint64 id)
{
    if (!m_partnersView)
        return;
    m_navigation->setCurrentRow(m_views->indexOf(m_partnersView));
    m_partnersView->showPartner(id);
}

void MainWindow::startImport(const QString &path)
{
    if (!m_session || !m_partnersView->settlePendingEdit())
        return;
    if (m_session->isFileLost()) // a file dropped on the window comes here with the action off
        return reportError(tr("Import"), m_session->fileLostMessage());
    ImportWizard wizard(*m_session, path, std::nullopt, this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const ImportReport &result = wizard.result();
    statusBar()->showMessage(
        tr("Imported %1: %2")
            .arg(QFileInfo(wizard.draft().source.path).fileName(), Importer::summary(result.counts)),
        15000);
}

} // namespace cs
