// Which rows of a tier review the table shows (proposals, promotions, demotions,
// partners a protection rule held, changes confirmed; a current tier, a region,
// words of the code or name), ordered exactly: tiers by rank, the score by its
// fraction, empty cells last.
#pragma once

#include "domain/Partner.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace cs {

class TierReviewModel;
struct TierEvaluation;

class TierFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    // Promotions, demotions and held: among the proposals still to decide.
    enum class Show { Proposals, Promotions, Demotions, Held, Confirmed, All };

    explicit TierFilterModel(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    // The partners whose current tier this is; none: every tier.
    void setTier(std::optional<Tier> tier);
    // Empty: every region.
    void setRegion(const QString &region);
    void setSearchText(const QString &text);

    // Whether the row passes the filters, as a row of the table would.
    bool accepts(const TierEvaluation &evaluation) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const TierReviewModel *table() const;

    Show m_show = Show::Proposals;
    std::optional<Tier> m_tier;
    QString m_region;
    QStringList m_words;
    QCollator m_collator;
};

} // namespace cs
