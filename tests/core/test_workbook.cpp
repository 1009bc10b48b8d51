// The workbook file: creation, what a file holds, and refusing bad files
// without changing a byte of them.
#include "TestSupport.h"
#include "storage/Migrations.h"
#include "storage/PartnerRepository.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cs;

namespace {

QString pragma(Workbook &wb, const char *name)
{
    return sql::scalar(wb.database(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name))).toString();
}

// A SQLite database of some other program.
void writeForeignDatabase(const QString &path, int applicationId = 0, int userVersion = 0)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO notes(body) VALUES('hello')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

void requireRefused(const QString &path, WorkbookError::Kind kind, const QString &messagePart)
{
    const QByteArray before = test::fileFingerprint(path);
    WorkbookError error;
    auto workbook = Workbook::open(path, &error);
    CHECK(workbook == nullptr);
    CHECK(error.kind == kind);
    INFO(error.message.toStdString());
    CHECK(error.message.contains(messagePart));
    CHECK(error.message.contains(QDir::toNativeSeparators(path)));
    CHECK(test::fileFingerprint(path) == before);
}

} // namespace

TEST_CASE("a new workbook is a WAL SQLite file marked as ours, at the current schema")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("渠道.cwb"));
    WorkbookError error;
    auto wb = Workbook::create(path, &error);
    REQUIRE(wb);
    CHECK(pragma(*wb, "application_id").toInt() == Workbook::applicationId);
    CHECK(pragma(*wb, "user_version").toInt() == currentSchemaVersion());
    CHECK(pragma(*wb, "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(*wb, "foreign_keys") == QStringLiteral("1"));
    CHECK(wb->setting(QStringLiteral("created_by")).startsWith(QStringLiteral("Channel Station")));
    // Nothing but the workbook (and SQLite's own journal while open) is left in the folder.
    wb.reset();
    CHECK(QDir(dir->path()).entryList(QDir::Files) == QStringList { QStringLiteral("渠道.cwb") });
}

TEST_CASE("creating a workbook refuses to overwrite an existing file unless asked to replace it")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("a.cwb"));
    test::writeAll(path, "keep me");
    WorkbookError error;
    CHECK_FALSE(Workbook::create(path, &error));
    CHECK(error.kind == WorkbookError::Kind::AlreadyExists);
    CHECK(test::readAll(path) == "keep me");
    CHECK(Workbook::create(path, &error, true));
}

TEST_CASE("creating a workbook in a missing folder says which folder")
{
    auto dir = test::tempDir();
    WorkbookError error;
    CHECK_FALSE(Workbook::create(dir->filePath(QStringLiteral("nope/a.cwb")), &error));
    CHECK(error.kind == WorkbookError::Kind::Io);
    CHECK(error.message.contains(QStringLiteral("nope")));
}

TEST_CASE("settings are stored in the workbook and read back after reopening")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("s.cwb"));
    WorkbookError error;
    {
        auto wb = Workbook::create(path, &error);
        REQUIRE(wb);
        wb->setSetting(QStringLiteral("company"), QStringLiteral("华信制造"));
        wb->setSetting(QStringLiteral("company"), QStringLiteral("华信制造有限公司"));
    }
    auto wb = Workbook::open(path, &error);
    REQUIRE(wb);
    CHECK(wb->setting(QStringLiteral("company")) == QStringLiteral("华信制造有限公司"));
    CHECK(wb->setting(QStringLiteral("missing"), QStringLiteral("x")) == QStringLiteral("x"));
}

TEST_CASE("opening a file that does not exist says so")
{
    auto dir = test::tempDir();
    WorkbookError error;
    CHECK_FALSE(Workbook::open(dir->filePath(QStringLiteral("none.cwb")), &error));
    CHECK(error.kind == WorkbookError::Kind::NotFound);
    CHECK_FALSE(QFile::exists(dir->filePath(QStringLiteral("none.cwb"))));
}

TEST_CASE("a text file is refused as not a workbook and left unchanged")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("partners.csv"));
    test::writeAll(path, "伙伴编号,伙伴名称\r\nHD-0001,杭州恒信\r\n");
    requireRefused(path, WorkbookError::Kind::NotAWorkbook, QStringLiteral("not a Channel Station workbook"));
}

TEST_CASE("an empty file is refused as not a workbook and left unchanged")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("empty.cwb"));
    test::writeAll(path, {});
    requireRefused(path, WorkbookError::Kind::NotAWorkbook, QStringLiteral("empty"));
}

TEST_CASE("a folder is refused as not a workbook")
{
    auto dir = test::tempDir();
    WorkbookError error;
    CHECK_FALSE(Workbook::open(dir->path(), &error));
    CHECK(error.kind == WorkbookError::Kind::NotAWorkbook);
}

TEST_CASE("a SQLite database of another program is refused and left unchanged")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("other.db"));
    writeForeignDatabase(path);
    requireRefused(path, WorkbookError::Kind::NotAWorkbook, QStringLiteral("another program"));
}

TEST_CASE("a truncated workbook is refused as damaged and left unchanged")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("cut.cwb"));
    test::buildDemo(path);
    const QByteArray whole = test::readAll(path);
    REQUIRE(whole.size() > 8192);

    SECTION("cut in the middle of a page")
    {
        test::writeAll(path, whole.left(whole.size() / 2 + 100));
        requireRefused(path, WorkbookError::Kind::Corrupt, QStringLiteral("cut short"));
    }
    SECTION("cut inside the header")
    {
        test::writeAll(path, whole.left(60));
        requireRefused(path, WorkbookError::Kind::Corrupt, QStringLiteral("cut short"));
    }
}

