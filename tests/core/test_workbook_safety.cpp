// The workbook when something else goes wrong: a second writer, a read-only file
// or disk, a full disk, an I/O error, the file deleted while open. Each is refused
// in plain words and leaves the workbook exactly as it was.
#include "FaultyVfs.h"
#include "TestSupport.h"
#include "domain/Quarter.h"
#include "storage/IncentiveBook.h"
#include "storage/PartnerRepository.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"
#include "storage/WorkbookLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>

#include <sqlite3.h>

using namespace cs;

namespace {

const QString diskFull = QStringLiteral("The disk holding the workbook is full. Nothing of this change was "
                                        "written; free some space and try again.");

Partner partner(const char *code)
{
    Partner p;
    p.code = QString::fromUtf8(code);
    p.name = QStringLiteral("伙伴 ") + p.code;
    return p;
}

std::unique_ptr<Workbook> openOrFail(const QString &path)
{
    WorkbookError error;
    auto wb = Workbook::open(path, &error);
    INFO(error.message);
    REQUIRE(wb);
    return wb;
}

// Every row of every table, in a stable order: "the same workbook" as data.
QString contents(const QString &path)
{
    WorkbookError error;
    auto wb = Workbook::openReadOnly(path, &error);
    REQUIRE(wb);
    QString all;
    QSqlQuery tables(wb->database());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(wb->database());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).isNull() ? QStringLiteral("∅") : rows.value(i).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
        lines.sort();
        all += table + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return all;
}

QString integrity(const QString &path)
{
    WorkbookError error;
    auto wb = Workbook::openReadOnly(path, &error);
    REQUIRE(wb);
    return sql::scalar(wb->database(), QStringLiteral("PRAGMA integrity_check")).toString();
}

QString makeWorkbook(QTemporaryDir &dir, std::initializer_list<const char *> codes)
{
    const QString path = dir.filePath(QStringLiteral("渠道.cwb"));
    WorkbookError error;
    auto wb = Workbook::create(path, &error);
    REQUIRE(wb);
    PartnerRepository repo(*wb);
    for (const char *code : codes)
        repo.insert(partner(code));
    return path;
}

int partnerCount(const QString &path)
{
    WorkbookError error;
    auto wb = Workbook::openReadOnly(path, &error);
    REQUIRE(wb);
    return PartnerRepository(*wb).count();
}

} // namespace

TEST_CASE("a second writer is refused while the first holds the workbook, and no write is lost", "[workbook]")
{
    auto dir = test::tempDir();
    const QString path = makeWorkbook(*dir, { "A1" });
    auto holder = openOrFail(path);
    const QString lock = WorkbookLock::lockPath(path);
    CHECK(QFile::exists(lock));
    PartnerRepository(*holder).insert(partner("A2"));

    WorkbookError error;
    CHECK_FALSE(Workbook::open(path, &error));
    CHECK(error.kind == WorkbookError::Kind::Locked);
    CHECK(error.message
        == QStringLiteral("“%1” is already open in this Channel Station. Close it there first; nothing was "
                          "changed.")
               .arg(QDir::toNativeSeparators(path)));
    // Replacing it or saving a copy over it would pull it from under the holder.
    CHECK_FALSE(Workbook::create(path, &error, true));
    CHECK(error.kind == WorkbookError::Kind::Locked);
    auto other = Workbook::create(dir->filePath(QStringLiteral("other.cwb")), &error);
    REQUIRE(other);
    CHECK_FALSE(other->saveCopyAs(path, &error));
    CHECK(error.kind == WorkbookError::Kind::Locked);

    // Readers are not writers: a listing reads beside the holder and sees its committed rows.
    CHECK(partnerCount(path) == 2);

    PartnerRepository(*holder).insert(partner("A3"));
    holder.reset();
    other.reset();
    CHECK_FALSE(QFile::exists(lock)); // a normal close leaves nothing behind
    auto again = openOrFail(path);
    CHECK(PartnerRepository(*again).count() == 3);
    again.reset();
    CHECK(QDir(dir->path()).entryList(QDir::Files)
        == QStringList({ QStringLiteral("other.cwb"), QStringLiteral("渠道.cwb") }));
}

