// Capability assessments: the three dimension scores of a partner on a date, or
// the sub-indicators they are derived from, with assessor and note; upserted by
// partner and date.
#pragma once

#include "import/RecordSink.h"
#include "storage/Sql.h"

namespace cs {

class AssessmentSink : public RecordSink {
    Q_DECLARE_TR_FUNCTIONS(cs::AssessmentSink)

public:
    explicit AssessmentSink(const SinkContext &context);
    std::optional<RowVerdict> take(const SheetRow &row) override;

private:
    bool isStored(qint64 partnerId, const QString &day);

    const SinkContext &m_context;
    PartnerCodes m_codes;
    sql::QueryCache m_queries;
    QHash<QString, int> m_rowOfKey; // "partner id/date" → first row with it
};

} // namespace cs
