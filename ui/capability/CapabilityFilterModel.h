// Search, stage, watch-list and score-band filters over the capability table, with
// numeric sorting on exact values and empty cells last in either direction.
#pragma once

#include "capability/Dimension.h"
#include "domain/Partner.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace cs {

// One whole point of a dimension's scale, as the distribution chart draws it.
struct ScoreBand {
    Dimension dimension = Dimension::Product;
    int band = 0; // 0 … 9: [band, band + 1) points, the last one [9, 10]

    bool operator==(const ScoreBand &) const = default;
};

class CapabilityFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    static constexpr int bandCount = 10;

    explicit CapabilityFilterModel(QObject *parent = nullptr);

    // The band a score in tenths falls in: 40–49 → 4; 100 (a perfect 10.0) → 9.
    static int bandOf(int tenths);

    void setSearchText(const QString &text);
    void setStageFilter(std::optional<Stage> stage);
    void setWatchOnly(bool watchOnly);
    void setBand(std::optional<ScoreBand> band);
    std::optional<ScoreBand> band() const { return m_band; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words; // the search text split once, not once per row
    std::optional<Stage> m_stage;
    bool m_watchOnly = false;
    std::optional<ScoreBand> m_band;
    QCollator m_collator;
};

} // namespace cs
