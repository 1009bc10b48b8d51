// The base of every undoable edit of the open workbook. The change is made
// before the command is pushed (so a refusal never enters the history); the
// first redo() that QUndoStack::push() calls does nothing. Each command changes
// the workbook first and the models second, so views show what the file holds.
#pragma once

#include <QUndoCommand>

namespace cs {

class WorkbookSession;

class SessionCommand : public QUndoCommand {
public:
    explicit SessionCommand(WorkbookSession &session)
        : m_session(session)
    {
    }
    void undo() final;
    void redo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    // After apply() or revert() went through: what the views must hear besides the models.
    virtual void changed() { }
    WorkbookSession &m_session;

private:
    bool m_firstRedo = true;
};

} // namespace cs
