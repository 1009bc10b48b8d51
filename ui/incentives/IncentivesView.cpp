#include "incentives/IncentivesView.h"

#include "WorkbookSession.h"
#include "incentives/AuditPanel.h"
#include "incentives/BudgetGauge.h"
#include "incentives/CloseQuarterDialog.h"
#include "incentives/MdfPanel.h"
#include "incentives/PenaltiesPanel.h"
#include "incentives/PolicyEditorDialog.h"
#include "incentives/ScenarioPanel.h"
#include "incentives/StatementsPanel.h"
#include "incentives/WhatIfPanel.h"
#include "print/StatementPages.h"
#include "report/StatementExport.h"
#include "storage/ResultQuarters.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

namespace {

const QString closedStyle = QStringLiteral("QLabel { background: #e3f1e5; color: #1e6b30; border: 1px solid "
                                           "#a9d3b1; border-radius: 10px; padding: 1px 9px; }");
const QString previewStyle = QStringLiteral("QLabel { background: #e6eef6; color: #1f4f7a; border: 1px solid "
                                            "#a9c4de; border-radius: 10px; padding: 1px 9px; }");

} // namespace

IncentivesView::IncentivesView(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("incentivesBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3d6; border: 1px solid #e6c77a; border-radius: 4px; padding: 6px; }"));
    m_banner->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("incentivesTabs"));
    m_tabs->setDocumentMode(true);
    buildTabs();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(&session, &WorkbookSession::incentivesChanged, this, &IncentivesView::onIncentivesChanged);
    connect(m_statements, &StatementsPanel::partnerSelected, this, [this](qint64 id) {
        if (id != 0)
            m_whatIf->setPartner(id);
        updateActions();
    });
    updateActions();
}

QWidget *IncentivesView::buildTopBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Quarter:"), bar);
    m_quarterPicker = new QComboBox(bar);
    m_quarterPicker->setObjectName(QStringLiteral("quarterPicker"));
    m_quarterPicker->setMinimumContentsLength(12);
    label->setBuddy(m_quarterPicker);
    m_badge = new QLabel(bar);
    m_badge->setObjectName(QStringLiteral("quarterStatus"));
    m_gauge = new BudgetGauge(bar);
    m_gauge->setObjectName(QStringLiteral("budgetGauge"));

    m_close = new QPushButton(tr("Close Quarter…"), bar);
    m_close->setObjectName(QStringLiteral("closeQuarter"));
    m_close->setToolTip(tr("Freeze the quarter's statements; later corrections become adjustment lines"));
    m_policy = new QPushButton(tr("Policy…"), bar);
    m_policy->setToolTip(tr("Bands, rates, co-funding shares, penalties and the budget, by version"));

    m_export = new QPushButton(tr("Export"), bar);
    auto *exportMenu = new QMenu(m_export);
    connect(exportMenu->addAction(tr("All Statements as &CSV…")), &QAction::triggered, this,
        [this] { exportWithDialog(ExportFormat::Csv); });
    connect(exportMenu->addAction(tr("All Statements as &Excel Workbook…")), &QAction::triggered, this,
        [this] { exportWithDialog(ExportFormat::Xlsx); });
    connect(exportMenu->addAction(tr("All Statements as &PDF…")), &QAction::triggered, this,
        [this] { exportWithDialog(ExportFormat::Pdf); });
    m_export->setMenu(exportMenu);

    m_print = new QPushButton(tr("Print"), bar);
    auto *printMenu = new QMenu(m_print);
    m_printOne = printMenu->addAction(tr("&This Statement…"));
    connect(m_printOne, &QAction::triggered, this, [this] { printStatements(false); });
    connect(printMenu->addAction(tr("&All Statements of the Quarter…")), &QAction::triggered, this,
        [this] { printStatements(true); });
    m_print->setMenu(printMenu);

    layout->addWidget(label);
    layout->addWidget(m_quarterPicker);
    layout->addWidget(m_badge);
    layout->addSpacing(16);
    layout->addWidget(m_gauge, 1);
    layout->addSpacing(16);
    layout->addWidget(m_close);
    layout->addWidget(m_policy);
    layout->addWidget(m_export);
    layout->addWidget(m_print);

    connect(m_quarterPicker, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updatingPicker)
            return;
        m_whatIf->setQuarter(quarter());
        m_scenario->setQuarter(quarter());
        settle();
    });
    connect(m_close, &QPushButton::clicked, this, &IncentivesView::askToCloseQuarter);
    connect(m_policy, &QPushButton::clicked, this, &IncentivesView::openPolicyEditor);
    return bar;
}

