#include "scorecard/ScorecardView.h"

#include "WorkbookSession.h"
#include "print/ReportOutput.h"
#include "print/ScorecardPdf.h"
#include "scorecard/BatchPdfDialog.h"
#include "scorecard/KpiCatalogueDialog.h"
#include "scorecard/KpiEntriesDialog.h"
#include "scorecard/OkrDialog.h"
#include "scorecard/ScorecardBatch.h"
#include "scorecard/ScorecardFilterBar.h"
#include "scorecard/ScorecardPage.h"
#include "storage/ResultQuarters.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

ScorecardView::ScorecardView(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_page = new ScorecardPage(this);
    m_page->setObjectName(QStringLiteral("scorecardPage"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    m_filter = new ScorecardFilterBar(this);
    // The partner's own inputs sit under the printing buttons: one row would not fit 1400 pixels.
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_filter, 1);
    secondRow->addWidget(m_okrButton);
    secondRow->addWidget(m_kpiValuesButton);
    secondRow->addWidget(m_catalogueButton);
    layout->addLayout(secondRow);
    layout->addWidget(m_scroll, 1);

    // Page Up/Down step through partners even while the picker or the page has focus.
    m_nextAction = new QAction(tr("Next Partner"), this);
    m_nextAction->setShortcuts({ QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right) });
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previousAction = new QAction(tr("Previous Partner"), this);
    m_previousAction->setShortcuts({ QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left) });
    m_previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_nextAction);
    addAction(m_previousAction);
    connect(m_filter, &ScorecardFilterBar::changed, this, &ScorecardView::applyFilter);
    connect(m_nextAction, &QAction::triggered, this, &ScorecardView::nextPartner);
    connect(m_previousAction, &QAction::triggered, this, &ScorecardView::previousPartner);
    m_next->setToolTip(tr("Next partner in code order (Page Down, Alt+Right)"));
    m_previous->setToolTip(tr("Previous partner in code order (Page Up, Alt+Left)"));

    // Scores read results, the ledger, capability and incentives: any of them changes the cards.
    connect(&session, &WorkbookSession::partnersChanged, this, &ScorecardView::markStale);
    connect(&session, &WorkbookSession::importsChanged, this, &ScorecardView::markStale);
    connect(&session, &WorkbookSession::incentivesChanged, this, &ScorecardView::markStale);
    connect(&session, &WorkbookSession::capabilityChanged, this, &ScorecardView::markStale);
}

QWidget *ScorecardView::buildTopBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *quarterLabel = new QLabel(tr("&Quarter:"), bar);
    m_quarterPicker = new QComboBox(bar);
    m_quarterPicker->setObjectName(QStringLiteral("scorecardQuarter"));
    m_quarterPicker->setMinimumContentsLength(12);
    quarterLabel->setBuddy(m_quarterPicker);

    auto *partnerLabel = new QLabel(tr("P&artner:"), bar);
    m_partnerPicker = new QComboBox(bar);
    m_partnerPicker->setObjectName(QStringLiteral("scorecardPartner"));
    m_partnerPicker->setEditable(true);
    m_partnerPicker->setInsertPolicy(QComboBox::NoInsert);
    m_partnerPicker->setMinimumContentsLength(24);
    m_partnerPicker->lineEdit()->setPlaceholderText(tr("Code or name"));
    // Items read "CODE  name", so typing part of either finds the partner.
    m_partnerPicker->completer()->setFilterMode(Qt::MatchContains);
    m_partnerPicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_partnerPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    partnerLabel->setBuddy(m_partnerPicker);

    m_previous = new QPushButton(QIcon::fromTheme(QStringLiteral("go-previous")), tr("Previous"), bar);
    m_next = new QPushButton(QIcon::fromTheme(QStringLiteral("go-next")), tr("Next"), bar);
    m_position = new QLabel(bar);
    m_position->setObjectName(QStringLiteral("scorecardPosition"));

    m_previewButton = new QPushButton(tr("Print Preview…"), bar);
    m_printButton = new QPushButton(tr("Print…"), bar);
    m_exportButton = new QPushButton(tr("Export PDF…"), bar);
    m_batchButton = new QPushButton(tr("Batch PDF…"), bar);
    m_batchButton->setToolTip(tr("Every partner's scorecard, or the filter's, into PDF files"));
    m_okrButton = new QPushButton(tr("Edit OKRs and Notes…"), bar);
    m_kpiValuesButton = new QPushButton(tr("Enter KPI Values…"), bar);
    m_kpiValuesButton->setToolTip(tr("Profit margin, repurchase and the other KPIs entered per partner"));
    m_catalogueButton = new QPushButton(tr("KPI Catalogue…"), bar);
    m_catalogueButton->setToolTip(tr("The KPIs, their weights and targets, and the grade thresholds"));

    layout->addWidget(quarterLabel);
    layout->addWidget(m_quarterPicker);
    layout->addSpacing(12);
    layout->addWidget(partnerLabel);
    layout->addWidget(m_partnerPicker, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_position);
    layout->addSpacing(12);
    layout->addWidget(m_previewButton);
    layout->addWidget(m_printButton);
    layout->addWidget(m_exportButton);
    layout->addWidget(m_batchButton);

    connect(m_quarterPicker, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            loadQuarter();
    });
    connect(m_partnerPicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            showIndex(index);
    });
    connect(m_previous, &QPushButton::clicked, this, &ScorecardView::previousPartner);
    connect(m_next, &QPushButton::clicked, this, &ScorecardView::nextPartner);
    connect(m_previewButton, &QPushButton::clicked, this, &ScorecardView::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &ScorecardView::print);
    connect(m_exportButton, &QPushButton::clicked, this, &ScorecardView::exportPdf);
    connect(m_batchButton, &QPushButton::clicked, this, &ScorecardView::batchPdf);
    connect(m_okrButton, &QPushButton::clicked, this, &ScorecardView::editOkrs);
    connect(m_kpiValuesButton, &QPushButton::clicked, this, &ScorecardView::enterKpiValues);
    connect(m_catalogueButton, &QPushButton::clicked, this, &ScorecardView::editCatalogue);
    return bar;
}

