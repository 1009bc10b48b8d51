#include "capability/CapabilityRules.h"

#include "capability/Tenths.h"
#include "storage/Transaction.h"
#include "storage/Workbook.h"

#include <limits>

namespace cs {

namespace {

// Settings keys: stable, and each says the unit of its whole-number value.
const char *const weightKeys[dimensionCount] = { "capability.weight_product", "capability.weight_sales",
    "capability.weight_service" };
const char *const weakKey = "capability.weak_below_tenths";
const char *const dropKey = "capability.drop_at_least_tenths";
const char *const achievementKey = "capability.achievement_below"; // an exact fraction "4/5"
const char *const achievementQuartersKey = "capability.achievement_quarters";
const char *const staleKey = "capability.stale_after_days";
const char *const excellentKey = "capability.excellent_sales_above_fen";
const char *const benchmarkKey = "capability.fixed_benchmark_tenths"; // "87,80,85", empty for none
const char *const growthKey = "capability.growth_from_tenths";
const char *const expertKey = "capability.expert_from_tenths";
const char *const expertCertificationKey = "capability.expert_certification"; // a code
// One key per sub-indicator, "capability.scale_<code>" = "floor,target,weight" in its stored unit.
QString scaleKey(SubIndicator indicator)
{
    return QStringLiteral("capability.scale_") + codeOf(indicator);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// Thresholds, weights and counts: anything outside int is unreadable, not truncated.
std::optional<int> smallNumber(const QString &text)
{
    const auto value = wholeNumber(text);
    if (!value || *value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*value);
}

std::optional<Ratio> fraction(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    const auto num = wholeNumber(parts[0]);
    const auto den = wholeNumber(parts[1]);
    if (!num || !den || *den <= 0)
        return std::nullopt;
    return exactRatio(*num, *den);
}

std::optional<PerDimension<int>> scoreTriple(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != dimensionCount)
        return std::nullopt;
    PerDimension<int> scores {};
    for (int d = 0; d < dimensionCount; ++d) {
        const auto value = smallNumber(parts[d]);
        if (!value)
            return std::nullopt;
        scores[d] = *value;
    }
    return scores;
}

std::optional<SubIndicatorScale> scale(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3)
        return std::nullopt;
    const auto floor = wholeNumber(parts[0]);
    const auto target = wholeNumber(parts[1]);
    const auto weight = smallNumber(parts[2]);
    if (!floor || !target || !weight)
        return std::nullopt;
    return SubIndicatorScale { *floor, *target, *weight };
}

bool isScore(qint64 tenths)
{
    return tenths >= 0 && tenths <= 100;
}

// Reads one stored value into *target, or reports it and leaves the default.
template<typename T, typename Parse>
void read(Workbook &workbook, const char *name, T *target, Parse parse, QStringList *problems)
{
    const QString stored = workbook.setting(key(name));
    if (stored.isNull())
        return;
    if (auto value = parse(stored)) {
        *target = T(*value);
        return;
    }
    if (problems)
        problems->append(
            CapabilityRules::tr("The setting %1 holds “%2”, which cannot be read; the default is used.")
                .arg(key(name), stored));
}

} // namespace

QStringList CapabilityRules::validate() const
{
    QStringList errors;
    bool anyWeight = false;
    for (const Dimension d : allDimensions) {
        const int w = weights[int(d)];
        if (w < 0 || w > 100)
            errors.append(tr("The weight of %1 must be a whole number from 0 to 100.").arg(labelOf(d)));
        anyWeight = anyWeight || w > 0;
    }
    if (!anyWeight)
        errors.append(tr("At least one dimension needs a weight above zero."));
    if (!isScore(weakBelowTenths))
        errors.append(tr("The weak-dimension threshold must be from 0.0 to 10.0."));
    if (dropAtLeastTenths < 1 || dropAtLeastTenths > 100)
        errors.append(tr("The drop threshold must be from 0.1 to 10.0."));
    if (achievementBelow <= Ratio { 0, 1 } || achievementBelow > Ratio { 10, 1 })
        errors.append(tr("The achievement threshold must be above 0 % and at most 1000 %."));
    if (achievementQuarters < 1 || achievementQuarters > 8)
        errors.append(
            tr("The number of consecutive quarters below the achievement threshold must be from 1 to 8."));
    if (staleAfterDays < 1 || staleAfterDays > 3660)
        errors.append(tr("The days without assessment must be from 1 to 3660."));
    if (excellentSalesAbove < Money())
        errors.append(tr("The sales of an excellent partner cannot be negative."));
    if (fixedBenchmarkTenths)
        for (const Dimension d : allDimensions)
            if (!isScore((*fixedBenchmarkTenths)[int(d)]))
                errors.append(tr("The fixed benchmark for %1 must be from 0.0 to 10.0.").arg(labelOf(d)));
    if (!isScore(growthFromTenths) || !isScore(expertFromTenths))
        errors.append(tr("The stage thresholds must be from 0.0 to 10.0."));
    else if (growthFromTenths > expertFromTenths)
        errors.append(tr("The growth stage threshold (%1) cannot be above the expert stage threshold (%2).")
                          .arg(formatTenths(growthFromTenths), formatTenths(expertFromTenths)));
    for (const SubIndicator s : allSubIndicators) {
        const SubIndicatorScale &sc = scales[int(s)];
        const auto top = maximumOf(s).value_or(1'000'000);
        if (sc.floor < 0 || sc.target < 0 || sc.floor > top || sc.target > top)
            errors.append(tr("The floor and target of %1 must be from 0 to %2.")
                              .arg(labelOf(s), formatSubIndicator(s, top)));
        else if (sc.floor == sc.target)
            errors.append(tr("The floor and target of %1 cannot be the same.").arg(labelOf(s)));
        if (sc.weight < 1 || sc.weight > 100)
            errors.append(tr("The weight of %1 must be a whole number from 1 to 100.").arg(labelOf(s)));
    }
    return errors;
}

