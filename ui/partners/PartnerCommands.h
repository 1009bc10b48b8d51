// Undoable partner edits. Each command changes the workbook first and the
// model second, so what the table shows is always what the file holds.
#pragma once

#include "domain/Partner.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cs {

class WorkbookSession;

// The change is made before the command is pushed (so a refusal never enters
// the history); the first redo() that QUndoStack::push() calls does nothing.
class PartnerCommand : public QUndoCommand {
public:
    explicit PartnerCommand(WorkbookSession &session)
        : m_session(session)
    {
    }
    void undo() final;
    void redo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    WorkbookSession &m_session;

private:
    bool m_firstRedo = true;
};

class AddPartnerCommand : public PartnerCommand {
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

class EditPartnerCommand : public PartnerCommand {
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

class DeletePartnersCommand : public PartnerCommand {
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
