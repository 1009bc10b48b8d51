#include "partners/PartnerFilterModel.h"

#include "partners/PartnerTableModel.h"

namespace cs {

PartnerFilterModel::PartnerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PartnerTableModel::SortRole);
    // Numeric mode orders HD-2 before HD-10, as people expect of codes.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void PartnerFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter re-runs filterAcceptsRow.
    invalidateFilter();
}

void PartnerFilterModel::setSearchText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void PartnerFilterModel::setTypeFilter(std::optional<PartnerType> type)
{
    m_type = type;
    refilter();
}

void PartnerFilterModel::setRegionFilter(const QString &region)
{
    m_region = region;
    refilter();
}

void PartnerFilterModel::setTierFilter(std::optional<Tier> tier)
{
    m_tier = tier;
    refilter();
}

void PartnerFilterModel::setStatusFilter(std::optional<PartnerStatus> status)
{
    m_status = status;
    refilter();
}

void PartnerFilterModel::setCodeFilter(std::optional<QSet<QString>> codes)
{
    m_codes = std::move(codes);
    refilter();
}

bool PartnerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const PartnerTableModel *>(sourceModel());
    const Partner &p = model->partnerAt(sourceRow);
    if (m_type && p.type != *m_type)
        return false;
    if (!m_region.isEmpty() && p.region != m_region)
        return false;
    if (m_tier && p.tier != m_tier)
        return false;
    if (m_status && p.status != *m_status)
        return false;
    if (m_codes && !m_codes->contains(p.code))
        return false;
    if (m_words.isEmpty())
        return true;
    // Every word must match one of code, name, region or mentor: "华东 王" finds 王's partners in 华东.
    return std::all_of(m_words.cbegin(), m_words.cend(), [&p](const QString &word) {
        return p.code.contains(word, Qt::CaseInsensitive) || p.name.contains(word, Qt::CaseInsensitive)
            || p.region.contains(word, Qt::CaseInsensitive) || p.mentor.contains(word, Qt::CaseInsensitive);
    });
}

bool PartnerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        // Collation sorts Chinese names by pinyin when the UI locale is Chinese.
        return m_collator.compare(l.toString(), r.toString()) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace cs
