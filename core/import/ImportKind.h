// What can be imported (partners, quarterly results, assessments, the sales
// ledger) and, for each, the fields with the header names spreadsheets use for them.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

enum class ImportKind { Partners, Results, Assessments, Ledger };

// How a field's cells are read (the parser in ValueParsers that applies).
enum class ValueType {
    Text,
    Amount,
    Percentage,
    Quarter,
    Date,
    Count,
    Score,
    Tenths,
    PartnerType,
    Tier,
    Certification,
    Stage,
    Status
};

struct FieldSpec {
    const char *key; // stable name, used in saved mappings and by the importer
    const char *english; // label, translated in context "cs::ImportKind"
    ValueType type;
    bool required;
    QStringList synonyms; // header texts that mean this field, Chinese and English
};

class ImportKinds {
    Q_DECLARE_TR_FUNCTIONS(cs::ImportKinds)

public:
    static const QList<FieldSpec> &fields(ImportKind kind);
    static const FieldSpec *field(ImportKind kind, QStringView key);
    static QString label(ImportKind kind);
    static QString fieldLabel(const FieldSpec &field);
    static QString code(ImportKind kind); // "partners", "results", "assessments", "ledger"
    static std::optional<ImportKind> fromCode(QStringView code);

    // A header text reduced to what identifies it: case, spaces, full-width
    // forms, a trailing unit in brackets ("(元)", "（%）") and marks such as "*" removed.
    static QString headerKey(QStringView header);
};

} // namespace cs
