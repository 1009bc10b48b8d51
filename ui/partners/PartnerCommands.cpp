#include "partners/PartnerCommands.h"

#include "WorkbookSession.h"
#include "partners/PartnerTableModel.h"
#include "storage/Transaction.h"

namespace cs {

AddPartnerCommand *AddPartnerCommand::create(WorkbookSession &session, const Partner &partner)
{
    Partner stored;
    if (!session.attempt([&] { stored = session.partners().insert(partner); }))
        return nullptr;
    session.partnerModel()->upsert(stored);
    return new AddPartnerCommand(session, stored);
}

AddPartnerCommand::AddPartnerCommand(WorkbookSession &session, const Partner &stored)
    : SessionCommand(session)
    , m_partner(stored)
{
    setText(tr("add partner %1").arg(stored.code));
}

void AddPartnerCommand::apply()
{
    m_session.partners().restore(m_partner);
    m_session.partnerModel()->upsert(m_partner);
}

void AddPartnerCommand::revert()
{
    m_session.partners().remove(m_partner.id);
    m_session.partnerModel()->remove(m_partner.id);
}

EditPartnerCommand *EditPartnerCommand::create(
    WorkbookSession &session, const Partner &before, const Partner &after)
{
    Partner stored;
    if (!session.attempt([&] { stored = session.partners().update(after); }))
        return nullptr;
    session.partnerModel()->upsert(stored);
    return new EditPartnerCommand(session, before, stored);
}

EditPartnerCommand::EditPartnerCommand(WorkbookSession &session, const Partner &before, const Partner &after)
    : SessionCommand(session)
    , m_before(before)
    , m_after(after)
{
    setText(tr("edit partner %1").arg(after.code));
}

void EditPartnerCommand::apply()
{
    m_session.partnerModel()->upsert(m_session.partners().update(m_after));
}

void EditPartnerCommand::revert()
{
    m_session.partnerModel()->upsert(m_session.partners().update(m_before));
}

DeletePartnersCommand *DeletePartnersCommand::create(WorkbookSession &session, QList<Partner> partners)
{
    // Depth below the top of the channel: deleting deepest first never strands a child.
    const auto depth = [&session](const Partner &p) {
        int d = 0;
        for (qint64 id = p.parentId; id != 0 && d < 1000; ++d) {
            const Partner *parent = session.partnerModel()->partnerById(id);
            id = parent ? parent->parentId : 0;
        }
        return d;
    };
    std::stable_sort(partners.begin(), partners.end(),
        [&](const Partner &a, const Partner &b) { return depth(a) > depth(b); });
    auto *command = new DeletePartnersCommand(session, partners);
    if (!session.attempt([command] { command->apply(); })) {
        delete command;
        return nullptr;
    }
    return command;
}

DeletePartnersCommand::DeletePartnersCommand(WorkbookSession &session, QList<Partner> ordered)
    : SessionCommand(session)
    , m_partners(std::move(ordered))
{
    setText(m_partners.size() == 1 ? tr("delete partner %1").arg(m_partners.front().code)
                                   : tr("delete %n partner(s)", "", int(m_partners.size())));
}

void DeletePartnersCommand::apply()
{
    // One transaction: either every selected partner goes or none does.
    Transaction transaction(m_session.workbook().database());
    for (const Partner &p : std::as_const(m_partners))
        m_session.partners().remove(p.id);
    transaction.commit();
    for (const Partner &p : std::as_const(m_partners))
        m_session.partnerModel()->remove(p.id);
}

void DeletePartnersCommand::revert()
{
    Transaction transaction(m_session.workbook().database());
    for (auto it = m_partners.crbegin(); it != m_partners.crend(); ++it)
        m_session.partners().restore(*it);
    transaction.commit();
    for (auto it = m_partners.crbegin(); it != m_partners.crend(); ++it)
        m_session.partnerModel()->upsert(*it);
}

} // namespace cs
