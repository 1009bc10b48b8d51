#include "capability/MentorLoad.h"

#include <QHash>

#include <algorithm>

namespace cs {

QList<MentorLoad> mentorLoads(const CapabilityOverview &overview)
{
    QHash<QString, MentorLoad> byMentor;
    for (const PartnerCapability &p : overview.partners) {
        if (p.status == PartnerStatus::Churned)
            continue;
        const QString mentor = p.mentor.trimmed();
        MentorLoad &load = byMentor[mentor];
        load.mentor = mentor;
        ++load.partners;
        load.onWatchList += p.onWatchList() ? 1 : 0;
        load.assessed += p.latest ? 1 : 0;
    }
    QList<MentorLoad> loads = byMentor.values();
    std::sort(loads.begin(), loads.end(), [](const MentorLoad &a, const MentorLoad &b) {
        if (a.mentor.isEmpty() != b.mentor.isEmpty())
            return b.mentor.isEmpty();
        if (a.onWatchList != b.onWatchList)
            return a.onWatchList > b.onWatchList;
        if (a.partners != b.partners)
            return a.partners > b.partners;
        return a.mentor < b.mentor;
    });
    return loads;
}

} // namespace cs
