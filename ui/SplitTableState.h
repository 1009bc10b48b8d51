// A view of a table beside a detail pane remembers its split and its columns (order,
// widths, sort) under one settings prefix, so it reopens as the user left it.
#pragma once

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QString>
#include <QTableView>

namespace cs {

inline void saveSplitTableState(const QString &prefix, const QSplitter *splitter, const QTableView *table)
{
    QSettings settings;
    settings.setValue(prefix + QStringLiteral("/splitter"), splitter->saveState());
    settings.setValue(prefix + QStringLiteral("/header"), table->horizontalHeader()->saveState());
}

// The header keeps the sort indicator but not the sort itself: sort again by it.
inline void restoreSplitTableState(const QString &prefix, QSplitter *splitter, QTableView *table)
{
    QSettings settings;
    splitter->restoreState(settings.value(prefix + QStringLiteral("/splitter")).toByteArray());
    QHeaderView *header = table->horizontalHeader();
    if (header->restoreState(settings.value(prefix + QStringLiteral("/header")).toByteArray()))
        table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace cs