TEST_CASE("a live holder's lock never goes stale with age, a dead one's does at once", "[workbook]")
{
    auto dir = test::tempDir();
    const QString path = makeWorkbook(*dir, { "A1" });
    const QString lock = WorkbookLock::lockPath(path);

    SECTION("held for five hours by this live process: still refused")
    {
        auto holder = openOrFail(path);
        QFile file(lock);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(
            QDateTime::currentDateTime().addSecs(-5 * 3600), QFileDevice::FileModificationTime));
        file.close();
        WorkbookError error;
        CHECK_FALSE(Workbook::open(path, &error));
        CHECK(error.kind == WorkbookError::Kind::Locked);
    }
    SECTION("left by a process that has ended: taken over")
    {
        QProcess child;
        child.start(QStringLiteral("/bin/true"));
        REQUIRE(child.waitForStarted());
        const qint64 deadPid = child.processId();
        REQUIRE(child.waitForFinished()); // ended and reaped: nothing runs under that pid
        test::writeAll(lock,
            QByteArray::number(deadPid) + "\nchannelstation\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        auto wb = openOrFail(path);
        CHECK(PartnerRepository(*wb).count() == 1);
    }
    SECTION("an empty lock file (its writer died while making it): taken over once it is old")
    {
        test::writeAll(lock, {});
        QFile fresh(lock);
        REQUIRE(fresh.open(QIODevice::ReadWrite));
        REQUIRE(fresh.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime));
        fresh.close();
        WorkbookError error;
        CHECK_FALSE(Workbook::open(path, &error)); // just made: maybe a writer filling it in
        CHECK(error.message.contains(QStringLiteral("already open in another Channel Station")));
        QFile file(lock);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(
            file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        file.close();
        openOrFail(path);
    }
    CHECK_FALSE(QFile::exists(lock));
}

TEST_CASE("a workbook SQLite can only read is refused for writing with words on what to do", "[workbook]")
{
    auto dir = test::tempDir();
    const QString path = makeWorkbook(*dir, { "A1", "A2" });
    const QByteArray before = test::fileFingerprint(path);
    const QString expected =
        QStringLiteral("“%1” is on a read-only disk or in a folder that cannot be written "
                       "to, so it cannot be opened for changes. Copy it to a folder you "
                       "can write to (such as Documents) and open the copy; nothing was "
                       "changed.")
            .arg(QDir::toNativeSeparators(path));
    {
        test::FaultyVfs vfs;
        vfs.setReadOnly(true);
        WorkbookError error;
        CHECK_FALSE(Workbook::open(path, &error));
        CHECK(error.kind == WorkbookError::Kind::ReadOnly);
        CHECK(error.message == expected);
        CHECK(partnerCount(path) == 2); // listings still read it
    }
    CHECK(test::fileFingerprint(path) == before);
    CHECK_FALSE(QFile::exists(WorkbookLock::lockPath(path)));

    // A real read-only file system where this machine lets us mount one (root, tmpfs).
    const QString mountPoint = dir->filePath(QStringLiteral("ro"));
    QDir().mkpath(mountPoint);
    if (QProcess::execute(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=8m"),
                QStringLiteral("tmpfs"), mountPoint })
        != 0) {
        WARN("mount -t tmpfs refused here: the read-only file system is checked through the VFS only");
        return;
    }
    struct Unmount {
        QString point;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), { point }); }
    } unmount { mountPoint };
    const QString copy = QDir(mountPoint).filePath(QStringLiteral("副本.cwb"));
    REQUIRE(QFile::copy(path, copy));
    REQUIRE(QProcess::execute(
                QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,ro"), mountPoint })
        == 0);
    WorkbookError error;
    CHECK_FALSE(Workbook::open(copy, &error));
    CHECK(error.kind == WorkbookError::Kind::ReadOnly);
    CHECK(error.message.contains(QStringLiteral("Copy it to a folder you can write to")));
    CHECK(partnerCount(copy) == 2);
}

TEST_CASE("a full disk refuses a partner edit in plain words, changes nothing, and the workbook stays usable",
    "[workbook]")
{
    auto dir = test::tempDir();
    const QString path = makeWorkbook(*dir, { "A1", "A2" });
    const QByteArray before = test::fileFingerprint(path);
    const QString data = contents(path);
    {
        test::FaultyVfs vfs;
        auto wb = openOrFail(path);
        PartnerRepository repo(*wb);
        Partner edited = *repo.byCode(QStringLiteral("A1"));
        edited.name = QStringLiteral("改名");
        vfs.failWritesAfter(0, SQLITE_FULL);
        try {
            repo.update(edited);
            FAIL("the edit went through on a full disk");
        } catch (const StorageError &e) {
            CHECK(e.message() == diskFull);
        }
        CHECK(vfs.faults() > 0);
        vfs.heal();
        CHECK(repo.byCode(QStringLiteral("A1"))->name == QStringLiteral("伙伴 A1"));
    }
    CHECK(test::fileFingerprint(path) == before); // byte for byte
    CHECK(contents(path) == data);
    CHECK(integrity(path) == QStringLiteral("ok"));

    // Space freed: the same edit goes through on a connection that saw the failure.
    test::FaultyVfs vfs;
    auto wb = openOrFail(path);
    PartnerRepository repo(*wb);
    Partner edited = *repo.byCode(QStringLiteral("A1"));
    edited.name = QStringLiteral("改名");
    vfs.failWritesAfter(0, SQLITE_FULL);
    CHECK_THROWS_AS(repo.update(edited), StorageError);
    vfs.heal();
    repo.update(edited);
    wb.reset();
    CHECK(contents(path).contains(QStringLiteral("改名")));
}

