#include "incentives/StatementsPanel.h"

#include "ChoiceCombo.h"
#include "RecordTable.h"
#include "SplitTableState.h"
#include "incentives/StatementDetail.h"
#include "incentives/StatementFilterModel.h"
#include "incentives/StatementTotalsRow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cs {

using Column = StatementTableModel::Column;

StatementsPanel::StatementsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new StatementTableModel(this))
    , m_filter(new StatementFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    configureTable();
    m_totalsRow = new StatementTotalsRow(m_table, this);
    m_totalsRow->setObjectName(QStringLiteral("statementTotals"));
    m_detail = new StatementDetail(this);
    m_detail->setObjectName(QStringLiteral("statementDetail"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_totalsRow);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 1000, 420 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(buildFilters());
    layout->addWidget(m_splitter, 1);

    // Not currentRowChanged: a click moves the current row before it selects it,
    // so the detail would show the previous partner.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &StatementsPanel::showSelected);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &StatementsPanel::showSelected);
    restoreState();
    updateTotals();
}

StatementsPanel::~StatementsPanel()
{
    saveState();
}

QWidget *StatementsPanel::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 4);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("statementSearch"));
    m_search->setPlaceholderText(tr("Search code or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_tierFilter = makeChoiceCombo<Tier>(tr("All tiers"), bar);
    m_tierFilter->setObjectName(QStringLiteral("statementTier"));
    m_exceptionsOnly = new QCheckBox(tr("Exceptions only"), bar);
    m_exceptionsOnly->setObjectName(QStringLiteral("exceptionsOnly"));
    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("statementCounts"));
    layout->addWidget(m_search, 2);
    layout->addWidget(m_tierFilter);
    layout->addWidget(m_exceptionsOnly);
    layout->addStretch(1);
    layout->addWidget(m_counts);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        filtered();
    });
    connect(m_tierFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTier(choiceOf<Tier>(m_tierFilter));
        filtered();
    });
    connect(m_exceptionsOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setExceptionsOnly(only);
        filtered();
    });
    return bar;
}

void StatementsPanel::configureTable()
{
    m_table->setObjectName(QStringLiteral("statementTable"));
    setUpRecordTable(m_table, m_filter, Column::Code, QAbstractItemView::SingleSelection);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int amountWidth = metrics.horizontalAdvance(QStringLiteral("¥99,999,999.00")) + 16;
    for (int column = Column::Target; column <= Column::Total; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int titleWidth = metrics.horizontalAdvance(title) + 30;
        const bool amount = StatementTableModel::isAmountColumn(column);
        m_table->setColumnWidth(column,
            std::max(amount ? amountWidth : metrics.horizontalAdvance(QStringLiteral("100.00 %")) + 16,
                titleWidth));
    }
    m_table->setColumnWidth(Column::Code, metrics.horizontalAdvance(QStringLiteral("HD-00000")) + 40);
    m_table->setColumnWidth(Column::Name, 200);
    m_table->setColumnWidth(Column::Tier, std::max(70, metrics.horizontalAdvance(tr("Diamond")) + 30));
}

void StatementsPanel::setStatements(
    const QList<PartnerStatement> &statements, const StatementHtml::Status &status)
{
    const qint64 selected = selectedId();
    m_status = status;
    m_model->setStatements(statements);
    // A reset (other partners) loses the selection; the same partner is found again.
    if (selected != 0 && selectedId() != selected) {
        const int row = m_model->rowOf(selected);
        const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_shownId = -1; // the statement itself may have changed: show it again
    showSelected();
    updateTotals();
}

bool StatementsPanel::selectPartner(qint64 partnerId)
{
    const int row = m_model->rowOf(partnerId);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_tierFilter->setCurrentIndex(0);
        m_exceptionsOnly->setChecked(false);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

qint64 StatementsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.front().data(StatementTableModel::IdRole).toLongLong();
}

const PartnerStatement *StatementsPanel::selectedStatement() const
{
    const int row = m_model->rowOf(selectedId());
    return row < 0 ? nullptr : &m_model->statementAt(row);
}

void StatementsPanel::showSelected()
{
    const qint64 id = selectedId();
    if (id == m_shownId)
        return;
    m_shownId = id;
    if (const PartnerStatement *statement = selectedStatement())
        m_detail->setStatement(*statement, m_status);
    else
        m_detail->clear();
    emit partnerSelected(id);
}

void StatementsPanel::filtered()
{
    updateTotals();
    // Rows come and go above the selection: keep it in sight, or start from the top.
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        m_table->scrollToTop();
    else
        m_table->scrollTo(selected.front());
}

void StatementsPanel::updateTotals()
{
    StatementTotals totals;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const PartnerStatement &s =
            m_model->statementAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
        ++totals.partners;
        totals.exceptions += s.isException() ? 1 : 0;
        for (int column = Column::Target; column <= Column::Total; ++column)
            if (StatementTableModel::isAmountColumn(column))
                totals.amounts[column] += StatementTableModel::amountIn(s, column);
    }
    m_totals = totals;

    QStringList cells;
    QList<int> figures;
    for (int column = 0; column < Column::ColumnCount; ++column) {
        if (StatementTableModel::isAmountColumn(column)) {
            cells.append(totals.amounts[column].toString());
            figures.append(column);
        } else if (column == Column::Code) {
            cells.append(tr("Total"));
        } else if (column == Column::Name) {
            cells.append(tr("%Ln partner(s)", "", totals.partners));
        } else if (column == Column::Exception) {
            cells.append(totals.exceptions > 0 ? tr("%Ln exception(s)", "", totals.exceptions) : QString());
        } else {
            cells.append(QString());
        }
    }
    m_totalsRow->setCells(cells, figures);
    // Sums outgrow the rows' amounts: widen a column rather than cut its total short.
    const QFontMetrics bold(m_totalsRow->font());
    for (const int column : std::as_const(figures)) {
        const int needed = bold.horizontalAdvance(cells[column]) + 14;
        if (m_table->columnWidth(column) < needed)
            m_table->setColumnWidth(column, needed);
    }
    m_counts->setText(tr("%Ln statement(s)", "", m_model->rowCount()) + QStringLiteral(" · ")
        + tr("%Ln exception(s)", "", m_model->exceptionCount()) + QStringLiteral(" · ")
        + tr("showing %L1").arg(m_filter->rowCount()));
}

void StatementsPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void StatementsPanel::saveState() const
{
    saveSplitTableState(QStringLiteral("incentives"), m_splitter, m_table);
}

void StatementsPanel::restoreState()
{
    restoreSplitTableState(QStringLiteral("incentives"), m_splitter, m_table);
}

} // namespace cs
