// Moving a finished workbook file under its final name: the one step that makes
// "a crash never leaves half a file" true for new files, copies and backups.
#pragma once

#include <QString>

namespace cs {

// Renames `from` to `to` (replacing it), after deleting `to`'s -wal/-shm files
// (SQLite would replay a stale journal into the new file), then syncs the
// folder so the rename itself survives a power cut. False with *error on failure.
bool moveWorkbookIntoPlace(const QString &from, const QString &to, QString *error);

// Deletes a workbook file's journal companions (-wal, -shm, -journal).
void removeJournalFiles(const QString &path);

} // namespace cs
