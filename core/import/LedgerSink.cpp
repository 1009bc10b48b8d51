#include "import/LedgerSink.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"
#include "text/TextForms.h"

#include <QStringEncoder>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <tuple>
#include <utility>

namespace cs {

namespace {

// "2026-03-05" into `out` (10 characters, no terminator needed by the caller):
// QDate::toString goes through the locale machinery, which a million rows notice.
void isoDate(int y, int m, int d, char *out)
{
    const auto put = [](char *at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
    };
    put(out, y, 4);
    out[4] = '-';
    put(out + 5, m, 2);
    out[7] = '-';
    put(out + 8, d, 2);
    out[10] = '\0';
}

// `text` as UTF-8 on the end of `out`, without a QByteArray in between.
template<qsizetype N>
void appendUtf8(QVarLengthArray<char, N> &out, QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype start = out.size();
    out.resize(start + encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(out.data() + start, text);
    out.resize(end - out.data());
}

} // namespace

LedgerSink::LedgerSink(const SinkContext &context)
    : m_context(context)
    , m_codes(context.workbook.database())
    , m_insert(context.workbook.database(),
          "INSERT INTO ledger (order_id, partner_id, date, product_line, amount, import_id, source_row) "
          "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING")
    , m_existing(context.workbook.database(),
          "SELECT partner_id, date, product_line, amount, import_id, source_row FROM ledger WHERE order_id = "
          "?")
{
}

void LedgerSink::watchOrder(const char *id, qsizetype size)
{
    // As SQLite compares text: bytes, then length.
    const qsizetype last = m_lastOrderId.size();
    const int bytes = std::memcmp(m_lastOrderId.constData(), id, size_t(std::min(last, size)));
    if (bytes < 0 || (bytes == 0 && last < size)) {
        m_lastOrderId.resize(size);
        std::memcpy(m_lastOrderId.data(), id, size_t(size));
        return;
    }
    sql::exec(m_context.workbook.database(), QStringLiteral("PRAGMA cache_size = -%1").arg(importCacheKiB));
    m_bigCache = true;
}

// An order line read and checked, ready to insert. The text is already UTF-8,
// made on the reading thread, so the writing thread binds it where it lies.
struct LedgerSink::Order : PreparedRow {
    // No QString copies of the cells: two atomic reference counts a row, made
    // and dropped, cost the reading thread more than the rare taken order id
    // saves by not reading them again from the row.
    RowVerdict verdict; // problems found while reading; Rejected when there are errors
    QVarLengthArray<char, 40> orderIdUtf8; // most order ids fit: no allocation
    // Into the sink's list of product lines, which never changes a name once
    // made: a shared QByteArray here would have both threads writing its
    // reference count beside the bytes SQLite reads.
    const char *productLineUtf8 = nullptr;
    int productLineUtf8Size = 0;
    qint64 partnerId = 0;
    qint64 fen = 0;
    int quarter = 0; // year * 4 + quarter - 1
    int product = 0; // index into m_productLinesUtf8
    char day[11] = {};
};

std::unique_ptr<PreparedRow> LedgerSink::prepare(const SheetRow &row) const
{
    auto order = std::make_unique<Order>();
    RowFields f(row, m_context);
    const auto orderId = f.requiredText("order_id");
    order->partnerId = m_codes.idFor(f);
    const auto date = f.date("date", true);
    const auto productLine = f.requiredText("product_line");
    const auto amount = f.amount("amount", true);
    order->verdict = f.verdict(RowOutcome::Inserted);
    if (order->verdict.outcome == RowOutcome::Rejected || order->partnerId == 0) {
        order->verdict.outcome = RowOutcome::Rejected;
        return order;
    }
    appendUtf8(order->orderIdUtf8, *orderId);
    auto product = m_productIndex.constFind(*productLine);
    if (product == m_productIndex.cend()) {
        product = m_productIndex.insert(*productLine, int(m_productLinesUtf8.size()));
        m_productLinesUtf8.append(productLine->toUtf8());
    }
    order->product = *product;
    order->productLineUtf8 = m_productLinesUtf8.at(*product).constData();
    order->productLineUtf8Size = int(m_productLinesUtf8.at(*product).size());
    order->fen = amount->fen();
    int y = 0, m = 0, d = 0;
    date->getDate(&y, &m, &d); // once: QDate works the parts out from a day number each time
    order->quarter = y * 4 + (m - 1) / 3;
    isoDate(y, m, d, order->day);
    Total &total = m_preparedTotals[TotalKey { order->partnerId, order->quarter, order->product }];
    total.fen += order->fen;
    ++total.orders;
    return order;
}

std::optional<RowVerdict> LedgerSink::take(const SheetRow &row)
{
    return takePrepared(row, *prepare(row));
}

std::optional<RowVerdict> LedgerSink::takePrepared(const SheetRow &row, PreparedRow &prepared)
{
    auto &order = static_cast<Order &>(prepared);
    if (order.verdict.outcome == RowOutcome::Rejected)
        return std::move(order.verdict);
    if (!m_bigCache)
        watchOrder(order.orderIdUtf8.constData(), order.orderIdUtf8.size());

    m_insert.bindUtf8InPlace(1, order.orderIdUtf8.constData(), int(order.orderIdUtf8.size()))
        .bind(2, order.partnerId)
        .bindUtf8InPlace(3, order.day, 10)
        .bindUtf8InPlace(4, order.productLineUtf8, order.productLineUtf8Size)
        .bind(5, order.fen)
        .bind(6, m_context.importId)
        .bind(7, row.row);
    m_insert.step();
    const bool inserted = m_insert.changes() == 1;
    m_insert.reset();
    if (!inserted) {
        Total &total = m_notInserted[TotalKey { order.partnerId, order.quarter, order.product }];
        total.fen += order.fen;
        ++total.orders;
        RowFields f(row, m_context);
        RowVerdict verdict = f.verdict(takeTakenOrder(f, order));
        verdict.problems = order.verdict.problems + verdict.problems;
        return verdict;
    }
    return std::move(order.verdict);
}

// The order id is in the ledger already: the same line imported again is
// unchanged; anything else is a duplicate the user must look at.
RowOutcome LedgerSink::takeTakenOrder(RowFields &fields, const Order &order)
{
    const QString orderId = fields.text("order_id");
    if (const int earlier = m_takenOrderRows.value(orderId); earlier > 0) {
        fields.error("order_id",
            tr("Order “%1” is already on row %2 of this file; an order id may appear only once.")
                .arg(echoed(orderId))
                .arg(earlier));
        return RowOutcome::Rejected;
    }
    m_takenOrderRows.insert(orderId, fields.row());
    m_existing.bind(1, orderId);
    if (!m_existing.step()) {
        m_existing.reset();
        throw StorageError(tr("Order %1 could not be written.").arg(orderId));
    }
    const bool same = m_existing.columnInt(0) == order.partnerId
        && m_existing.columnText(1) == QLatin1String(order.day, 10)
        && m_existing.columnText(2) == QString::fromUtf8(order.productLineUtf8, order.productLineUtf8Size)
        && m_existing.columnInt(3) == order.fen;
    const qint64 importId = m_existing.columnInt(4);
    const qint64 sourceRow = m_existing.columnInt(5);
    m_existing.reset();
    if (importId == m_context.importId) {
        fields.error("order_id",
            tr("Order “%1” is already on row %2 of this file; an order id may appear only once.")
                .arg(echoed(orderId))
                .arg(sourceRow));
        return RowOutcome::Rejected;
    }
    if (same)
        return RowOutcome::Unchanged;
    fields.error("order_id",
        tr("Order “%1” was imported before with a different partner, date, product line or amount; "
           "an imported order is never changed.")
            .arg(echoed(orderId)));
    return RowOutcome::Rejected;
}

QList<RowVerdict> LedgerSink::finish()
{
    Statement add(m_context.workbook.database(),
        "INSERT INTO ledger_totals (partner_id, quarter, product_line, amount, orders) VALUES (?, ?, ?, ?, "
        "?) "
        "ON CONFLICT (partner_id, quarter, product_line) DO UPDATE SET amount = amount + excluded.amount, "
        "orders = orders + excluded.orders");
    // Written in the table's key order, so each row lands beside the one before
    // instead of anywhere among tens of thousands (a quarter quicker on the
    // benchmark's ledger). Product lines compare as SQLite compares them, by bytes.
    QList<int> productRank(m_productLinesUtf8.size());
    {
        QList<int> byText(m_productLinesUtf8.size());
        std::iota(byText.begin(), byText.end(), 0);
        std::sort(byText.begin(), byText.end(),
            [this](int a, int b) { return m_productLinesUtf8.at(a) < m_productLinesUtf8.at(b); });
        for (int rank = 0; rank < byText.size(); ++rank)
            productRank[byText.at(rank)] = rank;
    }
    std::vector<std::pair<TotalKey, Total>> totals;
    totals.reserve(size_t(m_preparedTotals.size()));
    for (auto it = m_preparedTotals.cbegin(); it != m_preparedTotals.cend(); ++it)
        totals.emplace_back(it.key(), it.value());
    std::sort(totals.begin(), totals.end(), [&productRank](const auto &a, const auto &b) {
        return std::tuple(a.first.partnerId, a.first.quarter, productRank.at(a.first.product))
            < std::tuple(b.first.partnerId, b.first.quarter, productRank.at(b.first.product));
    });

    QHash<int, QByteArray> quarterNames; // a ledger spans a few quarters
    for (const auto &[key, total] : totals) {
        const Total skipped = m_notInserted.value(key);
        const qint64 orders = total.orders - skipped.orders;
        if (orders == 0)
            continue;
        auto name = quarterNames.constFind(key.quarter);
        if (name == quarterNames.cend())
            name = quarterNames.insert(
                key.quarter, Quarter(key.quarter / 4, key.quarter % 4 + 1).toString().toUtf8());
        const QByteArray &product = m_productLinesUtf8.at(key.product);
        add.bind(1, key.partnerId)
            .bindUtf8InPlace(2, name->constData(), int(name->size()))
            .bindUtf8InPlace(3, product.constData(), int(product.size()))
            .bind(4, total.fen - skipped.fen)
            .bind(5, orders);
        add.step();
        add.reset();
    }
    return {};
}

void LedgerSink::rebuildTotals(QSqlDatabase &db)
{
    sql::exec(db, QStringLiteral("DELETE FROM ledger_totals"));
    sql::exec(db,
        QStringLiteral("INSERT INTO ledger_totals (partner_id, quarter, product_line, amount, orders) "
                       "SELECT partner_id, substr(date, 1, 4) || 'Q' || ((CAST(substr(date, 6, 2) AS "
                       "INTEGER) + 2) / 3), "
                       "product_line, sum(amount), count(*) FROM ledger GROUP BY 1, 2, 3"));
}

} // namespace cs
