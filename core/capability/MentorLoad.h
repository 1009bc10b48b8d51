// Each internal mentor (导师) with the partners they look after and how many of
// those are on the watch list: who needs help with their partners.
#pragma once

#include "capability/CapabilityModel.h"

#include <QList>
#include <QString>

namespace cs {

struct MentorLoad {
    QString mentor; // empty: partners nobody mentors yet
    int partners = 0;
    int onWatchList = 0;
    int assessed = 0; // with at least one assessment by the as-of date
};

// Churned partners are not counted: they are no longer cultivated. Sorted by the
// number on the watch list, then partners, most first, then by name; the
// partners without a mentor come last.
QList<MentorLoad> mentorLoads(const CapabilityOverview &overview);

} // namespace cs
