#include "incentive/Policy.h"

#include "incentive/Percent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cs {

namespace {

const Choice<RebateMode> rebateModes[] = {
    { RebateMode::WholeAmount, "whole", QT_TRANSLATE_NOOP("cs::Choice", "Whole amount"), u"全额" },
    { RebateMode::Progressive, "progressive", QT_TRANSLATE_NOOP("cs::Choice", "Progressive"), u"累进" },
};
const Choice<Cadence> cadences[] = {
    { Cadence::Quarterly, "quarterly", QT_TRANSLATE_NOOP("cs::Choice", "Quarterly"), u"按季度" },
    { Cadence::Annual, "annual", QT_TRANSLATE_NOOP("cs::Choice", "Annual"), u"按年度" },
};
const Choice<PenaltyKind> penaltyKinds[] = {
    { PenaltyKind::CrossRegion, "cross_region", QT_TRANSLATE_NOOP("cs::Choice", "Cross-region selling"),
        u"串货" },
    { PenaltyKind::MinimumPrice, "minimum_price", QT_TRANSLATE_NOOP("cs::Choice", "Minimum-price breach"),
        u"最低限价" },
    { PenaltyKind::Other, "other", QT_TRANSLATE_NOOP("cs::Choice", "Other violation"), u"其他违规" },
};

struct PolicyText {
    Q_DECLARE_TR_FUNCTIONS(cs::Policy)
};

bool isRate(qint64 bp)
{
    return bp >= 0 && bp <= bpPerWhole;
}

QJsonArray bandsToJson(const Bands &bands)
{
    QJsonArray array;
    for (const Band &b : bands) {
        QJsonObject o { { u"from"_s, b.fromBp }, { u"rate"_s, b.rateBp } };
        if (b.toBp)
            o.insert(u"to"_s, *b.toBp);
        array.append(o);
    }
    return array;
}

Bands bandsFromJson(const QJsonArray &array)
{
    Bands bands;
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        Band b { o.value(u"from"_s).toInteger(), std::nullopt, o.value(u"rate"_s).toInteger() };
        if (o.contains(u"to"_s))
            b.toBp = o.value(u"to"_s).toInteger();
        bands.append(b);
    }
    return bands;
}

void prefixed(QStringList *out, const QString &part, const QStringList &problems)
{
    for (const QString &p : problems)
        out->append(PolicyText::tr("%1: %2").arg(part, p));
}

} // namespace

std::span<const Choice<RebateMode>> choices(RebateMode)
{
    return rebateModes;
}

std::span<const Choice<Cadence>> choices(Cadence)
{
    return cadences;
}

std::span<const Choice<PenaltyKind>> choices(PenaltyKind)
{
    return penaltyKinds;
}

const PenaltyRule *IncentivePolicy::penaltyRule(PenaltyKind kind) const
{
    for (const PenaltyRule &rule : penalties)
        if (rule.kind == kind)
            return &rule;
    return nullptr;
}

bool IncentivePolicy::sameRules(const IncentivePolicy &o) const
{
    return achievementBands == o.achievementBands && mode == o.mode && cadence == o.cadence
        && growthBands == o.growthBands && specials == o.specials && newCustomerBonus == o.newCustomerBonus
        && cashDiscountBp == o.cashDiscountBp && coFundingBp == o.coFundingBp && penalties == o.penalties
        && quarterlyBudget == o.quarterlyBudget;
}

