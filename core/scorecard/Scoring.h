// Scores a quarter's scorecards: each KPI 0–120 from actual against target in its
// direction, family scores with missing KPIs' weight redistributed within the family,
// an overall 0–100 score, a grade, ranks within the channel, tier and region, and the
// change since the previous quarter. Exact fractions throughout; ranks compare exactly.
#pragma once

#include "domain/Partner.h"
#include "domain/Quarter.h"
#include "scorecard/Kpi.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

// A KPI's actual and target for one partner and quarter, in the measure's unit.
struct KpiValue {
    std::optional<Ratio> actual;
    std::optional<Ratio> target; // none: the catalogue's target applies
};

struct PartnerKpiInputs {
    qint64 partnerId = 0;
    QString code;
    QString name;
    QString region;
    std::optional<Tier> tier;
    QHash<QString, KpiValue> values; // by KPI code; absent: no data
};

enum class Grade { A, B, C, D };
std::span<const Choice<Grade>> choices(Grade);

struct KpiScore {
    QString code;
    std::optional<Ratio> actual;
    std::optional<Ratio> target;
    std::optional<Ratio> score; // 0–120; none: missing (no actual, or no usable target)
};

struct FamilyScore {
    KpiFamily family = KpiFamily::Financial;
    std::optional<Ratio> score; // none when every KPI of the family is missing
    qint64 weight = 0; // the catalogue's family weight
    int missing = 0; // KPIs without data, whose weight went to the others
};

struct PartnerScore {
    qint64 partnerId = 0;
    QString code;
    QString name;
    QString region;
    std::optional<Tier> tier;
    QList<KpiScore> kpis; // in catalogue order
    QList<FamilyScore> families; // in KpiFamily order
    std::optional<Ratio> overall; // 0–100; none when no KPI has data
    std::optional<Grade> grade;
    int rankChannel = 0; // 1 = best; ties share a rank (1, 2, 2, 4); 0 without a score
    int rankTier = 0;
    int rankRegion = 0;
    std::optional<Ratio> change; // overall − previous quarter's overall
    // What the card must say about redistribution: "Profit margin has no data; its
    // weight went to the other Financial KPIs."
    QStringList notes;
};

namespace Scoring {

// One KPI's score: 100 × actual / target (higher is better) or 100 × target /
// actual (lower is better), held to 0–120. None when the target is not positive,
// or for lower-is-better an actual of zero scores the cap.
std::optional<Ratio> kpiScore(KpiDirection direction, Ratio actual, Ratio target);

Grade gradeFor(Ratio overall, const GradeThresholds &thresholds);

// Scores every partner of `current`; `previous` (the quarter before, possibly
// empty) gives the change. Sorted by code.
QList<PartnerScore> score(const KpiCatalogue &catalogue, const QList<PartnerKpiInputs> &current,
    const QList<PartnerKpiInputs> &previous = {});

} // namespace Scoring

} // namespace cs