TEST_CASE("closing a quarter on a full or failing disk writes nothing of it", "[workbook]")
{
    // A small page cache makes SQLite spill pages into the journal in the middle of the
    // transaction, so the disk fails before the commit as well as during it. The spill
    // happens inside a statement run through storage/Statement (SQLite's C API), whose
    // refusal still carries SQLite's own words: those rows check the data only.
    const auto [budget, code, cachePages, words] = GENERATE(table<qint64, int, int, const char *>({
        { 0, SQLITE_FULL, 2000, "The disk holding the workbook is full." },
        { 96 * 1024, SQLITE_FULL, 2000, "The disk holding the workbook is full." },
        { 0, SQLITE_IOERR_WRITE, 2000, "The disk reported an error while the workbook was being written" },
        { 64 * 1024, SQLITE_FULL, 10, nullptr },
        { 64 * 1024, SQLITE_IOERR_WRITE, 10, nullptr },
    }));
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    test::buildDemo(path);
    const QByteArray before = test::fileFingerprint(path);
    const QString data = contents(path);
    {
        test::FaultyVfs vfs;
        auto wb = openOrFail(path);
        IncentiveBook book(*wb);
        REQUIRE_FALSE(book.closedQuarters().contains(Quarter(2026, 3)));
        sql::exec(wb->database(), QStringLiteral("PRAGMA cache_size = %1").arg(cachePages));
        vfs.failWritesAfter(budget, code);
        INFO("budget " << budget << ", cache " << cachePages << " pages");
        try {
            book.close(Quarter(2026, 3), QStringLiteral("第三季度"));
            FAIL("the quarter was closed on a failing disk");
        } catch (const StorageError &e) {
            INFO(e.message());
            if (words) {
                CHECK(e.message().startsWith(QString::fromUtf8(words)));
                CHECK(e.message().contains(QStringLiteral("Nothing of this change was written")));
            }
        }
        CHECK(vfs.faults() > 0);
        vfs.heal();
        CHECK_FALSE(book.closedQuarters().contains(Quarter(2026, 3)));
    }
    CHECK(test::fileFingerprint(path) == before);
    CHECK(contents(path) == data);
    CHECK(integrity(path) == QStringLiteral("ok"));
}

TEST_CASE("a sync the disk does not confirm is reported as maybe saved, never as a mix", "[workbook]")
{
    auto dir = test::tempDir();
    const QString path = makeWorkbook(*dir, { "A1" });
    const QString data = contents(path);
    {
        test::FaultyVfs vfs;
        auto wb = openOrFail(path);
        vfs.failSyncs(true);
        try {
            PartnerRepository(*wb).insert(partner("B1"));
            FAIL("the insert reported success although the disk did not confirm it");
        } catch (const StorageError &e) {
            CHECK(e.message().startsWith(
                QStringLiteral("The disk did not confirm that the change was stored")));
        }
        vfs.heal();
    }
    CHECK(integrity(path) == QStringLiteral("ok"));
    const int count = partnerCount(path);
    CHECK((count == 1 ? contents(path) == data : count == 2));
}

TEST_CASE(
    "a workbook deleted, moved or replaced while open is noticed, and its data can be saved", "[workbook]")
{
    auto dir = test::tempDir();
    const QString path = makeWorkbook(*dir, { "A1", "A2" });
    const QString moved = dir->filePath(QStringLiteral("moved.cwb"));
    auto wb = openOrFail(path);
    CHECK(wb->isFileInPlace());

    SECTION("deleted")
    {
        REQUIRE(QFile::remove(path));
    }
    SECTION("moved")
    {
        REQUIRE(QFile::rename(path, moved));
    }
    SECTION("replaced by another file")
    {
        REQUIRE(QFile::rename(path, moved));
        REQUIRE(QFile::copy(moved, path));
    }
    CHECK_FALSE(wb->isFileInPlace());

    // Writes from then on are refused by SQLite itself, in the words for a read-only workbook.
    wb->refuseWrites();
    try {
        PartnerRepository(*wb).insert(partner("B1"));
        FAIL("a write went into a file that is no longer there");
    } catch (const StorageError &e) {
        CHECK(e.message().startsWith(QStringLiteral("The workbook cannot be changed")));
    }
    // The data is still readable through the open connection: a copy keeps it, even under the old name.
    QFile::remove(path);
    WorkbookError error;
    REQUIRE(wb->saveCopyAs(path, &error));
    wb.reset();
    CHECK(partnerCount(path) == 2);
    CHECK(integrity(path) == QStringLiteral("ok"));
    openOrFail(path);
}
