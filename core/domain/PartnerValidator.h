// The rules a partner must meet before it is stored, each broken rule reported
// against the field it concerns so the editor can show it next to that field.
#pragma once

#include "domain/Partner.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace cs {

// What validation needs to know about the other partners in the workbook.
class PartnerLookup {
public:
    virtual ~PartnerLookup() = default;
    virtual std::optional<Partner> byCode(const QString &code) const = 0;
    virtual std::optional<Partner> byId(qint64 id) const = 0;
};

struct FieldProblem {
    PartnerField field;
    QString message;
    bool operator==(const FieldProblem &) const = default;
};

class PartnerValidator {
    Q_DECLARE_TR_FUNCTIONS(cs::PartnerValidator)

public:
    explicit PartnerValidator(const PartnerLookup &lookup)
        : m_lookup(lookup)
    {
    }

    // Empty when the partner may be stored. `partner.id` 0 means a new partner.
    QList<FieldProblem> check(const Partner &partner) const;

private:
    std::optional<FieldProblem> checkParent(const Partner &partner) const;
    const PartnerLookup &m_lookup;
};

} // namespace cs
