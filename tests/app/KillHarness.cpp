#include "KillHarness.h"

#include "TestSupport.h"
#include "WorkbookState.h"
#include "storage/Workbook.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <random>
#include <signal.h>
#include <thread>

namespace cs::test {

namespace {

using Clock = std::chrono::steady_clock;

const QString workbookName = QStringLiteral("workbook.cwb");

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

qint64 walSize(const QString &workbook)
{
    return QFileInfo(workbook + QStringLiteral("-wal")).size(); // 0 when there is none
}

QString freshCopy(const QString &prepared, const QString &folder)
{
    REQUIRE(QDir().mkpath(folder));
    const QString copy = QDir(folder).filePath(workbookName);
    REQUIRE(QFile::copy(prepared, copy));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

// The child as test_cli runs it: English messages, no display.
void startChild(QProcess &process, const KillScenario &scenario, const QString &workbook)
{
    const QString folder = QFileInfo(workbook).path();
    QStringList arguments;
    for (QString argument : scenario.arguments)
        arguments.append(
            argument.replace(QStringLiteral("{db}"), workbook).replace(QStringLiteral("{run}"), folder));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    // Files, not pipes: nobody reads a pipe while the test sleeps towards the kill,
    // and a child blocked on a full pipe would be killed at a moment of our making.
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QDir(folder).filePath(QStringLiteral("stderr.txt")));
    process.start(QStringLiteral(CHANNELSTATION_EXE), arguments);
    REQUIRE(process.waitForStarted(30000));
}

QString stderrOf(const QString &workbook)
{
    return QString::fromUtf8(
        readAll(QDir(QFileInfo(workbook).path()).filePath(QStringLiteral("stderr.txt"))));
}

// Opens the workbook as the program does (recovering its journal and its lock
// after a kill) and reads what a user would see.
WorkbookState openAndRead(const QString &path)
{
    WorkbookError error;
    std::unique_ptr<Workbook> workbook = Workbook::open(path, &error);
    INFO("opening " << path << ": " << error.message);
    REQUIRE(workbook);
    const QString check = integrityCheck(workbook->database());
    INFO("PRAGMA integrity_check: " << check);
    REQUIRE(check == QStringLiteral("ok"));
    return readWorkbookState(workbook->database());
}

// The files beside the workbook, named by kind ("W-wal", "W.lock", "W.creating-*").
QStringList leftovers(const QString &folder, const QString &companion)
{
    static const QRegularExpression random(QStringLiteral("[0-9a-f]{8}$"));
    QStringList kinds;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (QString name : names) {
        if (name == workbookName || name == QStringLiteral("stderr.txt") || name == companion)
            continue;
        kinds.append(name.replace(workbookName, QStringLiteral("W")).replace(random, QStringLiteral("*")));
    }
    return kinds;
}

// Nothing beside the workbook may look like a workbook: a user would open it.
void requireNoSecondWorkbook(const QString &folder)
{
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        INFO(name << " in " << folder);
        CHECK((name == workbookName || !name.endsWith(QStringLiteral(".cwb"), Qt::CaseInsensitive)));
    }
}

struct Reference {
    WorkbookState state;
    QByteArray companion;
    double seconds = 0;
    double writeBegins = -1;
};

// An unkilled run, watched: when its write-ahead log begins to fill, and when it exits.
Reference runUnkilled(const KillScenario &scenario, const QString &folder)
{
    const QString workbook = freshCopy(scenario.workbook, folder);
    QProcess process;
    startChild(process, scenario, workbook);
    const Clock::time_point start = Clock::now();
    Reference reference;
    while (!process.waitForFinished(1)) {
        if (reference.writeBegins < 0 && walSize(workbook) > 0)
            reference.writeBegins = secondsSince(start);
        REQUIRE(secondsSince(start) < 300);
    }
    reference.seconds = secondsSince(start);
    INFO(scenario.name << ": " << stderrOf(workbook));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    if (!scenario.companion.isEmpty())
        reference.companion = readAll(QDir(folder).filePath(scenario.companion));
    reference.state = openAndRead(workbook);
    return reference;
}

// Where a kill aims: `delay` seconds after the child starts, or after its
// write-ahead log begins to fill (the commit under way).
struct KillAim {
    bool fromWrite = false;
    double delay = 0;
};

// Half the kills anywhere in the run (and a little past its end). Half aim at the
// commit, where a mix could arise: it is a small part of the run, and a shared
// machine moves it around by more than its length, so those are timed from the
// moment the log is seen to fill, up to a quarter past the reference's exit.
KillAim drawKill(std::mt19937 &random, const KillTally &timing)
{
    if (timing.writeBeginsSeconds < 0 || std::bernoulli_distribution(0.5)(random))
        return { false, std::uniform_real_distribution<double>(0, 1.1 * timing.referenceSeconds)(random) };
    return { true,
        std::uniform_real_distribution<double>(0, 1.25 * std::max(timing.commitSeconds, 0.01))(random) };
}

// Returns when the child's write-ahead log is no longer empty, or false when it exited first.
bool waitForWrite(QProcess &process, const QString &workbook)
{
    const Clock::time_point start = Clock::now();
    for (int look = 0; walSize(workbook) == 0; ++look) {
        if (look % 16 == 0 && process.waitForFinished(0))
            return false;
        REQUIRE(secondsSince(start) < 300);
        std::this_thread::sleep_for(std::chrono::microseconds(250));
    }
    return true;
}

// Sleeps until `at`, or returns false as soon as the child exits: most of the way
// in waitForFinished, the last millisecond or two precisely.
bool sleepUntil(QProcess &process, Clock::time_point at)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(at - Clock::now()).count();
    if (left > 2 && process.waitForFinished(int(left - 2)))
        return false;
    std::this_thread::sleep_until(at);
    return true;
}

} // namespace

