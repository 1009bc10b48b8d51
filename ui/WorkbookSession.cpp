#include "WorkbookSession.h"

#include "partners/PartnerTableModel.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

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

    // The folder too: some systems stop watching a file once it is gone, and the
    // folder's listing changes when the file is deleted or renamed.
    auto *watcher = new QFileSystemWatcher(this);
    watcher->addPath(m_workbook->path());
    watcher->addPath(QFileInfo(m_workbook->path()).absolutePath());
    connect(watcher, &QFileSystemWatcher::fileChanged, this, &WorkbookSession::checkFileInPlace);
    connect(watcher, &QFileSystemWatcher::directoryChanged, this, &WorkbookSession::checkFileInPlace);
}

// The undo stack's commands hold references into this session: clear them first.
WorkbookSession::~WorkbookSession()
{
    m_undoStack->clear();
}

bool WorkbookSession::attempt(const std::function<void()> &change)
{
    if (!checkFileInPlace()) {
        emit failed(fileLostMessage());
        return false;
    }
    try {
        change();
        return true;
    } catch (const StorageError &e) {
        emit failed(e.message());
        return false;
    }
}

bool WorkbookSession::checkFileInPlace()
{
    if (m_fileLost)
        return false;
    if (m_workbook->isFileInPlace())
        return true;
    m_fileLost = true;
    // Writes that do not come through attempt() are refused by SQLite from now on.
    m_workbook->refuseWrites();
    emit fileLost();
    return false;
}

QString WorkbookSession::fileLostMessage() const
{
    return tr("“%1” was deleted or moved while it was open, so changes can no longer be saved in it; this "
              "change was not made. Use “Save a Copy As…” to keep the workbook's data.")
        .arg(QDir::toNativeSeparators(m_workbook->path()));
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
