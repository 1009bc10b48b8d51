// A confirmed tier change as the history keeps it, and the rule that says which
// tier is in effect in a quarter: a change counts from the quarter after its review.
#pragma once

#include "domain/Partner.h"
#include "domain/Quarter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cs {

struct TierChange {
    qint64 id = 0; // 0 until stored
    qint64 partnerId = 0;
    Quarter reviewPeriod; // the quarter whose review proposed it
    Quarter effectiveFrom; // reviewPeriod.next(): incentives and co-funding from then on
    std::optional<Tier> fromTier; // none: the partner had no tier before
    Tier toTier = Tier::Bronze;
    QString reason;
    QString confirmedBy;
    QDateTime confirmedAt; // UTC

    bool operator==(const TierChange &) const = default;
};

// The tier in effect in `quarter`, from one partner's changes ordered by
// effectiveFrom (then id): `registryTier` (partners.tier) when there are no changes
// or the latest is effective by then — confirming sets the registry to its toTier,
// and a later hand correction in the partner editor counts from then on; the
// toTier of the last change effective on or before the quarter for earlier ones;
// before every change, the fromTier of the first (what the partner had before it).
std::optional<Tier> tierInEffect(
    const QList<TierChange> &changes, Quarter quarter, std::optional<Tier> registryTier);

} // namespace cs
