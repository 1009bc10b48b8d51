#include "capability/CapabilityInputs.h"

#include "storage/Sql.h"
#include "storage/Workbook.h"

#include <QHash>
#include <QSqlQuery>

namespace cs {

Quarter CapabilityInputs::lastClosedQuarter(QDate asOf)
{
    const Quarter current = Quarter::containing(asOf);
    return asOf == current.lastDay() ? current : current.previous();
}

QList<PartnerInputs> CapabilityInputs::load(Workbook &workbook, QDate asOf)
{
    QList<PartnerInputs> partners;
    QHash<qint64, qsizetype> indexById;
    // sql::run reads forward-only: each query returns up to tens of thousands of rows, read once.
    QSqlQuery p = sql::run(workbook.database(),
        QStringLiteral("SELECT id, code, name, certification, status FROM partners ORDER BY code"));
    while (p.next()) {
        PartnerInputs partner;
        partner.id = p.value(0).toLongLong();
        partner.code = p.value(1).toString();
        partner.name = p.value(2).toString();
        if (!p.value(3).isNull())
            partner.certification = fromCode<Certification>(p.value(3).toString());
        partner.status = fromCode<PartnerStatus>(p.value(4).toString()).value_or(PartnerStatus::Active);
        indexById.insert(partner.id, partners.size());
        partners.append(std::move(partner));
    }

    // ISO dates and "YYYYQn" quarters sort as text in time order, so the bounds are text comparisons.
    QSqlQuery a = sql::run(workbook.database(),
        QStringLiteral("SELECT partner_id, date, product, sales, service FROM assessments "
                       "WHERE date <= ? ORDER BY partner_id, date"),
        { asOf.toString(Qt::ISODate) });
    while (a.next()) {
        const auto index = indexById.constFind(a.value(0).toLongLong());
        if (index == indexById.constEnd())
            continue;
        AssessmentRecord record;
        record.date = QDate::fromString(a.value(1).toString(), Qt::ISODate);
        for (int d = 0; d < dimensionCount; ++d)
            record.tenths[d] = a.value(2 + d).toInt();
        partners[*index].assessments.append(record);
    }

    QSqlQuery r = sql::run(workbook.database(),
        QStringLiteral("SELECT partner_id, quarter, sales_target, actual_sales FROM results "
                       "WHERE quarter <= ? ORDER BY partner_id, quarter"),
        { lastClosedQuarter(asOf).toString() });
    while (r.next()) {
        const auto index = indexById.constFind(r.value(0).toLongLong());
        const auto quarter = Quarter::parse(r.value(1).toString());
        if (index == indexById.constEnd() || !quarter)
            continue;
        partners[*index].results.append(
            { *quarter, Money::fromFen(r.value(2).toLongLong()), Money::fromFen(r.value(3).toLongLong()) });
    }
    return partners;
}

} // namespace cs
