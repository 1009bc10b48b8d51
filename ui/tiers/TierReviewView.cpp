#include "tiers/TierReviewView.h"

#include "RecordTable.h"
#include "SplitTableState.h"
#include "WorkbookSession.h"
#include "storage/ResultQuarters.h"
#include "storage/StorageError.h"
#include "tiers/TierConfirmDialog.h"
#include "tiers/TierCriteriaDialog.h"
#include "tiers/TierDetail.h"
#include "tiers/TierFilterBar.h"
#include "tiers/TierFilterModel.h"
#include "tiers/TierReviewModel.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

using Column = TierReviewModel::Column;

TierReviewView::TierReviewView(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TierReviewModel(this))
    , m_filter(new TierFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("tierBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3d6; border: 1px solid #e6c77a; border-radius: 4px; padding: 6px; }"));
    m_banner->hide();

    m_table = new QTableView(this);
    configureTable();
    m_detail = new TierDetail(this);
    m_detail->setObjectName(QStringLiteral("tierDetail"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 920, 560 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    layout->addWidget(m_banner);
    m_filters = new TierFilterBar(m_filter, this);
    layout->addWidget(m_filters);
    connect(m_filters, &TierFilterBar::filtersChanged, this, &TierReviewView::filtered);
    layout->addWidget(m_splitter, 1);

    // Sales, coverage, certification, service and MDF all feed the review.
    connect(&session, &WorkbookSession::incentivesChanged, this, &TierReviewView::markStale);
    connect(&session, &WorkbookSession::capabilityChanged, this, &TierReviewView::markStale);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TierReviewView::showSelected);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TierReviewView::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit partnerActivated(index.data(TierReviewModel::IdRole).toLongLong());
    });
    restoreSplitTableState(QStringLiteral("tiers"), m_splitter, m_table);
    updateActions();
}

TierReviewView::~TierReviewView()
{
    saveSplitTableState(QStringLiteral("tiers"), m_splitter, m_table);
}

QWidget *TierReviewView::buildTopBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Review of:"), bar);
    m_quarterPicker = new QComboBox(bar);
    m_quarterPicker->setObjectName(QStringLiteral("tierQuarter"));
    m_quarterPicker->setMinimumContentsLength(12);
    m_quarterPicker->setToolTip(tr("The quarter reviewed: the four quarters up to it are measured, and "
                                   "confirmed changes count from the quarter after it"));
    label->setBuddy(m_quarterPicker);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("tierSummary"));
    m_summary->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));

    m_confirmSelected = new QPushButton(tr("Confirm Selected…"), bar);
    m_confirmSelected->setObjectName(QStringLiteral("confirmSelected"));
    m_confirmSelected->setToolTip(tr("Confirm the proposals among the selected rows"));
    m_confirmAll = new QPushButton(tr("Confirm All…"), bar);
    m_confirmAll->setObjectName(QStringLiteral("confirmAll"));
    m_confirmAll->setToolTip(tr("Confirm every proposal the filters show"));
    m_criteriaButton = new QPushButton(tr("Criteria…"), bar);
    m_criteriaButton->setObjectName(QStringLiteral("tierCriteria"));
    m_criteriaButton->setToolTip(tr("Weights, full marks, minimums and thresholds the review scores with"));

    layout->addWidget(label);
    layout->addWidget(m_quarterPicker);
    layout->addSpacing(16);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_confirmSelected);
    layout->addWidget(m_confirmAll);
    layout->addSpacing(8);
    layout->addWidget(m_criteriaButton);

    connect(m_quarterPicker, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingPicker)
            reload();
    });
    connect(m_confirmSelected, &QPushButton::clicked, this, [this] { askToConfirm(selectedChanges()); });
    connect(m_confirmAll, &QPushButton::clicked, this, [this] { askToConfirm(shownChanges()); });
    connect(m_criteriaButton, &QPushButton::clicked, this, &TierReviewView::openCriteriaDialog);
    return bar;
}

