#include "SessionCommand.h"

#include "WorkbookSession.h"

#include <utility>

namespace cs {

void SessionCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    // A redo the workbook refuses (say, the code was taken meanwhile) leaves
    // the history: the stack drops obsolete commands.
    if (m_session.attempt([this] { apply(); }))
        changed();
    else
        setObsolete(true);
}

void SessionCommand::undo()
{
    if (m_session.attempt([this] { revert(); }))
        changed();
    else
        setObsolete(true);
}

} // namespace cs
