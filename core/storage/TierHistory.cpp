#include "storage/TierHistory.h"

#include "storage/Statement.h"

namespace cs {

namespace {

constexpr const char *columns = "id, partner_id, review_period, effective_from, from_tier, to_tier, reason, "
                                "confirmed_by, confirmed_at";

// Stored quarters are "2026Q1", checked by the table; parse() reads that form too.
Quarter quarterOf(const QString &text)
{
    return Quarter::parse(text).value_or(Quarter());
}

TierChange changeFrom(const Statement &s)
{
    TierChange c;
    c.id = s.columnInt(0);
    c.partnerId = s.columnInt(1);
    c.reviewPeriod = quarterOf(s.columnText(2));
    c.effectiveFrom = quarterOf(s.columnText(3));
    if (!s.columnIsNull(4))
        c.fromTier = fromCode<Tier>(s.columnText(4));
    c.toTier = fromCode<Tier>(s.columnText(5)).value_or(Tier::Bronze);
    c.reason = s.columnText(6);
    c.confirmedBy = s.columnText(7);
    c.confirmedAt = QDateTime::fromString(s.columnText(8), Qt::ISODateWithMs);
    return c;
}

} // namespace

TierHistory::TierHistory(QSqlDatabase &db)
    : m_db(db)
{
}

QList<TierChange> TierHistory::changes(qint64 partnerId) const
{
    const QByteArray query = QByteArray("SELECT ") + columns
        + " FROM tier_changes WHERE partner_id = ? ORDER BY effective_from, id";
    Statement s(m_db, query.constData());
    s.bind(1, partnerId);
    QList<TierChange> list;
    while (s.step())
        list.append(changeFrom(s));
    return list;
}

QHash<qint64, QList<TierChange>> TierHistory::allChanges() const
{
    const QByteArray query =
        QByteArray("SELECT ") + columns + " FROM tier_changes ORDER BY partner_id, effective_from, id";
    Statement s(m_db, query.constData());
    QHash<qint64, QList<TierChange>> all;
    while (s.step()) {
        TierChange c = changeFrom(s);
        all[c.partnerId].append(std::move(c));
    }
    return all;
}

std::optional<Tier> TierHistory::tierAt(qint64 partnerId, Quarter quarter) const
{
    Statement s(m_db, "SELECT tier FROM partners WHERE id = ?");
    s.bind(1, partnerId);
    if (!s.step())
        return std::nullopt;
    const std::optional<Tier> registry = s.columnIsNull(0) ? std::nullopt : fromCode<Tier>(s.columnText(0));
    return tierInEffect(changes(partnerId), quarter, registry);
}

QHash<qint64, std::optional<Tier>> TierHistory::tiersAt(Quarter quarter) const
{
    const QHash<qint64, QList<TierChange>> all = allChanges();
    Statement s(m_db, "SELECT id, tier FROM partners");
    QHash<qint64, std::optional<Tier>> tiers;
    while (s.step()) {
        const qint64 id = s.columnInt(0);
        const std::optional<Tier> registry =
            s.columnIsNull(1) ? std::nullopt : fromCode<Tier>(s.columnText(1));
        tiers.insert(id, tierInEffect(all.value(id), quarter, registry));
    }
    return tiers;
}

} // namespace cs