void TierReviewView::configureTable()
{
    m_table->setObjectName(QStringLiteral("tierTable"));
    setUpRecordTable(m_table, m_filter, Column::Code, QAbstractItemView::ExtendedSelection);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        const int title = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_table->setColumnWidth(column, std::max(metrics.horizontalAdvance(sample), title + 14) + 16);
    };
    fit(Column::Code, QStringLiteral("HD-00000"));
    m_table->setColumnWidth(Column::Name, 190);
    fit(Column::Region, QStringLiteral("西南西南"));
    const QString tierSample = labelOf(Tier::Diamond) + QStringLiteral(" ▲");
    fit(Column::CurrentTier, tierSample);
    fit(Column::Score, QStringLiteral("100.0"));
    fit(Column::CriteriaTier, tierSample);
    fit(Column::ProposedTier, tierSample);
    fit(Column::HeldBy, TierReview::holdText(TierHold::FirstYear));
}

Quarter TierReviewView::quarter() const
{
    return Quarter::parse(m_quarterPicker->currentData().toString()).value_or(Quarter());
}

void TierReviewView::setQuarter(Quarter quarter)
{
    const int index = m_quarterPicker->findData(quarter.toString());
    if (index < 0 || index == m_quarterPicker->currentIndex())
        return;
    m_quarterPicker->setCurrentIndex(index); // reviews through currentIndexChanged
}

const QList<TierEvaluation> &TierReviewView::evaluations() const
{
    return m_model->evaluations();
}

TierReviewView::Counts TierReviewView::counts() const
{
    return m_model->counts();
}

void TierReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reloadQuarters();
        reload();
    }
}

void TierReviewView::markStale()
{
    m_stale = true;
    if (!isVisible())
        return;
    // One review for a burst of changes (a confirmation emits several signals).
    QTimer::singleShot(0, this, [this] {
        if (m_stale && isVisible()) {
            reloadQuarters();
            reload();
        }
    });
}

void TierReviewView::reloadQuarters()
{
    QList<Quarter> quarters;
    try {
        quarters = quartersWithResults(m_session.workbook());
    } catch (const StorageError &e) {
        m_banner->setText(e.message());
        m_banner->show();
    }
    std::sort(quarters.begin(), quarters.end(), std::greater<>()); // newest first, as managers look
    const Quarter shown = quarter();
    m_quarters = quarters;
    m_updatingPicker = true;
    m_quarterPicker->clear();
    for (const Quarter q : std::as_const(quarters))
        m_quarterPicker->addItem(q.label(), q.toString());
    const int keep = m_quarterPicker->findData(shown.toString());
    m_quarterPicker->setCurrentIndex(keep >= 0 ? keep : 0);
    m_updatingPicker = false;
}

void TierReviewView::reload()
{
    m_stale = false;
    const Quarter q = quarter();
    QList<TierEvaluation> evaluations;
    QStringList problems;
    if (!q.isValid()) {
        problems << tr("No quarter has results yet: import quarterly results to review the tiers.");
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            const TierStore store(m_session.workbook());
            m_criteria = store.criteria();
            evaluations = store.review(q, &problems);
        } catch (const StorageError &e) {
            problems << e.message();
        }
        QApplication::restoreOverrideCursor();
    }
    m_banner->setText(problems.join(QLatin1Char('\n')));
    m_banner->setVisible(!problems.isEmpty());

    const qint64 selected = currentId();
    m_model->setEvaluations(evaluations);
    if (selected != 0 && currentId() != selected) {
        const int row = m_model->rowOf(selected);
        const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    refillRegions();
    m_shownId = -1; // the evaluation itself may have changed: show it again
    showSelected();
    updateSummary();
    updateActions();
}

void TierReviewView::refillRegions()
{
    QStringList regions;
    for (const TierEvaluation &e : evaluations())
        if (!e.inputs.region.isEmpty() && !regions.contains(e.inputs.region))
            regions << e.inputs.region;
    std::sort(regions.begin(), regions.end());
    m_filters->setRegions(regions);
}

