#include "incentives/StatementTotalsRow.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>

namespace cs {

StatementTotalsRow::StatementTotalsRow(QTableView *table, QWidget *parent)
    : QTableView(parent)
    , m_table(table)
    , m_model(new QStandardItemModel(1, 0, this))
{
    setModel(m_model);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus);
    setShowGrid(false);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verticalHeader()->setDefaultSectionSize(table->verticalHeader()->defaultSectionSize());
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setStyleSheet(
        QStringLiteral("QTableView { background: palette(window); border-top: 1px solid palette(mid); }"));

    QHeaderView *header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this,
        [this](int logical, int, int size) { setColumnWidth(logical, size); });
    connect(header, &QHeaderView::sectionMoved, this,
        [this](int, int from, int to) { horizontalHeader()->moveSection(from, to); });
    connect(table->horizontalScrollBar(), &QScrollBar::valueChanged, horizontalScrollBar(),
        &QScrollBar::setValue);
    connect(table->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
        [this] { horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->value()); });
}

void StatementTotalsRow::setCells(const QStringList &cells, const QList<int> &rightAligned)
{
    if (m_model->columnCount() != cells.size()) {
        m_model->setColumnCount(int(cells.size()));
        copyWidths();
    }
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QStandardItem(cells[column]);
        item->setToolTip(cells[column]);
        if (rightAligned.contains(column))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->setItem(0, column, item);
    }
}

QString StatementTotalsRow::cell(int column) const
{
    const QStandardItem *item = m_model->item(0, column);
    return item ? item->text() : QString();
}

void StatementTotalsRow::copyWidths()
{
    const QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column)
        setColumnWidth(column, header->sectionSize(column));
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const int current = horizontalHeader()->visualIndex(logical);
        if (current != visual)
            horizontalHeader()->moveSection(current, visual);
    }
}

QSize StatementTotalsRow::sizeHint() const
{
    return { QTableView::sizeHint().width(), verticalHeader()->defaultSectionSize() + 2 * frameWidth() + 2 };
}

QSize StatementTotalsRow::minimumSizeHint() const
{
    return sizeHint();
}

} // namespace cs
