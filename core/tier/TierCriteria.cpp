#include "tier/TierCriteria.h"

#include "capability/Tenths.h"
#include "incentive/Percent.h"
#include "money/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace cs {

namespace {

struct TierCriteriaText {
    Q_DECLARE_TR_FUNCTIONS(cs::TierCriteria)
};

const Choice<TierCriterion> criteria[] = {
    { TierCriterion::TrailingSales, "trailing_sales", QT_TRANSLATE_NOOP("cs::Choice", "Trailing sales"),
        u"近四季度销售额" },
    { TierCriterion::MarketCoverage, "market_coverage", QT_TRANSLATE_NOOP("cs::Choice", "Market coverage"),
        u"市场覆盖" },
    { TierCriterion::Certification, "certification", QT_TRANSLATE_NOOP("cs::Choice", "Certification"),
        u"认证等级" },
    { TierCriterion::ServiceCapability, "service_capability",
        QT_TRANSLATE_NOOP("cs::Choice", "Customer service"), u"客户服务力" },
    { TierCriterion::BrandInvestment, "brand_investment", QT_TRANSLATE_NOOP("cs::Choice", "Brand investment"),
        u"品牌投入" },
};

bool isMoney(TierCriterion c)
{
    return c == TierCriterion::TrailingSales || c == TierCriterion::BrandInvestment;
}

Ratio yuan(qint64 amount)
{
    return ratioOf(amount * 100);
}

QJsonValue ratioJson(const std::optional<Ratio> &r)
{
    return r ? QJsonValue(QJsonArray { r->num, r->den }) : QJsonValue();
}

// Reduced, so that a criteria set read back compares equal to the one written.
std::optional<Ratio> ratioFrom(const QJsonValue &v, bool *ok)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || a.at(1).toInteger() <= 0) {
        *ok = false;
        return std::nullopt;
    }
    return exactRatio(a.at(0).toInteger(), a.at(1).toInteger());
}

} // namespace

std::span<const Choice<TierCriterion>> choices(TierCriterion)
{
    return criteria;
}

qint64 TierCriteria::threshold(Tier tier) const
{
    return tier == Tier::Bronze ? 0 : thresholds[static_cast<size_t>(tier)];
}

std::optional<Ratio> TierCriteria::effectiveMinimum(TierCriterion c, Tier tier) const
{
    std::optional<Ratio> least;
    for (int t = static_cast<int>(tier); t < rankedTierCount; ++t) {
        const std::optional<Ratio> &own = rule(c).minimum[size_t(t)];
        if (own && (!least || *own > *least))
            least = own;
    }
    return least;
}

