#include "storage/TierStore.h"

#include "capability/CapabilityRules.h"
#include "capability/SubIndicators.h"
#include "storage/IncentiveRecordsStore.h"
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

// The four quarters a review looks at: the review period and the three before it.
Quarter firstOfWindow(Quarter review)
{
    return review.previous().previous().previous();
}

std::optional<Tier> tierColumn(const Statement &s, int column)
{
    return s.columnIsNull(column) ? std::nullopt : fromCode<Tier>(s.columnText(column));
}

void readPartners(
    QSqlDatabase &db, Quarter review, QList<TierInputs> *partners, QHash<qint64, qsizetype> *index)
{
    Statement s(db,
        "SELECT id, code, name, region, tier, certification, join_date FROM partners "
        "WHERE status <> 'churned' AND (join_date IS NULL OR join_date <= ?) ORDER BY code");
    s.bind(1, review.lastDay().toString(Qt::ISODate));
    const QHash<qint64, QList<TierChange>> changes = TierHistory(db).allChanges();
    while (s.step()) {
        TierInputs p;
        p.partnerId = s.columnInt(0);
        p.code = s.columnText(1);
        p.name = s.columnText(2);
        p.region = s.columnText(3);
        // What the partner keeps next quarter unless this review changes it: only a
        // change from this review can start then.
        const QList<TierChange> own = changes.value(p.partnerId);
        p.currentTier = tierInEffect(own, review, tierColumn(s, 4));
        if (!own.isEmpty() && own.constLast().effectiveFrom > review)
            p.confirmedChange = own.constLast();
        if (!s.columnIsNull(5))
            p.certification = fromCode<Certification>(s.columnText(5));
        if (!s.columnIsNull(6))
            p.joinDate = QDate::fromString(s.columnText(6), Qt::ISODate);
        index->insert(p.partnerId, partners->size());
        partners->append(std::move(p));
    }
}

void readSales(
    QSqlDatabase &db, Quarter review, QList<TierInputs> *partners, const QHash<qint64, qsizetype> &index)
{
    Statement s(db,
        "SELECT partner_id, sum(actual_sales), count(*) FROM results WHERE quarter BETWEEN ? AND ? "
        "GROUP BY partner_id");
    s.bind(1, firstOfWindow(review).toString()).bind(2, review.toString());
    while (s.step())
        if (const auto i = index.constFind(s.columnInt(0)); i != index.cend()) {
            (*partners)[*i].trailingSales = Money::fromFen(s.columnInt(1));
            (*partners)[*i].quartersReported = int(s.columnInt(2));
        }
}

// Every partner's lines count towards the channel's, churned ones too: coverage
// measures against what the channel sells, as the scorecard's product-line KPI does.
void readCoverage(
    QSqlDatabase &db, Quarter review, QList<TierInputs> *partners, const QHash<qint64, qsizetype> &index)
{
    Statement s(db,
        "SELECT partner_id, product_line FROM ledger_totals WHERE quarter BETWEEN ? AND ? AND amount > 0 "
        "GROUP BY partner_id, product_line");
    s.bind(1, firstOfWindow(review).toString()).bind(2, review.toString());
    QSet<QString> channel;
    while (s.step()) {
        channel.insert(s.columnText(1));
        if (const auto i = index.constFind(s.columnInt(0)); i != index.cend())
            ++(*partners)[*i].linesSold;
    }
    for (TierInputs &p : *partners)
        p.channelLines = channel.size();
}

