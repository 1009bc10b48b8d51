#include "report/KpiListing.h"

#include "capability/Tenths.h"
#include "report/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs {

namespace {

constexpr KpiFamily families[] = { KpiFamily::Financial, KpiFamily::Market, KpiFamily::Customer,
    KpiFamily::Operations, KpiFamily::Product };

// Tenths of a point, so the one decimal shown is rounded once, from the exact score.
std::optional<qint64> tenths(const std::optional<Ratio> &score)
{
    if (!score)
        return std::nullopt;
    return divRoundHalfAway(Int128(score->num) * 10, score->den);
}

std::optional<Ratio> familyScore(const PartnerScore &p, KpiFamily family)
{
    for (const FamilyScore &f : p.families)
        if (f.family == family)
            return f.score;
    return std::nullopt;
}

// The scores in column order after code, grade and rank: overall, then each family.
QList<std::optional<qint64>> scoresOf(const PartnerScore &p)
{
    QList<std::optional<qint64>> scores { tenths(p.overall) };
    for (KpiFamily family : families)
        scores << tenths(familyScore(p, family));
    return scores;
}

} // namespace

namespace KpiListing {

QStringList columns()
{
    return { QStringLiteral("partner_code"), QStringLiteral("overall_score"), QStringLiteral("grade"),
        QStringLiteral("rank"), QStringLiteral("financial"), QStringLiteral("market"),
        QStringLiteral("customer"), QStringLiteral("operations"), QStringLiteral("product") };
}

QByteArray csv(const QList<PartnerScore> &scores)
{
    QList<QStringList> table { columns() };
    for (const PartnerScore &p : scores) {
        const auto cell = [](std::optional<qint64> t) {
            return t ? formatTenths(*t) : QString();
        };
        const QList<std::optional<qint64>> s = scoresOf(p);
        QStringList row { p.code, cell(s[0]), p.grade ? codeOf(*p.grade) : QString(),
            p.rankChannel > 0 ? QString::number(p.rankChannel) : QString() };
        for (qsizetype i = 1; i < s.size(); ++i)
            row << cell(s[i]);
        table << row;
    }
    return toCsv(table);
}

QByteArray json(const QList<PartnerScore> &scores)
{
    const QStringList keys = columns();
    QJsonArray array;
    for (const PartnerScore &p : scores) {
        const auto number = [](std::optional<qint64> t) {
            return t ? QJsonValue(formatTenths(*t).toDouble()) : QJsonValue();
        };
        const QList<std::optional<qint64>> s = scoresOf(p);
        QJsonObject o { { keys[0], p.code }, { keys[1], number(s[0]) },
            { keys[2], p.grade ? QJsonValue(codeOf(*p.grade)) : QJsonValue() },
            { keys[3], p.rankChannel > 0 ? QJsonValue(p.rankChannel) : QJsonValue() } };
        for (qsizetype i = 1; i < s.size(); ++i)
            o.insert(keys[3 + i], number(s[i]));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace KpiListing

} // namespace cs
