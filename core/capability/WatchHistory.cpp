#include "capability/WatchHistory.h"

#include "capability/WatchList.h"

#include <QMap>

#include <algorithm>

namespace cs {

namespace {

// The partner as it stood on `day`: what a look at the list that day would have read.
PartnerInputs asItStood(const PartnerInputs &partner, QDate day)
{
    PartnerInputs cut = partner;
    cut.assessments.clear();
    for (const AssessmentRecord &a : partner.assessments)
        if (a.date <= day)
            cut.assessments.append(a);
    cut.results.clear();
    for (const ResultRecord &r : partner.results)
        if (r.quarter.lastDay() <= day)
            cut.results.append(r);
    return cut;
}

// Every day the list could change for this partner, up to asOf.
QList<QDate> eventDays(const PartnerInputs &partner, const CapabilityRules &rules, QDate asOf)
{
    QList<QDate> days { asOf };
    for (qsizetype i = 0; i < partner.assessments.size(); ++i) {
        const QDate date = partner.assessments[i].date;
        days.append(date);
        const QDate overdue = date.addDays(rules.staleAfterDays + 1);
        const bool supersededFirst =
            i + 1 < partner.assessments.size() && partner.assessments[i + 1].date <= overdue;
        if (!supersededFirst && overdue <= asOf)
            days.append(overdue);
    }
    for (const ResultRecord &r : partner.results)
        days.append(r.quarter.lastDay());
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    while (!days.isEmpty() && days.back() > asOf)
        days.removeLast();
    return days;
}

} // namespace

QList<WatchPeriod> watchHistory(const PartnerInputs &partner, const CapabilityRules &rules, QDate asOf)
{
    QList<WatchPeriod> periods;
    QMap<std::pair<int, int>, qsizetype> open; // (rule, dimension or -1) → index into periods
    for (const QDate day : eventDays(partner, rules, asOf)) {
        const QList<WatchHit> hits = WatchList::evaluate(asItStood(partner, day), rules, day, nullptr);
        QMap<std::pair<int, int>, qsizetype> stillOpen;
        for (const WatchHit &hit : hits) {
            if (hit.rule == WatchRule::NeverAssessed)
                continue;
            const std::pair key { int(hit.rule), hit.dimension ? int(*hit.dimension) : -1 };
            qsizetype index = open.value(key, -1);
            if (index < 0) {
                index = periods.size();
                periods.append({ hit.rule, hit.dimension, day, QDate(), hit.reason });
            }
            periods[index].reason = hit.reason;
            stillOpen.insert(key, index);
        }
        for (auto it = open.cbegin(); it != open.cend(); ++it)
            if (!stillOpen.contains(it.key()))
                periods[it.value()].to = day;
        open = stillOpen;
    }
    return periods;
}

} // namespace cs
