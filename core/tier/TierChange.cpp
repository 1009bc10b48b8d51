#include "tier/TierChange.h"

namespace cs {

std::optional<Tier> tierInEffect(
    const QList<TierChange> &changes, Quarter quarter, std::optional<Tier> registryTier)
{
    if (changes.isEmpty())
        return registryTier;
    const TierChange *last = nullptr;
    for (const TierChange &c : changes) {
        if (c.effectiveFrom > quarter)
            break;
        last = &c;
    }
    // Before the first change the partner had what that change started from, which
    // the registry no longer shows. From the latest change on, the registry holds its
    // tier, and also a correction the manager made by hand in the partner editor since.
    if (!last)
        return changes.constFirst().fromTier;
    return last == &changes.constLast() ? registryTier : std::optional<Tier>(last->toTier);
}

} // namespace cs
