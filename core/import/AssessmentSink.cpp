#include "import/AssessmentSink.h"

#include "capability/SubIndicators.h"
#include "import/KeyedUpsert.h"
#include "storage/Workbook.h"

namespace cs {

namespace {
// A score's import field and column are named by its dimension's code, a
// sub-indicator's by its own code (codeTextOf).
std::optional<qint64> readSubIndicator(RowFields &f, SubIndicator s)
{
    const char *key = codeTextOf(s);
    if (isPercentage(s))
        return f.perMille(key);
    return decimalsOf(s) == 0 ? f.count(key) : f.tenths(key);
}
} // namespace

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
    PerDimension<std::optional<qint32>> scores;
    for (int d = 0; d < dimensionCount; ++d)
        scores[d] = f.score(codeTextOf(Dimension(d)), false);
    SubIndicatorValues measured;
    for (const SubIndicator s : allSubIndicators)
        measured[int(s)] = readSubIndicator(f, s);
    if (measured[int(SubIndicator::ExamScore)] > 1000)
        f.error(codeTextOf(SubIndicator::ExamScore), tr("An exam score runs from 0 to 100."));
    if (partnerId == 0 || !date)
        return f.verdict(RowOutcome::Rejected);

    const QString day = date->toString(Qt::ISODate);
    // A dimension the row says nothing about keeps what is stored; a new assessment
    // needs a score or a sub-indicator for each.
    std::optional<bool> stored; // asked of the workbook only when a dimension is missing
    for (const Dimension d : allDimensions) {
        bool covered = f.isGiven(codeTextOf(d));
        for (const SubIndicator s : allSubIndicators)
            covered = covered || (dimensionOf(s) == d && f.isGiven(codeTextOf(s)));
        if (!covered && !stored)
            stored = isStored(partnerId, day);
        if (!covered && !*stored) {
            QStringList choicesText { labelOf(d) };
            for (const SubIndicator s : allSubIndicators)
                if (dimensionOf(s) == d)
                    choicesText.append(labelOf(s));
            f.error(codeTextOf(d),
                tr("A new assessment needs a value in one of: %1.").arg(choicesText.join(tr(", "))));
        }
    }
    if (f.hasErrors())
        return f.verdict(RowOutcome::Rejected);

    const QString key = QString::number(partnerId) + QLatin1Char('/') + day;
    if (const int earlier = m_rowOfKey.value(key); earlier > 0) {
        f.error("date", tr("Row %1 already has an assessment of this partner on %2.").arg(earlier).arg(day));
        return f.verdict(RowOutcome::Rejected);
    }
    m_rowOfKey.insert(key, row.row);

    QList<ColumnValue> fields;
    for (int d = 0; d < dimensionCount; ++d)
        fields.append({ codeTextOf(Dimension(d)), codeTextOf(Dimension(d)),
            given(scores[d] ? std::optional<qint64>(*scores[d]) : std::nullopt) });
    for (const char *text : { "assessor", "note" })
        if (f.isGiven(text))
            fields.append({ text, text, QVariant(f.text(text)) });
    for (const SubIndicator s : allSubIndicators)
        fields.append({ codeTextOf(s), codeTextOf(s), given(measured[int(s)]) });

    RowVerdict verdict = f.verdict(RowOutcome::Unchanged);
    verdict.outcome = upsertKeyed(m_context, m_queries, "assessments",
        { { "partner_id", "partner_code", partnerId }, { "date", "date", day } }, fields,
        &verdict.change.fields);
    verdict.change.row = row.row;
    verdict.change.key = f.text("partner_code") + QLatin1Char(' ') + day;
    return verdict;
}

bool AssessmentSink::isStored(qint64 partnerId, const QString &day)
{
    return m_queries
        .run(
            QStringLiteral("SELECT 1 FROM assessments WHERE partner_id = ? AND date = ?"), { partnerId, day })
        .next();
}

} // namespace cs