int killCount(int fallback)
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("CS_CRASH_KILLS", &ok);
    return ok && kills > 0 ? kills : fallback;
}

quint32 killSeed()
{
    bool ok = false;
    const uint seed = QString::fromLocal8Bit(qgetenv("CS_CRASH_SEED")).toUInt(&ok);
    return ok ? seed : quint32(Clock::now().time_since_epoch().count());
}

QString KillTally::summary() const
{
    QStringList parts;
    parts << QStringLiteral("%1 kills in %2 s; an unkilled run takes %3 s, its log fills from %4 s, "
                            "%5 s before it exits")
                 .arg(kills)
                 .arg(wallSeconds, 0, 'f', 1)
                 .arg(referenceSeconds, 0, 'f', 3)
                 .arg(writeBeginsSeconds, 0, 'f', 3)
                 .arg(commitSeconds, 0, 'f', 3);
    parts << QStringLiteral("%1 of them timed from the moment the log began to fill").arg(aimedAtWrite);
    parts << QStringLiteral("state before: %1 (%2 before the commit, %3 while the log was written)")
                 .arg(total(before))
                 .arg(before[0])
                 .arg(before[1]);
    parts << QStringLiteral("state after: %1 (%2 while the log was written or checkpointed, %3 after the "
                            "checkpoint but before exit, %4 after exit)")
                 .arg(total(after))
                 .arg(after[1])
                 .arg(after[0])
                 .arg(after[2]);
    if (companionMissingAfterCommit > 0)
        parts << QStringLiteral("committed but the companion file missing: %1")
                     .arg(companionMissingAfterCommit);
    const auto list = [](const QMap<QString, int> &counts) {
        QStringList items;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            items << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
        return items.isEmpty() ? QStringLiteral("none") : items.join(u", ");
    };
    parts << QStringLiteral("left beside the workbook after the kill: %1").arg(list(leftoversAtKill));
    parts << QStringLiteral("... after opening and closing it: %1").arg(list(leftoversAfterOpen));
    return parts.join(u'\n');
}

