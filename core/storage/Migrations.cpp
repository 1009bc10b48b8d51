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

// 4: assessments gain assessor, note and the optional sub-indicators (in the
// units SubIndicators.h names), and a dimension score may be left to be derived
// from them; the table checks that each dimension has one or the other. The
// manager's clearances of watch-list entries are kept with their note.
void extendAssessments(QSqlDatabase &db)
{
    run(db, { R"(CREATE TABLE assessments_v4 (
                 id             INTEGER PRIMARY KEY,
                 partner_id     INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 date           TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                 product        INTEGER CHECK (product BETWEEN 0 AND 100),
                 sales          INTEGER CHECK (sales BETWEEN 0 AND 100),
                 service        INTEGER CHECK (service BETWEEN 0 AND 100),
                 assessor       TEXT NOT NULL DEFAULT '',
                 note           TEXT NOT NULL DEFAULT '',
                 core_products  INTEGER CHECK (core_products >= 0),
                 exam_score     INTEGER CHECK (exam_score BETWEEN 0 AND 1000),
                 visits_30d     INTEGER CHECK (visits_30d >= 0),
                 conversion     INTEGER CHECK (conversion BETWEEN 0 AND 1000),
                 response_hours INTEGER CHECK (response_hours >= 0),
                 satisfaction   INTEGER CHECK (satisfaction BETWEEN 0 AND 1000),
                 updated_at     TEXT NOT NULL,
                 UNIQUE (partner_id, date),
                 CHECK (product IS NOT NULL OR core_products IS NOT NULL OR exam_score IS NOT NULL),
                 CHECK (sales IS NOT NULL OR visits_30d IS NOT NULL OR conversion IS NOT NULL),
                 CHECK (service IS NOT NULL OR response_hours IS NOT NULL OR satisfaction IS NOT NULL)
             ))",
        // Ids are kept: import_changes names assessment rows by id for undo.
        R"(INSERT INTO assessments_v4 (id, partner_id, date, product, sales, service, updated_at)
             SELECT id, partner_id, date, product, sales, service, updated_at FROM assessments)",
        "DROP TABLE assessments", "ALTER TABLE assessments_v4 RENAME TO assessments",
        // A clearance matches a hit by rule, dimension and evidence (the assessment
        // date or quarter the hit rests on): new evidence brings the entry back.
        R"(CREATE TABLE watch_clearances (
                 id          INTEGER PRIMARY KEY,
                 partner_id  INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 rule        TEXT NOT NULL,
                 dimension   TEXT NOT NULL DEFAULT '',
                 evidence    TEXT NOT NULL DEFAULT '',
                 reason      TEXT NOT NULL,
                 note        TEXT NOT NULL CHECK (trim(note) <> ''),
                 as_of       TEXT NOT NULL,
                 cleared_at  TEXT NOT NULL,
                 UNIQUE (partner_id, rule, dimension, evidence)
             ))" });
}