Quarter ScorecardView::quarter() const
{
    return Quarter::parse(m_quarterPicker->currentData().toString()).value_or(Quarter());
}

void ScorecardView::setQuarter(Quarter quarter)
{
    const int index = m_quarterPicker->findData(quarter.toString());
    if (index >= 0)
        m_quarterPicker->setCurrentIndex(index);
}

QList<ScorecardCard> ScorecardView::allCards() const
{
    return m_cache.value(quarter().toString());
}

QList<ScorecardCard> ScorecardView::filteredCards() const
{
    const QList<ScorecardCard> &all = *m_cache.constFind(quarter().toString());
    QList<ScorecardCard> cards;
    cards.reserve(m_filtered.size());
    for (int i : m_filtered)
        cards.append(all[i]);
    return cards;
}

const ScorecardCard *ScorecardView::currentCard() const
{
    const auto found = m_cache.constFind(quarter().toString());
    if (found == m_cache.cend() || m_current < 0 || m_current >= m_filtered.size())
        return nullptr;
    return &(*found)[m_filtered[m_current]];
}

void ScorecardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    // Arriving from the navigation list, Page Down should step partners, not move
    // the list: the keys belong to the page once the view is shown.
    QTimer::singleShot(0, m_page, [this] { m_page->setFocus(Qt::OtherFocusReason); });
}

void ScorecardView::markStale()
{
    m_stale = true;
    m_cache.clear();
    if (isVisible())
        reload();
}

void ScorecardView::reloadBranding()
{
    m_branding = ReportPage::branding(m_session.workbook());
    m_page->setBranding(m_branding);
}

void ScorecardView::reload()
{
    m_stale = false;
    m_cache.clear();
    reloadBranding();
    try {
        m_quarters = quartersWithResults(m_session.workbook());
        m_problem.clear();
    } catch (const StorageError &e) {
        m_quarters.clear();
        m_problem = e.message();
    }
    std::sort(m_quarters.begin(), m_quarters.end(), std::greater<>()); // newest first, as managers look
    const Quarter shown = quarter();
    m_updating = true;
    m_quarterPicker->clear();
    for (const Quarter q : std::as_const(m_quarters))
        m_quarterPicker->addItem(q.label(), q.toString());
    const int index = m_quarterPicker->findData(shown.toString());
    m_quarterPicker->setCurrentIndex(index >= 0 ? index : 0);
    m_updating = false;
    loadQuarter();
}

void ScorecardView::loadQuarter()
{
    const Quarter q = quarter();
    const QString key = q.toString();
    if (q.isValid() && !m_cache.contains(key)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            m_cache.insert(key, ScorecardBook(m_session.workbook()).cards(q));
        } catch (const StorageError &e) {
            m_problem = e.message();
        }
        QApplication::restoreOverrideCursor();
    }
    m_filter->setRegionsFrom(m_cache.value(key));
    applyFilter();
}

void ScorecardView::applyFilter()
{
    // Stay on the partner shown when the new filter keeps it.
    const ScorecardCard *shown = currentCard();
    const QString code = shown ? shown->code : m_partnerPicker->currentData().toString();
    const QList<ScorecardCard> all = allCards();
    m_filtered.clear();
    for (int i = 0; i < all.size(); ++i)
        if (m_filter->keeps(all[i]))
            m_filtered.append(i);
    m_updating = true;
    m_partnerPicker->clear();
    int keep = 0;
    for (int n = 0; n < m_filtered.size(); ++n) {
        const ScorecardCard &card = all[m_filtered[n]];
        m_partnerPicker->addItem(card.code + QStringLiteral("  ") + card.name, card.code);
        if (card.code == code)
            keep = n;
    }
    m_updating = false;
    m_current = -1;
    showIndex(m_filtered.isEmpty() ? -1 : keep);
}

