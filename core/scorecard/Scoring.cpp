#include "scorecard/Scoring.h"

#include "capability/Tenths.h" // exactRatio

#include <QCoreApplication>

#include <algorithm>

namespace cs {

namespace {

struct ScoringText {
    Q_DECLARE_TR_FUNCTIONS(cs::Scoring)
};

const Choice<Grade> grades[] = {
    { Grade::A, "A", QT_TRANSLATE_NOOP("cs::Choice", "A"), u"A" },
    { Grade::B, "B", QT_TRANSLATE_NOOP("cs::Choice", "B"), u"B" },
    { Grade::C, "C", QT_TRANSLATE_NOOP("cs::Choice", "C"), u"C" },
    { Grade::D, "D", QT_TRANSLATE_NOOP("cs::Choice", "D"), u"D" },
};

// KPI scores are kept to a ten-thousandth of a point. A sales achievement's exact
// score has the target in fen as its denominator; summing several of those across
// families would outgrow any integer, while four decimals decide nothing a person
// could see and keep families, overall and ranks exact from there on.
constexpr qint64 scoreScale = 10000;

Ratio clampScore(Int128 num, Int128 den)
{
    if (num <= 0)
        return ratioOf(0);
    if (num >= 120 * den)
        return ratioOf(120);
    return exactRatio(divRoundHalfAway(num * scoreScale, den), scoreScale);
}

Int128 gcd128(Int128 a, Int128 b)
{
    if (a < 0)
        a = -a;
    while (b != 0) {
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// Σ weight·score / Σ weight over the scores there are; none when none has weight.
// Denominators stay small (they divide scoreScale times products of weights), so
// the running sum is reduced as it goes and fits easily in 128 bits.
std::optional<Ratio> weighted(const QList<std::pair<qint64, Ratio>> &parts)
{
    Int128 num = 0;
    Int128 den = 1;
    Int128 weights = 0;
    for (const auto &[weight, score] : parts) {
        num = num * score.den + Int128(weight) * score.num * den;
        den *= score.den;
        const Int128 g = gcd128(num, den);
        if (g > 1) {
            num /= g;
            den /= g;
        }
        weights += weight;
    }
    if (weights == 0)
        return std::nullopt;
    return exactRatio(num, den * weights);
}

QString joinedNames(const QStringList &names)
{
    return names.join(ScoringText::tr(", "));
}

// Competition ranking (1, 2, 2, 4) of the partners in `group` by overall score.
void rank(QList<PartnerScore *> group, int PartnerScore::*field)
{
    std::sort(group.begin(), group.end(),
        [](const PartnerScore *a, const PartnerScore *b) { return *a->overall > *b->overall; });
    for (qsizetype i = 0; i < group.size(); ++i)
        group[i]->*field =
            (i > 0 && *group[i]->overall == *group[i - 1]->overall) ? group[i - 1]->*field : int(i) + 1;
}

PartnerScore scoreOne(const KpiCatalogue &catalogue, const PartnerKpiInputs &in)
{
    PartnerScore ps;
    ps.partnerId = in.partnerId;
    ps.code = in.code;
    ps.name = in.name;
    ps.region = in.region;
    ps.tier = in.tier;
    QList<std::pair<qint64, Ratio>> familyParts;
    QStringList emptyFamilies;
    for (KpiFamily family : allOf<KpiFamily>()) {
        FamilyScore fs;
        fs.family = family;
        fs.weight = catalogue.familyWeight(family);
        QList<std::pair<qint64, Ratio>> parts;
        QStringList missing;
        for (const KpiDefinition &def : catalogue.kpis) {
            if (def.family != family)
                continue;
            const KpiValue value = in.values.value(def.code);
            KpiScore ks;
            ks.code = def.code;
            ks.actual = value.actual;
            ks.target = value.target ? value.target : def.target;
            if (ks.actual && ks.target)
                ks.score = Scoring::kpiScore(def.direction, *ks.actual, *ks.target);
            if (ks.score)
                parts.append({ def.weight, *ks.score });
            else
                missing << def.name();
            ps.kpis.append(ks);
        }
        fs.missing = int(missing.size());
        fs.score = weighted(parts);
        if (fs.score && fs.weight > 0)
            familyParts.append({ fs.weight, *fs.score });
        if (!missing.isEmpty() && fs.score)
            ps.notes << ScoringText::tr(
                "%1 has no data; its weight went to the other %2 KPIs.", "", fs.missing)
                            .arg(joinedNames(missing), labelOf(family));
        else if (!missing.isEmpty() && fs.weight > 0)
            emptyFamilies << labelOf(family);
        ps.families.append(fs);
    }
    if (!emptyFamilies.isEmpty() && !familyParts.isEmpty())
        ps.notes << ScoringText::tr(
            "No KPI of %1 has data; its weight went to the other families.", "", int(emptyFamilies.size()))
                        .arg(joinedNames(emptyFamilies));
    if (const std::optional<Ratio> overall = weighted(familyParts)) {
        ps.overall = std::min(*overall, ratioOf(100)); // KPIs may reach 120; the overall stops at 100
        ps.grade = Scoring::gradeFor(*ps.overall, catalogue.grades);
    }
    return ps;
}

} // namespace

std::span<const Choice<Grade>> choices(Grade)
{
    return grades;
}

namespace Scoring {

std::optional<Ratio> kpiScore(KpiDirection direction, Ratio actual, Ratio target)
{
    if (target.num <= 0 || target.den <= 0 || actual.den <= 0)
        return std::nullopt;
    if (direction == KpiDirection::HigherIsBetter)
        return clampScore(Int128(100) * actual.num * target.den, Int128(actual.den) * target.num);
    if (actual.num <= 0)
        return ratioOf(120); // nothing to wait for: as good as it gets
    return clampScore(Int128(100) * target.num * actual.den, Int128(target.den) * actual.num);
}

Grade gradeFor(Ratio overall, const GradeThresholds &t)
{
    if (overall >= ratioOf(t.a))
        return Grade::A;
    if (overall >= ratioOf(t.b))
        return Grade::B;
    if (overall >= ratioOf(t.c))
        return Grade::C;
    return Grade::D;
}

QList<PartnerScore> score(const KpiCatalogue &catalogue, const QList<PartnerKpiInputs> &current,
    const QList<PartnerKpiInputs> &previous)
{
    QList<PartnerScore> scores;
    scores.reserve(current.size());
    for (const PartnerKpiInputs &in : current)
        scores.append(scoreOne(catalogue, in));
    std::sort(scores.begin(), scores.end(),
        [](const PartnerScore &a, const PartnerScore &b) { return a.code < b.code; });

    QHash<qint64, Ratio> before;
    for (const PartnerKpiInputs &in : previous)
        if (const std::optional<Ratio> overall = scoreOne(catalogue, in).overall)
            before.insert(in.partnerId, *overall);

    QList<PartnerScore *> channel;
    QHash<int, QList<PartnerScore *>> byTier; // -1: no tier
    QHash<QString, QList<PartnerScore *>> byRegion;
    for (PartnerScore &ps : scores) {
        if (!ps.overall)
            continue;
        if (const auto it = before.constFind(ps.partnerId); it != before.cend())
            ps.change = *ps.overall - *it;
        channel.append(&ps);
        byTier[ps.tier ? int(*ps.tier) : -1].append(&ps);
        byRegion[ps.region].append(&ps);
    }
    rank(channel, &PartnerScore::rankChannel);
    for (const QList<PartnerScore *> &group : std::as_const(byTier))
        rank(group, &PartnerScore::rankTier);
    for (const QList<PartnerScore *> &group : std::as_const(byRegion))
        rank(group, &PartnerScore::rankRegion);
    return scores;
}

} // namespace Scoring

} // namespace cs
