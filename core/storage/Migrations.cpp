#include "storage/Migrations.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cs {

namespace {

void run(QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    for (const char *statement : statements)
        sql::exec(db, QString::fromUtf8(statement));
}

// 1: workbook-wide settings (company name, policy defaults later) as key/value facts.
void createSettings(QSqlDatabase &db)
{
    run(db, { R"(CREATE TABLE settings (
                 key   TEXT PRIMARY KEY NOT NULL,
                 value TEXT NOT NULL
             ) WITHOUT ROWID)" });
}

// 2: the partner registry. Enumerations are stored as stable English codes, not
// labels, so a translation change never changes what the file means.
void createPartners(QSqlDatabase &db)
{
    run(db,
        { R"(CREATE TABLE partners (
                 id            INTEGER PRIMARY KEY,
                 code          TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(code)) > 0),
                 name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
                 type          TEXT NOT NULL CHECK (type IN ('internal_sales', 'sales_office', 'distributor',
                                                             'agent', 'retailer', 'independent_rep')),
                 region        TEXT NOT NULL DEFAULT '',
                 tier          TEXT CHECK (tier IN ('diamond', 'gold', 'silver', 'bronze')),
                 certification TEXT CHECK (certification IN ('basic', 'advanced', 'expert')),
                 stage         TEXT CHECK (stage IN ('entry', 'growth', 'expert')),
                 mentor        TEXT NOT NULL DEFAULT '',
                 parent_id     INTEGER REFERENCES partners(id) ON DELETE RESTRICT CHECK (parent_id <> id),
                 join_date     TEXT CHECK (join_date IS NULL OR join_date GLOB
                                           '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                 status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'watch', 'churned')),
                 contact_name  TEXT NOT NULL DEFAULT '',
                 contact_phone TEXT NOT NULL DEFAULT '',
                 contact_email TEXT NOT NULL DEFAULT '',
                 notes         TEXT NOT NULL DEFAULT '',
                 created_at    TEXT NOT NULL,
                 updated_at    TEXT NOT NULL
             ))",
            "CREATE INDEX partners_parent ON partners(parent_id)",
            "CREATE INDEX partners_region ON partners(region)" });
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        { 1, createSettings },
        { 2, createPartners },
    };
    return steps;
}

int currentSchemaVersion()
{
    return migrations().back().version;
}

void migrate(QSqlDatabase &db, int fromVersion, int toVersion)
{
    // A step may rebuild a table (SQLite's way to change a column), which must not
    // cascade or trip over references; integrity is checked before each commit instead.
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    for (const Migration &step : migrations()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        Transaction transaction(db);
        step.apply(db);
        if (sql::scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isValid())
            throw StorageError(
                QCoreApplication::translate("cs::Storage", "Upgrading to version %1 left broken references.")
                    .arg(step.version));
        sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        transaction.commit();
    }
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace cs
