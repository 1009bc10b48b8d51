#include "capability/CapabilityView.h"

#include "ChoiceCombo.h"
#include "RecordTable.h"
#include "SplitTableState.h"
#include "WorkbookSession.h"
#include "capability/CapabilityTableModel.h"
#include "capability/DistributionChart.h"
#include "capability/MentorsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cs {

CapabilityView::CapabilityView(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CapabilityTableModel(this))
    , m_filter(new CapabilityFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    configureTable();

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_table);
    // The distribution and the mentors share the lower half: both answer "where do I act?".
    auto *lower = new QTabWidget(this);
    lower->setObjectName(QStringLiteral("capabilityLowerTabs"));
    lower->setDocumentMode(true);
    lower->addTab(buildCharts(), tr("Score distribution"));
    m_mentors = new MentorsPanel(lower);
    lower->addTab(m_mentors, tr("Mentors"));
    connect(m_mentors, &MentorsPanel::mentorActivated, this,
        [this](const QString &mentor) { m_search->setText(mentor); });
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 520, 300 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(buildFilters());
    layout->addWidget(m_splitter, 1);

    connect(&session, &WorkbookSession::capabilityChanged, this, &CapabilityView::onCapabilityChanged);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit partnerActivated(index.data(CapabilityTableModel::IdRole).toLongLong());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CapabilityView::updateCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CapabilityView::updateCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CapabilityView::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CapabilityView::updateCounts);
    restoreState();
}

CapabilityView::~CapabilityView()
{
    saveState();
}

void CapabilityView::configureTable()
{
    m_table->setObjectName(QStringLiteral("capabilityTable"));
    setUpRecordTable(m_table, m_filter, CapabilityTableModel::Code, QAbstractItemView::ExtendedSelection);
    // Number columns as wide as their (translated) titles and the sort arrow need, so the
    // watch-list reasons keep the room.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int numberWidth = metrics.horizontalAdvance(QStringLiteral("+10.0")) + 16;
    for (int column = CapabilityTableModel::ProductScore; column <= CapabilityTableModel::ServiceGap;
         ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, std::max(numberWidth, metrics.horizontalAdvance(title) + 30));
    }
    m_table->setColumnWidth(
        CapabilityTableModel::Code, metrics.horizontalAdvance(QStringLiteral("HD-00000")) + 16);
    m_table->setColumnWidth(CapabilityTableModel::Name, 220);
    m_table->setColumnWidth(CapabilityTableModel::Assessed,
        metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) + 30);
    m_table->setColumnWidth(CapabilityTableModel::SuggestedStage, 100);
}

QWidget *CapabilityView::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    m_asOf = new QLabel(header);
    QFont titleFont = m_asOf->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_asOf->setFont(titleFont);
    m_counts = new QLabel(header);
    m_counts->setObjectName(QStringLiteral("capabilityCounts"));
    top->addWidget(m_asOf);
    top->addStretch(1);
    top->addWidget(m_counts);
    m_benchmarkNote = new QLabel(header);
    m_benchmarkNote->setWordWrap(true);
    m_benchmarkNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addLayout(top);
    layout->addWidget(m_benchmarkNote);
    return header;
}

QWidget *CapabilityView::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 4, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("capabilitySearch"));
    m_search->setPlaceholderText(tr("Search code, name or mentor"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_stageFilter = makeChoiceCombo<Stage>(tr("All suggested stages"), bar);
    m_watchOnly = new QCheckBox(tr("On the watch list only"), bar);

    // The active band, as a chip: what the chart click did, and the way to undo it.
    m_bandChip = new QWidget(bar);
    m_bandChip->setObjectName(QStringLiteral("bandChip"));
    m_bandChip->setAttribute(Qt::WA_StyledBackground);
    m_bandChip->setStyleSheet(QStringLiteral("#bandChip { background: #dce9f5; border: 1px solid #9dbfdd;"
                                             " border-radius: 11px; }"
                                             "#bandChip QToolButton { border: none; padding: 0 2px; }"));
    auto *chipLayout = new QHBoxLayout(m_bandChip);
    chipLayout->setContentsMargins(10, 1, 4, 1);
    chipLayout->setSpacing(4);
    m_bandLabel = new QLabel(m_bandChip);
    auto *clear = new QToolButton(m_bandChip);
    clear->setObjectName(QStringLiteral("clearBand"));
    clear->setText(QStringLiteral("✕"));
    clear->setToolTip(tr("Clear the score filter"));
    clear->setAutoRaise(true);
    chipLayout->addWidget(m_bandLabel);
    chipLayout->addWidget(clear);
    m_bandChip->hide();

    layout->addWidget(m_search, 2);
    layout->addWidget(m_stageFilter);
    layout->addWidget(m_watchOnly);
    layout->addWidget(m_bandChip);
    layout->addStretch(1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &CapabilityFilterModel::setSearchText);
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setStageFilter(choiceOf<Stage>(m_stageFilter)); });
    connect(m_watchOnly, &QCheckBox::toggled, m_filter, &CapabilityFilterModel::setWatchOnly);
    connect(clear, &QToolButton::clicked, this, &CapabilityView::clearBand);
    return bar;
}

