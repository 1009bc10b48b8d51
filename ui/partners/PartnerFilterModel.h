// Search-as-you-type and the type/region/tier/status filters over the partner
// table, with sorting that follows rank order and Chinese collation.
#pragma once

#include "domain/Partner.h"

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace cs {

class PartnerFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit PartnerFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTypeFilter(std::optional<PartnerType> type);
    void setRegionFilter(const QString &region); // empty: all regions
    void setTierFilter(std::optional<Tier> tier);
    void setStatusFilter(std::optional<PartnerStatus> status);
    // Only these partner codes (a set another view chose, e.g. a dashboard bar); none: all.
    void setCodeFilter(std::optional<QSet<QString>> codes);
    bool hasCodeFilter() const { return m_codes.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QStringList m_words; // the search text split once, not once per row
    std::optional<PartnerType> m_type;
    QString m_region;
    std::optional<Tier> m_tier;
    std::optional<PartnerStatus> m_status;
    std::optional<QSet<QString>> m_codes;
    QCollator m_collator;
};

} // namespace cs
