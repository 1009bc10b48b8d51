#include "capability/CapabilityInputs.h"

#include "storage/AssessmentRepository.h"
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

QList<PartnerInputs> CapabilityInputs::load(
    Workbook &workbook, QDate asOf, const PerSubIndicator<SubIndicatorScale> &scales, qint64 onlyPartner)
{
    // One partner when asked: the condition is left out otherwise rather than written
    // "? = 0 OR partner_id = ?", which SQLite cannot answer from the partner index.
    const auto onlyThat = [onlyPartner](const char *column) {
        return onlyPartner == 0 ? QString()
                                : QStringLiteral(" AND %1 = %2").arg(QLatin1String(column)).arg(onlyPartner);
    };
    QList<PartnerInputs> partners;
    QHash<qint64, qsizetype> indexById;
    // sql::run reads forward-only: each query returns up to tens of thousands of rows, read once.
    QSqlQuery p = sql::run(workbook.database(),
        QStringLiteral("SELECT id, code, name, certification, status, mentor FROM partners WHERE 1%1 "
                       "ORDER BY code")
            .arg(onlyThat("id")));
    while (p.next()) {
        PartnerInputs partner;
        partner.id = p.value(0).toLongLong();
        partner.code = p.value(1).toString();
        partner.name = p.value(2).toString();
        if (!p.value(3).isNull())
            partner.certification = fromCode<Certification>(p.value(3).toString());
        partner.status = fromCode<PartnerStatus>(p.value(4).toString()).value_or(PartnerStatus::Active);
        partner.mentor = p.value(5).toString();
        indexById.insert(partner.id, partners.size());
        partners.append(std::move(partner));
    }

    // ISO dates and "YYYYQn" quarters sort as text in time order, so the bounds are text comparisons.
    // Sub-indicators are read only for rows that leave a score to them.
    QString subColumns;
    for (const SubIndicator s : allSubIndicators)
        subColumns += QStringLiteral(", ") + codeOf(s);
    QSqlQuery a = sql::run(workbook.database(),
        QStringLiteral("SELECT partner_id, id, date, product, sales, service%1 FROM assessments "
                       "WHERE date <= ?%2 ORDER BY partner_id, date")
            .arg(subColumns, onlyThat("partner_id")),
        { asOf.toString(Qt::ISODate) });
    while (a.next()) {
        const auto index = indexById.constFind(a.value(0).toLongLong());
        if (index == indexById.constEnd())
            continue;
        Assessment stored;
        bool derives = false;
        for (int d = 0; d < dimensionCount; ++d) {
            if (a.value(3 + d).isNull())
                derives = true;
            else
                stored.entered[d] = a.value(3 + d).toInt();
        }
        if (derives)
            for (int s = 0; s < subIndicatorCount; ++s)
                if (!a.value(6 + s).isNull())
                    stored.subIndicators[s] = a.value(6 + s).toLongLong();
        const EffectiveScores scores = Assessments::effective(stored, scales);
        partners[*index].assessments.append({ a.value(1).toLongLong(),
            QDate::fromString(a.value(2).toString(), Qt::ISODate), scores.tenths, scores.source });
    }

    QSqlQuery r = sql::run(workbook.database(),
        QStringLiteral("SELECT partner_id, quarter, sales_target, actual_sales FROM results "
                       "WHERE quarter <= ?%1 ORDER BY partner_id, quarter")
            .arg(onlyThat("partner_id")),
        { lastClosedQuarter(asOf).toString() });
    while (r.next()) {
        const auto index = indexById.constFind(r.value(0).toLongLong());
        const auto quarter = Quarter::parse(r.value(1).toString());
        if (index == indexById.constEnd() || !quarter)
            continue;
        partners[*index].results.append(
            { *quarter, Money::fromFen(r.value(2).toLongLong()), Money::fromFen(r.value(3).toLongLong()) });
    }

    QSqlQuery c = sql::run(workbook.database(),
        QStringLiteral("SELECT %1 FROM watch_clearances WHERE 1%2 ORDER BY partner_id, cleared_at, id")
            .arg(clearanceColumns(), onlyThat("partner_id")));
    while (c.next()) {
        const auto index = indexById.constFind(c.value(0).toLongLong());
        const auto rule = fromCode<WatchRule>(c.value(2).toString());
        if (index == indexById.constEnd() || !rule)
            continue;
        partners[*index].clearances.append(clearanceFromRow(c));
    }
    return partners;
}

QString CapabilityInputs::clearanceColumns()
{
    return QStringLiteral("partner_id, id, rule, dimension, evidence, reason, note, as_of, cleared_at");
}

WatchClearance CapabilityInputs::clearanceFromRow(const QSqlQuery &c)
{
    WatchClearance clearance;
    clearance.partnerId = c.value(0).toLongLong();
    clearance.id = c.value(1).toLongLong();
    clearance.rule = fromCode<WatchRule>(c.value(2).toString()).value_or(WatchRule::WeakDimension);
    clearance.dimension = fromCode<Dimension>(c.value(3).toString());
    clearance.evidence = c.value(4).toString();
    clearance.reason = c.value(5).toString();
    clearance.note = c.value(6).toString();
    clearance.asOf = QDate::fromString(c.value(7).toString(), Qt::ISODate);
    clearance.clearedAt = QDateTime::fromString(c.value(8).toString(), Qt::ISODateWithMs);
    return clearance;
}

QList<AssessmentRecord> CapabilityInputs::history(
    Workbook &workbook, qint64 partnerId, const PerSubIndicator<SubIndicatorScale> &scales)
{
    QList<AssessmentRecord> records;
    for (const Assessment &a : AssessmentRepository(workbook).forPartner(partnerId)) {
        const EffectiveScores scores = Assessments::effective(a, scales);
        records.append({ a.id, a.date, scores.tenths, scores.source });
    }
    return records;
}

} // namespace cs