IncentivePolicy defaultPolicy(Quarter effectiveFrom)
{
    IncentivePolicy p;
    p.effectiveFrom = effectiveFrom;
    p.achievementBands = {
        { 8000, 9000, 200 },
        { 9000, 10000, 300 },
        { 10000, 12000, 500 },
        { 12000, std::nullopt, 800 },
    };
    p.growthBands = {
        { 1000, 2000, 100 },
        { 2000, std::nullopt, 200 },
    };
    p.newCustomerBonus = Money::fromFen(500'00);
    p.cashDiscountBp = 200;
    p.coFundingBp = { 7000, 5000, 4000, 3000 };
    p.penalties = {
        { PenaltyKind::CrossRegion, Money(), 5000 },
        { PenaltyKind::MinimumPrice, Money::fromFen(5'000'00), 0 },
        { PenaltyKind::Other, Money(), 0 },
    };
    p.quarterlyBudget = Money::fromFen(5'000'000'00);
    return p;
}

QStringList policyProblems(const IncentivePolicy &p)
{
    QStringList problems;
    if (!p.effectiveFrom.isValid())
        problems << PolicyText::tr("The policy needs the quarter it takes effect from.");
    if (p.achievementBands.isEmpty())
        problems << PolicyText::tr("Achievement bands: add at least one band.");
    else if (p.achievementBands.front().fromBp < 0)
        problems << PolicyText::tr(
            "Achievement bands: achievement cannot be below 0 %, so band 1 cannot start below it.");
    prefixed(&problems, PolicyText::tr("Achievement bands"), bandProblems(p.achievementBands));
    if (!p.achievementBands.isEmpty() && p.achievementBands.back().toBp)
        problems << PolicyText::tr(
            "Achievement bands: the last band needs no upper bound, or achievement above "
            "it would earn nothing.");
    if (p.cadence == Cadence::Annual && p.effectiveFrom.isValid() && p.effectiveFrom.quarter() != 1)
        problems << PolicyText::tr(
            "An annual policy must take effect from a first quarter, so that the whole "
            "year is settled under it.");
    prefixed(&problems, PolicyText::tr("Growth bands"), bandProblems(p.growthBands));
    for (qsizetype i = 0; i < p.specials.size(); ++i) {
        const SpecialRebate &s = p.specials[i];
        const QString part = PolicyText::tr("Special rebate %1").arg(i + 1);
        if (s.productLine.trimmed().isEmpty())
            problems << PolicyText::tr("%1: name the product line it pays on.").arg(part);
        if (!s.from.isValid() || !s.to.isValid())
            problems << PolicyText::tr("%1: give the first and the last day of its window.").arg(part);
        else if (s.to < s.from)
            problems << PolicyText::tr("%1: the window ends before it starts.").arg(part);
        if (!isRate(s.rateBp))
            problems
                << PolicyText::tr("%1: the rate %2 is outside 0–100 %.").arg(part, formatRateBp(s.rateBp));
    }
    if (p.newCustomerBonus < Money())
        problems << PolicyText::tr("The bonus per new customer cannot be negative.");
    if (!isRate(p.cashDiscountBp))
        problems
            << PolicyText::tr("The cash discount %1 is outside 0–100 %.").arg(formatRateBp(p.cashDiscountBp));
    for (Tier tier : allOf<Tier>())
        if (!isRate(p.coFundingFor(tier)))
            problems << PolicyText::tr("The co-funding share of %1 is outside 0–100 %.").arg(labelOf(tier));
    for (const PenaltyRule &rule : p.penalties) {
        if (rule.fixed < Money())
            problems
                << PolicyText::tr("Penalty “%1”: the amount cannot be negative.").arg(labelOf(rule.kind));
        if (!isRate(rule.forfeitBp))
            problems << PolicyText::tr("Penalty “%1”: the forfeited share is outside 0–100 %.")
                            .arg(labelOf(rule.kind));
    }
    if (p.quarterlyBudget < Money())
        problems << PolicyText::tr("The quarterly budget cannot be negative.");
    return problems;
}

QByteArray policyRulesToJson(const IncentivePolicy &p)
{
    QJsonArray specials;
    for (const SpecialRebate &s : p.specials)
        specials.append(
            QJsonObject { { u"line"_s, s.productLine }, { u"from"_s, s.from.toString(Qt::ISODate) },
                { u"to"_s, s.to.toString(Qt::ISODate) }, { u"rate"_s, s.rateBp } });
    QJsonArray coFunding;
    for (qint64 bp : p.coFundingBp)
        coFunding.append(bp);
    QJsonArray penalties;
    for (const PenaltyRule &r : p.penalties)
        penalties.append(QJsonObject {
            { u"kind"_s, codeOf(r.kind) }, { u"fixed"_s, r.fixed.fen() }, { u"forfeit"_s, r.forfeitBp } });
    const QJsonObject o {
        { u"achievement"_s, bandsToJson(p.achievementBands) },
        { u"mode"_s, codeOf(p.mode) },
        { u"cadence"_s, codeOf(p.cadence) },
        { u"growth"_s, bandsToJson(p.growthBands) },
        { u"specials"_s, specials },
        { u"newCustomerBonus"_s, p.newCustomerBonus.fen() },
        { u"cashDiscount"_s, p.cashDiscountBp },
        { u"coFunding"_s, coFunding },
        { u"penalties"_s, penalties },
        { u"budget"_s, p.quarterlyBudget.fen() },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool policyRulesFromJson(const QByteArray &json, IncentivePolicy *p, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const auto mode = fromCode<RebateMode>(doc.object().value(u"mode"_s).toString());
    const auto cadence = fromCode<Cadence>(doc.object().value(u"cadence"_s).toString());
    if (!doc.isObject() || !mode || !cadence) {
        if (error)
            *error = PolicyText::tr("The stored policy is damaged and cannot be read.");
        return false;
    }
    const QJsonObject o = doc.object();
    p->achievementBands = bandsFromJson(o.value(u"achievement"_s).toArray());
    p->mode = *mode;
    p->cadence = *cadence;
    p->growthBands = bandsFromJson(o.value(u"growth"_s).toArray());
    p->specials.clear();
    for (const QJsonValue v : o.value(u"specials"_s).toArray()) {
        const QJsonObject s = v.toObject();
        p->specials.append({ s.value(u"line"_s).toString(),
            QDate::fromString(s.value(u"from"_s).toString(), Qt::ISODate),
            QDate::fromString(s.value(u"to"_s).toString(), Qt::ISODate), s.value(u"rate"_s).toInteger() });
    }
    p->newCustomerBonus = Money::fromFen(o.value(u"newCustomerBonus"_s).toInteger());
    p->cashDiscountBp = o.value(u"cashDiscount"_s).toInteger();
    const QJsonArray coFunding = o.value(u"coFunding"_s).toArray();
    for (size_t i = 0; i < p->coFundingBp.size(); ++i)
        p->coFundingBp[i] = coFunding.at(qsizetype(i)).toInteger();
    p->penalties.clear();
    for (const QJsonValue v : o.value(u"penalties"_s).toArray()) {
        const QJsonObject r = v.toObject();
        if (const auto kind = fromCode<PenaltyKind>(r.value(u"kind"_s).toString()))
            p->penalties.append({ *kind, Money::fromFen(r.value(u"fixed"_s).toInteger()),
                r.value(u"forfeit"_s).toInteger() });
    }
    p->quarterlyBudget = Money::fromFen(o.value(u"budget"_s).toInteger());
    return true;
}

PolicyHistory::PolicyHistory(QList<IncentivePolicy> versions)
    : m_versions(std::move(versions))
{
    std::stable_sort(
        m_versions.begin(), m_versions.end(), [](const IncentivePolicy &a, const IncentivePolicy &b) {
            return a.effectiveFrom != b.effectiveFrom ? a.effectiveFrom < b.effectiveFrom : a.id < b.id;
        });
}

const IncentivePolicy *PolicyHistory::inForce(Quarter quarter) const
{
    const IncentivePolicy *found = nullptr;
    for (const IncentivePolicy &p : m_versions)
        if (!(quarter < p.effectiveFrom))
            found = &p;
    return found;
}

const IncentivePolicy *PolicyHistory::byId(qint64 id) const
{
    for (const IncentivePolicy &p : m_versions)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace cs
