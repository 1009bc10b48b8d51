#include "storage/ScorecardStore.h"

#include "capability/Tenths.h"
#include "storage/Sql.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/TierHistory.h"
#include "storage/Transaction.h"
#include "storage/Workbook.h"

#include <QSet>

#include <algorithm>

namespace cs {

namespace {

struct QuarterResult {
    qint64 target = 0;
    qint64 sales = 0;
    std::optional<qint64> collections;
    std::optional<qint64> newCustomers;
    std::optional<Ratio> satisfaction;
    std::optional<qint64> visits;
};

// What one partner's KPIs are computed from, gathered by the set-wide queries.
struct PartnerFacts {
    std::optional<QuarterResult> result;
    std::optional<qint64> responseTenths;
    QHash<QString, qint64> lineSales; // fen by product line, lines with sales only
    qint64 ledgerTotal = 0;
    QHash<QString, KpiValue> entered;
};

std::optional<qint64> optionalInt(const Statement &s, int column)
{
    return s.columnIsNull(column) ? std::nullopt : std::optional<qint64>(s.columnInt(column));
}

std::optional<Ratio> optionalRatio(const Statement &s, int numColumn)
{
    if (s.columnIsNull(numColumn) || s.columnIsNull(numColumn + 1) || s.columnInt(numColumn + 1) <= 0)
        return std::nullopt;
    return exactRatio(s.columnInt(numColumn), s.columnInt(numColumn + 1));
}

QVariant numOf(const std::optional<Ratio> &r)
{
    return r ? QVariant(r->num) : QVariant();
}

QVariant denOf(const std::optional<Ratio> &r)
{
    return r ? QVariant(r->den) : QVariant();
}

// Partners with their results of the quarter in one join: results is indexed by
// (partner_id, quarter), so this costs one lookup per partner.
void readPartners(QSqlDatabase &db, Quarter quarter, QList<PartnerKpiInputs> *partners,
    QList<PartnerFacts> *facts, QHash<qint64, qsizetype> *indexById)
{
    Statement s(db,
        "SELECT p.id, p.code, p.name, p.region, p.tier, p.status, p.join_date, r.partner_id, r.sales_target, "
        "r.actual_sales, r.collections, r.new_customers, r.satisfaction_num, r.satisfaction_den, "
        "r.visits_30d "
        "FROM partners p LEFT JOIN results r ON r.partner_id = p.id AND r.quarter = ?");
    s.bind(1, quarter.toString());
    // Stored dates are ISO text, which orders as the dates do.
    const QString lastDay = quarter.lastDay().toString(Qt::ISODate);
    const QString churned = codeOf(PartnerStatus::Churned);
    while (s.step()) {
        const bool hasResult = !s.columnIsNull(7);
        // As settlement decides who gets a statement: a churned or not-yet-joined
        // partner still gets a card for a quarter it reported results for.
        const bool expected = s.columnText(5) != churned && (s.columnIsNull(6) || s.columnText(6) <= lastDay);
        if (!hasResult && !expected)
            continue;
        PartnerKpiInputs p;
        p.partnerId = s.columnInt(0);
        p.code = s.columnText(1);
        p.name = s.columnText(2);
        p.region = s.columnText(3);
        if (!s.columnIsNull(4))
            p.tier = fromCode<Tier>(s.columnText(4));
        PartnerFacts f;
        if (hasResult) {
            QuarterResult r;
            r.target = s.columnInt(8);
            r.sales = s.columnInt(9);
            r.collections = optionalInt(s, 10);
            r.newCustomers = optionalInt(s, 11);
            r.satisfaction = optionalRatio(s, 12);
            r.visits = optionalInt(s, 14);
            f.result = r;
        }
        indexById->insert(p.partnerId, partners->size());
        partners->append(std::move(p));
        facts->append(std::move(f));
    }
}

// SQLite takes the bare column from the row that gave max(date): the latest
// assessment with response hours, per partner, in one pass.
void readResponseHours(
    QSqlDatabase &db, Quarter quarter, QList<PartnerFacts> *facts, const QHash<qint64, qsizetype> &indexById)
{
    Statement s(db,
        "SELECT partner_id, response_hours, max(date) FROM assessments "
        "WHERE response_hours IS NOT NULL AND date <= ? GROUP BY partner_id");
    s.bind(1, quarter.lastDay().toString(Qt::ISODate));
    while (s.step()) {
        const auto index = indexById.constFind(s.columnInt(0));
        if (index != indexById.cend())
            (*facts)[*index].responseTenths = s.columnInt(1);
    }
}

// Returns the number of product lines the channel sold in the quarter. Every
// partner's lines count there, churned ones too: coverage measures against what the
// channel sells, not against whoever is scored.
qsizetype readLedger(
    QSqlDatabase &db, Quarter quarter, QList<PartnerFacts> *facts, const QHash<qint64, qsizetype> &indexById)
{
    Statement s(
        db, "SELECT partner_id, product_line, amount FROM ledger_totals WHERE quarter = ? AND amount > 0");
    s.bind(1, quarter.toString());
    QSet<QString> channelLines;
    while (s.step()) {
        const QString line = s.columnText(1);
        channelLines.insert(line);
        const auto index = indexById.constFind(s.columnInt(0));
        if (index == indexById.cend())
            continue;
        PartnerFacts &f = (*facts)[*index];
        f.lineSales[line] += s.columnInt(2);
        f.ledgerTotal += s.columnInt(2);
    }
    return channelLines.size();
}

void readEntries(
    QSqlDatabase &db, Quarter quarter, QList<PartnerFacts> *facts, const QHash<qint64, qsizetype> &indexById)
{
    Statement s(db,
        "SELECT partner_id, kpi_code, actual_num, actual_den, target_num, target_den FROM kpi_entries "
        "WHERE quarter = ?");
    s.bind(1, quarter.toString());
    while (s.step()) {
        const auto index = indexById.constFind(s.columnInt(0));
        if (index != indexById.cend())
            (*facts)[*index].entered.insert(
                s.columnText(1), KpiValue { optionalRatio(s, 2), optionalRatio(s, 4) });
    }
}

KpiValue valueOf(const KpiDefinition &kpi, const PartnerFacts &f, qsizetype channelLines)
{
    const std::optional<QuarterResult> &r = f.result;
    switch (kpi.measure) {
    case KpiMeasure::SalesAchievement:
        if (r)
            return { ratioOf(r->sales), ratioOf(r->target) };
        break;
    case KpiMeasure::CollectionRate:
        if (r && r->collections && r->sales > 0)
            return { exactRatio(*r->collections, r->sales), std::nullopt };
        break;
    case KpiMeasure::NewCustomers:
        if (r && r->newCustomers)
            return { ratioOf(*r->newCustomers), std::nullopt };
        break;
    case KpiMeasure::Satisfaction:
        if (r && r->satisfaction)
            return { r->satisfaction, std::nullopt };
        break;
    case KpiMeasure::Visits30d:
        if (r && r->visits)
            return { ratioOf(*r->visits), std::nullopt };
        break;
    case KpiMeasure::ResponseHours:
        if (f.responseTenths)
            return { exactRatio(*f.responseTenths, 10), std::nullopt };
        break;
    // A partner without ledger lines is missing, not at zero: its sales may simply
    // not be in the imported ledger, and the card then says the KPI has no data.
    case KpiMeasure::ProductLineCoverage:
        if (f.ledgerTotal > 0 && channelLines > 0)
            return { exactRatio(f.lineSales.size(), channelLines), std::nullopt };
        break;
    case KpiMeasure::NewProductShare:
        if (f.ledgerTotal > 0 && !kpi.productLine.isEmpty())
            return { exactRatio(f.lineSales.value(kpi.productLine), f.ledgerTotal), std::nullopt };
        break;
    case KpiMeasure::Entered:
        return f.entered.value(kpi.code);
    }
    return {};
}

} // namespace

ScorecardStore::ScorecardStore(Workbook &workbook)
    : m_workbook(workbook)
{
}

KpiCatalogue ScorecardStore::catalogue(QStringList *problems) const
{
    const QString stored = m_workbook.setting(catalogueKey());
    if (stored.isEmpty())
        return defaultCatalogue();
    KpiCatalogue catalogue;
    QString error;
    if (!catalogueFromJson(stored.toUtf8(), &catalogue, &error)) {
        if (problems)
            problems->append(
                tr("The KPI catalogue in the workbook is damaged (%1); the default catalogue is used until "
                   "one is saved again.")
                    .arg(error));
        return defaultCatalogue();
    }
    // Saving refuses such a catalogue, so only an edited file gets here; scoring
    // with weights that do not add up would mislead more than the defaults do.
    if (const QStringList unusable = catalogueProblems(catalogue); !unusable.isEmpty()) {
        if (problems)
            problems->append(tr("The KPI catalogue in the workbook cannot be used (%1); the default "
                                "catalogue is used until one is saved again.")
                                 .arg(unusable.join(QLatin1Char(' '))));
        return defaultCatalogue();
    }
    return catalogue;
}

void ScorecardStore::saveCatalogue(const KpiCatalogue &catalogue)
{
    if (const QStringList problems = catalogueProblems(catalogue); !problems.isEmpty())
        throw StorageError(tr("The KPI catalogue was not saved: %1").arg(problems.join(QLatin1Char(' '))));
    m_workbook.setSetting(catalogueKey(), QString::fromUtf8(catalogueToJson(catalogue)));
}

void ScorecardStore::setEntry(qint64 partnerId, Quarter quarter, const QString &kpiCode,
    std::optional<Ratio> actual, std::optional<Ratio> target)
{
    if (!actual && !target) {
        removeEntry(partnerId, quarter, kpiCode);
        return;
    }
    if (kpiCode.trimmed().isEmpty())
        throw StorageError(tr("A KPI value needs the code of its KPI."));
    if ((actual && actual->den <= 0) || (target && target->den <= 0))
        throw StorageError(tr("A KPI value must be a fraction with a positive denominator."));
    if (!quarter.isValid())
        throw StorageError(tr("A KPI value needs a quarter."));
    QSqlDatabase &db = m_workbook.database();
    // Asked first so the message names the problem instead of a foreign key.
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM partners WHERE id = ?"), { partnerId }).isValid())
        throw StorageError(tr("The partner is no longer in the workbook."));
    if (actual)
        actual = exactRatio(actual->num, actual->den);
    if (target)
        target = exactRatio(target->num, target->den);
    sql::run(db,
        QStringLiteral("INSERT INTO kpi_entries (partner_id, quarter, kpi_code, actual_num, actual_den, "
                       "target_num, target_den, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (partner_id, quarter, kpi_code) DO UPDATE SET "
                       "actual_num = excluded.actual_num, actual_den = excluded.actual_den, "
                       "target_num = excluded.target_num, target_den = excluded.target_den, "
                       "updated_at = excluded.updated_at"),
        { partnerId, quarter.toString(), kpiCode, numOf(actual), denOf(actual), numOf(target), denOf(target),
            sql::storedNow() });
}

void ScorecardStore::removeEntry(qint64 partnerId, Quarter quarter, const QString &kpiCode)
{
    sql::run(m_workbook.database(),
        QStringLiteral("DELETE FROM kpi_entries WHERE partner_id = ? AND quarter = ? AND kpi_code = ?"),
        { partnerId, quarter.toString(), kpiCode });
}

void ScorecardStore::setEntries(qint64 partnerId, Quarter quarter, const QHash<QString, KpiValue> &values)
{
    Transaction transaction(m_workbook.database());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        setEntry(partnerId, quarter, it.key(), it->actual, it->target);
    transaction.commit();
}

QHash<QString, KpiValue> ScorecardStore::entries(qint64 partnerId, Quarter quarter) const
{
    Statement s(m_workbook.database(),
        "SELECT kpi_code, actual_num, actual_den, target_num, target_den FROM kpi_entries "
        "WHERE partner_id = ? AND quarter = ?");
    s.bind(1, partnerId).bind(2, quarter.toString());
    QHash<QString, KpiValue> values;
    while (s.step())
        values.insert(s.columnText(0), KpiValue { optionalRatio(s, 1), optionalRatio(s, 3) });
    return values;
}

QList<PartnerKpiInputs> ScorecardStore::inputs(Quarter quarter, const KpiCatalogue &catalogue) const
{
    QSqlDatabase &db = m_workbook.database();
    QList<PartnerKpiInputs> partners;
    QList<PartnerFacts> facts;
    QHash<qint64, qsizetype> indexById;
    readPartners(db, quarter, &partners, &facts, &indexById);
    // Ranked within the tier in effect in the quarter, not the registry's latest (issue 7).
    const QHash<qint64, QList<TierChange>> tierChanges = TierHistory(db).allChanges();
    for (PartnerKpiInputs &p : partners)
        p.tier = tierInEffect(tierChanges.value(p.partnerId), quarter, p.tier);
    readResponseHours(db, quarter, &facts, indexById);
    const qsizetype channelLines = readLedger(db, quarter, &facts, indexById);
    readEntries(db, quarter, &facts, indexById);

    for (qsizetype i = 0; i < partners.size(); ++i) {
        for (const KpiDefinition &kpi : catalogue.kpis) {
            const KpiValue value = valueOf(kpi, facts[i], channelLines);
            if (value.actual || value.target)
                partners[i].values.insert(kpi.code, value);
        }
    }
    std::sort(partners.begin(), partners.end(),
        [](const PartnerKpiInputs &a, const PartnerKpiInputs &b) { return a.code < b.code; });
    return partners;
}

} // namespace cs
