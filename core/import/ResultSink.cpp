#include "import/ResultSink.h"

#include "import/KeyedUpsert.h"
#include "storage/Workbook.h"

namespace cs {

ResultSink::ResultSink(const SinkContext &context)
    : m_context(context)
    , m_codes(context.workbook.database())
    , m_queries(context.workbook.database())
{
}

std::optional<RowVerdict> ResultSink::take(const SheetRow &row)
{
    RowFields f(row, m_context);
    const qint64 partnerId = m_codes.idFor(f);
    const auto quarter = f.quarter("quarter");
    // A zero target is data (settlement flags it later); only a negative one is wrong.
    const auto target = f.amount("sales_target", true);
    const auto actual = f.amount("actual_sales", true);
    const auto collections = f.amount("collections", false);
    const auto newCustomers = f.count("new_customers");
    const auto satisfaction = f.percentage("satisfaction", true);
    const auto visits = f.count("visits_30d");
    if (f.hasErrors() || partnerId == 0)
        return f.verdict(RowOutcome::Rejected);

    const QString key = QString::number(partnerId) + QLatin1Char('/') + quarter->toString();
    if (const int earlier = m_rowOfKey.value(key); earlier > 0) {
        f.error("quarter",
            tr("Row %1 already has this partner's results for %2.").arg(earlier).arg(quarter->label()));
        return f.verdict(RowOutcome::Rejected);
    }
    m_rowOfKey.insert(key, row.row);

    const auto fen = [](const std::optional<Money> &m) {
        return m ? std::optional<QVariant>(m->fen()) : std::nullopt;
    };
    RowVerdict verdict = f.verdict(RowOutcome::Unchanged);
    verdict.outcome = upsertKeyed(m_context, m_queries, "results",
        { { "partner_id", "partner_code", partnerId }, { "quarter", "quarter", quarter->toString() } },
        { { "sales_target", "sales_target", fen(target) }, { "actual_sales", "actual_sales", fen(actual) },
            { "collections", "collections", fen(collections) },
            { "new_customers", "new_customers", given(newCustomers) },
            { "satisfaction_num", "satisfaction",
                satisfaction ? std::optional<QVariant>(satisfaction->num) : std::nullopt },
            { "satisfaction_den", "satisfaction",
                satisfaction ? std::optional<QVariant>(satisfaction->den) : std::nullopt },
            { "visits_30d", "visits_30d", given(visits) },
            { "remarks", "remarks",
                f.isGiven("remarks") ? std::optional<QVariant>(f.text("remarks")) : std::nullopt } },
        &verdict.change.fields);
    verdict.change.row = row.row;
    verdict.change.key = f.text("partner_code") + QLatin1Char(' ') + quarter->toString();
    return verdict;
}

} // namespace cs
