// Reads which tier a partner had in a quarter from the tier_changes history, for
// one partner or the whole channel at once: settlement, co-funding and scorecards
// use the tier in effect in the quarter, never the registry's latest.
#pragma once

#include "tier/TierChange.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cs {

class TierHistory {
public:
    explicit TierHistory(QSqlDatabase &db);

    // The partner's changes, oldest effective first (then in the order confirmed).
    QList<TierChange> changes(qint64 partnerId) const;
    // Every partner's changes in one query, keyed by partner id, each oldest first.
    // Partners without changes are absent.
    QHash<qint64, QList<TierChange>> allChanges() const;

    // The tier in effect in the quarter (tierInEffect()); none for a partner
    // without a tier then, or one no longer in the workbook.
    std::optional<Tier> tierAt(qint64 partnerId, Quarter quarter) const;
    // Every partner's tier in effect in the quarter, with two set-wide queries;
    // partners without a tier then map to none.
    QHash<qint64, std::optional<Tier>> tiersAt(Quarter quarter) const;

private:
    QSqlDatabase &m_db;
};

} // namespace cs
