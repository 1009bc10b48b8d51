#include "capability/AssessmentEditing.h"

#include "WorkbookSession.h"
#include "capability/AssessmentCommands.h"
#include "capability/AssessmentDialog.h"
#include "capability/PartnerCapabilityPanel.h"
#include "partners/PartnerTableModel.h"
#include "storage/AssessmentRepository.h"

#include <QInputDialog>
#include <QMessageBox>

namespace cs {

AssessmentEditing::AssessmentEditing(WorkbookSession &session, PartnerCapabilityPanel *panel)
    : QObject(panel)
    , m_session(session)
    , m_panel(panel)
{
    connect(panel, &PartnerCapabilityPanel::addAssessmentRequested, this, &AssessmentEditing::add);
    connect(panel, &PartnerCapabilityPanel::editAssessmentRequested, this, &AssessmentEditing::edit);
    connect(panel, &PartnerCapabilityPanel::deleteAssessmentRequested, this, &AssessmentEditing::remove);
    connect(panel, &PartnerCapabilityPanel::clearWatchEntryRequested, this, &AssessmentEditing::clearEntry);
    panel->setEditingEnabled(true);
}

QString AssessmentEditing::partnerLabel(qint64 partnerId) const
{
    const Partner *p = m_session.partnerModel()->partnerById(partnerId);
    return p ? p->code + QLatin1Char(' ') + p->name : QString();
}

void AssessmentEditing::add(qint64 partnerId)
{
    Assessment fresh;
    fresh.partnerId = partnerId;
    fresh.date = QDate::currentDate();
    // The assessor usually stays the same from month to month: start from the last one.
    const QList<Assessment> history = AssessmentRepository(m_session.workbook()).forPartner(partnerId);
    if (!history.isEmpty())
        fresh.assessor = history.back().assessor;
    AssessmentDialog dialog(fresh, partnerLabel(partnerId), m_session.capability().rules.scales, m_panel);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto *command = AddAssessmentCommand::create(m_session, dialog.assessment()))
        m_session.undoStack()->push(command);
}

std::optional<Assessment> AssessmentEditing::find(qint64 partnerId, QDate date) const
{
    for (const Assessment &a : AssessmentRepository(m_session.workbook()).forPartner(partnerId))
        if (a.date == date)
            return a;
    return std::nullopt;
}

void AssessmentEditing::edit(qint64 partnerId, QDate date)
{
    const auto before = find(partnerId, date);
    if (!before)
        return;
    AssessmentDialog dialog(*before, partnerLabel(partnerId), m_session.capability().rules.scales, m_panel);
    if (dialog.exec() != QDialog::Accepted || dialog.assessment() == *before)
        return;
    if (auto *command = EditAssessmentCommand::create(m_session, *before, dialog.assessment()))
        m_session.undoStack()->push(command);
}

void AssessmentEditing::remove(qint64 partnerId, QDate date)
{
    const auto assessment = find(partnerId, date);
    if (!assessment)
        return;
    const auto answer = QMessageBox::question(m_panel, tr("Delete Assessment"),
        tr("Delete the assessment of %1 on %2? You can undo this.")
            .arg(partnerLabel(partnerId), date.toString(Qt::ISODate)));
    if (answer != QMessageBox::Yes)
        return;
    if (auto *command = DeleteAssessmentCommand::create(m_session, *assessment))
        m_session.undoStack()->push(command);
}

void AssessmentEditing::clearEntry(qint64 partnerId, const WatchHit &hit)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(m_panel, tr("Clear Watch-List Entry"),
        tr("%1\n\nWhy can this entry be cleared? The note is kept in the partner's watch-list history, "
           "and the entry comes back when new figures still show it.")
            .arg(hit.reason),
        {}, &ok);
    if (!ok)
        return;
    if (auto *command =
            ClearWatchEntryCommand::create(m_session, partnerId, hit, note, m_session.capability().asOf))
        m_session.undoStack()->push(command);
}

} // namespace cs
