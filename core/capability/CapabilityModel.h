// The capability model of the whole channel at a date: each partner's latest scores,
// composite, trend, stage suggestion, gap to the benchmark and watch-list hits.
#pragma once

#include "capability/CapabilityInputs.h"
#include "capability/CapabilityRules.h"
#include "capability/StageSuggestion.h"
#include "capability/WatchList.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

class Workbook;

// Averages, composite and gaps are exact fractions of tenths (see Tenths.h); round
// with roundHalfAway() only to show them.
using ScoreAverages = PerDimension<Ratio>;

struct ClearedHit {
    WatchHit hit;
    WatchClearance clearance;
};

struct PartnerCapability {
    qint64 partnerId = 0;
    QString code;
    QString name;
    std::optional<Certification> certification;
    PartnerStatus status = PartnerStatus::Active;
    QString mentor;

    std::optional<AssessmentRecord> latest;
    std::optional<AssessmentRecord> previous; // the one before latest
    // The earlier assessment nearest to three months before latest, within 45 days
    // of that day; none when the history has no assessment near it.
    std::optional<AssessmentRecord> threeMonthsEarlier;
    std::optional<Ratio> compositeTenths; // Σ weight × score / Σ weight of latest

    std::optional<PerDimension<int>> changeSincePrevious() const { return change(previous); }
    std::optional<PerDimension<int>> changeSinceThreeMonths() const { return change(threeMonthsEarlier); }

    std::optional<ScoreAverages> gapTenths; // benchmark − latest; none without either
    StageSuggestion stage;
    QList<WatchHit> watch; // hits not cleared; empty for churned partners
    QList<ClearedHit> cleared; // hits the manager cleared, with the clearance
    QStringList notices;

    bool onWatchList() const { return !watch.isEmpty(); }

private:
    std::optional<PerDimension<int>> change(const std::optional<AssessmentRecord> &earlier) const;
};

enum class BenchmarkSource { None, ExcellentPartners, Fixed };

struct CapabilityOverview {
    QDate asOf;
    CapabilityRules rules;
    std::optional<ScoreAverages> benchmark;
    BenchmarkSource benchmarkSource = BenchmarkSource::None;
    int excellentPartners = 0; // assessed excellent partners the benchmark averages
    QString benchmarkNote; // where the benchmark comes from, or why there is none
    std::optional<ScoreAverages> channelAverage; // latest scores of assessed partners not churned
    QList<PartnerCapability> partners; // by code
};

class CapabilityModel {
    Q_DECLARE_TR_FUNCTIONS(cs::CapabilityModel)

public:
    // Churned partners are listed with their scores but stay off the watch list and
    // out of the benchmark and the channel average: they are no longer cultivated.
    static CapabilityOverview compute(
        const QList<PartnerInputs> &partners, QDate asOf, const CapabilityRules &rules);
    static CapabilityOverview compute(Workbook &workbook, QDate asOf, const CapabilityRules &rules);

    // Trailing four quarters' actual sales: the four quarters up to the last one ended by asOf.
    static Money trailingSales(const PartnerInputs &partner, QDate asOf);
};

} // namespace cs
