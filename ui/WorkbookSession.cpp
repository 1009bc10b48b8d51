#include "WorkbookSession.h"

#include "partners/PartnerTableModel.h"
#include "storage/StorageError.h"

namespace cs {

WorkbookSession::WorkbookSession(std::unique_ptr<Workbook> workbook, QObject *parent)
    : QObject(parent)
    , m_workbook(std::move(workbook))
    , m_partners(*m_workbook)
    , m_incentives(*m_workbook)
    , m_partnerModel(new PartnerTableModel(this))
    , m_undoStack(new QUndoStack(this))
{
    m_partnerModel->setPartners(m_partners.all());
    connect(m_partnerModel, &QAbstractItemModel::rowsInserted, this, &WorkbookSession::partnersChanged);
    connect(m_partnerModel, &QAbstractItemModel::rowsRemoved, this, &WorkbookSession::partnersChanged);
    connect(m_partnerModel, &QAbstractItemModel::dataChanged, this, &WorkbookSession::partnersChanged);
    connect(m_partnerModel, &QAbstractItemModel::modelReset, this, &WorkbookSession::partnersChanged);
    // Status, certification and the partner list itself feed the model. An import
    // arrives here too: reloadAfterImport() resets the partner model.
    connect(this, &WorkbookSession::partnersChanged, this, &WorkbookSession::invalidateCapability);
    connect(this, &WorkbookSession::partnersChanged, this, &WorkbookSession::incentivesChanged);
    connect(this, &WorkbookSession::importsChanged, this, &WorkbookSession::incentivesChanged);
}

// The undo stack's commands hold references into this session: clear them first.
WorkbookSession::~WorkbookSession()
{
    m_undoStack->clear();
}

bool WorkbookSession::attempt(const std::function<void()> &change)
{
    try {
        change();
        return true;
    } catch (const StorageError &e) {
        emit failed(e.message());
        return false;
    }
}

void WorkbookSession::reloadAfterImport()
{
    m_undoStack->clear();
    m_partnerModel->setPartners(m_partners.all());
    emit importsChanged();
}

void WorkbookSession::reloadPartners()
{
    m_undoStack->clear();
    m_partnerModel->setPartners(m_partners.all());
}

const CapabilityOverview &WorkbookSession::capability()
{
    if (!m_capability) {
        // Problems with stored rules fall back to defaults; the settings page shows them.
        m_capability =
            CapabilityModel::compute(*m_workbook, QDate::currentDate(), CapabilityRules::load(*m_workbook));
    }
    return *m_capability;
}

void WorkbookSession::invalidateCapability()
{
    m_capability.reset();
    emit capabilityChanged();
}

} // namespace cs
