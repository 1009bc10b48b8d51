// Undoable partner edits.
#pragma once

#include "SessionCommand.h"
#include "domain/Partner.h"

#include <QCoreApplication>

namespace cs {

class AddPartnerCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(cs::AddPartnerCommand)

public:
    // Inserts the partner now; returns null (and reports why) when the workbook refused it.
    static AddPartnerCommand *create(WorkbookSession &session, const Partner &partner);
    qint64 partnerId() const { return m_partner.id; }

private:
    AddPartnerCommand(WorkbookSession &session, const Partner &stored);
    void apply() override;
    void revert() override;
    Partner m_partner;
};

class EditPartnerCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(cs::EditPartnerCommand)

public:
    static EditPartnerCommand *create(WorkbookSession &session, const Partner &before, const Partner &after);

private:
    EditPartnerCommand(WorkbookSession &session, const Partner &before, const Partner &after);
    void apply() override;
    void revert() override;
    Partner m_before;
    Partner m_after;
};

class DeletePartnersCommand : public SessionCommand {
    Q_DECLARE_TR_FUNCTIONS(cs::DeletePartnersCommand)

public:
    // Deletes children before their parents when both are selected.
    static DeletePartnersCommand *create(WorkbookSession &session, QList<Partner> partners);

private:
    DeletePartnersCommand(WorkbookSession &session, QList<Partner> ordered);
    void apply() override;
    void revert() override;
    QList<Partner> m_partners; // in deletion order
};

} // namespace cs