CapabilityRules CapabilityRules::load(Workbook &workbook, QStringList *problems)
{
    CapabilityRules rules;
    const auto number = [](const QString &text) {
        return smallNumber(text);
    };
    for (int d = 0; d < dimensionCount; ++d)
        read(workbook, weightKeys[d], &rules.weights[d], number, problems);
    read(workbook, weakKey, &rules.weakBelowTenths, number, problems);
    read(workbook, dropKey, &rules.dropAtLeastTenths, number, problems);
    read(workbook, achievementKey, &rules.achievementBelow, fraction, problems);
    read(workbook, achievementQuartersKey, &rules.achievementQuarters, number, problems);
    read(workbook, staleKey, &rules.staleAfterDays, number, problems);
    read(
        workbook, excellentKey, &rules.excellentSalesAbove,
        [](const QString &text) {
            const auto fen = wholeNumber(text);
            return fen ? std::optional<Money>(Money::fromFen(*fen)) : std::nullopt;
        },
        problems);
    const QString benchmark = workbook.setting(key(benchmarkKey));
    if (!benchmark.isEmpty())
        read(workbook, benchmarkKey, &rules.fixedBenchmarkTenths, scoreTriple, problems);
    read(workbook, growthKey, &rules.growthFromTenths, number, problems);
    read(workbook, expertKey, &rules.expertFromTenths, number, problems);
    read(
        workbook, expertCertificationKey, &rules.expertCertification,
        [](const QString &text) { return fromCode<Certification>(text); }, problems);
    for (const SubIndicator s : allSubIndicators) {
        const QByteArray name = scaleKey(s).toLatin1();
        read(workbook, name.constData(), &rules.scales[int(s)], scale, problems);
    }

    const QStringList errors = rules.validate();
    if (errors.isEmpty())
        return rules;
    if (problems) {
        problems->append(errors);
        problems->append(
            tr("The capability rules stored in the workbook cannot be used; the defaults are used."));
    }
    return CapabilityRules();
}

bool CapabilityRules::save(Workbook &workbook, QStringList *errors) const
{
    const QStringList problems = validate();
    if (!problems.isEmpty()) {
        if (errors)
            *errors = problems;
        return false;
    }
    const auto number = [](qint64 value) {
        return QString::number(value);
    };
    Transaction transaction(workbook.database());
    for (int d = 0; d < dimensionCount; ++d)
        workbook.setSetting(key(weightKeys[d]), number(weights[d]));
    workbook.setSetting(key(weakKey), number(weakBelowTenths));
    workbook.setSetting(key(dropKey), number(dropAtLeastTenths));
    workbook.setSetting(
        key(achievementKey), QStringLiteral("%1/%2").arg(achievementBelow.num).arg(achievementBelow.den));
    workbook.setSetting(key(achievementQuartersKey), number(achievementQuarters));
    workbook.setSetting(key(staleKey), number(staleAfterDays));
    workbook.setSetting(key(excellentKey), number(excellentSalesAbove.fen()));
    workbook.setSetting(key(benchmarkKey),
        fixedBenchmarkTenths ? QStringLiteral("%1,%2,%3")
                                   .arg((*fixedBenchmarkTenths)[0])
                                   .arg((*fixedBenchmarkTenths)[1])
                                   .arg((*fixedBenchmarkTenths)[2])
                             : QStringLiteral("")); // not NULL: the column is NOT NULL
    workbook.setSetting(key(growthKey), number(growthFromTenths));
    workbook.setSetting(key(expertKey), number(expertFromTenths));
    workbook.setSetting(key(expertCertificationKey), codeOf(expertCertification));
    for (const SubIndicator s : allSubIndicators) {
        const SubIndicatorScale &sc = scales[int(s)];
        workbook.setSetting(scaleKey(s), QStringLiteral("%1,%2,%3").arg(sc.floor).arg(sc.target).arg(sc.weight));
    }
    transaction.commit();
    return true;
}

} // namespace cs