// 5: incentives. Policy versions keep their rules as JSON (fen and basis points);
// a closed quarter freezes each partner's statement and its lines exactly as
// settled, so later corrections become adjustments instead of rewrites. Records
// that money was settled on (penalties, MDF requests, frozen statements) keep
// their partner from being deleted. closed_lines repeats a line's component,
// amount and, for adjustments, the quarter and component corrected, so what a
// closed quarter settled can be summed without reading the JSON.
void createIncentives(QSqlDatabase &db)
{
    run(db,
        { R"(CREATE TABLE policy_versions (
                 id             INTEGER PRIMARY KEY,
                 effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
                 rules          TEXT NOT NULL,
                 note           TEXT NOT NULL DEFAULT '',
                 created_at     TEXT NOT NULL
             ))",
            R"(CREATE TABLE closed_periods (
                 quarter   TEXT PRIMARY KEY NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
                 policy_id INTEGER NOT NULL REFERENCES policy_versions(id) ON DELETE RESTRICT,
                 note      TEXT NOT NULL DEFAULT '',
                 closed_at TEXT NOT NULL
             ) WITHOUT ROWID)",
            R"(CREATE TABLE closed_statements (
                 quarter    TEXT NOT NULL REFERENCES closed_periods(quarter) ON DELETE RESTRICT,
                 partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 position   INTEGER NOT NULL CHECK (position >= 0),
                 code       TEXT NOT NULL,
                 name       TEXT NOT NULL,
                 region     TEXT NOT NULL DEFAULT '',
                 tier       TEXT CHECK (tier IN ('diamond', 'gold', 'silver', 'bronze')),
                 target     INTEGER,
                 sales      INTEGER,
                 exceptions TEXT NOT NULL DEFAULT '',
                 PRIMARY KEY (quarter, partner_id)
             ) WITHOUT ROWID)",
            "CREATE INDEX closed_statements_partner ON closed_statements(partner_id)",
            R"(CREATE TABLE closed_lines (
                 quarter    TEXT NOT NULL,
                 partner_id INTEGER NOT NULL,
                 seq        INTEGER NOT NULL CHECK (seq >= 0),
                 component  TEXT NOT NULL CHECK (component IN ('achievement', 'growth', 'special',
                                 'new_customers', 'cash_discount', 'co_funding', 'penalty', 'adjustment')),
                 amount     INTEGER NOT NULL,
                 source     TEXT CHECK (source GLOB '[0-9][0-9][0-9][0-9]Q[1-4]' AND source < quarter),
                 corrects   TEXT CHECK (corrects IN ('achievement', 'growth', 'special', 'new_customers',
                                 'cash_discount', 'co_funding', 'penalty')),
                 line       TEXT NOT NULL,
                 PRIMARY KEY (quarter, partner_id, seq),
                 FOREIGN KEY (quarter, partner_id) REFERENCES closed_statements(quarter, partner_id)
                     ON DELETE RESTRICT,
                 CHECK ((component = 'adjustment') = (source IS NOT NULL AND corrects IS NOT NULL))
             ) WITHOUT ROWID)",
            "CREATE INDEX closed_lines_source ON closed_lines(source) WHERE source IS NOT NULL",
            // amount, when given, replaces the policy's rule for the kind: a deduction in fen.
            R"(CREATE TABLE penalties (
                 id          INTEGER PRIMARY KEY,
                 partner_id  INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                 kind        TEXT NOT NULL CHECK (kind IN ('cross_region', 'minimum_price', 'other')),
                 evidence    TEXT NOT NULL CHECK (trim(evidence) <> ''),
                 amount      INTEGER CHECK (amount >= 0),
                 recorded_at TEXT NOT NULL
             ))",
            "CREATE INDEX penalties_partner ON penalties(partner_id)",
            R"(CREATE TABLE mdf_requests (
                 id           INTEGER PRIMARY KEY,
                 partner_id   INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 activity     TEXT NOT NULL CHECK (trim(activity) <> ''),
                 planned_cost INTEGER NOT NULL CHECK (planned_cost >= 0),
                 created_at   TEXT NOT NULL
             ))",
            "CREATE INDEX mdf_requests_partner ON mdf_requests(partner_id)",
            // Appended, never updated: the request's history is its events in id order.
            R"(CREATE TABLE mdf_events (
                 id          INTEGER PRIMARY KEY,
                 request_id  INTEGER NOT NULL REFERENCES mdf_requests(id) ON DELETE RESTRICT,
                 state       TEXT NOT NULL CHECK (state IN ('requested', 'approved', 'rejected', 'claimed',
                                                            'paid')),
                 date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                 amount      INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
                 reference   TEXT NOT NULL DEFAULT '',
                 reason      TEXT NOT NULL DEFAULT '',
                 recorded_at TEXT NOT NULL
             ))",
            "CREATE INDEX mdf_events_request ON mdf_events(request_id)",
            R"(CREATE TABLE audit_log (
                 id      INTEGER PRIMARY KEY,
                 at      TEXT NOT NULL,
                 action  TEXT NOT NULL CHECK (trim(action) <> ''),
                 subject TEXT NOT NULL DEFAULT '',
                 detail  TEXT NOT NULL DEFAULT ''
             ))" });
}

// 6: scorecards. Most KPIs are read from what imports already hold; the ones
// nothing imports (profit margin, repurchase, on-time delivery ...) are entered per
// partner and quarter, as exact fractions like the satisfaction column of results.
// An entered target overrides the catalogue's; either half may be left empty.
void createScorecards(QSqlDatabase &db)
{
    run(db, { R"(CREATE TABLE kpi_entries (
                 partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 quarter    TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
                 kpi_code   TEXT NOT NULL CHECK (length(trim(kpi_code)) > 0),
                 actual_num INTEGER,
                 actual_den INTEGER CHECK (actual_den > 0),
                 target_num INTEGER,
                 target_den INTEGER CHECK (target_den > 0),
                 updated_at TEXT NOT NULL,
                 PRIMARY KEY (partner_id, quarter, kpi_code),
                 CHECK ((actual_num IS NULL) = (actual_den IS NULL)),
                 CHECK ((target_num IS NULL) = (target_den IS NULL))
             ) WITHOUT ROWID)" });
}

