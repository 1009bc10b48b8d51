#include "import/AssessmentSink.h"

#include "import/KeyedUpsert.h"
#include "storage/Workbook.h"

namespace cs {

AssessmentSink::AssessmentSink(const SinkContext &context)
    : m_context(context)
    , m_codes(context.workbook.database())
    , m_queries(context.workbook.database())
{
}

std::optional<RowVerdict> AssessmentSink::take(const SheetRow &row)
{
    RowFields f(row, m_context);
    const qint64 partnerId = m_codes.idFor(f);
    const auto date = f.date("date", true);
    const auto product = f.score("product");
    const auto sales = f.score("sales");
    const auto service = f.score("service");
    if (f.hasErrors() || partnerId == 0)
        return f.verdict(RowOutcome::Rejected);

    const QString day = date->toString(Qt::ISODate);
    const QString key = QString::number(partnerId) + QLatin1Char('/') + day;
    if (const int earlier = m_rowOfKey.value(key); earlier > 0) {
        f.error("date", tr("Row %1 already has an assessment of this partner on %2.").arg(earlier).arg(day));
        return f.verdict(RowOutcome::Rejected);
    }
    m_rowOfKey.insert(key, row.row);

    RowVerdict verdict = f.verdict(RowOutcome::Unchanged);
    verdict.outcome = upsertKeyed(m_context, m_queries, "assessments",
        { { "partner_id", "partner_code", partnerId }, { "date", "date", day } },
        { { "product", "product", qint64(*product) }, { "sales", "sales", qint64(*sales) },
            { "service", "service", qint64(*service) } },
        &verdict.change.fields);
    verdict.change.row = row.row;
    verdict.change.key = f.text("partner_code") + QLatin1Char(' ') + day;
    return verdict;
}

} // namespace cs
