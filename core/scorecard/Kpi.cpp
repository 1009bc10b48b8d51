#include "scorecard/Kpi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace cs {

namespace {

struct KpiText {
    Q_DECLARE_TR_FUNCTIONS(cs::Kpi)
};

const Choice<KpiFamily> families[] = {
    { KpiFamily::Financial, "financial", QT_TRANSLATE_NOOP("cs::Choice", "Financial"), u"财务" },
    { KpiFamily::Market, "market", QT_TRANSLATE_NOOP("cs::Choice", "Market"), u"市场" },
    { KpiFamily::Customer, "customer", QT_TRANSLATE_NOOP("cs::Choice", "Customer"), u"客户" },
    { KpiFamily::Operations, "operations", QT_TRANSLATE_NOOP("cs::Choice", "Operations"), u"运营" },
    { KpiFamily::Product, "product", QT_TRANSLATE_NOOP("cs::Choice", "Product"), u"产品" },
};
const Choice<KpiDirection> directions[] = {
    { KpiDirection::HigherIsBetter, "higher", QT_TRANSLATE_NOOP("cs::Choice", "Higher is better"),
        u"越高越好" },
    { KpiDirection::LowerIsBetter, "lower", QT_TRANSLATE_NOOP("cs::Choice", "Lower is better"), u"越低越好" },
};
const Choice<KpiSource> sources[] = {
    { KpiSource::Results, "results", QT_TRANSLATE_NOOP("cs::Choice", "Imported results"), u"季度业绩" },
    { KpiSource::Ledger, "ledger", QT_TRANSLATE_NOOP("cs::Choice", "Sales ledger"), u"销售台账" },
    { KpiSource::Capability, "capability", QT_TRANSLATE_NOOP("cs::Choice", "Capability model"), u"能力模型" },
    { KpiSource::Entered, "entered", QT_TRANSLATE_NOOP("cs::Choice", "Entered per partner"), u"逐个录入" },
};
const Choice<KpiMeasure> measures[] = {
    { KpiMeasure::SalesAchievement, "sales_achievement",
        QT_TRANSLATE_NOOP("cs::Choice", "Sales against target"), u"销售额对目标" },
    { KpiMeasure::CollectionRate, "collection_rate", QT_TRANSLATE_NOOP("cs::Choice", "Collections / sales"),
        u"回款额/销售额" },
    { KpiMeasure::NewCustomers, "new_customers", QT_TRANSLATE_NOOP("cs::Choice", "New customers"),
        u"新客户数" },
    { KpiMeasure::Satisfaction, "satisfaction", QT_TRANSLATE_NOOP("cs::Choice", "Customer satisfaction"),
        u"客户满意度" },
    { KpiMeasure::Visits30d, "visits_30d", QT_TRANSLATE_NOOP("cs::Choice", "30-day visits"),
        u"30天拜访次数" },
    { KpiMeasure::ResponseHours, "response_hours", QT_TRANSLATE_NOOP("cs::Choice", "Service response hours"),
        u"服务响应时长" },
    { KpiMeasure::ProductLineCoverage, "product_line_coverage",
        QT_TRANSLATE_NOOP("cs::Choice", "Product lines sold / all lines"), u"产品线覆盖" },
    { KpiMeasure::NewProductShare, "new_product_share",
        QT_TRANSLATE_NOOP("cs::Choice", "New product's share"), u"新品占比" },
    { KpiMeasure::Entered, "entered", QT_TRANSLATE_NOOP("cs::Choice", "Entered value"), u"录入值" },
};

KpiDefinition kpi(const char *code, const char16_t *zh, const char *en, KpiFamily family, const char *unit,
    KpiDirection direction, KpiSource source, KpiMeasure measure, qint64 weight, std::optional<Ratio> target)
{
    return { QString::fromLatin1(code), QString::fromUtf16(zh), QString::fromLatin1(en), family,
        QString::fromUtf8(unit), direction, source, measure, weight, target, {} };
}

QJsonValue ratioJson(const std::optional<Ratio> &r)
{
    return r ? QJsonValue(QJsonArray { r->num, r->den }) : QJsonValue();
}

std::optional<Ratio> ratioFrom(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || a.at(1).toInteger() <= 0)
        return std::nullopt;
    return Ratio { a.at(0).toInteger(), a.at(1).toInteger() };
}

} // namespace