TEST_CASE("a workbook with damaged pages is refused as damaged and left unchanged")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("bad.cwb"));
    test::buildDemo(path);
    QByteArray bytes = test::readAll(path);
    // Scribble over every page after the first: the header still looks right.
    const int pageSize = 4096;
    for (qsizetype i = pageSize; i < bytes.size(); i += 97)
        bytes[i] = char(0xA5 ^ bytes[i]);
    test::writeAll(path, bytes);
    requireRefused(path, WorkbookError::Kind::Corrupt, QStringLiteral("damaged"));
}

TEST_CASE("a workbook from a newer version is refused with both versions named and left unchanged")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("future.cwb"));
    writeForeignDatabase(path, Workbook::applicationId, currentSchemaVersion() + 1);
    requireRefused(path, WorkbookError::Kind::NewerVersion, QStringLiteral("newer"));
    WorkbookError error;
    Workbook::open(path, &error);
    CHECK(error.message.contains(QString::number(currentSchemaVersion() + 1)));
    CHECK(error.message.contains(QString::number(currentSchemaVersion())));
}

TEST_CASE("save as writes a consistent copy that opens with the same partners")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    const QString copy = dir->filePath(QStringLiteral("副本.cwb"));
    test::buildDemo(path);
    WorkbookError error;
    auto wb = Workbook::open(path, &error);
    REQUIRE(wb);
    // An uncheckpointed change sits in the WAL: the copy must include it.
    PartnerRepository partners(*wb);
    Partner p = *partners.byCode(QStringLiteral("HD-0001"));
    p.name = QStringLiteral("改名后的伙伴");
    partners.update(p);
    REQUIRE(wb->saveCopyAs(copy, &error));

    auto copied = Workbook::open(copy, &error);
    REQUIRE(copied);
    PartnerRepository copiedPartners(*copied);
    CHECK(copiedPartners.count() == partners.count());
    CHECK(copiedPartners.byCode(QStringLiteral("HD-0001"))->name == QStringLiteral("改名后的伙伴"));
    CHECK(copiedPartners.all() == partners.all());
    CHECK(QDir(dir->path()).entryList({ QStringLiteral("*partial*") }, QDir::Files).isEmpty());
}

TEST_CASE("save as onto the open workbook itself is refused")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("w.cwb"));
    WorkbookError error;
    auto wb = Workbook::create(path, &error);
    REQUIRE(wb);
    CHECK_FALSE(wb->saveCopyAs(path, &error));
    CHECK(error.kind == WorkbookError::Kind::AlreadyExists);
}

TEST_CASE("save as into a folder that does not exist fails with a message and leaves nothing")
{
    auto dir = test::tempDir();
    WorkbookError error;
    auto wb = Workbook::create(dir->filePath(QStringLiteral("w.cwb")), &error);
    REQUIRE(wb);
    CHECK_FALSE(wb->saveCopyAs(dir->filePath(QStringLiteral("missing/copy.cwb")), &error));
    CHECK(error.kind == WorkbookError::Kind::Io);
    CHECK_FALSE(error.message.isEmpty());
}

TEST_CASE("a new workbook never inherits a journal left beside its name by a crash")
{
    auto dir = test::tempDir();
    const QString old = dir->filePath(QStringLiteral("x.cwb"));
    {
        WorkbookError error;
        auto wb = Workbook::create(old, &error);
        REQUIRE(wb);
        Partner p;
        p.code = QStringLiteral("OLD-1");
        p.name = QStringLiteral("Stale partner");
        PartnerRepository(*wb).insert(p);
        // Keep the journal as a crash would: copy it while the connection holds it.
        REQUIRE(QFile::copy(old + QStringLiteral("-wal"), dir->filePath(QStringLiteral("kept-wal"))));
    }
    QFile::remove(old);
    REQUIRE(QFile::rename(dir->filePath(QStringLiteral("kept-wal")), old + QStringLiteral("-wal")));

    WorkbookError error;
    auto fresh = Workbook::create(old, &error);
    REQUIRE(fresh);
    CHECK(PartnerRepository(*fresh).count() == 0);
}

TEST_CASE("a workbook cut at a page boundary is refused as cut short")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("pages.cwb"));
    test::buildDemo(path);
    const QByteArray whole = test::readAll(path);
    test::writeAll(path, whole.left(whole.size() - 4096));
    requireRefused(path, WorkbookError::Kind::Corrupt, QStringLiteral("cut short"));
}

TEST_CASE("a negative version number is refused as a newer workbook, without a backup copy")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("neg.cwb"));
    writeForeignDatabase(path, Workbook::applicationId, -5);
    requireRefused(path, WorkbookError::Kind::NewerVersion, QStringLiteral("newer"));
    CHECK(QDir(dir->path()).entryList(QDir::Files) == QStringList { QStringLiteral("neg.cwb") });
}

TEST_CASE("reading an older workbook read-only upgrades a copy in memory and leaves the file alone")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("v1.cwb"));
    writeForeignDatabase(path, Workbook::applicationId, 0);
    {
        // A version-1 workbook: settings only.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        migrate(db, 0, 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    const QByteArray before = test::fileFingerprint(path);
    WorkbookError error;
    auto wb = Workbook::openReadOnly(path, &error);
    INFO(error.message.toStdString());
    REQUIRE(wb);
    CHECK(PartnerRepository(*wb).count() == 0);
    CHECK_THROWS(PartnerRepository(*wb).insert(Partner {}));
    wb.reset();
    CHECK(test::fileFingerprint(path) == before);
    CHECK(QDir(dir->path()).entryList(QDir::Files) == QStringList { QStringLiteral("v1.cwb") });
}
