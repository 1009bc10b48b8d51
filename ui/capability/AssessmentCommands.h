// Undoable capability edits: adding, editing and deleting an assessment, and
// clearing a watch-list entry with a note. Each recomputes the channel's
// capability model through the session, so every view follows.
#pragma once

#include "SessionCommand.h"
#include "capability/Assessment.h"
#include "capability/WatchEntry.h"

#include <QCoreApplication>

namespace cs {

// Every capability edit ends by having the channel's model recomputed.
class CapabilityCommand : public SessionCommand {
public:
    using SessionCommand::SessionCommand;

protected:
    void changed() override;
};

class AddAssessmentCommand : public CapabilityCommand {
    Q_DECLARE_TR_FUNCTIONS(cs::AddAssessmentCommand)

public:
    // Stores the assessment now; returns null (and reports why) when the workbook refused it.
    static AddAssessmentCommand *create(WorkbookSession &session, const Assessment &assessment);

private:
    AddAssessmentCommand(WorkbookSession &session, const Assessment &stored);
    void apply() override;
    void revert() override;
    Assessment m_assessment;
};

class EditAssessmentCommand : public CapabilityCommand {
    Q_DECLARE_TR_FUNCTIONS(cs::EditAssessmentCommand)

public:
    static EditAssessmentCommand *create(
        WorkbookSession &session, const Assessment &before, const Assessment &after);

private:
    EditAssessmentCommand(WorkbookSession &session, const Assessment &before, const Assessment &after);
    void apply() override;
    void revert() override;
    Assessment m_before;
    Assessment m_after;
};

class DeleteAssessmentCommand : public CapabilityCommand {
    Q_DECLARE_TR_FUNCTIONS(cs::DeleteAssessmentCommand)

public:
    static DeleteAssessmentCommand *create(WorkbookSession &session, const Assessment &assessment);

private:
    DeleteAssessmentCommand(WorkbookSession &session, const Assessment &assessment);
    void apply() override;
    void revert() override;
    Assessment m_assessment;
};

class ClearWatchEntryCommand : public CapabilityCommand {
    Q_DECLARE_TR_FUNCTIONS(cs::ClearWatchEntryCommand)

public:
    static ClearWatchEntryCommand *create(
        WorkbookSession &session, qint64 partnerId, const WatchHit &hit, const QString &note, QDate asOf);

private:
    ClearWatchEntryCommand(WorkbookSession &session, const WatchClearance &stored);
    void apply() override;
    void revert() override;
    WatchClearance m_clearance;
};

} // namespace cs
