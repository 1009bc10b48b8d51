#include "capability/CapabilityModel.h"

#include "capability/Tenths.h"

#include <cstdlib>
#include <limits>

namespace cs {

namespace {

// How far from "three months before the latest" an assessment may be and still stand
// for it: half a quarter, so a monthly history always has one and a fortnight's does not.
constexpr qint64 threeMonthTolerance = 45;

std::optional<AssessmentRecord> nearestThreeMonthsEarlier(const QList<AssessmentRecord> &history)
{
    const QDate target = history.back().date.addMonths(-3);
    std::optional<AssessmentRecord> best;
    qint64 bestDistance = threeMonthTolerance + 1;
    for (qsizetype i = 0; i + 1 < history.size(); ++i) {
        const qint64 distance = std::abs(history[i].date.daysTo(target));
        // Strictly nearer wins, so of two equally near the earlier (seen first) stays.
        if (distance < bestDistance) {
            best = history[i];
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<Ratio> composite(const AssessmentRecord &latest, const PerDimension<int> &weights)
{
    Int128 weighted = 0;
    Int128 total = 0;
    for (int d = 0; d < dimensionCount; ++d) {
        weighted += Int128(weights[d]) * latest.tenths[d];
        total += weights[d];
    }
    if (total == 0)
        return std::nullopt; // rules with all weights zero are refused by validate(); never divide
    return exactRatio(weighted, total);
}

// Sums of latest scores over a set of partners, averaged exactly.
struct Accumulator {
    PerDimension<Int128> sums {};
    int count = 0;

    void add(const AssessmentRecord &record)
    {
        for (int d = 0; d < dimensionCount; ++d)
            sums[d] += record.tenths[d];
        ++count;
    }
    std::optional<ScoreAverages> average() const
    {
        if (count == 0)
            return std::nullopt;
        ScoreAverages result;
        for (int d = 0; d < dimensionCount; ++d)
            result[d] = exactRatio(sums[d], count);
        return result;
    }
};

PartnerCapability derive(const PartnerInputs &in, QDate asOf, const CapabilityRules &rules)
{
    PartnerCapability out;
    out.partnerId = in.id;
    out.code = in.code;
    out.name = in.name;
    out.certification = in.certification;
    out.status = in.status;
    out.mentor = in.mentor;
    if (!in.assessments.isEmpty()) {
        out.latest = in.assessments.back();
        if (in.assessments.size() > 1)
            out.previous = in.assessments[in.assessments.size() - 2];
        out.threeMonthsEarlier = nearestThreeMonthsEarlier(in.assessments);
        out.compositeTenths = composite(*out.latest, rules.weights);
    }
    out.stage = StageSuggestion::suggest(out.compositeTenths, in.certification, rules);
    if (in.status == PartnerStatus::Churned)
        return out;
    // The latest clearance of a hit decides: clearing twice keeps the newer note.
    for (WatchHit &hit : WatchList::evaluate(in, rules, asOf, &out.notices)) {
        const auto clearance = std::find_if(in.clearances.crbegin(), in.clearances.crend(),
            [&](const WatchClearance &c) { return c.matches(hit); });
        if (clearance == in.clearances.crend())
            out.watch.append(std::move(hit));
        else
            out.cleared.append({ std::move(hit), *clearance });
    }
    return out;
}

} // namespace

std::optional<PerDimension<int>> PartnerCapability::change(
    const std::optional<AssessmentRecord> &earlier) const
{
    if (!latest || !earlier)
        return std::nullopt;
    PerDimension<int> delta;
    for (int d = 0; d < dimensionCount; ++d)
        delta[d] = latest->tenths[d] - earlier->tenths[d];
    return delta;
}

Money CapabilityModel::trailingSales(const PartnerInputs &partner, QDate asOf)
{
    const Quarter last = CapabilityInputs::lastClosedQuarter(asOf);
    const Quarter first = last.previous().previous().previous();
    Int128 fen = 0;
    for (const ResultRecord &r : partner.results)
        if (r.quarter >= first && r.quarter <= last)
            fen += r.actual.fen();
    // Four quarters of non-negative qint64 amounts could in theory exceed qint64; saturate.
    constexpr Int128 maximum = std::numeric_limits<qint64>::max();
    return Money::fromFen(static_cast<qint64>(fen > maximum ? maximum : fen));
}

CapabilityOverview CapabilityModel::compute(
    const QList<PartnerInputs> &partners, QDate asOf, const CapabilityRules &rules)
{
    CapabilityOverview overview;
    overview.asOf = asOf;
    overview.rules = rules;
    overview.partners.reserve(partners.size());

    Accumulator channel;
    Accumulator excellent;
    int excellentUnassessed = 0;
    for (const PartnerInputs &in : partners) {
        overview.partners.append(derive(in, asOf, rules));
        if (in.status == PartnerStatus::Churned)
            continue;
        const bool isExcellent = trailingSales(in, asOf) > rules.excellentSalesAbove;
        if (in.assessments.isEmpty()) {
            excellentUnassessed += isExcellent ? 1 : 0;
            continue;
        }
        channel.add(in.assessments.back());
        if (isExcellent)
            excellent.add(in.assessments.back());
    }
    overview.channelAverage = channel.average();

    const QString threshold = overview.rules.excellentSalesAbove.toString();
    if (rules.fixedBenchmarkTenths) {
        ScoreAverages fixed;
        for (int d = 0; d < dimensionCount; ++d)
            fixed[d] = ratioOf((*rules.fixedBenchmarkTenths)[d]);
        overview.benchmark = fixed;
        overview.benchmarkSource = BenchmarkSource::Fixed;
        overview.benchmarkNote = tr("The benchmark is the fixed one set in the rules.");
    } else if (const auto average = excellent.average()) {
        overview.benchmark = average;
        overview.benchmarkSource = BenchmarkSource::ExcellentPartners;
        overview.excellentPartners = excellent.count;
        overview.benchmarkNote = tr("The benchmark averages the latest scores of %n excellent partner(s), "
                                    "whose sales over the four quarters to %1 exceed %2.",
            "", excellent.count)
                                     .arg(CapabilityInputs::lastClosedQuarter(asOf).label(), threshold);
    } else if (excellentUnassessed > 0) {
        overview.benchmarkNote = tr("No benchmark: the %n excellent partner(s) have no assessment by %1. "
                                    "Assess them or set a fixed benchmark.",
            "", excellentUnassessed)
                                     .arg(asOf.toString(Qt::ISODate));
    } else {
        overview.benchmarkNote =
            tr("No benchmark: no partner's sales over the four quarters to %1 exceed %2. "
               "Lower the threshold or set a fixed benchmark.")
                .arg(CapabilityInputs::lastClosedQuarter(asOf).label(), threshold);
    }

    if (overview.benchmark)
        for (PartnerCapability &p : overview.partners) {
            if (!p.latest)
                continue;
            ScoreAverages gap;
            for (int d = 0; d < dimensionCount; ++d)
                gap[d] = (*overview.benchmark)[d] - ratioOf(p.latest->tenths[d]);
            p.gapTenths = gap;
        }
    return overview;
}

CapabilityOverview CapabilityModel::compute(Workbook &workbook, QDate asOf, const CapabilityRules &rules)
{
    return compute(CapabilityInputs::load(workbook, asOf, rules.scales), asOf, rules);
}

} // namespace cs
