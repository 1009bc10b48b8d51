// What puts a partner on the watch list (重点关注名单): the rules, one hit of a
// rule with its reason in words, and the manager's clearance of a hit.
#pragma once

#include "capability/Dimension.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <span>

namespace cs {

enum class WatchRule { WeakDimension, Drop, LowAchievement, Stale, NeverAssessed };
std::span<const Choice<WatchRule>> choices(WatchRule);

struct WatchHit {
    WatchRule rule;
    std::optional<Dimension> dimension; // for WeakDimension and Drop
    QString reason;
    // What the hit rests on: the latest assessment's date, or for low achievement the
    // latest quarter judged; empty for a partner never assessed. A clearance holds
    // until the evidence changes.
    QString evidence = {};
};

// The manager took a partner off the list for one hit, with a note saying why.
struct WatchClearance {
    qint64 id = 0;
    qint64 partnerId = 0;
    WatchRule rule = WatchRule::WeakDimension;
    std::optional<Dimension> dimension;
    QString evidence = {};
    QString reason; // the hit's words when it was cleared
    QString note;
    QDate asOf; // the date the list was looked at
    QDateTime clearedAt; // UTC

    bool matches(const WatchHit &hit) const
    {
        return hit.rule == rule && hit.dimension == dimension && hit.evidence == evidence;
    }
    bool operator==(const WatchClearance &) const = default;
};

} // namespace cs