// SQLite takes the bare columns from the row that gave max(date): each partner's
// latest assessment in one pass. A service score left to sub-indicators is derived
// as the capability model derives it.
void readService(QSqlDatabase &db, Quarter review, const PerSubIndicator<SubIndicatorScale> &scales,
    QList<TierInputs> *partners, const QHash<qint64, qsizetype> &index)
{
    Statement s(db,
        "SELECT partner_id, service, response_hours, satisfaction, max(date) FROM assessments "
        "WHERE date <= ? GROUP BY partner_id");
    s.bind(1, review.lastDay().toString(Qt::ISODate));
    while (s.step()) {
        const auto i = index.constFind(s.columnInt(0));
        if (i == index.cend())
            continue;
        std::optional<qint64> tenths;
        if (!s.columnIsNull(1)) {
            tenths = s.columnInt(1);
        } else {
            SubIndicatorValues values {};
            if (!s.columnIsNull(2))
                values[size_t(SubIndicator::ResponseHours)] = s.columnInt(2);
            if (!s.columnIsNull(3))
                values[size_t(SubIndicator::Satisfaction)] = s.columnInt(3);
            if (const auto derived = SubIndicatorScores::derive(Dimension::Service, values, scales))
                tenths = *derived;
        }
        (*partners)[*i].serviceTenths = tenths;
        (*partners)[*i].serviceAssessedOn = QDate::fromString(s.columnText(4), Qt::ISODate);
    }
}

// As settlement counts co-funding: a request's payment in the quarter of its date.
void readMdf(
    QSqlDatabase &db, Quarter review, QList<TierInputs> *partners, const QHash<qint64, qsizetype> &index)
{
    Statement s(db,
        "SELECT r.partner_id, sum(e.amount) FROM mdf_events e JOIN mdf_requests r ON r.id = e.request_id "
        "WHERE e.state = 'paid' AND e.date BETWEEN ? AND ? GROUP BY r.partner_id");
    s.bind(1, firstOfWindow(review).firstDay().toString(Qt::ISODate))
        .bind(2, review.lastDay().toString(Qt::ISODate));
    while (s.step())
        if (const auto i = index.constFind(s.columnInt(0)); i != index.cend())
            (*partners)[*i].mdfPaid = Money::fromFen(s.columnInt(1));
}

QString tierName(const std::optional<Tier> &tier)
{
    return tier ? labelOf(*tier) : TierStore::tr("no tier");
}

} // namespace

TierStore::TierStore(Workbook &workbook)
    : m_workbook(workbook)
{
}

TierCriteria TierStore::criteria(QStringList *problems) const
{
    const QString stored = m_workbook.setting(criteriaKey());
    if (stored.isEmpty())
        return defaultTierCriteria();
    TierCriteria criteria;
    QString error;
    if (!tierCriteriaFromJson(stored.toUtf8(), &criteria, &error)) {
        if (problems)
            problems->append(
                tr("The tier criteria in the workbook are damaged (%1); the default criteria are "
                   "used until they are saved again.")
                    .arg(error));
        return defaultTierCriteria();
    }
    // Saving refuses such criteria, so only an edited file gets here.
    if (const QStringList unusable = tierCriteriaProblems(criteria); !unusable.isEmpty()) {
        if (problems)
            problems->append(tr("The tier criteria in the workbook cannot be used (%1); the default criteria "
                                "are used until they are saved again.")
                                 .arg(unusable.join(QLatin1Char(' '))));
        return defaultTierCriteria();
    }
    return criteria;
}

void TierStore::saveCriteria(const TierCriteria &criteria)
{
    if (const QStringList problems = tierCriteriaProblems(criteria); !problems.isEmpty())
        throw StorageError(tr("The tier criteria were not saved: %1").arg(problems.join(QLatin1Char(' '))));
    m_workbook.setSetting(criteriaKey(), QString::fromUtf8(tierCriteriaToJson(criteria)));
}

QList<TierInputs> TierStore::inputs(Quarter review) const
{
    if (!review.isValid())
        throw StorageError(tr("A tier review needs a quarter."));
    QSqlDatabase &db = m_workbook.database();
    QList<TierInputs> partners;
    QHash<qint64, qsizetype> index;
    readPartners(db, review, &partners, &index);
    readSales(db, review, &partners, index);
    readCoverage(db, review, &partners, index);
    readService(db, review, CapabilityRules::load(m_workbook).scales, &partners, index);
    readMdf(db, review, &partners, index);
    return partners;
}

