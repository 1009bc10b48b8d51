// Runs one command of the real program again and again, each time on a fresh
// copy of a prepared workbook, kills it with SIGKILL at a random moment, and
// checks what the kill left: a healthy workbook holding exactly the state before
// the command or exactly the state after it.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace cs::test {

struct KillScenario {
    QString name; // for messages
    QString workbook; // the prepared workbook; it is copied, never written
    // The command line; "{db}" becomes the copy's path and "{run}" its folder.
    QStringList arguments;
    // A file the command writes into {run} besides the workbook (a rejects list), or empty.
    QString companion;
};

// Where the child was when the kill landed, as seen from outside.
enum class KillPhase {
    Working, // running, nothing in the write-ahead log: before the commit, or after the checkpoint
    Writing, // running with a non-empty write-ahead log: the commit or its checkpoint under way
    Exited, // the command had already finished
};

struct KillTally {
    int kills = 0;
    int before[3] = {}; // by KillPhase: the workbook held the state before the command
    int after[3] = {}; // ... the state after it
    int aimedAtWrite = 0; // kills timed from the moment the write-ahead log began to fill
    int companionMissingAfterCommit = 0; // state after, yet no companion file under its name
    QMap<QString, int> leftoversAtKill; // files beside the workbook right after the kill
    QMap<QString, int> leftoversAfterOpen; // ... and once the workbook was opened and closed again
    double referenceSeconds = 0; // an unkilled run, start to exit
    double writeBeginsSeconds = -1; // when its write-ahead log began to fill
    double commitSeconds = 0; // from then until it exited: the commit, its checkpoint, the end
    double wallSeconds = 0; // the whole loop, references included

    int total(const int (&byPhase)[3]) const { return byPhase[0] + byPhase[1] + byPhase[2]; }
    int afterWhileRunning() const { return after[0] + after[1]; }
    int killedWhileWriting() const { return before[1] + after[1]; }
    QString summary() const;
};

// The number of kills: `fallback`, or CS_CRASH_KILLS when set.
int killCount(int fallback);
// The random seed: CS_CRASH_SEED when set, otherwise taken from the clock.
quint32 killSeed();

KillTally runKills(const KillScenario &scenario, int kills, quint32 seed);

} // namespace cs::test
