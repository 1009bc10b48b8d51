#include "capability/CapabilityFilterModel.h"

#include "capability/CapabilityTableModel.h"

#include <algorithm>

namespace cs {

CapabilityFilterModel::CapabilityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CapabilityTableModel::SortRole);
    // Numeric mode orders HD-2 before HD-10, as people expect of codes.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

int CapabilityFilterModel::bandOf(int tenths)
{
    return std::clamp(tenths / 10, 0, bandCount - 1);
}

void CapabilityFilterModel::setSearchText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CapabilityFilterModel::setStageFilter(std::optional<Stage> stage)
{
    m_stage = stage;
    invalidateFilter();
}

void CapabilityFilterModel::setWatchOnly(bool watchOnly)
{
    m_watchOnly = watchOnly;
    invalidateFilter();
}

void CapabilityFilterModel::setBand(std::optional<ScoreBand> band)
{
    m_band = band;
    invalidateFilter();
}

bool CapabilityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const CapabilityTableModel *>(sourceModel());
    const PartnerCapability &p = model->partnerAt(sourceRow);
    if (m_watchOnly && !p.onWatchList())
        return false;
    if (m_stage && p.stage.stage != m_stage)
        return false;
    if (m_band && (!p.latest || bandOf(p.latest->tenths[int(m_band->dimension)]) != m_band->band))
        return false;
    if (m_words.isEmpty())
        return true;
    return std::all_of(m_words.cbegin(), m_words.cend(), [&p](const QString &word) {
        return p.code.contains(word, Qt::CaseInsensitive) || p.name.contains(word, Qt::CaseInsensitive)
            || p.mentor.compare(word, Qt::CaseInsensitive) == 0;
    });
}

bool CapabilityFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // The view reverses the whole order when descending; answering the other way round
    // then keeps partners without a value at the bottom, where nobody reads them as zero.
    if (l.isNull() != r.isNull())
        return l.isNull() == (sortOrder() == Qt::DescendingOrder);
    if (l.isNull())
        return false;
    if (l.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return l.toLongLong() < r.toLongLong();
}

} // namespace cs