QWidget *CapabilityView::buildCharts()
{
    auto *charts = new QWidget(this);
    auto *outer = new QVBoxLayout(charts);
    outer->setContentsMargins(0, 4, 0, 0);
    outer->setSpacing(4);
    auto *caption = new QLabel(tr("Latest scores per whole point. Click a bar to list those partners; "
                                  "click it again to show everyone."),
        charts);
    caption->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(caption);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(6);
    outer->addLayout(layout, 1);
    for (const Dimension d : allDimensions) {
        auto *chart = new DistributionChart(d, charts);
        chart->setObjectName(QStringLiteral("distribution-%1").arg(codeOf(d)));
        connect(chart, &DistributionChart::bandClicked, this, &CapabilityView::toggleBand);
        m_charts.append(chart);
        layout->addWidget(chart);
    }
    return charts;
}

void CapabilityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CapabilityView::onCapabilityChanged()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void CapabilityView::refresh()
{
    m_stale = false;
    const QList<qint64> selected = selectedIds();
    const QModelIndex current = m_table->currentIndex();
    const qint64 currentId = current.isValid() ? current.data(CapabilityTableModel::IdRole).toLongLong() : 0;

    const CapabilityOverview &overview = m_session.capability();
    m_model->setOverview(overview);
    for (DistributionChart *chart : std::as_const(m_charts))
        chart->setOverview(overview);
    m_mentors->setOverview(overview);
    m_asOf->setText(tr("Capability as of %1").arg(QLocale().toString(overview.asOf, QLocale::LongFormat)));
    m_benchmarkNote->setText(overview.benchmarkNote);
    restoreSelection(selected, currentId);
    updateCounts();
}

QList<qint64> CapabilityView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(CapabilityTableModel::IdRole).toLongLong());
    return ids;
}

void CapabilityView::restoreSelection(const QList<qint64> &ids, qint64 currentId)
{
    // Rows that stayed keep their selection by themselves; after a reset, find them again.
    if (selectedIds() == ids)
        return;
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(CapabilityTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const int row = m_model->rowOf(currentId);
    const QModelIndex current = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (current.isValid())
        m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
}

void CapabilityView::toggleBand(Dimension dimension, int band)
{
    const ScoreBand clicked { dimension, band };
    setBand(m_filter->band() == clicked ? std::nullopt : std::optional<ScoreBand>(clicked));
}

void CapabilityView::clearBand()
{
    setBand(std::nullopt);
}

void CapabilityView::setBand(std::optional<ScoreBand> band)
{
    m_filter->setBand(band);
    for (DistributionChart *chart : std::as_const(m_charts))
        chart->setSelectedBand(
            band && band->dimension == chart->dimension() ? std::optional<int>(band->band) : std::nullopt);
    m_bandChip->setVisible(band.has_value());
    if (band)
        m_bandLabel->setText(
            tr("%1: %2").arg(labelOf(band->dimension), DistributionChart::bandLabel(band->band)));
    updateCounts();
}

QString CapabilityView::countText() const
{
    return m_counts->text();
}

QString CapabilityView::headerText() const
{
    return m_asOf->text() + QLatin1Char('\n') + m_benchmarkNote->text();
}

void CapabilityView::updateCounts()
{
    const QString separator = QStringLiteral(" · ");
    m_counts->setText(tr("%Ln partner(s)", "", m_model->rowCount()) + separator
        + tr("%Ln on the watch list", "", m_model->watchCount()) + separator
        + tr("showing %L1").arg(m_filter->rowCount()));
}

void CapabilityView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CapabilityView::saveState() const
{
    saveSplitTableState(QStringLiteral("capability"), m_splitter, m_table);
}

void CapabilityView::restoreState()
{
    restoreSplitTableState(QStringLiteral("capability"), m_splitter, m_table);
}

} // namespace cs
