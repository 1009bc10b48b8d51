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

// 3: what imports bring in, and the record of the imports themselves. Money is
// integer fen, scores tenths (8.7 → 87), percentages an exact fraction num/den.
// updated_at on imported records lets undo see whether anything changed since.
void createImports(QSqlDatabase &db)
{
    run(db,
        { R"(CREATE TABLE import_history (
                 id           INTEGER PRIMARY KEY,
                 kind         TEXT NOT NULL CHECK (kind IN ('partners', 'results', 'assessments', 'ledger')),
                 file_name    TEXT NOT NULL,
                 sheet        TEXT NOT NULL DEFAULT '',
                 sha256       TEXT NOT NULL,
                 imported_at  TEXT NOT NULL,
                 inserted     INTEGER NOT NULL DEFAULT 0,
                 updated      INTEGER NOT NULL DEFAULT 0,
                 unchanged    INTEGER NOT NULL DEFAULT 0,
                 rejected     INTEGER NOT NULL DEFAULT 0,
                 undone_at    TEXT
             ))",
            // Earlier values of what an import changed: before NULL means the import inserted the row.
            R"(CREATE TABLE import_changes (
                 import_id  INTEGER NOT NULL REFERENCES import_history(id) ON DELETE CASCADE,
                 table_name TEXT NOT NULL CHECK (table_name IN ('partners', 'results', 'assessments')),
                 row_id     INTEGER NOT NULL,
                 before     TEXT,
                 PRIMARY KEY (import_id, table_name, row_id)
             ) WITHOUT ROWID)",
            R"(CREATE TABLE import_profiles (
                 kind       TEXT NOT NULL,
                 header_key TEXT NOT NULL,
                 headers    TEXT NOT NULL,
                 mapping    TEXT NOT NULL,
                 saved_at   TEXT NOT NULL,
                 PRIMARY KEY (kind, header_key)
             ) WITHOUT ROWID)",
            R"(CREATE TABLE results (
                 id             INTEGER PRIMARY KEY,
                 partner_id     INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 quarter        TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
                 sales_target   INTEGER NOT NULL CHECK (sales_target >= 0),
                 actual_sales   INTEGER NOT NULL CHECK (actual_sales >= 0),
                 collections    INTEGER CHECK (collections >= 0),
                 new_customers  INTEGER CHECK (new_customers >= 0),
                 satisfaction_num INTEGER CHECK (satisfaction_num >= 0),
                 satisfaction_den INTEGER CHECK (satisfaction_den > 0),
                 visits_30d     INTEGER CHECK (visits_30d >= 0),
                 remarks        TEXT NOT NULL DEFAULT '',
                 updated_at     TEXT NOT NULL,
                 UNIQUE (partner_id, quarter)
             ))",
            R"(CREATE TABLE assessments (
                 id          INTEGER PRIMARY KEY,
                 partner_id  INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                 product     INTEGER NOT NULL CHECK (product BETWEEN 0 AND 100),
                 sales       INTEGER NOT NULL CHECK (sales BETWEEN 0 AND 100),
                 service     INTEGER NOT NULL CHECK (service BETWEEN 0 AND 100),
                 updated_at  TEXT NOT NULL,
                 UNIQUE (partner_id, date)
             ))",
            // Order lines are appended, never updated: keyed by order id alone (no
            // rowid, no second index), which keeps a million-line import close to
            // SQLite's raw insert speed. source_row names the line in its file for
            // duplicate reports. A partner with lines always has ledger_totals rows,
            // whose key starts with partner_id: that reference is what keeps such a
            // partner from being deleted, without an index on this table.
            R"(CREATE TABLE ledger (
                 order_id     TEXT PRIMARY KEY NOT NULL,
                 partner_id   INTEGER NOT NULL,
                 date         TEXT NOT NULL,
                 product_line TEXT NOT NULL,
                 amount       INTEGER NOT NULL CHECK (amount >= 0),
                 import_id    INTEGER NOT NULL,
                 source_row   INTEGER NOT NULL
             ) WITHOUT ROWID)",
            R"(CREATE TABLE ledger_totals (
                 partner_id   INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 quarter      TEXT NOT NULL,
                 product_line TEXT NOT NULL,
                 amount       INTEGER NOT NULL,
                 orders       INTEGER NOT NULL,
                 PRIMARY KEY (partner_id, quarter, product_line)
             ) WITHOUT ROWID)" });
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        { 1, createSettings },
        { 2, createPartners },
        { 3, createImports },
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
