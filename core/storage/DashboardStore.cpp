#include "storage/DashboardStore.h"

#include "capability/CapabilityModel.h"
#include "capability/CapabilityRules.h"
#include "capability/Tenths.h"
#include "storage/IncentiveBook.h"
#include "storage/ResultQuarters.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QHash>

namespace cs {

namespace {

QDate dateOf(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

void readPartners(QSqlDatabase &db, QList<DashboardPartner> *partners, QHash<qint64, qsizetype> *index)
{
    Statement s(db,
        "SELECT id, code, type, region, tier, join_date, status FROM partners ORDER BY code COLLATE BINARY");
    while (s.step()) {
        DashboardPartner p;
        p.id = s.columnInt(0);
        p.code = s.columnText(1);
        p.type = fromCode<PartnerType>(s.columnText(2)).value_or(PartnerType::Distributor);
        p.region = s.columnText(3);
        if (!s.columnIsNull(4))
            p.tier = fromCode<Tier>(s.columnText(4));
        if (!s.columnIsNull(5))
            p.joinDate = dateOf(s.columnText(5));
        p.status = fromCode<PartnerStatus>(s.columnText(6)).value_or(PartnerStatus::Active);
        index->insert(p.id, partners->size());
        partners->append(std::move(p));
    }
}

void readStatusChanges(
    QSqlDatabase &db, QList<DashboardPartner> *partners, const QHash<qint64, qsizetype> &index)
{
    Statement s(db,
        "SELECT partner_id, date, from_status, to_status, inferred FROM status_changes "
        "ORDER BY partner_id, date, id");
    while (s.step()) {
        const auto at = index.constFind(s.columnInt(0));
        if (at == index.cend())
            continue;
        StatusChange c;
        c.date = dateOf(s.columnText(1));
        if (!s.columnIsNull(2))
            c.from = fromCode<PartnerStatus>(s.columnText(2));
        c.to = fromCode<PartnerStatus>(s.columnText(3)).value_or(PartnerStatus::Active);
        c.inferred = s.columnInt(4) != 0;
        (*partners)[*at].changes.append(c);
    }
}

void readResults(QSqlDatabase &db, Quarter from, Quarter to, QList<DashboardResult> *results)
{
    Statement s(db,
        "SELECT partner_id, quarter, sales_target, actual_sales, satisfaction_num, satisfaction_den "
        "FROM results WHERE quarter BETWEEN ?1 AND ?2");
    s.bind(1, from.toString()).bind(2, to.toString());
    while (s.step()) {
        DashboardResult r;
        r.partnerId = s.columnInt(0);
        r.quarter = Quarter::parse(s.columnText(1)).value_or(Quarter());
        r.target = Money::fromFen(s.columnInt(2));
        r.actual = Money::fromFen(s.columnInt(3));
        if (!s.columnIsNull(4) && !s.columnIsNull(5) && s.columnInt(5) > 0)
            r.satisfaction = exactRatio(s.columnInt(4), s.columnInt(5));
        results->append(r);
    }
}

// Budget use per quarter through the settlement engine, as the Incentives view gets
// it. A year takes its quarters that are closed or have results, as the rebates
// command does: a quarter with nothing reported yet would add a budget and last
// year's sales against no spending and no sales.
void readBudgets(Workbook &workbook, const DashboardPeriod &period, DashboardInputs *inputs)
{
    const IncentiveBook book(workbook);
    QList<Quarter> quarters = period.quarters();
    if (period.isYear()) {
        const QList<Quarter> reported = quartersWithResults(workbook);
        const QList<Quarter> closed = book.closedQuarters();
        quarters.removeIf([&](Quarter q) { return !reported.contains(q) && !closed.contains(q); });
    }
    QStringList problems;
    for (const Quarter q : std::as_const(quarters)) {
        try {
            const SettlementRun run = book.run(q);
            inputs->budgets.append(run.budget);
            if (!run.closed)
                inputs->previews.append(q);
        } catch (const StorageError &e) {
            problems.append(e.message());
        }
    }
    if (quarters.isEmpty())
        problems.append(DashboardStore::tr("Nothing is closed or reported for %1 yet.").arg(period.label()));
    inputs->incentiveProblem = problems.join(u' ');
}

void readCapability(Workbook &workbook, QDate asOf, DashboardInputs *inputs)
{
    // Stored rules that cannot be read fall back to the defaults, as in the window.
    const CapabilityOverview overview =
        CapabilityModel::compute(workbook, asOf, CapabilityRules::load(workbook));
    inputs->capability.reserve(overview.partners.size());
    for (const PartnerCapability &p : overview.partners) {
        DashboardCapability c;
        c.partnerId = p.partnerId;
        c.onWatchList = p.onWatchList();
        if (p.latest)
            c.latestTenths = p.latest->tenths;
        inputs->capability.append(c);
    }
}

} // namespace

DashboardStore::DashboardStore(Workbook &workbook)
    : m_workbook(workbook)
{
}

QDate DashboardStore::asOf(const DashboardPeriod &period, QDate today)
{
    return DashboardCalculator::asOf(period, today);
}

DashboardInputs DashboardStore::inputs(const DashboardPeriod &period, QDate today) const
{
    if (!period.isValid())
        throw StorageError(tr("The dashboard needs a quarter or a year."));
    QSqlDatabase &db = m_workbook.database();
    DashboardInputs in;
    QHash<qint64, qsizetype> index;
    readPartners(db, &in.partners, &index);
    readStatusChanges(db, &in.partners, index);
    readResults(db, DashboardCalculator::trendQuarters(period.last()).front(), period.last(), &in.results);
    readBudgets(m_workbook, period, &in);
    readCapability(m_workbook, asOf(period, today), &in);
    return in;
}

DashboardFigures DashboardStore::load(const DashboardPeriod &period, QDate today) const
{
    return DashboardCalculator::compute(inputs(period, today), period, today);
}

} // namespace cs