// Tuned on the demo channel's 2026Q3 review (1,900 partners under review): about
// 100 Diamond, 320 Gold, 620 Silver and 860 Bronze, and some 200 proposals, close to
// the tiers the registry holds. Trailing sales carry the most weight, but not all:
// the seeds warn against a single sales figure. Nearly no partner receives MDF, so
// brand investment weighs least.
TierCriteria defaultTierCriteria()
{
    TierCriteria c;
    auto &sales = c.rule(TierCriterion::TrailingSales);
    sales.weight = 40;
    sales.fullMarksAt = yuan(10'000'000);
    sales.minimum = { yuan(10'000'000), yuan(3'000'000), yuan(500'000) };
    auto &coverage = c.rule(TierCriterion::MarketCoverage);
    coverage.weight = 15;
    coverage.fullMarksAt = ratioOf(1); // every line the channel sells
    auto &certification = c.rule(TierCriterion::Certification);
    certification.weight = 15;
    certification.fullMarksAt = ratioOf(3);
    certification.minimum[0] = certificationLevel(Certification::Expert);
    auto &service = c.rule(TierCriterion::ServiceCapability);
    service.weight = 20;
    service.fullMarksAt = ratioOf(9); // the excellent partners' level (DOMAIN.md: 8.7)
    auto &brand = c.rule(TierCriterion::BrandInvestment);
    brand.weight = 10;
    brand.fullMarksAt = yuan(200'000);
    c.certificationPoints = { 0, 40, 70, 100 };
    c.thresholds = { 80, 50, 33 };
    c.noDemotionInFirstYear = true;
    c.atMostOneTierDown = true;
    return c;
}

QStringList tierCriteriaProblems(const TierCriteria &c)
{
    QStringList problems;
    qint64 sum = 0;
    for (TierCriterion criterion : allTierCriteria) {
        const TierCriterionRule &r = c.rule(criterion);
        const QString name = labelOf(criterion);
        sum += r.weight;
        if (r.weight < 0)
            problems << TierCriteriaText::tr("%1: the weight cannot be negative.").arg(name);
        if (criterion != TierCriterion::Certification && r.fullMarksAt.num <= 0)
            problems << TierCriteriaText::tr("%1: full marks must be given at a value above zero.").arg(name);
        for (Tier tier : rankedTiers) {
            const std::optional<Ratio> &minimum = r.minimum[size_t(tier)];
            if (!minimum)
                continue;
            if (minimum->num < 0)
                problems
                    << TierCriteriaText::tr("%1: %2's minimum cannot be negative.").arg(name, labelOf(tier));
            else if (criterion == TierCriterion::Certification && (minimum->den != 1 || minimum->num > 3))
                problems << TierCriteriaText::tr("%1: %2's minimum must be a certification level.")
                                .arg(name, labelOf(tier));
        }
    }
    if (sum != 100)
        problems << TierCriteriaText::tr("The criteria weights add up to %1, not 100.").arg(sum);
    for (qint64 points : c.certificationPoints)
        if (points < 0 || points > 100) {
            problems << TierCriteriaText::tr("Certification points must lie within 0–100.");
            break;
        }
    const auto &t = c.thresholds;
    if (t[0] < 0 || t[1] < 0 || t[2] < 0)
        problems << TierCriteriaText::tr("Tier thresholds cannot be negative.");
    if (!(t[0] <= 100 && t[0] > t[1] && t[1] > t[2]))
        problems << TierCriteriaText::tr("Tier thresholds must fall from Diamond to Silver within 0–100 (now "
                                         "Diamond %1, Gold %2, Silver %3).")
                        .arg(t[0])
                        .arg(t[1])
                        .arg(t[2]);
    return problems;
}

QByteArray tierCriteriaToJson(const TierCriteria &c)
{
    QJsonObject rules;
    for (TierCriterion criterion : allTierCriteria) {
        const TierCriterionRule &r = c.rule(criterion);
        QJsonArray minimum;
        for (const std::optional<Ratio> &m : r.minimum)
            minimum.append(ratioJson(m));
        rules.insert(codeOf(criterion),
            QJsonObject { { u"weight"_s, r.weight }, { u"full"_s, ratioJson(r.fullMarksAt) },
                { u"minimum"_s, minimum } });
    }
    QJsonArray points;
    for (qint64 p : c.certificationPoints)
        points.append(p);
    const QJsonObject o { { u"rules"_s, rules }, { u"certification_points"_s, points },
        { u"thresholds"_s, QJsonArray { c.thresholds[0], c.thresholds[1], c.thresholds[2] } },
        { u"no_demotion_first_year"_s, c.noDemotionInFirstYear },
        { u"at_most_one_down"_s, c.atMostOneTierDown } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool tierCriteriaFromJson(const QByteArray &json, TierCriteria *c, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject o = doc.object();
    const QJsonObject rules = o.value(u"rules"_s).toObject();
    const QJsonArray points = o.value(u"certification_points"_s).toArray();
    const QJsonArray thresholds = o.value(u"thresholds"_s).toArray();
    const QJsonValue firstYear = o.value(u"no_demotion_first_year"_s);
    const QJsonValue oneDown = o.value(u"at_most_one_down"_s);
    const auto fail = [&] {
        if (error)
            *error = TierCriteriaText::tr("The stored tier criteria are damaged and cannot be read.");
        return false;
    };
    if (!doc.isObject() || points.size() != 4 || thresholds.size() != rankedTierCount || !firstYear.isBool()
        || !oneDown.isBool())
        return fail();
    TierCriteria read;
    bool ok = true;
    for (TierCriterion criterion : allTierCriteria) {
        const QJsonObject r = rules.value(codeOf(criterion)).toObject();
        const QJsonArray minimum = r.value(u"minimum"_s).toArray();
        const std::optional<Ratio> full = ratioFrom(r.value(u"full"_s), &ok);
        if (r.isEmpty() || minimum.size() != rankedTierCount || !full)
            return fail();
        TierCriterionRule &rule = read.rule(criterion);
        rule.weight = r.value(u"weight"_s).toInteger();
        rule.fullMarksAt = *full;
        for (int t = 0; t < rankedTierCount; ++t)
            rule.minimum[size_t(t)] = ratioFrom(minimum.at(t), &ok);
    }
    if (!ok)
        return fail();
    for (qsizetype i = 0; i < 4; ++i)
        read.certificationPoints[size_t(i)] = points.at(i).toInteger();
    for (qsizetype i = 0; i < rankedTierCount; ++i)
        read.thresholds[size_t(i)] = thresholds.at(i).toInteger();
    read.noDemotionInFirstYear = firstYear.toBool();
    read.atMostOneTierDown = oneDown.toBool();
    *c = read;
    return true;
}

Ratio certificationLevel(std::optional<Certification> certification)
{
    return ratioOf(certification ? static_cast<qint64>(*certification) + 1 : 0);
}

std::optional<Certification> certificationOfLevel(Ratio level)
{
    if (level.den != 1 || level.num < 1 || level.num > 3)
        return std::nullopt;
    return static_cast<Certification>(level.num - 1);
}

QString formatCriterionValue(TierCriterion criterion, Ratio value)
{
    switch (criterion) {
    case TierCriterion::TrailingSales:
    case TierCriterion::BrandInvestment:
        return Money::fromFen(roundHalfAway(value)).toString();
    case TierCriterion::MarketCoverage:
        return formatRatioPercent(value.num, value.den);
    case TierCriterion::Certification:
        if (const auto certification = certificationOfLevel(value))
            return labelOf(*certification);
        return TierCriteriaText::tr("none");
    case TierCriterion::ServiceCapability:
        return formatOneDecimal(value);
    }
    return {};
}

std::optional<Ratio> parseCriterionValue(TierCriterion criterion, QStringView text, QString *error)
{
    const SheetCell cell { SheetCell::Kind::Text, text.toString(), {} };
    const auto fail = [error](const QString &why) -> std::optional<Ratio> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (isMoney(criterion)) {
        const std::optional<Money> amount = Money::parse(text, error);
        if (!amount)
            return std::nullopt;
        if (*amount < Money())
            return fail(TierCriteriaText::tr("The amount cannot be negative."));
        return ratioOf(amount->fen());
    }
    switch (criterion) {
    case TierCriterion::MarketCoverage: {
        const Parsed<Ratio> share = ValueParsers::parsePercentage(cell);
        if (!share)
            return fail(share.error);
        return exactRatio(share->num, share->den);
    }
    case TierCriterion::Certification: {
        const QStringView t = text.trimmed();
        if (t == u"0")
            return ratioOf(0);
        bool isNumber = false;
        const int level = t.toInt(&isNumber);
        if (isNumber && level >= 1 && level <= 3)
            return ratioOf(level);
        if (const auto certification = parseChoice<Certification>(t))
            return certificationLevel(*certification);
        return fail(
            TierCriteriaText::tr("“%1” is not a certification level: write basic, advanced or expert.")
                .arg(t.toString()));
    }
    case TierCriterion::ServiceCapability: {
        const Parsed<qint32> tenths = ValueParsers::parseScore(cell);
        if (!tenths)
            return fail(tenths.error);
        return exactRatio(*tenths, 10);
    }
    case TierCriterion::TrailingSales:
    case TierCriterion::BrandInvestment:
        break;
    }
    return std::nullopt;
}

QString criterionDescription(TierCriterion criterion)
{
    switch (criterion) {
    case TierCriterion::TrailingSales:
        return TierCriteriaText::tr(
            "Actual sales of the four quarters up to and including the review period.");
    case TierCriterion::MarketCoverage:
        return TierCriteriaText::tr("Product lines the partner sold in those four quarters, out of the lines "
                                    "the whole channel sold in them (sales ledger).");
    case TierCriterion::Certification:
        return TierCriteriaText::tr(
            "The partner's certification level: basic, advanced or expert, each worth its points.");
    case TierCriterion::ServiceCapability:
        return TierCriteriaText::tr(
            "The customer-service score (0–10) of the latest capability assessment up "
            "to the end of the review period.");
    case TierCriterion::BrandInvestment:
        return TierCriteriaText::tr(
            "Market development funds (MDF) paid to the partner for joint marketing in those four quarters.");
    }
    return {};
}

} // namespace cs
