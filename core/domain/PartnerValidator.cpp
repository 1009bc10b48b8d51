#include "domain/PartnerValidator.h"

#include <QRegularExpression>

namespace cs {

QList<FieldProblem> PartnerValidator::check(const Partner &partner) const
{
    QList<FieldProblem> problems;
    const QString code = partner.code.trimmed();
    if (code.isEmpty()) {
        problems.append({ PartnerField::Code, tr("A partner code is required.") });
    } else if (code.contains(QLatin1Char('\n')) || code.contains(QLatin1Char('\t'))) {
        problems.append({ PartnerField::Code, tr("A partner code cannot contain line breaks or tabs.") });
    } else if (const auto other = m_lookup.byCode(code); other && other->id != partner.id) {
        problems.append(
            { PartnerField::Code, tr("Code “%1” is already used by %2.").arg(other->code, other->name) });
    }

    if (partner.name.trimmed().isEmpty())
        problems.append({ PartnerField::Name, tr("A partner name is required.") });

    if (auto parentProblem = checkParent(partner))
        problems.append(*parentProblem);

    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const QString address = partner.contactEmail.trimmed();
    if (!address.isEmpty() && !email.match(address).hasMatch())
        problems.append({ PartnerField::ContactEmail, tr("“%1” is not an email address.").arg(address) });
    return problems;
}

std::optional<FieldProblem> PartnerValidator::checkParent(const Partner &partner) const
{
    if (partner.parentId == 0)
        return std::nullopt;
    if (partner.id != 0 && partner.parentId == partner.id)
        return FieldProblem { PartnerField::Parent, tr("A partner cannot be its own parent.") };

    // Walk up from the proposed parent: meeting this partner means a cycle. The
    // step limit guards against a cycle already in the file.
    qint64 current = partner.parentId;
    for (int steps = 0; current != 0 && steps < 10000; ++steps) {
        if (partner.id != 0 && current == partner.id) {
            const auto parent = m_lookup.byId(partner.parentId);
            return FieldProblem { PartnerField::Parent,
                tr("%1 reports to this partner, so it cannot also be its parent.")
                    .arg(parent ? parent->name : QString()) };
        }
        const auto ancestor = m_lookup.byId(current);
        if (!ancestor)
            return FieldProblem { PartnerField::Parent,
                tr("The parent partner is no longer in the workbook.") };
        current = ancestor->parentId;
    }
    return std::nullopt;
}

} // namespace cs
