// The workbook schema as numbered steps. A file at version N is brought to the
// current version by applying steps N+1.., each in its own transaction.
#pragma once

#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace cs {

struct Migration {
    int version; // the user_version the file has after this step
    std::function<void(QSqlDatabase &)> apply; // throws StorageError
};

const std::vector<Migration> &migrations();

// The version a fully migrated workbook has.
int currentSchemaVersion();

// Applies every step after `fromVersion` up to `toVersion`, each step and its
// user_version bump committed together. Throws StorageError; steps already
// committed stay (the file is then at a valid older version).
void migrate(QSqlDatabase &db, int fromVersion, int toVersion);

} // namespace cs