void IncentivesView::buildTabs()
{
    m_statements = new StatementsPanel(m_tabs);
    m_tabs->addTab(m_statements, tr("Statements"));
    m_penalties = new PenaltiesPanel(m_session, m_tabs);
    m_tabs->addTab(m_penalties, tr("Penalties"));
    m_mdf = new MdfPanel(m_session, m_tabs);
    m_tabs->addTab(m_mdf, tr("MDF"));
    m_whatIf = new WhatIfPanel(m_session, m_tabs);
    m_tabs->addTab(m_whatIf, tr("What-if"));
    m_scenario = new ScenarioPanel(m_session, m_tabs);
    m_tabs->addTab(m_scenario, tr("Scenario"));
    m_audit = new AuditPanel(m_session, m_tabs);
    m_tabs->addTab(m_audit, tr("Audit"));
}

Quarter IncentivesView::quarter() const
{
    const QString stored = m_quarterPicker->currentData().toString();
    return Quarter::parse(stored).value_or(Quarter());
}

void IncentivesView::setQuarter(Quarter quarter)
{
    if (!m_quarters.contains(quarter)) {
        m_quarters.append(quarter);
        std::sort(m_quarters.begin(), m_quarters.end(), std::greater<>());
        m_updatingPicker = true;
        m_quarterPicker->insertItem(int(m_quarters.indexOf(quarter)), quarter.label(), quarter.toString());
        m_updatingPicker = false;
    }
    const int index = m_quarterPicker->findData(quarter.toString());
    if (index == m_quarterPicker->currentIndex())
        settle();
    else
        m_quarterPicker->setCurrentIndex(index); // settles through currentIndexChanged
}

void IncentivesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reloadQuarters();
        settle();
    }
}

void IncentivesView::onIncentivesChanged()
{
    m_stale = true;
    if (!isVisible())
        return;
    reloadQuarters();
    settle();
}

void IncentivesView::reloadQuarters()
{
    IncentiveBook &book = m_session.incentives();
    QList<Quarter> withResults;
    QList<Quarter> closed;
    try {
        withResults = quartersWithResults(m_session.workbook());
        closed = book.closedQuarters();
    } catch (const StorageError &e) {
        showProblem(e.message());
        return;
    }
    QList<Quarter> all = withResults + closed;
    const Quarter last = all.isEmpty() ? Quarter::containing(QDate::currentDate()).previous()
                                       : *std::max_element(all.cbegin(), all.cend());
    all.append(last.next());
    std::sort(all.begin(), all.end(), std::greater<>()); // newest first, as managers look
    all.erase(std::unique(all.begin(), all.end()), all.end());

    const Quarter shown = quarter();
    Quarter wanted = shown;
    if (!shown.isValid() || !all.contains(shown)) {
        // The latest quarter that still has something to settle.
        wanted = all.front();
        for (const Quarter q : std::as_const(all))
            if (withResults.contains(q) && !closed.contains(q)) {
                wanted = q;
                break;
            }
    }
    m_quarters = all;
    m_updatingPicker = true;
    m_quarterPicker->clear();
    for (const Quarter q : std::as_const(all)) {
        QString text = q.label();
        if (closed.contains(q))
            text = tr("%1 (closed)").arg(text);
        else if (!withResults.contains(q))
            text = tr("%1 (no results yet)").arg(text);
        m_quarterPicker->addItem(text, q.toString());
    }
    m_quarterPicker->setCurrentIndex(m_quarterPicker->findData(wanted.toString()));
    m_updatingPicker = false;
    if (wanted != shown) {
        m_whatIf->setQuarter(wanted);
        m_scenario->setQuarter(wanted);
    }
}

void IncentivesView::settle()
{
    m_stale = false;
    const Quarter q = quarter();
    if (!q.isValid())
        return;
    IncentiveBook &book = m_session.incentives();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        // A new workbook gets the default policy from its first quarter, so there is
        // something to settle and to edit.
        if (book.policies().versions().isEmpty())
            book.ensurePolicy(m_quarters.isEmpty() ? q : m_quarters.back());
        m_run = book.run(q);
        m_problem.clear();
    } catch (const StorageError &e) {
        m_run.reset();
        m_problem = e.message();
    }
    QApplication::restoreOverrideCursor();
    showRun();
}

void IncentivesView::showRun()
{
    if (!m_run) {
        showProblem(m_problem);
        return;
    }
    m_banner->hide();
    const SettlementRun &run = *m_run;
    const StatementHtml::Status status { run.closed, run.closedAt };
    m_badge->setText(StatementHtml::statusText(status));
    m_badge->setStyleSheet(run.closed ? closedStyle : previewStyle);
    m_badge->setToolTip(run.closed
            ? (run.closeNote.isEmpty() ? tr("The statements were frozen when the quarter was closed.")
                                       : tr("Closing note: %1").arg(run.closeNote))
            : tr("Settled now from the workbook's data with policy version of %1; closing the quarter "
                 "freezes it.")
                  .arg(run.policy.effectiveFrom.label()));
    m_badge->show();
    m_gauge->setUse(run.budget);
    m_statements->setStatements(run.statements, status);
    updateActions();
}

