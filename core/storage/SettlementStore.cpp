#include "storage/SettlementStore.h"

#include "storage/Sql.h"
#include "storage/Statement.h"
#include "storage/StatementLineJson.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

namespace cs {

namespace {

QString joinedExceptions(const QList<StatementException> &exceptions)
{
    QStringList codes;
    for (const StatementException e : exceptions)
        codes.append(codeOf(e));
    return codes.join(QLatin1Char(','));
}

ClosedPeriod periodFromRow(const QSqlQuery &q)
{
    return { Quarter::parse(q.value(0).toString()).value_or(Quarter()), q.value(1).toLongLong(),
        q.value(2).toString(), QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs) };
}

const QString periodColumns = QStringLiteral("quarter, policy_id, note, closed_at");

} // namespace

SettlementStore::SettlementStore(QSqlDatabase &db)
    : m_db(db)
{
}

QList<ClosedPeriod> SettlementStore::closedPeriods() const
{
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM closed_periods ORDER BY quarter").arg(periodColumns));
    QList<ClosedPeriod> periods;
    while (q.next())
        periods.append(periodFromRow(q));
    return periods;
}

std::optional<ClosedPeriod> SettlementStore::closedPeriod(Quarter quarter) const
{
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM closed_periods WHERE quarter = ?").arg(periodColumns),
            { quarter.toString() });
    if (!q.next())
        return std::nullopt;
    return periodFromRow(q);
}

QList<PartnerStatement> SettlementStore::statements(Quarter quarter) const
{
    const QString key = quarter.toString();
    QList<PartnerStatement> list;
    QHash<qint64, qsizetype> indexById;
    Statement s(m_db,
        "SELECT partner_id, code, name, region, tier, target, sales, exceptions FROM closed_statements "
        "WHERE quarter = ? ORDER BY position");
    s.bind(1, key);
    while (s.step()) {
        PartnerStatement st;
        st.partnerId = s.columnInt(0);
        st.code = s.columnText(1);
        st.name = s.columnText(2);
        st.region = s.columnText(3);
        if (!s.columnIsNull(4))
            st.tier = fromCode<Tier>(s.columnText(4));
        st.quarter = quarter;
        if (!s.columnIsNull(5))
            st.target = Money::fromFen(s.columnInt(5));
        if (!s.columnIsNull(6))
            st.sales = Money::fromFen(s.columnInt(6));
        const QString exceptions = s.columnText(7);
        for (const QStringView code : QStringView(exceptions).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const auto e = fromCode<StatementException>(code))
                st.exceptions.append(*e);
        indexById.insert(st.partnerId, list.size());
        list.append(std::move(st));
    }

    Statement lines(
        m_db, "SELECT partner_id, line FROM closed_lines WHERE quarter = ? ORDER BY partner_id, seq");
    lines.bind(1, key);
    QString error;
    while (lines.step()) {
        const auto index = indexById.constFind(lines.columnInt(0));
        StatementLine line;
        if (index == indexById.cend() || !statementLineFromJson(lines.columnText(1).toUtf8(), &line, &error))
            throw StorageError(
                tr("The statements frozen for %1 are damaged: %2")
                    .arg(quarter.label(), error.isEmpty() ? tr("a line has no statement") : error));
        list[*index].lines.append(std::move(line));
    }
    return list;
}

QHash<Quarter, QHash<qint64, SettledAmounts>> SettlementStore::settled(const QList<Quarter> &quarters) const
{
    QHash<Quarter, QHash<qint64, SettledAmounts>> out;
    if (quarters.isEmpty())
        return out;
    const QString adjustment = codeOf(Component::Adjustment);
    const auto add = [&out](const QString &quarter, qint64 partnerId, const QString &component, qint64 fen) {
        const auto q = Quarter::parse(quarter);
        const auto c = fromCode<Component>(component);
        if (q && c)
            out[*q][partnerId][*c] += Money::fromFen(fen);
    };
    // One statement per quarter keeps each read on the primary key (or the source index).
    Statement own(m_db,
        "SELECT partner_id, component, sum(amount) FROM closed_lines WHERE quarter = ? AND component <> ? "
        "GROUP BY partner_id, component");
    Statement corrections(m_db,
        "SELECT partner_id, corrects, sum(amount) FROM closed_lines WHERE source = ? GROUP BY partner_id, "
        "corrects");
    for (const Quarter quarter : quarters) {
        const QString key = quarter.toString();
        out[quarter]; // a closed quarter that settled nothing still has an (empty) entry
        own.reset();
        own.bind(1, key).bind(2, adjustment);
        while (own.step())
            add(key, own.columnInt(0), own.columnText(1), own.columnInt(2));
        corrections.reset();
        corrections.bind(1, key);
        while (corrections.step())
            add(key, corrections.columnInt(0), corrections.columnText(1), corrections.columnInt(2));
    }
    return out;
}

void SettlementStore::freeze(const ClosedPeriod &period, const QList<PartnerStatement> &statements)
{
    const QString key = period.quarter.toString();
    sql::run(m_db, QStringLiteral("INSERT INTO closed_periods (%1) VALUES (?, ?, ?, ?)").arg(periodColumns),
        { key, period.policyId, sql::notNull(period.note), sql::storedTime(period.closedAt) });
    // Thousands of rows: prepared once, bound through SQLite directly.
    Statement statement(m_db,
        "INSERT INTO closed_statements (quarter, partner_id, position, code, name, region, tier, target, "
        "sales, exceptions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement line(m_db,
        "INSERT INTO closed_lines (quarter, partner_id, seq, component, amount, source, corrects, line) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    statement.bind(1, key);
    line.bind(1, key);
    qint64 position = 0;
    for (const PartnerStatement &st : statements) {
        statement.bind(2, st.partnerId)
            .bind(3, position++)
            .bind(4, st.code)
            .bind(5, st.name)
            .bind(6, sql::notNull(st.region));
        if (st.tier)
            statement.bind(7, codeOf(*st.tier));
        else
            statement.bindNull(7);
        if (st.target)
            statement.bind(8, st.target->fen());
        else
            statement.bindNull(8);
        if (st.sales)
            statement.bind(9, st.sales->fen());
        else
            statement.bindNull(9);
        // An empty text binds as NULL through SQLite's API unless it is a non-null QString.
        statement.bind(10, sql::notNull(joinedExceptions(st.exceptions)));
        statement.step();
        statement.reset();

        line.bind(2, st.partnerId);
        for (qsizetype seq = 0; seq < st.lines.size(); ++seq) {
            const StatementLine &l = st.lines[seq];
            line.bind(3, qint64(seq)).bind(4, codeOf(l.component)).bind(5, l.amount.fen());
            if (l.component == Component::Adjustment)
                line.bind(6, l.source.toString()).bind(7, codeOf(l.corrects));
            else
                line.bindNull(6).bindNull(7);
            line.bind(8, QString::fromUtf8(statementLineToJson(l)));
            line.step();
            line.reset();
        }
    }
}

} // namespace cs