// 7: OKRs and improvement notes per partner and quarter. Targets and progress are
// exact fractions like kpi_entries, so a progress bar never rounds a decision.
void createOkrs(QSqlDatabase &db)
{
    run(db, { R"(CREATE TABLE okr_objectives (
                 id         INTEGER PRIMARY KEY,
                 partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 quarter    TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
                 title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
                 position   INTEGER NOT NULL
             ))",
        "CREATE INDEX okr_objectives_quarter ON okr_objectives (quarter, partner_id, position)",
        R"(CREATE TABLE okr_key_results (
                 id           INTEGER PRIMARY KEY,
                 objective_id INTEGER NOT NULL REFERENCES okr_objectives(id) ON DELETE CASCADE,
                 title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
                 target_num   INTEGER NOT NULL,
                 target_den   INTEGER NOT NULL CHECK (target_den > 0),
                 current_num  INTEGER NOT NULL,
                 current_den  INTEGER NOT NULL CHECK (current_den > 0),
                 unit         TEXT NOT NULL DEFAULT '',
                 position     INTEGER NOT NULL
             ))",
        "CREATE INDEX okr_key_results_objective ON okr_key_results (objective_id, position)",
        R"(CREATE TABLE improvement_notes (
                 partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 quarter    TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
                 note       TEXT NOT NULL,
                 updated_at TEXT NOT NULL,
                 PRIMARY KEY (partner_id, quarter)
             ) WITHOUT ROWID)" });
}

// 8: tier reviews and partner status history (issue 7). A confirmed tier change
// takes effect from a later quarter, so incentives of the quarter under way keep
// the tier they started with: settlement asks the history, not partners.tier.
// Churn rate needs the day a partner churned, which partners.status alone forgets:
// a trigger records every status change whichever path made it (form, import,
// undo). Partners already churned get their last edit's day, marked inferred.
void createTierHistory(QSqlDatabase &db)
{
    run(db, { R"(CREATE TABLE tier_changes (
                 id             INTEGER PRIMARY KEY,
                 partner_id     INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
                 review_period  TEXT NOT NULL CHECK (review_period GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
                 effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
                 from_tier      TEXT CHECK (from_tier IN ('diamond', 'gold', 'silver', 'bronze')),
                 to_tier        TEXT NOT NULL CHECK (to_tier IN ('diamond', 'gold', 'silver', 'bronze')),
                 reason         TEXT NOT NULL DEFAULT '',
                 confirmed_by   TEXT NOT NULL CHECK (length(trim(confirmed_by)) > 0),
                 confirmed_at   TEXT NOT NULL,
                 CHECK (effective_from > review_period)
             ))",
        "CREATE INDEX tier_changes_partner ON tier_changes (partner_id, effective_from)",
        R"(CREATE TABLE status_changes (
                 id          INTEGER PRIMARY KEY,
                 partner_id  INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
                 date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                 from_status TEXT CHECK (from_status IN ('active', 'watch', 'churned')),
                 to_status   TEXT NOT NULL CHECK (to_status IN ('active', 'watch', 'churned')),
                 inferred    INTEGER NOT NULL DEFAULT 0 CHECK (inferred IN (0, 1))
             ))",
        "CREATE INDEX status_changes_date ON status_changes (date, to_status)",
        "CREATE INDEX status_changes_partner ON status_changes (partner_id, date)",
        R"(CREATE TRIGGER partners_status_changed AFTER UPDATE OF status ON partners
               WHEN old.status IS NOT new.status
               BEGIN
                   INSERT INTO status_changes (partner_id, date, from_status, to_status)
                   VALUES (new.id, date('now', 'localtime'), old.status, new.status);
               END)",
        R"(INSERT INTO status_changes (partner_id, date, from_status, to_status, inferred)
               SELECT id, substr(updated_at, 1, 10), NULL, 'churned', 1 FROM partners
               WHERE status = 'churned')" });
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        { 1, createSettings },
        { 2, createPartners },
        { 3, createImports },
        { 4, extendAssessments },
        { 5, createIncentives },
        { 6, createScorecards },
        { 7, createOkrs },
        { 8, createTierHistory },
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
