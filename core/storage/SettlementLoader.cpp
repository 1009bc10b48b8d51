#include "storage/SettlementLoader.h"

#include "incentive/Settlement.h"
#include "storage/IncentiveRecordsStore.h"
#include "storage/Statement.h"
#include "storage/TierHistory.h"

#include <QSet>

#include <algorithm>

namespace cs {

namespace {

// Quarters as stored ("2026Q1"), read tens of thousands of times: the general
// parser handles what people type, which stored text never needs.
std::optional<Quarter> storedQuarter(const QString &text)
{
    if (text.size() == 6 && text[4] == QLatin1Char('Q')) {
        bool ok = false;
        const int year = QStringView(text).left(4).toInt(&ok);
        const int quarter = text[5].digitValue();
        if (ok && quarter >= 1 && quarter <= 4)
            return Quarter(year, quarter);
    }
    return Quarter::parse(text);
}

void readPartners(QSqlDatabase &db, SettlementInputs *inputs, QHash<qint64, qsizetype> *indexById)
{
    Statement s(db, "SELECT id, code, name, region, tier, status, join_date FROM partners ORDER BY code");
    while (s.step()) {
        PartnerFacts p;
        p.id = s.columnInt(0);
        p.code = s.columnText(1);
        p.name = s.columnText(2);
        p.region = s.columnText(3);
        if (!s.columnIsNull(4))
            p.tier = fromCode<Tier>(s.columnText(4));
        p.status = fromCode<PartnerStatus>(s.columnText(5)).value_or(PartnerStatus::Active);
        if (!s.columnIsNull(6))
            p.joinDate = QDate::fromString(s.columnText(6), Qt::ISODate);
        indexById->insert(p.id, inputs->partners.size());
        inputs->partners.append(std::move(p));
    }
    const QHash<qint64, QList<TierChange>> changes = TierHistory(db).allChanges();
    for (auto c = changes.cbegin(); c != changes.cend(); ++c)
        if (const auto index = indexById->constFind(c.key()); index != indexById->cend())
            inputs->partners[*index].tierChanges = c.value();
}

void readResults(QSqlDatabase &db, const QString &first, const QString &last, SettlementInputs *inputs,
    const QHash<qint64, qsizetype> &indexById)
{
    Statement s(db,
        "SELECT partner_id, quarter, sales_target, actual_sales, collections, new_customers FROM results "
        "WHERE quarter BETWEEN ? AND ?");
    s.bind(1, first).bind(2, last);
    while (s.step()) {
        const auto index = indexById.constFind(s.columnInt(0));
        const auto quarter = storedQuarter(s.columnText(1));
        if (index == indexById.cend() || !quarter)
            continue;
        QuarterResult r;
        r.target = Money::fromFen(s.columnInt(2));
        r.sales = Money::fromFen(s.columnInt(3));
        if (!s.columnIsNull(4))
            r.collections = Money::fromFen(s.columnInt(4));
        if (!s.columnIsNull(5))
            r.newCustomers = s.columnInt(5);
        inputs->partners[*index].results.insert(*quarter, r);
    }
}

// Only the quarters settled: a statement reads its own quarter's ledger, and every
// partner-quarter kept costs a hash of its own.
void readLedgerTotals(QSqlDatabase &db, const QSet<Quarter> &wanted, SettlementInputs *inputs,
    const QHash<qint64, qsizetype> &indexById)
{
    Statement s(db,
        "SELECT partner_id, quarter, product_line, amount FROM ledger_totals WHERE quarter BETWEEN ? AND ?");
    s.bind(1, std::min_element(wanted.cbegin(), wanted.cend())->toString())
        .bind(2, std::max_element(wanted.cbegin(), wanted.cend())->toString());
    // A handful of product lines and quarters repeat in every row: each is read once
    // (none: a quarter in the range that is not settled).
    QHash<QString, QString> lines;
    QHash<QString, std::optional<Quarter>> quarters;
    while (s.step()) {
        const auto index = indexById.constFind(s.columnInt(0));
        if (index == indexById.cend())
            continue;
        const QString quarterText = s.columnText(1);
        auto quarter = quarters.constFind(quarterText);
        if (quarter == quarters.cend()) {
            auto parsed = storedQuarter(quarterText);
            if (parsed && !wanted.contains(*parsed))
                parsed.reset();
            quarter = quarters.insert(quarterText, parsed);
        }
        if (!*quarter)
            continue;
        const QString lineText = s.columnText(2);
        auto line = lines.constFind(lineText);
        if (line == lines.cend())
            line = lines.insert(lineText, lineText);
        inputs->partners[*index].lineSales[**quarter][*line] += Money::fromFen(s.columnInt(3));
    }
}

void readWindow(QSqlDatabase &db, const SalesWindow &window, SettlementInputs *inputs)
{
    Statement s(db,
        "SELECT partner_id, sum(amount) FROM ledger WHERE product_line = ? AND date BETWEEN ? AND ? "
        "GROUP BY partner_id");
    s.bind(1, window.productLine)
        .bind(2, window.from.toString(Qt::ISODate))
        .bind(3, window.to.toString(Qt::ISODate));
    QHash<qint64, Money> &sales = inputs->windowSales[window];
    while (s.step())
        sales.insert(s.columnInt(0), Money::fromFen(s.columnInt(1)));
}

} // namespace

SettlementInputs SettlementLoader::load(QSqlDatabase &db, const QList<QuarterToSettle> &quarters)
{
    SettlementInputs inputs;
    QHash<qint64, qsizetype> indexById;
    readPartners(db, &inputs, &indexById);
    if (!quarters.isEmpty()) {
        const auto [earliest, latest] = std::minmax_element(quarters.cbegin(), quarters.cend(),
            [](const QuarterToSettle &a, const QuarterToSettle &b) { return a.first < b.first; });
        // The stored form sorts chronologically as text; the year before the first
        // quarter is what growth and annual achievement compare with.
        const QString first = Quarter(earliest->first.year() - 1, 1).toString();
        const QString last = Quarter(latest->first.year(), 4).toString();
        readResults(db, first, last, &inputs, indexById);
        QSet<Quarter> wanted;
        for (const QuarterToSettle &q : quarters)
            wanted.insert(q.first);
        readLedgerTotals(db, wanted, &inputs, indexById);
        for (const auto &[quarter, policy] : quarters) {
            if (!policy)
                continue;
            for (const SalesWindow &window : Settlement::partialWindows(*policy, quarter))
                if (!inputs.windowSales.contains(window))
                    readWindow(db, window, &inputs);
        }
    }
    IncentiveRecordsStore records(db);
    inputs.penalties = records.penalties();
    inputs.mdf = records.mdfRequests();
    return inputs;
}

} // namespace cs
