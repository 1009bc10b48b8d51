// The sales ledger: order lines appended by order id, rolled up per partner,
// quarter and product line. Built for a million rows: SQLite's C API, no
// per-row queries unless an order id is already taken.
#pragma once

#include "import/RecordSink.h"
#include "storage/Statement.h"

#include <QStringList>
#include <QVarLengthArray>

namespace cs {

class LedgerSink : public RecordSink {
    Q_DECLARE_TR_FUNCTIONS(cs::LedgerSink)

public:
    explicit LedgerSink(const SinkContext &context);
    std::optional<RowVerdict> take(const SheetRow &row) override;
    bool prepares() const override { return true; }
    std::unique_ptr<PreparedRow> prepare(const SheetRow &row) const override;
    std::optional<RowVerdict> takePrepared(const SheetRow &row, PreparedRow &prepared) override;
    QList<RowVerdict> finish() override;

    // Rebuilds the whole roll-up from the ledger (after an undo removed lines).
    static void rebuildTotals(QSqlDatabase &db);

    // The page cache a ledger import starts with (see watchOrder).
    static constexpr int risingCacheKiB = 4 * 1024;

private:
    struct Total {
        qint64 fen = 0;
        qint64 orders = 0;
    };

    struct Order;
    RowOutcome takeTakenOrder(RowFields &fields, const Order &order);

    // Order ids in rising order, as ERP systems export them, all land at the
    // end of the ledger table. A small page cache (risingCacheKiB) then holds
    // every page the inserts touch, and SQLite writes full pages out as it goes instead of
    // allocating memory for each of them (a tenth quicker on a million lines).
    // The first id out of that order brings the import's big cache back: inserts
    // may then land anywhere, and every page the cache lost would be read again
    // (twice as slow on a shuffled million).
    void watchOrder(const char *id, qsizetype size); // UTF-8

    const SinkContext &m_context;
    bool m_bigCache = false;
    QVarLengthArray<char, 40> m_lastOrderId; // UTF-8
    PartnerCodes m_codes;
    Statement m_insert;
    Statement m_existing;
    // Product lines are numbered as they appear, so the key hashes three integers
    // rather than a string for each of a million rows.
    struct TotalKey {
        qint64 partnerId;
        int quarter; // year * 4 + quarter - 1
        int product; // index into m_productLinesUtf8
        bool operator==(const TotalKey &) const = default;
        friend size_t qHash(const TotalKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.partnerId, key.quarter, key.product);
        }
    };
    // The roll-up is summed by prepare(), on the reading thread, for every line
    // that checks out: the writing thread is the busier one. The few lines it
    // then does not insert (taken order ids) are summed apart and taken off.
    mutable QHash<TotalKey, Total> m_preparedTotals;
    QHash<TotalKey, Total> m_notInserted;
    // Product lines are numbered by prepare(), on the reading thread: only it
    // touches these until the rows are all read (finish() then reads the names).
    // The UTF-8 forms never change once made, so a prepared row points into them.
    mutable QHash<QString, int> m_productIndex;
    mutable QList<QByteArray> m_productLinesUtf8;
    // Order ids met on the slow path (already in the ledger), with their row,
    // so a second copy in the same file is caught even when the first matched
    // an earlier import.
    QHash<QString, int> m_takenOrderRows;
};

} // namespace cs