bool TierReviewView::selectPartner(qint64 partnerId)
{
    const int row = m_model->rowOf(partnerId);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filters->showEverything();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

qint64 TierReviewView::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return current.data(TierReviewModel::IdRole).toLongLong();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.front().data(TierReviewModel::IdRole).toLongLong();
}

QList<TierEvaluation> TierReviewView::selectedChanges() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<TierEvaluation> changes;
    for (const QModelIndex &index : std::as_const(rows)) {
        const TierEvaluation &e = m_model->evaluationAt(m_filter->mapToSource(index).row());
        if (e.isChange())
            changes.append(e);
    }
    return changes;
}

QList<TierEvaluation> TierReviewView::shownChanges() const
{
    QList<TierEvaluation> changes;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const TierEvaluation &e = m_model->evaluationAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
        if (e.isChange())
            changes.append(e);
    }
    return changes;
}

bool TierReviewView::askToConfirm(const QList<TierEvaluation> &changes)
{
    if (changes.isEmpty())
        return false;
    TierConfirmDialog dialog(changes, quarter(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return confirm(dialog.decisions(), dialog.confirmedBy());
}

bool TierReviewView::confirm(const QList<TierDecision> &decisions, const QString &confirmedBy)
{
    const Quarter review = quarter();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!m_session.attempt([&] { TierStore(m_session.workbook()).confirm(decisions, review, confirmedBy); }))
        return false;
    // The registry shows the confirmed tier; settlement and scorecards read the history.
    m_session.reloadPartners();
    reload();
    // The confirmed rows may have left the table: go on with the row that took their place.
    if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0 && current.isValid())
        m_table->selectionModel()->setCurrentIndex(
            m_filter->index(std::min(current.row(), m_filter->rowCount() - 1), 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void TierReviewView::openCriteriaDialog()
{
    if (TierCriteriaDialog(m_session, this).exec() == QDialog::Accepted)
        reload();
}

void TierReviewView::focusSearch()
{
    m_filters->focusSearch();
}

void TierReviewView::filtered()
{
    updateSummary();
    updateActions();
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        m_table->scrollToTop();
    else
        m_table->scrollTo(selected.front());
}

void TierReviewView::showSelected()
{
    const qint64 id = currentId();
    if (id == m_shownId)
        return;
    m_shownId = id;
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_detail->clear();
        return;
    }
    QList<TierChange> history;
    m_session.attempt([&] { history = TierStore(m_session.workbook()).history(id); });
    m_detail->setEvaluation(m_model->evaluationAt(row), m_criteria, history, quarter());
}

void TierReviewView::updateSummary()
{
    const Counts c = counts();
    QString text = tr("%1: %2, %3, %4")
                       .arg(tr("%Ln proposal(s)", "", c.proposals), tr("%Ln promotion(s)", "", c.promotions),
                           tr("%Ln demotion(s)", "", c.demotions), tr("%Ln held", "", c.held));
    if (c.firstTiers > 0)
        text += tr(", %Ln first tier(s)", "", c.firstTiers);
    if (c.confirmed > 0)
        text += tr("; %Ln confirmed", "", c.confirmed);
    m_summary->setText(quarter().isValid() ? text : QString());
    m_summary->setToolTip(tr("Held: partners a protection rule kept from the tier the criteria give "
                             "(first-year protection, at most one tier down)"));
    m_filters->setShownCount(m_filter->rowCount(), m_model->rowCount());
}

void TierReviewView::updateActions()
{
    const auto isChange = [this](const QModelIndex &index) {
        return m_model->evaluationAt(m_filter->mapToSource(index).row()).isChange();
    };
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    m_confirmSelected->setEnabled(std::any_of(selected.cbegin(), selected.cend(), isChange));
    bool anyShown = false;
    for (int row = 0; row < m_filter->rowCount() && !anyShown; ++row)
        anyShown = isChange(m_filter->index(row, 0));
    m_confirmAll->setEnabled(anyShown);
}

} // namespace cs
