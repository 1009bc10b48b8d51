#include "incentives/RecordFilterModel.h"

namespace cs {

RecordFilterModel::RecordFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RecordFilterModel::setSearch(const QString &text)
{
    m_search = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void RecordFilterModel::setKey(std::optional<int> key)
{
    m_key = key;
    invalidateFilter();
}

qint64 RecordFilterModel::idAt(int row) const
{
    return index(row, 0).data(IdRole).toLongLong();
}

int RecordFilterModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_key && source->index(sourceRow, 0, sourceParent).data(KeyRole) != QVariant(*m_key))
        return false;
    if (m_words.isEmpty())
        return true;
    QString row;
    for (int column = 0; column < source->columnCount(sourceParent); ++column)
        row += source->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char('\n');
    for (const QString &word : m_words)
        if (!row.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace cs
