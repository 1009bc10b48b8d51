// One writer per workbook: a lock file beside it ("<file>.lock"), taken by every
// read-write open and released on close or found stale once its holder has died.
#pragma once

#include "storage/WorkbookError.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace cs {

class WorkbookLock {
    Q_DECLARE_TR_FUNCTIONS(cs::WorkbookLock)

public:
    // The lock file that guards the workbook at `workbookPath`.
    static QString lockPath(const QString &workbookPath);

    // Takes the lock, or returns null with *error set: Kind::Locked naming who holds
    // it, or Kind::ReadOnly when no lock file can be made beside the workbook.
    static std::unique_ptr<WorkbookLock> acquire(const QString &workbookPath, WorkbookError *error);

    // The message for a workbook SQLite can only open read-only, or whose folder refuses the lock.
    static QString readOnlyMessage(const QString &workbookPath);

    ~WorkbookLock();
    WorkbookLock(const WorkbookLock &) = delete;
    WorkbookLock &operator=(const WorkbookLock &) = delete;

    QString fileName() const { return m_file.fileName(); }

private:
    explicit WorkbookLock(const QString &lockPath);
    bool tryTake();

    QLockFile m_file;
};

} // namespace cs
