// Answers the partner capability panel's editing requests: the assessment form
// for add and edit, a confirmation for delete, a note for clearing a watch-list
// entry; each change goes onto the session's undo stack.
#pragma once

#include "capability/Assessment.h"
#include "capability/WatchEntry.h"

#include <QDate>
#include <QObject>

class QWidget;

namespace cs {

class PartnerCapabilityPanel;
class WorkbookSession;

class AssessmentEditing : public QObject {
    Q_OBJECT

public:
    // Enables the panel's editing buttons; lives as long as the panel.
    AssessmentEditing(WorkbookSession &session, PartnerCapabilityPanel *panel);

    void add(qint64 partnerId);
    void edit(qint64 partnerId, QDate date);
    void remove(qint64 partnerId, QDate date);
    void clearEntry(qint64 partnerId, const WatchHit &hit);

private:
    QString partnerLabel(qint64 partnerId) const;
    std::optional<Assessment> find(qint64 partnerId, QDate date) const;

    WorkbookSession &m_session;
    PartnerCapabilityPanel *m_panel;
};

} // namespace cs
