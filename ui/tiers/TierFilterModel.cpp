#include "tiers/TierFilterModel.h"

#include "SortValues.h"
#include "tiers/TierReviewModel.h"

#include <algorithm>

namespace cs {

TierFilterModel::TierFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(codeCollator())
{
    setSortRole(TierReviewModel::SortRole);
}

const TierReviewModel *TierFilterModel::table() const
{
    return static_cast<const TierReviewModel *>(sourceModel());
}

void TierFilterModel::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

void TierFilterModel::setTier(std::optional<Tier> tier)
{
    m_tier = tier;
    invalidateFilter();
}

void TierFilterModel::setRegion(const QString &region)
{
    m_region = region;
    invalidateFilter();
}

void TierFilterModel::setSearchText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool TierFilterModel::accepts(const TierEvaluation &e) const
{
    switch (m_show) {
    case Show::Proposals:
        if (!e.isChange())
            return false;
        break;
    case Show::Promotions:
        if (!e.isChange() || !e.isPromotion())
            return false;
        break;
    case Show::Demotions:
        if (!e.isChange() || !e.isDemotion())
            return false;
        break;
    case Show::Held:
        if (e.isConfirmed() || e.heldBy == TierHold::None)
            return false;
        break;
    case Show::Confirmed:
        if (!e.isConfirmed())
            return false;
        break;
    case Show::All:
        break;
    }
    if (m_tier && e.currentTier() != m_tier)
        return false;
    if (!m_region.isEmpty() && e.inputs.region != m_region)
        return false;
    return codeOrNameHasAll(m_words, e.inputs.code, e.inputs.name);
}

bool TierFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return accepts(table()->evaluationAt(sourceRow));
}

bool TierFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == TierReviewModel::Score) {
        // Exact: two scores that show the same one decimal still keep their order.
        return table()->evaluationAt(left.row()).score < table()->evaluationAt(right.row()).score;
    }
    return sortValueLess(left.data(sortRole()), right.data(sortRole()), m_collator, sortOrder());
}

} // namespace cs
