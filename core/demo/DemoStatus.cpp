#include "demo/DemoStatus.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workbook.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace cs {

namespace {

// The demo's "now": dates stay fixed whenever the demo is built.
const QDate demoToday(2026, 11, 20);

struct Window {
    QDate from;
    QDate to;
};

// A stable spread inside a window: FNV-1a over the code, not qHash, whose seed
// may differ between runs.
QDate pick(const QString &code, Window w)
{
    if (w.to > demoToday)
        w.to = demoToday;
    if (w.from > w.to)
        w.from = w.to;
    quint32 h = 2166136261u;
    for (const QChar c : code) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return w.from.addDays(qint64(h % quint32(w.from.daysTo(w.to) + 1)));
}

Window windowFor(const QString &notes, QDate joined, QDate lastOrder)
{
    const QDate earliest = std::max(joined.isValid() ? joined.addDays(30) : QDate(2015, 1, 1),
        lastOrder.isValid() ? lastOrder.addDays(10) : QDate(2015, 1, 1));
    static const QRegularExpression stoppedFrom(QStringLiteral("(\\d{4})Q([1-4])起停止进货"));
    static const QRegularExpression endedIn(QStringLiteral("(\\d{4})年终止合作"));
    if (const auto m = stoppedFrom.match(notes); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
        const QDate from = std::max(first, earliest);
        return { from, std::max(first.addMonths(3).addDays(-1), from.addDays(45)) };
    }
    if (const auto m = endedIn.match(notes); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const QDate from = std::max(QDate(year, 1, 1), earliest);
        return { from, std::max(QDate(year, 12, 31), from.addDays(45)) };
    }
    if (lastOrder.isValid())
        return { earliest, lastOrder.addDays(100) };
    // No orders in the demo's ledger: a newcomer that never got going churned within
    // months; an older partner had left before the ledger starts (2025).
    if (joined.isValid() && joined.year() >= 2025)
        return { earliest, joined.addDays(150) };
    return { std::max(earliest, QDate(2024, 1, 1)), QDate(2024, 12, 31) };
}

} // namespace

void addDemoStatusHistory(Workbook &workbook)
{
    QSqlDatabase &db = workbook.database();
    QHash<qint64, QDate> lastOrder;
    QSqlQuery orders =
        sql::run(db, QStringLiteral("SELECT partner_id, max(date) FROM ledger GROUP BY partner_id"));
    while (orders.next())
        lastOrder.insert(
            orders.value(0).toLongLong(), QDate::fromString(orders.value(1).toString(), Qt::ISODate));

    Transaction transaction(db);
    QSqlQuery churned = sql::run(db,
        QStringLiteral(
            "SELECT id, code, join_date, notes FROM partners WHERE status = 'churned' AND NOT EXISTS "
            "(SELECT 1 FROM status_changes c WHERE c.partner_id = partners.id AND c.to_status = "
            "'churned') ORDER BY id"));
    while (churned.next()) {
        const qint64 id = churned.value(0).toLongLong();
        const QDate joined = QDate::fromString(churned.value(2).toString(), Qt::ISODate);
        const QDate day = pick(
            churned.value(1).toString(), windowFor(churned.value(3).toString(), joined, lastOrder.value(id)));
        sql::run(db,
            QStringLiteral("INSERT INTO status_changes (partner_id, date, from_status, to_status, inferred) "
                           "VALUES (?, ?, 'active', 'churned', 0)"),
            { id, day.toString(Qt::ISODate) });
    }
    transaction.commit();
}

} // namespace cs