void IncentivesView::showProblem(const QString &message)
{
    m_banner->setText(message);
    m_banner->show();
    m_badge->hide();
    m_gauge->clear();
    m_statements->setStatements({}, {});
    updateActions();
}

void IncentivesView::updateActions()
{
    const bool settled = m_run.has_value();
    m_close->setEnabled(settled && !m_run->closed);
    m_export->setEnabled(settled && !m_run->statements.isEmpty());
    m_print->setEnabled(settled && !m_run->statements.isEmpty());
    m_printOne->setEnabled(m_statements->selectedStatement() != nullptr);
}

void IncentivesView::askToCloseQuarter()
{
    if (!m_run || m_run->closed)
        return;
    int exceptions = 0;
    for (const PartnerStatement &s : std::as_const(m_run->statements))
        exceptions += s.isException() ? 1 : 0;
    CloseQuarterDialog dialog(m_run->quarter, int(m_run->statements.size()), exceptions, this);
    if (dialog.exec() == QDialog::Accepted)
        closeQuarter(dialog.note());
}

bool IncentivesView::closeQuarter(const QString &note)
{
    const Quarter q = quarter();
    if (!q.isValid())
        return false;
    const bool closed = m_session.attempt([&] { m_session.incentives().close(q, note); });
    if (closed)
        m_session.notifyIncentivesChanged();
    return closed;
}

void IncentivesView::openPolicyEditor()
{
    // The editor tells the session when it saved; this view settles again then.
    PolicyEditorDialog(m_session, this).exec();
}

bool IncentivesView::exportStatements(
    const QString &path, ExportFormat format, QString *error, const ReportOutput::Progress &progress)
{
    if (!m_run) {
        *error = tr("There are no statements to export.");
        return false;
    }
    switch (format) {
    case ExportFormat::Csv:
        return StatementExport::writeCsv(m_run->statements, path, error);
    case ExportFormat::Xlsx:
        return StatementExport::writeXlsx(m_run->statements, path, error);
    case ExportFormat::Pdf:
        return ReportOutput::writePdf(path, statementPages(m_run->statements), progress, 0, -1, error);
    }
    return false;
}

StatementPages IncentivesView::statementPages(const QList<PartnerStatement> &statements) const
{
    return StatementPages(
        statements, { m_run->closed, m_run->closedAt }, ReportPage::branding(m_session.workbook()));
}

void IncentivesView::exportWithDialog(ExportFormat format)
{
    if (!m_run)
        return;
    const QString suffix = format == ExportFormat::Csv ? QStringLiteral("csv")
        : format == ExportFormat::Xlsx                 ? QStringLiteral("xlsx")
                                                       : QStringLiteral("pdf");
    const QString filter = format == ExportFormat::Csv ? tr("CSV files (*.csv)")
        : format == ExportFormat::Xlsx                 ? tr("Excel workbooks (*.xlsx)")
                                                       : tr("PDF files (*.pdf)");
    const QString name = tr("statements-%1").arg(m_run->quarter.toString()) + QLatin1Char('.') + suffix;
    const QString start = QFileInfo(m_session.workbook().path()).dir().filePath(name);
    QFileDialog dialog(this, tr("Export Statements"), start, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().front();
    QString error;
    if (format == ExportFormat::Pdf) {
        // A page per statement for the whole channel takes seconds: show it, let it be cancelled.
        QProgressDialog progress(
            tr("Writing statements…"), tr("Cancel"), 0, int(m_run->statements.size()), this);
        progress.setWindowTitle(tr("Export Statements"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        const bool written = exportStatements(path, format, &error, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        progress.reset();
        if (!written && !progress.wasCanceled())
            QMessageBox::warning(this, tr("Export Statements"), error);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = exportStatements(path, format, &error);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(this, tr("Export Statements"), error);
}

void IncentivesView::printStatements(bool all)
{
    if (!m_run)
        return;
    QList<PartnerStatement> statements;
    if (all) {
        statements = m_run->statements;
    } else if (const PartnerStatement *selected = m_statements->selectedStatement()) {
        statements.append(*selected);
    }
    if (statements.isEmpty())
        return;
    ReportOutput::preview(
        this, statementPages(statements), tr("Print Preview — %n Statement(s)", "", int(statements.size())));
}

void IncentivesView::focusSearch()
{
    m_tabs->setCurrentWidget(m_statements);
    m_statements->focusSearch();
}

} // namespace cs
