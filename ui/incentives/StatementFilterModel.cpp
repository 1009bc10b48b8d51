#include "incentives/StatementFilterModel.h"

#include "SortValues.h"
#include "incentives/StatementTableModel.h"

#include <algorithm>

namespace cs {

StatementFilterModel::StatementFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(codeCollator())
{
    setSortRole(StatementTableModel::SortRole);
}

const StatementTableModel *StatementFilterModel::table() const
{
    return static_cast<const StatementTableModel *>(sourceModel());
}

void StatementFilterModel::setSearchText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void StatementFilterModel::setTier(std::optional<Tier> tier)
{
    m_tier = tier;
    invalidateFilter();
}

void StatementFilterModel::setExceptionsOnly(bool exceptionsOnly)
{
    m_exceptionsOnly = exceptionsOnly;
    invalidateFilter();
}

bool StatementFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const PartnerStatement &s = table()->statementAt(sourceRow);
    if (m_exceptionsOnly && !s.isException())
        return false;
    if (m_tier && s.tier != m_tier)
        return false;
    return codeOrNameHasAll(m_words, s.code, s.name);
}

bool StatementFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The view reverses the whole order when descending; answering the other way round
    // then keeps rows without a value at the bottom, where nobody reads them as zero.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (left.column() == StatementTableModel::AchievementPercent) {
        const auto l = StatementTableModel::achievementOf(table()->statementAt(left.row()));
        const auto r = StatementTableModel::achievementOf(table()->statementAt(right.row()));
        if (l.has_value() != r.has_value())
            return !l.has_value() == descending;
        // Denominators are positive targets, so cross-multiplying keeps the order exact.
        return l && l->first * r->second < r->first * l->second;
    }
    return sortValueLess(left.data(sortRole()), right.data(sortRole()), m_collator, sortOrder());
}

} // namespace cs