std::span<const Choice<KpiFamily>> choices(KpiFamily)
{
    return families;
}
std::span<const Choice<KpiDirection>> choices(KpiDirection)
{
    return directions;
}
std::span<const Choice<KpiSource>> choices(KpiSource)
{
    return sources;
}
std::span<const Choice<KpiMeasure>> choices(KpiMeasure)
{
    return measures;
}

QString KpiDefinition::name() const
{
    // The catalogue carries both names: the UI language picks one.
    return QLocale().language() == QLocale::Chinese && !nameZh.isEmpty() ? nameZh : nameEn;
}

const KpiDefinition *KpiCatalogue::byCode(const QString &code) const
{
    for (const KpiDefinition &k : kpis)
        if (k.code == code)
            return &k;
    return nullptr;
}

KpiCatalogue defaultCatalogue()
{
    using F = KpiFamily;
    using D = KpiDirection;
    using S = KpiSource;
    using M = KpiMeasure;
    KpiCatalogue c;
    c.kpis = {
        kpi("sales_achievement", u"销售达成率", "Sales achievement", F::Financial, "%", D::HigherIsBetter,
            S::Results, M::SalesAchievement, 50, std::nullopt),
        kpi("collection_rate", u"回款率", "Collection rate", F::Financial, "%", D::HigherIsBetter, S::Results,
            M::CollectionRate, 30, Ratio { 95, 100 }),
        kpi("profit_margin", u"利润率", "Profit margin", F::Financial, "%", D::HigherIsBetter, S::Entered,
            M::Entered, 20, Ratio { 15, 100 }),
        kpi("new_customers", u"新客户数", "New customers", F::Market, "", D::HigherIsBetter, S::Results,
            M::NewCustomers, 60, Ratio { 5, 1 }),
        kpi("visits_30d", u"30天客户拜访", "30-day customer visits", F::Market, "", D::HigherIsBetter,
            S::Results, M::Visits30d, 40, Ratio { 20, 1 }),
        kpi("satisfaction", u"客户满意度", "Customer satisfaction", F::Customer, "%", D::HigherIsBetter,
            S::Results, M::Satisfaction, 60, Ratio { 90, 100 }),
        kpi("repurchase", u"复购率", "Repurchase rate", F::Customer, "%", D::HigherIsBetter, S::Entered,
            M::Entered, 40, Ratio { 60, 100 }),
        kpi("response_hours", u"服务响应时长", "Service response hours", F::Operations, "h", D::LowerIsBetter,
            S::Capability, M::ResponseHours, 60, Ratio { 24, 1 }),
        kpi("on_time_delivery", u"准时交付率", "On-time delivery", F::Operations, "%", D::HigherIsBetter,
            S::Entered, M::Entered, 40, Ratio { 95, 100 }),
        kpi("product_line_coverage", u"产品线覆盖率", "Product-line coverage", F::Product, "%",
            D::HigherIsBetter, S::Ledger, M::ProductLineCoverage, 50, Ratio { 60, 100 }),
        kpi("new_product_share", u"新品销售占比", "New-product share", F::Product, "%", D::HigherIsBetter,
            S::Ledger, M::NewProductShare, 50, Ratio { 10, 100 }),
    };
    c.kpis.back().productLine = QStringLiteral("云服务");
    c.familyWeights = { 40, 20, 20, 10, 10 };
    return c;
}

