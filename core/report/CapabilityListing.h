// The capability model as the command line and exports give it, one row per partner:
// CSV for people (labels in the UI language), JSON for programs (stable keys and codes).
#pragma once

#include "capability/CapabilityModel.h"
#include "capability/MentorLoad.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cs {

class CapabilityListing {
    Q_DECLARE_TR_FUNCTIONS(cs::CapabilityListing)

public:
    // Scores, composite and gaps with one decimal (rounded half away from zero); empty
    // cells where there is no value. Watch reasons joined with "; ".
    static QByteArray csv(const CapabilityOverview &overview);
    // {"asOf", "benchmark", "benchmarkSource", "benchmarkNote", "channelAverage", "partners": [...]}.
    // Scores are numbers with one decimal, null where there is no value.
    static QByteArray json(const CapabilityOverview &overview);

    // One row per mentor: partners, assessed, on the watch list (mentorLoads() order).
    static QByteArray mentorsCsv(const QList<MentorLoad> &loads);
    static QByteArray mentorsJson(const QList<MentorLoad> &loads);
};

} // namespace cs
