// The command line on a workbook another program holds for writing: writing
// commands are refused and name the holder, listings still read, and a holder
// that was killed leaves nothing that blocks the next open.
#include "CliRun.h"
#include "TestSupport.h"
#include "storage/PartnerRepository.h"
#include "storage/Workbook.h"
#include "storage/WorkbookLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

using namespace cs;

namespace {

using cs::test::channelstation;
using cs::test::Run;

Partner partner(const char *code, const char *name)
{
    Partner p;
    p.code = QString::fromUtf8(code);
    p.name = QString::fromUtf8(name);
    return p;
}

Run importPartner(const QTemporaryDir &dir, const QString &path, const char *code)
{
    const QString csv = dir.filePath(QStringLiteral("in.csv"));
    test::writeAll(csv, QByteArray("伙伴编号,伙伴名称\n") + code + ",新伙伴\n");
    return channelstation({ QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("partners"),
        QStringLiteral("--db"), path, csv });
}

QStringList codes(const QString &path)
{
    WorkbookError error;
    auto wb = Workbook::openReadOnly(path, &error);
    REQUIRE(wb);
    QStringList list;
    for (const Partner &p : PartnerRepository(*wb).all())
        list.append(p.code);
    return list;
}

// The pid in the workbook's lock file, once it names `pid` (0 when it never does in 30 s).
qint64 waitForHolder(const QString &path, qint64 pid)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        qint64 holder = 0;
        if (QLockFile(WorkbookLock::lockPath(path)).getLockInfo(&holder, nullptr, nullptr) && holder == pid)
            return holder;
        QCoreApplication::processEvents();
        QThread::msleep(20);
    }
    return 0;
}

void ageLockFile(const QString &path, int seconds)
{
    QFile lock(WorkbookLock::lockPath(path));
    REQUIRE(lock.open(QIODevice::ReadWrite));
    REQUIRE(
        lock.setFileTime(QDateTime::currentDateTime().addSecs(-seconds), QFileDevice::FileModificationTime));
}

QProcessEnvironment windowEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Its recent-files list and window state go here, not into the user's settings.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    return env;
}

} // namespace

TEST_CASE(
    "writing commands are refused while another program holds the workbook; no write is lost", "[workbook]")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("渠道.cwb"));
    WorkbookError error;
    auto holder = Workbook::create(path, &error);
    REQUIRE(holder);
    PartnerRepository(*holder).insert(partner("A1", "甲"));

    const QString refusal =
        QStringLiteral("is already open in Channel Station (process %1 on this computer). "
                       "Close it there first; nothing was changed.")
            .arg(QCoreApplication::applicationPid());
    const Run import = importPartner(*dir, path, "C1");
    CHECK(import.exitCode == 3);
    CHECK(import.err.contains(refusal));
    const Run close = channelstation({ QStringLiteral("close"), QStringLiteral("--db"), path,
        QStringLiteral("--period"), QStringLiteral("2026Q1") });
    CHECK(close.exitCode == 3);
    CHECK(close.err.contains(refusal));
    // A listing only reads: it works beside the writer and sees what it committed.
    const Run list = channelstation({ QStringLiteral("partners"), QStringLiteral("--db"), path });
    CHECK(list.exitCode == 0);
    CHECK(QString::fromUtf8(list.out).contains(QStringLiteral("A1,甲")));

    PartnerRepository(*holder).insert(partner("A2", "乙"));
    holder.reset();
    CHECK(importPartner(*dir, path, "C1").exitCode == 0);
    CHECK(codes(path) == QStringList({ QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("C1") }));
    CHECK_FALSE(QFile::exists(WorkbookLock::lockPath(path)));
}

TEST_CASE("a window holding the workbook is named by its process, and once killed its lock does not block",
    "[workbook]")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("渠道.cwb"));
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), path }).exitCode == 0);

    QProcess window;
    window.setProcessEnvironment(windowEnvironment(*dir));
    window.start(QStringLiteral(CHANNELSTATION_EXE), { path });
    REQUIRE(window.waitForStarted());
    const qint64 pid = window.processId();
    REQUIRE(waitForHolder(path, pid) == pid);

    const Run refused = importPartner(*dir, path, "C1");
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("(process %1 on this computer)").arg(pid)));
    // Open for hours is not stale: only a dead holder frees the workbook.
    ageLockFile(path, 5 * 3600);
    CHECK(importPartner(*dir, path, "C1").exitCode == 3);

    window.kill(); // SIGKILL: no chance to remove its lock file
    REQUIRE(window.waitForFinished());
    CHECK(QFile::exists(WorkbookLock::lockPath(path)));
    const Run after = importPartner(*dir, path, "C1");
    INFO(after.err);
    CHECK(after.exitCode == 0);
    CHECK(codes(path) == QStringList { QStringLiteral("C1") });
    CHECK_FALSE(QFile::exists(WorkbookLock::lockPath(path)));
}

TEST_CASE("a killed holder its parent has not reaped yet does not block either", "[workbook]")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("w.cwb"));
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), path }).exitCode == 0);

    // Spawned by hand: QProcess would reap it at once, and a zombie is what this is about.
    const QStringList env = windowEnvironment(*dir).toStringList();
    std::vector<QByteArray> envBytes;
    std::vector<char *> envp;
    for (const QString &entry : env)
        envBytes.push_back(entry.toLocal8Bit());
    for (QByteArray &entry : envBytes)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    QByteArray exe(CHANNELSTATION_EXE);
    QByteArray file = QFile::encodeName(path);
    char *argv[] = { exe.data(), file.data(), nullptr };
    pid_t pid = 0;
    REQUIRE(posix_spawn(&pid, exe.constData(), nullptr, nullptr, argv, envp.data()) == 0);
    REQUIRE(waitForHolder(path, pid) == pid);

    ::kill(pid, SIGKILL);
    QElapsedTimer timer;
    timer.start();
    bool zombie = false;
    while (!zombie && timer.elapsed() < 5000) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        zombie = stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z ");
        QThread::msleep(10);
    }
    if (!zombie)
        WARN("the killed window was reaped before it could be seen as a zombie");
    const Run after = importPartner(*dir, path, "C1");
    INFO(after.err);
    CHECK(after.exitCode == 0);
    int status = 0;
    ::waitpid(pid, &status, 0);
}
