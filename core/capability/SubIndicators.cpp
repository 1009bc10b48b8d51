#include "capability/SubIndicators.h"

#include "capability/Tenths.h"
#include "money/Money.h"

#include <QStringList>

namespace cs {

namespace {
constexpr Choice<SubIndicator> indicators[] = {
    { SubIndicator::CoreProducts, "core_products", QT_TRANSLATE_NOOP("cs::Choice", "Core products mastered"),
        u"掌握核心产品数" },
    { SubIndicator::ExamScore, "exam_score", QT_TRANSLATE_NOOP("cs::Choice", "Product exam score"),
        u"产品考试成绩" },
    { SubIndicator::Visits, "visits_30d", QT_TRANSLATE_NOOP("cs::Choice", "Customer visits in 30 days"),
        u"30天客户拜访次数" },
    { SubIndicator::Conversion, "conversion", QT_TRANSLATE_NOOP("cs::Choice", "Conversion rate"), u"转化率" },
    { SubIndicator::ResponseHours, "response_hours", QT_TRANSLATE_NOOP("cs::Choice", "Average response time"),
        u"平均响应时长" },
    { SubIndicator::Satisfaction, "satisfaction", QT_TRANSLATE_NOOP("cs::Choice", "Customer satisfaction"),
        u"客户满意度" },
};

// An exact sum of fractions; with two sub-indicators per dimension and values
// far below 2^40 it never comes near Int128's range.
struct Fraction {
    Int128 num = 0;
    Int128 den = 1;
    void add(Int128 n, Int128 d)
    {
        num = num * d + n * den;
        den *= d;
    }
};

// (value − floor) / (target − floor) held to [0, 1], with a positive denominator.
std::pair<Int128, Int128> progress(qint64 value, const SubIndicatorScale &scale)
{
    Int128 n = Int128(value) - scale.floor;
    Int128 d = Int128(scale.target) - scale.floor;
    if (d < 0) {
        n = -n;
        d = -d;
    }
    if (d == 0) // refused by CapabilityRules::validate(); treat as met rather than divide by zero
        return { 1, 1 };
    return { std::clamp<Int128>(n, 0, d), d };
}
} // namespace

std::span<const Choice<SubIndicator>> choices(SubIndicator)
{
    return indicators;
}

Dimension dimensionOf(SubIndicator indicator)
{
    return Dimension(int(indicator) / 2);
}

int decimalsOf(SubIndicator indicator)
{
    return indicator == SubIndicator::CoreProducts || indicator == SubIndicator::Visits ? 0 : 1;
}

bool isPercentage(SubIndicator indicator)
{
    return indicator == SubIndicator::Conversion || indicator == SubIndicator::Satisfaction;
}

std::optional<qint64> maximumOf(SubIndicator indicator)
{
    if (indicator == SubIndicator::ExamScore || isPercentage(indicator))
        return 1000;
    return std::nullopt;
}

QString subIndicatorNumber(SubIndicator indicator, qint64 stored)
{
    return decimalsOf(indicator) == 0 ? QString::number(stored) : formatTenths(stored);
}

QString formatSubIndicator(SubIndicator indicator, qint64 stored)
{
    QString number = subIndicatorNumber(indicator, stored); // not const: returned, so moved
    if (isPercentage(indicator))
        return number + QStringLiteral(" %");
    if (indicator == SubIndicator::ResponseHours)
        return number + QStringLiteral(" h");
    return number;
}

QString unitLabel(SubIndicator indicator)
{
    if (isPercentage(indicator))
        return QStringLiteral("%");
    if (indicator == SubIndicator::ResponseHours)
        return QCoreApplication::translate("cs::SubIndicatorScores", "h");
    if (indicator == SubIndicator::ExamScore)
        return QCoreApplication::translate("cs::SubIndicatorScores", "points");
    return {};
}

PerSubIndicator<SubIndicatorScale> defaultSubIndicatorScales()
{
    return { {
        { 0, 5, 1 }, // core products: the seeds ask for at least 5
        { 0, 1000, 1 }, // exam points in tenths
        { 0, 20, 1 }, // visits in 30 days
        { 0, 300, 1 }, // conversion per mille
        { 480, 40, 1 }, // response hours in tenths: 48 h scores 0, 4 h scores 10
        { 500, 1000, 1 }, // satisfaction per mille
    } };
}

int SubIndicatorScores::scoreTenths(qint64 value, const SubIndicatorScale &scale)
{
    const auto [n, d] = progress(value, scale);
    return int(divRoundHalfAway(n * 100, d));
}

std::optional<int> SubIndicatorScores::derive(
    Dimension dimension, const SubIndicatorValues &values, const PerSubIndicator<SubIndicatorScale> &scales)
{
    Fraction sum;
    Int128 weights = 0;
    for (const SubIndicator s : allSubIndicators) {
        const auto &value = values[int(s)];
        if (dimensionOf(s) != dimension || !value)
            continue;
        const auto [n, d] = progress(*value, scales[int(s)]);
        sum.add(n * 100 * scales[int(s)].weight, d);
        weights += scales[int(s)].weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return int(divRoundHalfAway(sum.num, sum.den * weights));
}

QString SubIndicatorScores::explain(
    Dimension dimension, const SubIndicatorValues &values, const PerSubIndicator<SubIndicatorScale> &scales)
{
    QStringList parts;
    for (const SubIndicator s : allSubIndicators) {
        const auto &value = values[int(s)];
        if (dimensionOf(s) != dimension || !value)
            continue;
        parts.append(tr("%1 %2 → %3")
                         .arg(labelOf(s), formatSubIndicator(s, *value),
                             formatTenths(scoreTenths(*value, scales[int(s)]))));
    }
    return parts.join(tr("; "));
}

} // namespace cs
