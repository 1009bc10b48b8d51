// Partner registry rows, upserted by partner code. A parent may be named before
// or after its own row, so rows are collected first and decided together:
// every row is checked against the registry as it would be after the import.
#pragma once

#include "domain/PartnerValidator.h"
#include "import/RecordSink.h"

#include <deque>

namespace cs {

class PartnerSink : public RecordSink {
    Q_DECLARE_TR_FUNCTIONS(cs::PartnerSink)

public:
    explicit PartnerSink(const SinkContext &context);
    std::optional<RowVerdict> take(const SheetRow &row) override;
    QList<RowVerdict> finish() override;

private:
    // The registry as the import would leave it, for validation before anything is written.
    class Overlay : public PartnerLookup {
    public:
        std::optional<Partner> byCode(const QString &code) const override;
        std::optional<Partner> byId(qint64 id) const override;
        void put(const Partner &partner);
        void remove(qint64 id);

    private:
        QHash<qint64, Partner> m_byId;
        QHash<QString, qint64> m_idByCode;
    };

    struct Candidate {
        RowFields fields;
        std::optional<Partner> before; // as stored, for an existing partner
        Partner after;
        QString parentCode; // empty: the parent is left as it is
        bool rejected = false;
    };

    void readRow(Candidate &candidate, qint64 provisionalId);
    void reject(Candidate &candidate);
    bool resolveAndValidate(); // true when it rejected something, so another round is needed
    void write();
    static QStringList changedFields(const Partner &before, const Partner &after);

    const SinkContext &m_context;
    std::deque<SheetRow> m_rows; // deque: RowFields keep references into it
    std::deque<Candidate> m_candidates;
    Overlay m_overlay;
    QHash<QString, int> m_rowOfCode; // folded code → the row that has it
};

} // namespace cs
