// Quarterly results: one row per partner per quarter, upserted by that pair.
#pragma once

#include "import/RecordSink.h"
#include "storage/Sql.h"

namespace cs {

class ResultSink : public RecordSink {
    Q_DECLARE_TR_FUNCTIONS(cs::ResultSink)

public:
    explicit ResultSink(const SinkContext &context);
    std::optional<RowVerdict> take(const SheetRow &row) override;

private:
    const SinkContext &m_context;
    PartnerCodes m_codes;
    sql::QueryCache m_queries;
    QHash<QString, int> m_rowOfKey; // "partner id/quarter" → first row with it, to catch repeats
};

} // namespace cs
