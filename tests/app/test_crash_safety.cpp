// Sudden death during a long write: the real program is killed with SIGKILL at
// random moments of a large import and of a period close, many times, and every
// time the workbook must open healthy and hold exactly the state before the
// command or exactly the state after it, never a mix. CS_CRASH_KILLS raises the
// number of kills for a soak; CS_CRASH_SEED replays a failure.
#include "KillHarness.h"
#include "TestSupport.h"
#include "storage/Workbook.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStringList>

namespace {

constexpr int defaultKills = 50;

void runProgram(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CHANNELSTATION_EXE), arguments);
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

QStringList partnerCodes(const QString &workbookPath)
{
    cs::WorkbookError error;
    auto workbook = cs::Workbook::openReadOnly(workbookPath, &error);
    INFO(error.message);
    REQUIRE(workbook);
    QSqlQuery query(workbook->database());
    REQUIRE(query.exec(QStringLiteral("SELECT code FROM partners ORDER BY id")));
    QStringList codes;
    while (query.next())
        codes.append(query.value(0).toString());
    REQUIRE(codes.size() == 2000);
    return codes;
}

// The header line of one of the demo's spreadsheets, so the generated file maps as the demo does.
QByteArray demoHeader(const char *file)
{
    const QByteArray text = cs::test::readAll(QStringLiteral(DEMO_DATA_DIR "/%1").arg(QLatin1String(file)));
    return text.left(text.indexOf('\n')).trimmed(); // keeps the byte-order mark
}

// Order lines for 2026 spread over every partner; every 10,000th names a partner
// that does not exist, so --valid-only writes a rejects list beside the import.
void writeLedger(const QString &path, const QStringList &codes, int lines)
{
    static const char *const productLines[] = { "服务器", "网络设备", "存储", "软件", "云服务" };
    QByteArray text = demoHeader("ledger.csv") + "\r\n";
    text.reserve(lines * 48);
    for (int i = 0; i < lines; ++i) {
        const QByteArray code = i % 10000 == 4321 ? QByteArray("ZZ-9999") : codes[i % codes.size()].toUtf8();
        const qint64 fen = 10000 + (qint64(i) * 7919) % 99000000;
        text += "CR" + QByteArray::number(1000000 + i) + ',' + code + ",2026-"
            + QByteArray::number(1 + i % 9).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ',' + productLines[i % 5] + ','
            + QByteArray::number(fen / 100) + '.' + QByteArray::number(fen % 100).rightJustified(2, '0')
            + "\r\n";
    }
    cs::test::writeAll(path, text);
}

// Every partner's results for 2025Q1–2026Q4: the demo has 2025Q1–2026Q3, so most
// rows update a stored result (and log what it was) and the rest insert one.
void writeResults(const QString &path, const QStringList &codes)
{
    QByteArray text = demoHeader("results.csv") + "\r\n";
    int n = 0;
    for (const char *quarter :
        { "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3", "2026Q4" })
        for (const QString &code : codes) {
            ++n;
            const qint64 target = 100000 + (n * 37 % 500) * 10000;
            const qint64 actual = target * (60 + n % 80) / 100;
            text += code.toUtf8() + ',' + quarter + ',' + QByteArray::number(target) + ".00,"
                + QByteArray::number(actual) + ".50," + QByteArray::number(actual * 9 / 10) + ".00,"
                + QByteArray::number(n % 15) + ',' + QByteArray::number(70 + n % 31) + "%,"
                + QByteArray::number(n % 40) + ",kill test\r\n";
        }
    cs::test::writeAll(path, text);
}

void requireBothOutcomes(const cs::test::KillTally &tally, int kills)
{
    REQUIRE(tally.kills == kills);
    // Kills that all landed on one side would prove little: require both outcomes,
    // and kills that landed while the commit was being written.
    CHECK(tally.total(tally.before) >= 3);
    CHECK(tally.afterWhileRunning() >= 3);
    CHECK(tally.killedWhileWriting() >= 3);
}

} // namespace

TEST_CASE("a large ledger import killed at random moments leaves the workbook exactly as before or as after",
    "[crash]")
{
    auto dir = cs::test::tempDir();
    const QString base = dir->filePath(QStringLiteral("partners.cwb"));
    runProgram({ QStringLiteral("new"), QStringLiteral("--db"), base });
    runProgram({ QStringLiteral("import"), QStringLiteral("--db"), base, QStringLiteral("--kind"),
        QStringLiteral("partners"), QStringLiteral(DEMO_DATA_DIR "/partners.csv") });
    const QString ledger = dir->filePath(QStringLiteral("ledger.csv"));
    writeLedger(ledger, partnerCodes(base), 100000);

    const cs::test::KillScenario scenario { QStringLiteral("ledger import"), base,
        { QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--kind"),
            QStringLiteral("ledger"), QStringLiteral("--valid-only"), QStringLiteral("--rejects"),
            QStringLiteral("{run}/rejects.csv"), ledger },
        QStringLiteral("rejects.csv") };
    const int kills = cs::test::killCount(defaultKills);
    const quint32 seed = cs::test::killSeed();
    INFO("CS_CRASH_SEED=" << seed);
    const cs::test::KillTally tally = cs::test::runKills(scenario, kills, seed);
    WARN("ledger import of 100,000 lines, CS_CRASH_SEED=" << seed << '\n' << tally.summary());
    requireBothOutcomes(tally, kills);
}

TEST_CASE("closing a quarter killed at random moments leaves it exactly open or exactly closed", "[crash]")
{
    auto dir = cs::test::tempDir();
    const QString demo = dir->filePath(QStringLiteral("demo.cwb"));
    cs::test::buildDemo(demo); // results up to 2026Q3, closed up to 2026Q2

    const cs::test::KillScenario scenario { QStringLiteral("close 2026Q3"), demo,
        { QStringLiteral("close"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--period"),
            QStringLiteral("2026Q3"), QStringLiteral("--note"), QStringLiteral("kill test") },
        {} };
    const int kills = cs::test::killCount(defaultKills);
    const quint32 seed = cs::test::killSeed();
    INFO("CS_CRASH_SEED=" << seed);
    const cs::test::KillTally tally = cs::test::runKills(scenario, kills, seed);
    WARN("close 2026Q3 of the demo, CS_CRASH_SEED=" << seed << '\n' << tally.summary());
    requireBothOutcomes(tally, kills);
}

TEST_CASE("a results import that updates stored rows, killed at random moments, leaves no row half changed",
    "[crash]")
{
    auto dir = cs::test::tempDir();
    const QString demo = dir->filePath(QStringLiteral("demo.cwb"));
    cs::test::buildDemo(demo);
    const QString results = dir->filePath(QStringLiteral("results.csv"));
    writeResults(results, partnerCodes(demo));

    const cs::test::KillScenario scenario { QStringLiteral("results import"), demo,
        { QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--kind"),
            QStringLiteral("results"), results },
        {} };
    const int kills = cs::test::killCount(defaultKills);
    const quint32 seed = cs::test::killSeed();
    INFO("CS_CRASH_SEED=" << seed);
    const cs::test::KillTally tally = cs::test::runKills(scenario, kills, seed);
    WARN("results import of 16,000 rows into the demo, CS_CRASH_SEED=" << seed << '\n' << tally.summary());
    requireBothOutcomes(tally, kills);
}
