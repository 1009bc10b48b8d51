#include "report/TierListing.h"

#include "capability/Tenths.h"
#include "incentive/Percent.h"
#include "report/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs {

namespace {

QString tierCode(const std::optional<Tier> &tier)
{
    return tier ? codeOf(*tier) : QString();
}

QString changeCode(const TierEvaluation &e)
{
    if (!e.isChange())
        return {};
    if (!e.inputs.currentTier)
        return QStringLiteral("first_tier");
    return e.isPromotion() ? QStringLiteral("promotion") : QStringLiteral("demotion");
}

QString holdCode(TierHold hold)
{
    switch (hold) {
    case TierHold::None:
        return {};
    case TierHold::FirstYear:
        return QStringLiteral("first_year");
    case TierHold::OneTierDown:
        return QStringLiteral("one_tier_down");
    }
    return {};
}

QString plainValue(const TierEvaluation &e, TierCriterion c)
{
    const std::optional<Ratio> &v = e.criteria[size_t(c)].value;
    if (!v)
        return {};
    switch (c) {
    case TierCriterion::TrailingSales:
    case TierCriterion::BrandInvestment:
        return Money::fromFen(roundHalfAway(*v)).toPlainString();
    case TierCriterion::MarketCoverage:
        return plainRatioPercent(v->num, v->den);
    case TierCriterion::Certification:
        return e.inputs.certification ? codeOf(*e.inputs.certification) : QString();
    case TierCriterion::ServiceCapability:
        return formatOneDecimal(*v);
    }
    return {};
}

QStringList rowOf(const TierEvaluation &e)
{
    QStringList row { e.inputs.code, e.inputs.name, e.inputs.region, tierCode(e.inputs.currentTier),
        codeOf(e.criteriaTier), codeOf(e.proposedTier), changeCode(e), holdCode(e.heldBy),
        formatOneDecimal(e.score) };
    for (TierCriterion c : allTierCriteria)
        row << plainValue(e, c);
    row << e.reason << e.progress.text
        << (e.inputs.confirmedChange ? codeOf(e.inputs.confirmedChange->toTier) : QString());
    return row;
}

} // namespace

namespace TierListing {

QStringList columns()
{
    return { QStringLiteral("partner_code"), QStringLiteral("partner_name"), QStringLiteral("region"),
        QStringLiteral("current_tier"), QStringLiteral("criteria_tier"), QStringLiteral("proposed_tier"),
        QStringLiteral("change"), QStringLiteral("held_by"), QStringLiteral("score"),
        QStringLiteral("trailing_sales"), QStringLiteral("market_coverage"), QStringLiteral("certification"),
        QStringLiteral("service_capability"), QStringLiteral("brand_investment"), QStringLiteral("reason"),
        QStringLiteral("progress"), QStringLiteral("confirmed_tier") };
}

QByteArray csv(const QList<TierEvaluation> &evaluations)
{
    QList<QStringList> table { columns() };
    for (const TierEvaluation &e : evaluations)
        table << rowOf(e);
    return toCsv(table);
}

QByteArray json(const QList<TierEvaluation> &evaluations)
{
    const QStringList keys = columns();
    const qsizetype scoreColumn = keys.indexOf(QStringLiteral("score"));
    QJsonArray array;
    for (const TierEvaluation &e : evaluations) {
        const QStringList row = rowOf(e);
        QJsonObject o;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i == scoreColumn)
                o.insert(keys[i], row[i].toDouble());
            else
                o.insert(keys[i], row[i].isEmpty() ? QJsonValue() : QJsonValue(row[i]));
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace TierListing

} // namespace cs
