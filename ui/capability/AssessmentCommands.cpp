#include "capability/AssessmentCommands.h"

#include "WorkbookSession.h"
#include "storage/AssessmentRepository.h"
#include "storage/WatchClearanceRepository.h"

namespace cs {

namespace {
QString day(const Assessment &a)
{
    return a.date.toString(Qt::ISODate);
}
} // namespace

void CapabilityCommand::changed()
{
    m_session.invalidateCapability();
}

AddAssessmentCommand *AddAssessmentCommand::create(WorkbookSession &session, const Assessment &assessment)
{
    Assessment stored;
    if (!session.attempt([&] { stored = AssessmentRepository(session.workbook()).insert(assessment); }))
        return nullptr;
    session.invalidateCapability();
    return new AddAssessmentCommand(session, stored);
}

AddAssessmentCommand::AddAssessmentCommand(WorkbookSession &session, const Assessment &stored)
    : CapabilityCommand(session)
    , m_assessment(stored)
{
    setText(tr("add the assessment of %1").arg(day(stored)));
}

void AddAssessmentCommand::apply()
{
    AssessmentRepository(m_session.workbook()).restore(m_assessment);
}

void AddAssessmentCommand::revert()
{
    AssessmentRepository(m_session.workbook()).remove(m_assessment.id);
}

EditAssessmentCommand *EditAssessmentCommand::create(
    WorkbookSession &session, const Assessment &before, const Assessment &after)
{
    Assessment stored;
    if (!session.attempt([&] { stored = AssessmentRepository(session.workbook()).update(after); }))
        return nullptr;
    session.invalidateCapability();
    return new EditAssessmentCommand(session, before, stored);
}

EditAssessmentCommand::EditAssessmentCommand(
    WorkbookSession &session, const Assessment &before, const Assessment &after)
    : CapabilityCommand(session)
    , m_before(before)
    , m_after(after)
{
    setText(tr("edit the assessment of %1").arg(day(after)));
}

// Undo and redo put back the exact row (with its time), so an import undo that
// asks "edited since?" sees the truth.
void EditAssessmentCommand::apply()
{
    AssessmentRepository(m_session.workbook()).restore(m_after);
}

void EditAssessmentCommand::revert()
{
    AssessmentRepository(m_session.workbook()).restore(m_before);
}

DeleteAssessmentCommand *DeleteAssessmentCommand::create(
    WorkbookSession &session, const Assessment &assessment)
{
    if (!session.attempt([&] { AssessmentRepository(session.workbook()).remove(assessment.id); }))
        return nullptr;
    session.invalidateCapability();
    return new DeleteAssessmentCommand(session, assessment);
}

DeleteAssessmentCommand::DeleteAssessmentCommand(WorkbookSession &session, const Assessment &assessment)
    : CapabilityCommand(session)
    , m_assessment(assessment)
{
    setText(tr("delete the assessment of %1").arg(day(assessment)));
}

void DeleteAssessmentCommand::apply()
{
    AssessmentRepository(m_session.workbook()).remove(m_assessment.id);
}

void DeleteAssessmentCommand::revert()
{
    AssessmentRepository(m_session.workbook()).restore(m_assessment);
}

ClearWatchEntryCommand *ClearWatchEntryCommand::create(
    WorkbookSession &session, qint64 partnerId, const WatchHit &hit, const QString &note, QDate asOf)
{
    WatchClearance stored;
    if (!session.attempt(
            [&] { stored = WatchClearanceRepository(session.workbook()).clear(partnerId, hit, note, asOf); }))
        return nullptr;
    session.invalidateCapability();
    return new ClearWatchEntryCommand(session, stored);
}

ClearWatchEntryCommand::ClearWatchEntryCommand(WorkbookSession &session, const WatchClearance &stored)
    : CapabilityCommand(session)
    , m_clearance(stored)
{
    setText(tr("clear a watch-list entry"));
}

void ClearWatchEntryCommand::apply()
{
    WatchClearanceRepository(m_session.workbook()).restore(m_clearance);
}

void ClearWatchEntryCommand::revert()
{
    WatchClearanceRepository(m_session.workbook()).remove(m_clearance.id);
}

} // namespace cs