void ScorecardView::showIndex(int index)
{
    m_current = index;
    if (m_partnerPicker->currentIndex() != index) {
        m_updating = true;
        m_partnerPicker->setCurrentIndex(index);
        m_updating = false;
    }
    const ScorecardCard *card = currentCard();
    QString empty;
    if (!m_problem.isEmpty())
        empty = m_problem;
    else if (m_quarters.isEmpty())
        empty = tr("No quarter has results yet. Import quarterly results to score the partners.");
    else if (allCards().isEmpty())
        empty = tr("No partner has a scorecard for %1.").arg(quarter().label());
    else
        empty = tr("No partner matches the filter.");
    m_page->setCard(card ? std::optional<ScorecardCard>(*card) : std::nullopt, empty);
    const QLocale locale;
    m_position->setText(card
            ? tr("%1 of %2").arg(locale.toString(index + 1), locale.toString(m_filtered.size()))
            : QString());
    m_previous->setEnabled(card && index > 0);
    m_next->setEnabled(card && index + 1 < m_filtered.size());
    for (QPushButton *button :
        { m_okrButton, m_kpiValuesButton, m_previewButton, m_printButton, m_exportButton })
        button->setEnabled(card != nullptr);
    m_batchButton->setEnabled(!allCards().isEmpty());
    m_scroll->ensureVisible(0, 0);
}

void ScorecardView::step(int delta)
{
    const int index = m_current + delta;
    if (m_current >= 0 && index >= 0 && index < m_filtered.size())
        showIndex(index);
}

void ScorecardView::nextPartner()
{
    step(1);
}

void ScorecardView::previousPartner()
{
    step(-1);
}

bool ScorecardView::showPartner(const QString &code)
{
    const int index = m_partnerPicker->findData(code);
    if (index < 0)
        return false;
    showIndex(index);
    return true;
}

std::optional<QList<ScorecardCard>> ScorecardView::chooseCards(const QString &title)
{
    const ScorecardCard *card = currentCard();
    if (!card)
        return std::nullopt;
    if (!m_filter->isActive() || m_filtered.size() < 2)
        return QList<ScorecardCard> { *card };
    QMessageBox box(QMessageBox::Question, title, tr("Which scorecards?"), QMessageBox::NoButton, this);
    QPushButton *one = box.addButton(tr("This &Partner (%1)").arg(card->code), QMessageBox::AcceptRole);
    QPushButton *all = box.addButton(
        tr("&All %1 in the Filter").arg(QLocale().toString(m_filtered.size())), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(one);
    box.exec();
    if (box.clickedButton() == one)
        return QList<ScorecardCard> { *card };
    if (box.clickedButton() == all)
        return filteredCards();
    return std::nullopt;
}

void ScorecardView::printPreview()
{
    if (const auto cards = chooseCards(tr("Print Preview")))
        ReportOutput::preview(this, ScorecardPages(*cards, m_branding),
            tr("Print Preview — %n Scorecard(s)", "", int(cards->size())));
}

void ScorecardView::print()
{
    if (const auto cards = chooseCards(tr("Print")))
        ReportOutput::print(
            this, ScorecardPages(*cards, m_branding), tr("Print %n Scorecard(s)", "", int(cards->size())));
}

QString ScorecardView::defaultDir() const
{
    return QFileInfo(m_session.workbook().path()).path();
}

void ScorecardView::exportPdf()
{
    const ScorecardCard *card = currentCard();
    if (!card)
        return;
    const QString name = QStringLiteral("%1-%2.pdf").arg(card->code, card->quarter.toString());
    QFileDialog dialog(this, tr("Export PDF"), QDir(defaultDir()).filePath(name), tr("PDF files (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written =
        ScorecardPdf::writeOne(dialog.selectedFiles().front(), { *card }, m_branding, {}, &error);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(this, tr("Export PDF"), error);
}

void ScorecardView::batchPdf()
{
    const QList<ScorecardCard> all = allCards();
    if (all.isEmpty())
        return;
    BatchPdfDialog dialog(int(all.size()), int(m_filtered.size()), defaultDir(),
        tr("scorecards-%1").arg(quarter().toString()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ScorecardBatch batch(
        dialog.filterOnly() ? filteredCards() : all, m_branding, dialog.output(), dialog.path());
    const ScorecardBatch::Result result = batch.runWithProgress(this);
    if (result.written)
        QMessageBox::information(this, tr("Batch PDF"), batch.summary(result));
    else if (!result.cancelled)
        QMessageBox::warning(this, tr("Batch PDF"), batch.summary(result));
}

void ScorecardView::editOkrs()
{
    const ScorecardCard *card = currentCard();
    if (!card)
        return;
    OkrDialog dialog(m_session, card->score.partnerId, card->quarter, card->name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Only this quarter's cards hold the OKRs; applyFilter keeps the partner shown.
    m_cache.remove(quarter().toString());
    loadQuarter();
}

void ScorecardView::enterKpiValues()
{
    const ScorecardCard *card = currentCard();
    if (!card)
        return;
    KpiEntriesDialog dialog(m_session, card->score.partnerId, card->quarter, card->name, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadCards();
}

void ScorecardView::editCatalogue()
{
    if (KpiCatalogueDialog(m_session, this).exec() == QDialog::Accepted)
        reloadCards();
}

void ScorecardView::reloadCards()
{
    markStale();
}

} // namespace cs