KillTally runKills(const KillScenario &scenario, int kills, quint32 seed)
{
    QElapsedTimer wall;
    wall.start();
    REQUIRE(QFileInfo::exists(scenario.workbook));
    // A journal beside the prepared file would not be copied with it.
    REQUIRE(!QFileInfo::exists(scenario.workbook + QStringLiteral("-wal")));
    auto root = tempDir();
    const QString rootPath = root->path();

    const WorkbookState before =
        openAndRead(freshCopy(scenario.workbook, rootPath + QStringLiteral("/before")));
    const Reference reference = runUnkilled(scenario, rootPath + QStringLiteral("/reference-1"));
    const Reference again = runUnkilled(scenario, rootPath + QStringLiteral("/reference-2"));
    {
        INFO("two unkilled runs differ: a column besides the wall-clock stamps differs between runs\n"
            << again.state.compare(reference.state, reference.state));
        REQUIRE(again.state == reference.state);
        REQUIRE(again.companion == reference.companion);
    }
    REQUIRE(!(before == reference.state)); // else the test could not tell before from after

    KillTally tally;
    tally.referenceSeconds = (reference.seconds + again.seconds) / 2;
    if (reference.writeBegins >= 0 && again.writeBegins >= 0) {
        tally.writeBeginsSeconds = (reference.writeBegins + again.writeBegins) / 2;
        tally.commitSeconds =
            (reference.seconds - reference.writeBegins + again.seconds - again.writeBegins) / 2;
    }
    std::mt19937 random(seed);
    for (int kill = 0; kill < kills; ++kill) {
        const KillAim aim = drawKill(random, tally);
        const QString folder = rootPath + QStringLiteral("/kill-%1").arg(kill);
        const QString workbook = freshCopy(scenario.workbook, folder);
        INFO(scenario.name << ", seed " << seed << " (CS_CRASH_SEED), kill " << kill << ", " << aim.delay
                           << " s after " << (aim.fromWrite ? "the log began to fill" : "the start"));

        QProcess process;
        startChild(process, scenario, workbook);
        KillPhase phase = KillPhase::Exited;
        if ((!aim.fromWrite || waitForWrite(process, workbook))
            && sleepUntil(process,
                Clock::now()
                    + std::chrono::duration_cast<Clock::duration>(
                        std::chrono::duration<double>(aim.delay)))) {
            phase = walSize(workbook) > 0 ? KillPhase::Writing : KillPhase::Working;
            // ESRCH: it ended (and was reaped) between the look and the kill.
            const int killed = ::kill(pid_t(process.processId()), SIGKILL);
            REQUIRE((killed == 0 || errno == ESRCH));
            REQUIRE(process.waitForFinished(30000));
            if (process.exitStatus() == QProcess::NormalExit)
                phase = KillPhase::Exited;
        }
        tally.aimedAtWrite += aim.fromWrite ? 1 : 0;
        if (phase == KillPhase::Exited) {
            INFO(stderrOf(workbook));
            REQUIRE(process.exitStatus() == QProcess::NormalExit);
            REQUIRE(process.exitCode() == 0);
        }
        for (const QString &kind : leftovers(folder, scenario.companion))
            ++tally.leftoversAtKill[kind];
        requireNoSecondWorkbook(folder);

        const WorkbookState state = openAndRead(workbook);
        const bool isBefore = state == before;
        const bool isAfter = state == reference.state;
        INFO("phase " << int(phase) << "; the workbook holds a mix:\n"
                      << state.compare(before, reference.state));
        REQUIRE((isBefore || isAfter));
        ++(isBefore ? tally.before : tally.after)[int(phase)];
        ++tally.kills;

        if (!scenario.companion.isEmpty()) {
            const QString companion = QDir(folder).filePath(scenario.companion);
            if (QFileInfo::exists(companion)) {
                INFO("a complete companion file belongs to a committed command only");
                CHECK(isAfter);
                CHECK(readAll(companion) == reference.companion);
            } else if (isAfter) {
                ++tally.companionMissingAfterCommit;
            }
        }
        for (const QString &kind : leftovers(folder, scenario.companion))
            ++tally.leftoversAfterOpen[kind];
        REQUIRE(QDir(folder).removeRecursively());
    }
    tally.wallSeconds = double(wall.elapsed()) / 1000;
    return tally;
}

} // namespace cs::test