QStringList catalogueProblems(const KpiCatalogue &c)
{
    QStringList problems;
    qint64 familySum = 0;
    for (KpiFamily f : allOf<KpiFamily>()) {
        const qint64 weight = c.familyWeight(f);
        familySum += weight;
        if (weight < 0)
            problems << KpiText::tr("The weight of the %1 family cannot be negative.").arg(labelOf(f));
        qint64 sum = 0;
        int count = 0;
        for (const KpiDefinition &k : c.kpis)
            if (k.family == f) {
                sum += k.weight;
                ++count;
            }
        if (count > 0 && sum != 100)
            problems << KpiText::tr("The KPI weights of the %1 family add up to %2, not 100.")
                            .arg(labelOf(f))
                            .arg(sum);
        if (count == 0 && weight > 0)
            problems
                << KpiText::tr("The %1 family has a weight of %2 but no KPI.").arg(labelOf(f)).arg(weight);
    }
    if (familySum != 100)
        problems << KpiText::tr("The family weights add up to %1, not 100.").arg(familySum);
    QSet<QString> codes;
    for (const KpiDefinition &k : c.kpis) {
        const QString name = k.nameEn.isEmpty() ? k.code : k.nameEn;
        if (k.code.trimmed().isEmpty())
            problems << KpiText::tr("Every KPI needs a code.");
        else if (codes.contains(k.code))
            problems << KpiText::tr("The code “%1” is used by more than one KPI.").arg(k.code);
        codes.insert(k.code);
        if (k.nameZh.trimmed().isEmpty() || k.nameEn.trimmed().isEmpty())
            problems << KpiText::tr("KPI “%1” needs a Chinese and an English name.").arg(name);
        if (k.weight < 0)
            problems << KpiText::tr("KPI “%1”: the weight cannot be negative.").arg(name);
        if (k.measure != KpiMeasure::SalesAchievement && !k.target)
            problems << KpiText::tr("KPI “%1” needs a target: its source gives none.").arg(name);
        if (k.target && k.target->num <= 0)
            problems << KpiText::tr("KPI “%1”: the target must be above zero.").arg(name);
        if (k.measure == KpiMeasure::NewProductShare && k.productLine.trimmed().isEmpty())
            problems << KpiText::tr("KPI “%1” needs the product line that counts as new.").arg(name);
    }
    const GradeThresholds &g = c.grades;
    if (!(g.a <= 100 && g.a > g.b && g.b > g.c && g.c >= 0))
        problems << KpiText::tr("Grade thresholds must fall from A to C within 0–100 (now A %1, B %2, C %3).")
                        .arg(g.a)
                        .arg(g.b)
                        .arg(g.c);
    return problems;
}

QByteArray catalogueToJson(const KpiCatalogue &c)
{
    QJsonArray kpis;
    for (const KpiDefinition &k : c.kpis)
        kpis.append(QJsonObject { { u"code"_s, k.code }, { u"zh"_s, k.nameZh }, { u"en"_s, k.nameEn },
            { u"family"_s, codeOf(k.family) }, { u"unit"_s, k.unit }, { u"direction"_s, codeOf(k.direction) },
            { u"source"_s, codeOf(k.source) }, { u"measure"_s, codeOf(k.measure) }, { u"weight"_s, k.weight },
            { u"target"_s, ratioJson(k.target) }, { u"line"_s, k.productLine } });
    QJsonArray weights;
    for (qint64 w : c.familyWeights)
        weights.append(w);
    const QJsonObject o { { u"kpis"_s, kpis }, { u"families"_s, weights },
        { u"grades"_s, QJsonArray { c.grades.a, c.grades.b, c.grades.c } } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool catalogueFromJson(const QByteArray &json, KpiCatalogue *c, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject o = doc.object();
    const QJsonArray weights = o.value(u"families"_s).toArray();
    const QJsonArray grades = o.value(u"grades"_s).toArray();
    const auto fail = [&] {
        if (error)
            *error = KpiText::tr("The stored KPI catalogue is damaged and cannot be read.");
        return false;
    };
    if (!doc.isObject() || weights.size() != 5 || grades.size() != 3)
        return fail();
    KpiCatalogue read;
    for (const QJsonValue v : o.value(u"kpis"_s).toArray()) {
        const QJsonObject k = v.toObject();
        const auto family = fromCode<KpiFamily>(k.value(u"family"_s).toString());
        const auto direction = fromCode<KpiDirection>(k.value(u"direction"_s).toString());
        const auto source = fromCode<KpiSource>(k.value(u"source"_s).toString());
        const auto measure = fromCode<KpiMeasure>(k.value(u"measure"_s).toString());
        if (!family || !direction || !source || !measure)
            return fail();
        read.kpis.append({ k.value(u"code"_s).toString(), k.value(u"zh"_s).toString(),
            k.value(u"en"_s).toString(), *family, k.value(u"unit"_s).toString(), *direction, *source,
            *measure, k.value(u"weight"_s).toInteger(), ratioFrom(k.value(u"target"_s)),
            k.value(u"line"_s).toString() });
    }
    for (qsizetype i = 0; i < 5; ++i)
        read.familyWeights[size_t(i)] = weights.at(i).toInteger();
    read.grades = { grades.at(0).toInteger(), grades.at(1).toInteger(), grades.at(2).toInteger() };
    *c = read;
    return true;
}

} // namespace cs
