// The watch-list rules (重点关注名单): which of a partner's facts put it on the list,
// each hit with the reason in words the manager can read out in a review meeting.
#pragma once

#include "capability/CapabilityInputs.h"
#include "capability/CapabilityRules.h"
#include "capability/Dimension.h"
#include "capability/WatchEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace cs {

class WatchList {
    Q_DECLARE_TR_FUNCTIONS(cs::WatchList)

public:
    // The hits for one partner as of a date (its inputs already cut at that date).
    // Facts worth saying that are not hits (a quarter without a target, whose
    // achievement cannot count) are appended to *notices.
    static QList<WatchHit> evaluate(
        const PartnerInputs &partner, const CapabilityRules &rules, QDate asOf, QStringList *notices);
};

} // namespace cs