QList<TierEvaluation> TierStore::review(Quarter review, QStringList *problems) const
{
    return TierReview::evaluate(criteria(problems), inputs(review), review);
}

QList<TierChange> TierStore::confirm(
    const QList<TierDecision> &decisions, Quarter review, const QString &confirmedBy)
{
    const QString by = confirmedBy.trimmed();
    if (by.isEmpty())
        throw StorageError(tr("Say who confirms the tier changes: the name is kept with each change."));
    if (!review.isValid())
        throw StorageError(tr("A tier review needs a quarter."));
    QSqlDatabase &db = m_workbook.database();
    const TierHistory history(db);
    IncentiveRecordsStore records(db);
    const QDateTime now = sql::storedNowTime();
    const Quarter effective = review.next();
    QList<TierChange> written;
    QSet<qint64> seen;
    Transaction transaction(db);
    for (const TierDecision &d : decisions) {
        const std::optional<QString> code = records.partnerCode(d.partnerId);
        if (!code)
            throw StorageError(
                tr("A partner of the review is no longer in the workbook: nothing was changed."));
        if (seen.contains(d.partnerId))
            throw StorageError(tr("%1 appears twice among the changes: nothing was changed.").arg(*code));
        seen.insert(d.partnerId);
        const QList<TierChange> earlier = history.changes(d.partnerId);
        for (const TierChange &c : earlier)
            if (c.effectiveFrom > review)
                throw StorageError(
                    tr("%1 already has a tier change effective from %2 (the review of %3): a "
                       "review of %4 can no longer change it. Nothing was changed.")
                        .arg(*code, c.effectiveFrom.label(), c.reviewPeriod.label(), review.label()));
        const QVariant registry =
            sql::scalar(db, QStringLiteral("SELECT tier FROM partners WHERE id = ?"), { d.partnerId });
        const std::optional<Tier> from =
            tierInEffect(earlier, effective, fromCode<Tier>(registry.toString()));
        if (from == d.newTier)
            throw StorageError(tr("%1 is already %2 in %3: nothing to change. Nothing was changed.")
                                   .arg(*code, labelOf(d.newTier), effective.label()));
        TierChange c;
        c.partnerId = d.partnerId;
        c.reviewPeriod = review;
        c.effectiveFrom = effective;
        c.fromTier = from;
        c.toTier = d.newTier;
        c.reason = d.reason.trimmed();
        c.confirmedBy = by;
        c.confirmedAt = now;
        c.id = sql::run(db,
            QStringLiteral("INSERT INTO tier_changes (partner_id, review_period, effective_from, from_tier, "
                           "to_tier, reason, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { c.partnerId, review.toString(), effective.toString(),
                from ? QVariant(codeOf(*from)) : QVariant(), codeOf(c.toTier), sql::notNull(c.reason), by,
                sql::storedTime(now) })
                   .lastInsertId()
                   .toLongLong();
        sql::run(db, QStringLiteral("UPDATE partners SET tier = ?, updated_at = ? WHERE id = ?"),
            { codeOf(c.toTier), sql::storedTime(now), c.partnerId });
        records.audit(QStringLiteral("tier-changed"), *code,
            tr("%1 → %2 from %3 (review of %4), confirmed by %5. %6")
                .arg(tierName(from), labelOf(c.toTier), effective.label(), review.label(), by, c.reason)
                .trimmed());
        written.append(c);
    }
    transaction.commit();
    return written;
}

QList<TierChange> TierStore::history(qint64 partnerId) const
{
    return TierHistory(m_workbook.database()).changes(partnerId);
}

std::optional<Tier> TierStore::tierAt(qint64 partnerId, Quarter quarter) const
{
    return TierHistory(m_workbook.database()).tierAt(partnerId, quarter);
}

QHash<qint64, std::optional<Tier>> TierStore::tiersAt(Quarter quarter) const
{
    return TierHistory(m_workbook.database()).tiersAt(quarter);
}

} // namespace cs
