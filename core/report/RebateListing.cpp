#include "report/RebateListing.h"

#include "incentive/Percent.h"
#include "report/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace cs {

namespace {

const QStringList columns = { QStringLiteral("partner_code"), QStringLiteral("period"),
    QStringLiteral("target"), QStringLiteral("actual"), QStringLiteral("achievement_pct"),
    QStringLiteral("band_rate_pct"), QStringLiteral("achievement_rebate"), QStringLiteral("growth_rebate"),
    QStringLiteral("special_rebate"), QStringLiteral("cash_discount"), QStringLiteral("mdf"),
    QStringLiteral("penalties"), QStringLiteral("adjustments"), QStringLiteral("total"),
    QStringLiteral("exception") };

void addStatement(RebateRow *row, const PartnerStatement &st)
{
    row->achievement += st.amountOf(Component::Achievement);
    row->growth += st.amountOf(Component::Growth);
    row->special += st.amountOf(Component::Special) + st.amountOf(Component::NewCustomers);
    row->cashDiscount += st.amountOf(Component::CashDiscount);
    row->mdf += st.amountOf(Component::CoFunding);
    row->penalties += st.amountOf(Component::Penalty);
    row->adjustments += st.amountOf(Component::Adjustment);
    row->total += st.total();
    for (StatementException e : st.exceptions)
        if (!row->exceptions.contains(codeOf(e)))
            row->exceptions << codeOf(e);
}

std::optional<Money> plus(std::optional<Money> sum, std::optional<Money> more)
{
    if (!more)
        return sum;
    return sum.value_or(Money()) + *more;
}

QStringList cells(const RebateRow &row)
{
    const auto amount = [](std::optional<Money> m) {
        return m ? m->toPlainString() : QString();
    };
    const bool measurable = row.target && row.sales && *row.target > Money();
    return { row.code, row.period, amount(row.target), amount(row.sales),
        measurable ? plainRatioPercent(row.sales->fen(), row.target->fen()) : QString(),
        row.bandRateBp ? plainRateBp(*row.bandRateBp) : QString(), row.achievement.toPlainString(),
        row.growth.toPlainString(), row.special.toPlainString(), row.cashDiscount.toPlainString(),
        row.mdf.toPlainString(), row.penalties.toPlainString(), row.adjustments.toPlainString(),
        row.total.toPlainString(), row.exceptions.join(QLatin1Char(';')) };
}

} // namespace

namespace RebateListing {

QList<RebateRow> quarterRows(const QList<PartnerStatement> &statements)
{
    QList<RebateRow> rows;
    rows.reserve(statements.size());
    for (const PartnerStatement &st : statements) {
        RebateRow row;
        row.code = st.code;
        row.period = st.quarter.toString();
        row.target = st.target;
        row.sales = st.sales;
        if (const StatementLine *line = st.achievementLine())
            row.bandRateBp = line->rateBp;
        addStatement(&row, st);
        rows << row;
    }
    return rows;
}

QList<RebateRow> yearRows(const QList<QList<PartnerStatement>> &quarters, int year)
{
    QMap<QString, RebateRow> byCode; // sorted by code, as the quarters are
    QMap<QString, int> achievementLines;
    for (const QList<PartnerStatement> &statements : quarters) {
        for (const PartnerStatement &st : statements) {
            RebateRow &row = byCode[st.code];
            row.code = st.code;
            row.period = QString::number(year);
            row.target = plus(row.target, st.target);
            row.sales = plus(row.sales, st.sales);
            if (const StatementLine *line = st.achievementLine()) {
                row.bandRateBp = line->rateBp;
                ++achievementLines[st.code];
            }
            addStatement(&row, st);
        }
    }
    QList<RebateRow> rows;
    for (RebateRow &row : byCode) {
        // Quarterly bands differ from quarter to quarter: a year has one rate only
        // when it was settled once.
        if (achievementLines.value(row.code) != 1)
            row.bandRateBp.reset();
        rows << row;
    }
    return rows;
}

QByteArray csv(const QList<RebateRow> &rows)
{
    QList<QStringList> table { columns };
    for (const RebateRow &row : rows)
        table << cells(row);
    return toCsv(table);
}

QByteArray json(const QList<RebateRow> &rows)
{
    QJsonArray array;
    for (const RebateRow &row : rows) {
        const QStringList values = cells(row);
        QJsonObject o;
        for (qsizetype i = 0; i < columns.size(); ++i)
            o.insert(columns[i], values[i].isEmpty() && i != 0 ? QJsonValue() : QJsonValue(values[i]));
        o.insert(QStringLiteral("exception"), QJsonArray::fromStringList(row.exceptions));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace RebateListing

} // namespace cs
