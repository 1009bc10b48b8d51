// Everything the window needs about the open workbook: the file, its partners
// model and its undo history. One per open workbook; views get it passed in.
#pragma once

#include "capability/CapabilityModel.h"
#include "storage/IncentiveBook.h"
#include "storage/PartnerRepository.h"
#include "storage/Workbook.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace cs {

class PartnerTableModel;

class WorkbookSession : public QObject {
    Q_OBJECT

public:
    WorkbookSession(std::unique_ptr<Workbook> workbook, QObject *parent = nullptr);
    ~WorkbookSession() override;

    Workbook &workbook() { return *m_workbook; }
    PartnerRepository &partners() { return m_partners; }
    IncentiveBook &incentives() { return m_incentives; }
    PartnerTableModel *partnerModel() const { return m_partnerModel; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Runs a change against the workbook. A refused change is reported through
    // failed() and leaves the model untouched; returns whether it went through.
    // Refused too once the workbook's file was deleted or moved (see fileLost()).
    bool attempt(const std::function<void()> &change);

    // Whether the file is still where it was opened; the first time it is not,
    // further writes are refused and fileLost() is emitted. attempt() and a watch
    // on the file check it; the data stays readable for saving a copy.
    bool checkFileInPlace();
    bool isFileLost() const { return m_fileLost; }
    QString fileLostMessage() const;

    // After an import was committed or undone (outside the undo stack): the
    // partners are read again, and the edit history is cleared, because undoing
    // an earlier edit would now silently overwrite what the import wrote.
    void reloadAfterImport();
    // After partner rows were written outside the undo stack (confirmed tier changes
    // set partners.tier): the partners are read again, and the edit history is
    // cleared, because undoing an earlier edit would put back the tier it saw.
    void reloadPartners();

    // The capability model of the whole channel as of today under the workbook's
    // rules, shared by every view; computed on first use after a change.
    const CapabilityOverview &capability();
    // After assessments or capability rules changed: drops the computed model and
    // emits capabilityChanged(). Partner edits and imports (through the partner
    // model's reset) do this themselves.
    void invalidateCapability();
    // After a policy, penalty, MDF request or closing changed: views showing
    // statements settle again. Partner edits and imports emit it too, because a
    // preview reads their data.
    void notifyIncentivesChanged() { emit incentivesChanged(); }

signals:
    void partnersChanged();
    void importsChanged();
    void failed(const QString &message);
    void capabilityChanged();
    void incentivesChanged();
    void fileLost();

private:
    std::unique_ptr<Workbook> m_workbook;
    PartnerRepository m_partners;
    IncentiveBook m_incentives;
    PartnerTableModel *m_partnerModel;
    QUndoStack *m_undoStack;
    std::optional<CapabilityOverview> m_capability;
    bool m_fileLost = false;
};

} // namespace cs
