// How every list of records in the workbench looks and behaves: whole-row selection,
// read-only cells, alternating rows, no row numbers, movable columns, sorted by the
// given column. One place, so the partners, capability, statements and tier tables agree.
#pragma once

#include <QHeaderView>
#include <QTableView>

namespace cs {

inline void setUpRecordTable(QTableView *table, QAbstractItemModel *model, int sortColumn,
    QAbstractItemView::SelectionMode selection = QAbstractItemView::ExtendedSelection)
{
    table->setModel(model);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
}

} // namespace cs
