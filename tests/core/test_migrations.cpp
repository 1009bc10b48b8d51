// Every older workbook version is backed up, then brought to the current one
// with its data intact.
#include "TestSupport.h"
#include "storage/Migrations.h"
#include "storage/PartnerRepository.h"
#include "storage/Sql.h"
#include "storage/Workbook.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cs;

namespace {

// A workbook as an older Channel Station left it: our id, the steps up to `version`, a little data.
void writeWorkbookAtVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("old-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Workbook::applicationId));
        migrate(db, 0, version);
        if (version >= 1)
            sql::exec(db, QStringLiteral("INSERT INTO settings VALUES('company', '华信制造')"));
        if (version >= 2)
            sql::exec(db,
                QStringLiteral("INSERT INTO partners(code, name, type, created_at, updated_at) "
                               "VALUES('HD-0001', '杭州恒信', 'distributor', '2025-01-01T00:00:00.000Z', "
                               "'2025-01-01T00:00:00.000Z')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("the migration steps are numbered 1, 2, 3 ... without gaps")
{
    int expected = 1;
    for (const Migration &m : migrations())
        CHECK(m.version == expected++);
}

TEST_CASE("a workbook of every older version is backed up, then migrated with its data kept")
{
    for (int version = 0; version < currentSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            auto dir = test::tempDir();
            const QString path = dir->filePath(QStringLiteral("old.cwb"));
            writeWorkbookAtVersion(path, version);
            const QByteArray original = test::readAll(path);

            WorkbookError error;
            auto wb = Workbook::open(path, &error);
            INFO(error.message.toStdString());
            REQUIRE(wb);
            CHECK(sql::scalar(wb->database(), QStringLiteral("PRAGMA user_version")).toInt()
                == currentSchemaVersion());

            // The backup holds exactly the old content, and is itself an old-version workbook.
            const QString backup = wb->migrationBackupPath();
            REQUIRE_FALSE(backup.isEmpty());
            CHECK(QFileInfo(backup).fileName().startsWith(QStringLiteral("old.v%1-backup-").arg(version)));
            int backupVersion = -1;
            CHECK_FALSE(Workbook::inspect(backup, &backupVersion));
            CHECK(backupVersion == version);
            CHECK(test::readAll(backup).size() == original.size());

            if (version >= 1)
                CHECK(wb->setting(QStringLiteral("company")) == QStringLiteral("华信制造"));
            if (version >= 2)
                CHECK(PartnerRepository(*wb).byCode(QStringLiteral("HD-0001"))->name
                    == QStringLiteral("杭州恒信"));
            CHECK(PartnerRepository(*wb).count() == (version >= 2 ? 1 : 0));
        }
    }
}

TEST_CASE("a current workbook opens without a backup copy")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("now.cwb"));
    WorkbookError error;
    REQUIRE(Workbook::create(path, &error));
    auto wb = Workbook::open(path, &error);
    REQUIRE(wb);
    CHECK(wb->migrationBackupPath().isEmpty());
    CHECK(QDir(dir->path()).entryList({ QStringLiteral("*backup*") }, QDir::Files).isEmpty());
}
