// The command line as a script or a user runs it: output, exit codes, and
// files left alone when they are refused.
#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace {

using cs::test::channelstation;
using cs::test::Run;

} // namespace

TEST_CASE("the version option prints the version and the help option lists the commands and exit codes")
{
    const Run version = channelstation({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QByteArray("channelstation " CS_VERSION));
    const Run help = channelstation({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char *word : { "partners", "capability", "new", "demo", "Exit codes" })
        CHECK(help.out.contains(word));
}

TEST_CASE("new creates an empty workbook and refuses to overwrite one")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("新建.cwb"));
    CHECK(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), path }).exitCode == 0);
    const QByteArray before = cs::test::fileFingerprint(path);
    const Run again = channelstation({ QStringLiteral("new"), QStringLiteral("--db"), path });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(cs::test::fileFingerprint(path) == before);
    const Run list = channelstation({ QStringLiteral("partners"), QStringLiteral("--db"), path });
    CHECK(list.exitCode == 0);
    CHECK(list.out.count('\n') == 1); // the header only
}

TEST_CASE("partners lists the demo workbook as CSV and as JSON")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    const Run demo = channelstation({ QStringLiteral("demo"), QStringLiteral("--data"),
        QStringLiteral(DEMO_DATA_DIR), QStringLiteral("--db"), path });
    REQUIRE(demo.exitCode == 0);

    const Run csv = channelstation({ QStringLiteral("partners"), QStringLiteral("--db"), path });
    CHECK(csv.exitCode == 0);
    CHECK(csv.out.startsWith("\xEF\xBB\xBF"
                             "Code,Name,Type"));
    CHECK(csv.out.count("\r\n") >= 2001);

    const Run json = channelstation({ QStringLiteral("partners"), QStringLiteral("--db"), path,
        QStringLiteral("--format"), QStringLiteral("json") });
    CHECK(json.exitCode == 0);
    CHECK(QJsonDocument::fromJson(json.out).array().size() == 2000);
}

TEST_CASE("the language option zh_CN gives Chinese column names")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("w.cwb"));
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), path }).exitCode == 0);
    const Run csv = channelstation({ QStringLiteral("--lang"), QStringLiteral("zh_CN"),
        QStringLiteral("partners"), QStringLiteral("--db"), path });
    CHECK(csv.exitCode == 0);
    CHECK(QString::fromUtf8(csv.out).contains(QStringLiteral("伙伴编号")));
}

TEST_CASE("a file that is not a workbook exits with 3, says why on stderr, and is left unchanged")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("partners.xlsx"));
    cs::test::writeAll(path, QByteArray("PK\x03\x04 not really a workbook"));
    const QByteArray before = cs::test::fileFingerprint(path);
    const Run run = channelstation({ QStringLiteral("partners"), QStringLiteral("--db"), path });
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("partners.xlsx")));
    CHECK(run.err.contains(QStringLiteral("not a Channel Station workbook")));
    CHECK(run.out.isEmpty());
    CHECK(cs::test::fileFingerprint(path) == before);
}

TEST_CASE("usage errors exit with 2 and point to --help")
{
    for (const QStringList &args : { QStringList { QStringLiteral("partners") },
             QStringList { QStringLiteral("partners"), QStringLiteral("--db"), QStringLiteral("x.cwb"),
                 QStringLiteral("--format"), QStringLiteral("xml") },
             QStringList { QStringLiteral("partners"), QStringLiteral("--bogus") },
             QStringList { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("partners") },
             QStringList { QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.cwb") } }) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run run = channelstation(args);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--help")));
    }
}

TEST_CASE("without a display the window is not attempted: a message explains how to run it")
{
    const Run run = channelstation({});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("xvfb-run")));
}

TEST_CASE("options may come before the command, and unknown words are usage errors, not a window")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("w.cwb"));
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), path }).exitCode == 0);
    CHECK(channelstation({ QStringLiteral("--db"), path, QStringLiteral("partners") }).exitCode == 0);
    const Run unknown = channelstation({ QStringLiteral("frobnicate"), QStringLiteral("extra") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(channelstation({ QStringLiteral("--bogus") }).exitCode == 2);
}

TEST_CASE("output that cannot be written is an error, not a silent success")
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        return;
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("w.cwb"));
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), path }).exitCode == 0);
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(
        QStringLiteral(CHANNELSTATION_EXE), { QStringLiteral("partners"), QStringLiteral("--db"), path });
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 1);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("could not be written")));
}

TEST_CASE(
    "import prints each problem as file:row:column: reason and exits 1 with nothing written", "[import]")
{
    auto dir = cs::test::tempDir();
    const QString db = dir->filePath(QStringLiteral("w.cwb"));
    const QString partners = dir->filePath(QStringLiteral("partners.csv"));
    const QString results = dir->filePath(QStringLiteral("results.csv"));
    cs::test::writeAll(partners, "伙伴编号,伙伴名称\nA1,甲\nA2,乙\n");
    cs::test::writeAll(results,
        "伙伴编号,季度,销售目标,实际销售额,备注\nA1,2026Q1,100,90,\nZZ9,2026Q1,100,90,\nA2,2026Q1,-1,90,\n");
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), db }).exitCode == 0);

    const Run first = channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db,
        QStringLiteral("--kind"), QStringLiteral("partners"), partners });
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains("inserted 2, updated 0, unchanged 0, rejected 0"));

    const QByteArray before = cs::test::fileFingerprint(db);
    const Run rejected = channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db,
        QStringLiteral("--kind"), QStringLiteral("results"), results });
    CHECK(rejected.exitCode == 1);
    const QList<QByteArray> lines = rejected.out.split('\n');
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0].startsWith("results.csv:3:伙伴编号: There is no partner with code “ZZ9”"));
    CHECK(lines[1] == "results.csv:4:销售目标: An amount cannot be negative.");
    CHECK(rejected.out.contains("inserted 1, updated 0, unchanged 0, rejected 2"));
    CHECK(rejected.err.contains(QStringLiteral("Nothing was imported")));
    CHECK(cs::test::fileFingerprint(db) == before);

    const Run dry = channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db,
        QStringLiteral("--kind"), QStringLiteral("results"), QStringLiteral("--valid-only"),
        QStringLiteral("--dry-run"), results });
    CHECK(dry.exitCode == 0);
    CHECK(cs::test::fileFingerprint(db) == before);
    CHECK_FALSE(QFile::exists(dir->filePath(QStringLiteral("results.rejects.csv"))));

    // A rejects file that cannot be written stops the import: nothing written, exit 1.
    const QString nowhere = dir->filePath(QStringLiteral("no such folder/bad rows.csv"));
    const Run unwritable = channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db,
        QStringLiteral("--kind"), QStringLiteral("results"), QStringLiteral("--valid-only"),
        QStringLiteral("--rejects"), nowhere, results });
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QDir::toNativeSeparators(nowhere)));
    CHECK(cs::test::fileFingerprint(db) == before);

    const QString rejects = dir->filePath(QStringLiteral("bad rows.csv"));
    const Run valid = channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db,
        QStringLiteral("--kind"), QStringLiteral("results"), QStringLiteral("--valid-only"),
        QStringLiteral("--rejects"), rejects, results });
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.contains("inserted 1, updated 0, unchanged 0, rejected 2"));
    CHECK(cs::test::readAll(rejects).contains("ZZ9,2026Q1,100,90,,3,"));
}

TEST_CASE("import refuses bad command lines with 2 and unreadable files with 3", "[import]")
{
    auto dir = cs::test::tempDir();
    const QString db = dir->filePath(QStringLiteral("w.cwb"));
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), db }).exitCode == 0);
    const QString csv = dir->filePath(QStringLiteral("x.csv"));
    cs::test::writeAll(csv, "a,b\n1,2\n");
    CHECK(channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db, csv }).exitCode == 2);
    CHECK(channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                             QStringLiteral("orders"), csv })
              .exitCode
        == 2);
    CHECK(channelstation(
              { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                  QStringLiteral("ledger"), QStringLiteral("--encoding"), QStringLiteral("latin-9"), csv })
              .exitCode
        == 2);
    const Run missing = channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db,
        QStringLiteral("--kind"), QStringLiteral("ledger"), dir->filePath(QStringLiteral("none.xlsx")) });
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(QStringLiteral("none.xlsx")));
    const Run noHeader = channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db,
        QStringLiteral("--kind"), QStringLiteral("ledger"), csv });
    CHECK(noHeader.exitCode == 1);
    CHECK(noHeader.err.contains(QStringLiteral("x.csv")));
}

TEST_CASE(
    "capability lists every partner's scores, gaps, stage and watch reasons as CSV and JSON", "[capability]")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    cs::test::buildDemo(path);
    const QByteArray before = cs::test::fileFingerprint(path);

    const Run csv = channelstation({ QStringLiteral("capability"), QStringLiteral("--db"), path,
        QStringLiteral("--as-of"), QStringLiteral("2026-10-31") });
    CHECK(csv.exitCode == 0);
    CHECK(csv.err.isEmpty());
    CHECK(csv.out.startsWith("\xEF\xBB\xBF"
                             "Code,Name,As of,Latest assessment,Product understanding,Sales execution,"
                             "Customer service,Composite,"));
    CHECK(csv.out.count("\r\n") == 2001);
    // A partner below 5.0 on two dimensions: both reasons, joined with "; ".
    CHECK(csv.out.contains(
        "\r\nDB-0007,大连卓越数码广场店,2026-10-31,2026-10-23,4.1,4.7,6.0,4.9,4.7,3.3,2.0,entry,Entry,"
        "\"Product understanding is 4.1, below 5.0; Sales execution is 4.7, below 5.0\",,袁军,\r\n"));
    CHECK(cs::test::fileFingerprint(path) == before); // read-only

    const Run json = channelstation(
        { QStringLiteral("capability"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
            QStringLiteral("2026-10-31"), QStringLiteral("--format"), QStringLiteral("json") });
    CHECK(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    CHECK(root.value(QStringLiteral("asOf")).toString() == QStringLiteral("2026-10-31"));
    CHECK(root.value(QStringLiteral("benchmarkSource")).toString() == QStringLiteral("excellent_partners"));
    CHECK(root.value(QStringLiteral("benchmark")).toObject().value(QStringLiteral("product")).toDouble()
        == 8.8);
    const QJsonArray partners = root.value(QStringLiteral("partners")).toArray();
    REQUIRE(partners.size() == 2000);
    for (const QString &key : { QStringLiteral("code"), QStringLiteral("scores"), QStringLiteral("composite"),
             QStringLiteral("gaps"), QStringLiteral("stage"), QStringLiteral("watch") })
        CHECK(partners.at(0).toObject().contains(key));
}

TEST_CASE("mentors lists each mentor's partners and how many are on the watch list", "[capability]")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    cs::test::buildDemo(path);
    const Run csv = channelstation({ QStringLiteral("mentors"), QStringLiteral("--db"), path,
        QStringLiteral("--as-of"), QStringLiteral("2026-10-31") });
    CHECK(csv.exitCode == 0);
    CHECK(csv.out.startsWith("\xEF\xBB\xBF"
                             "Mentor,Partners,Assessed,On the watch list\r\n"));
    const Run json =
        channelstation({ QStringLiteral("mentors"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
            QStringLiteral("2026-10-31"), QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonArray mentors = QJsonDocument::fromJson(json.out).array();
    REQUIRE(mentors.size() > 1);
    // Every partner not churned is counted once, under its mentor; the most watched come first.
    int partners = 0;
    int previousWatched = INT_MAX;
    for (const QJsonValue &m : mentors) {
        partners += m.toObject().value(QStringLiteral("partners")).toInt();
        const int watched = m.toObject().value(QStringLiteral("onWatchList")).toInt();
        CHECK(watched <= previousWatched);
        previousWatched = watched;
    }
    const Run churned = channelstation({ QStringLiteral("partners"), QStringLiteral("--db"), path });
    CHECK(partners == 2000 - churned.out.count(",Churned,"));
}

TEST_CASE("capability without an excellent partner says there is no benchmark and leaves the gaps empty",
    "[capability]")
{
    auto dir = cs::test::tempDir();
    const QString db = dir->filePath(QStringLiteral("w.cwb"));
    const QString partners = dir->filePath(QStringLiteral("partners.csv"));
    const QString assessments = dir->filePath(QStringLiteral("assessments.csv"));
    cs::test::writeAll(partners, "伙伴编号,伙伴名称\nA1,甲\nA2,乙\n");
    cs::test::writeAll(
        assessments, "伙伴编号,评估日期,产品理解力,销售执行力,客户服务力\nA1,2026-08-01,4.9,5.0,8.0\n");
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), db }).exitCode == 0);
    for (const auto &[kind, file] : { std::pair { QStringLiteral("partners"), partners },
             std::pair { QStringLiteral("assessments"), assessments } })
        REQUIRE(channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db,
                                   QStringLiteral("--kind"), kind, file })
                    .exitCode
            == 0);

    const Run run = channelstation({ QStringLiteral("capability"), QStringLiteral("--db"), db,
        QStringLiteral("--as-of"), QStringLiteral("2026-10-01") });
    CHECK(run.exitCode == 0);
    CHECK(run.err.startsWith(QStringLiteral("No benchmark")));
    const QList<QByteArray> lines = run.out.split('\n');
    REQUIRE(lines.size() == 4);
    CHECK(lines[1].startsWith("A1,甲,2026-10-01,2026-08-01,4.9,5.0,8.0,6.0,,,,growth,Growth,"
                              "\"Product understanding is 4.9, below 5.0; No assessment for 61 day"));
    CHECK(lines[2] == "A2,乙,2026-10-01,,,,,,,,,,,Never assessed,,,\r");
}

TEST_CASE("capability refuses a malformed as-of date with 2", "[capability]")
{
    for (const char *date : { "2026-13-01", "31/10/2026", "" }) {
        INFO(date);
        const Run run = channelstation({ QStringLiteral("capability"), QStringLiteral("--db"),
            QStringLiteral("x.cwb"), QStringLiteral("--as-of"), QString::fromLatin1(date) });
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--help")));
    }
}

TEST_CASE(
    "rebates lists a quarter's statements, close freezes them, and a year sums its quarters", "[incentives]")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    REQUIRE(channelstation({ QStringLiteral("demo"), QStringLiteral("--data"), QStringLiteral(DEMO_DATA_DIR),
                               QStringLiteral("--db"), path })
                .exitCode
        == 0);
    const QStringList rebates { QStringLiteral("rebates"), QStringLiteral("--db"), path,
        QStringLiteral("--period") };
    const Run preview = channelstation(rebates + QStringList { QStringLiteral("2026Q3") });
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.err.contains(QStringLiteral("preview")));
    const QList<QByteArray> lines = preview.out.trimmed().split('\n');
    CHECK(lines.front().trimmed().endsWith(
        "partner_code,period,target,actual,achievement_pct,band_rate_pct,achievement_rebate,growth_rebate,"
        "special_rebate,cash_discount,mdf,penalties,adjustments,total,exception"));
    REQUIRE(lines.size() > 1500);
    int exceptions = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        REQUIRE(cells.size() == 15);
        CHECK(cells[1] == "2026Q3");
        // The total is the sum of the components, to the fen, every amount with two decimals.
        qint64 sum = 0;
        for (int c = 6; c <= 12; ++c) {
            CHECK(cells[c].indexOf('.') == cells[c].size() - 3);
            sum += qRound64(cells[c].toDouble() * 100);
        }
        CHECK(sum == qRound64(cells[13].toDouble() * 100));
        exceptions += cells[14].isEmpty() ? 0 : 1;
    }
    CHECK(exceptions > 0); // the demo has partners without results in the quarter

    const QStringList close { QStringLiteral("close"), QStringLiteral("--db"), path,
        QStringLiteral("--period"), QStringLiteral("2026Q3"), QStringLiteral("--note"),
        QStringLiteral("季度复盘") };
    const Run closed = channelstation(close);
    CHECK(closed.exitCode == 0);
    CHECK(closed.out.contains("Closed 2026Q3"));
    const Run frozen = channelstation(rebates + QStringList { QStringLiteral("2026Q3") });
    CHECK(frozen.exitCode == 0);
    CHECK(frozen.err.contains(QStringLiteral("frozen")));
    CHECK(frozen.out == preview.out);
    const Run again = channelstation(close);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("closed")));

    const Run year = channelstation(
        rebates + QStringList { QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(year.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(year.out).array();
    REQUIRE(rows.size() > 1500);
    CHECK(rows.first().toObject().value(QStringLiteral("period")).toString() == QStringLiteral("2026"));

    CHECK(channelstation(rebates + QStringList { QStringLiteral("2026Q5") }).exitCode == 2);
    CHECK(channelstation({ QStringLiteral("close"), QStringLiteral("--db"), path, QStringLiteral("--period"),
                             QStringLiteral("2026") })
              .exitCode
        == 2);
}

TEST_CASE("rebates on a workbook without a policy says how to get one, and close stores the default",
    "[incentives]")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("empty.cwb"));
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), path }).exitCode == 0);
    const Run none = channelstation({ QStringLiteral("rebates"), QStringLiteral("--db"), path,
        QStringLiteral("--period"), QStringLiteral("2026Q1") });
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("no incentive policy")));
    const Run close = channelstation({ QStringLiteral("close"), QStringLiteral("--db"), path,
        QStringLiteral("--period"), QStringLiteral("2026Q1") });
    CHECK(close.exitCode == 0);
    CHECK(close.out.contains("Stored the default incentive policy, in force from 2026Q1."));
    CHECK(close.out.contains("Closed 2026Q1: 0 statements"));
}

TEST_CASE("kpis scores a quarter's scorecards as CSV and JSON, one row per partner", "[scorecard]")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    cs::test::buildDemo(path);
    const QByteArray before = cs::test::fileFingerprint(path);
    const QStringList kpis { QStringLiteral("kpis"), QStringLiteral("--db"), path, QStringLiteral("--period"),
        QStringLiteral("2026Q1") };

    const Run csv = channelstation(kpis);
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.err.isEmpty());
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    CHECK(lines.front().trimmed().endsWith(
        "partner_code,overall_score,grade,rank,financial,market,customer,operations,product"));
    REQUIRE(lines.size() > 1700); // 1,777: the partners not churned and joined, and the churned with results
    const QList<QByteArray> grades { "A", "B", "C", "D" };
    QSet<QByteArray> seen;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        REQUIRE(cells.size() == 9);
        if (cells[1].isEmpty())
            continue; // no KPI with data: no grade and no rank either
        INFO(lines[i].toStdString());
        CHECK(grades.contains(cells[2]));
        CHECK(cells[3].toInt() >= 1);
        CHECK(cells[1].indexOf('.') == cells[1].size() - 2); // one decimal
        seen.insert(cells[2]);
    }
    CHECK(seen.size() >= 2); // the demo's partners are not all alike
    CHECK(cs::test::fileFingerprint(path) == before); // read-only

    const Run json =
        channelstation(kpis + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    CHECK(rows.size() == lines.size() - 1);
    const QJsonObject first = rows.first().toObject();
    for (const char *key : { "partner_code", "overall_score", "grade", "rank", "financial", "market",
             "customer", "operations", "product" })
        CHECK(first.contains(QString::fromLatin1(key)));
    CHECK(
        first.value(QStringLiteral("partner_code")).toString() == QString::fromUtf8(lines[1].split(',')[0]));

    CHECK(channelstation({ QStringLiteral("kpis"), QStringLiteral("--db"), path }).exitCode == 2);
    CHECK(channelstation(kpis + QStringList { QStringLiteral("--format"), QStringLiteral("xml") }).exitCode
        == 2);
}

TEST_CASE("scorecards prints a one-partner PDF whose text matches the golden reference", "[scorecards]")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils: scripts/setup.sh installs it
    auto dir = cs::test::tempDir();
    const QString db = dir->filePath(QStringLiteral("w.cwb"));
    const QString partners = dir->filePath(QStringLiteral("partners.csv"));
    const QString results = dir->filePath(QStringLiteral("results.csv"));
    cs::test::writeAll(partners,
        "伙伴编号,伙伴名称,类型,区域,等级,认证等级,培养阶段,导师,上级伙伴编号,加入日期,状态\n"
        "P1,华东精诚科技有限公司,经销商,华东,金牌,进阶,成长型,王芳,,2020-01-01,合作中\n"
        "P2,北方星河贸易有限公司,经销商,华北,银牌,基础,入门型,李强,,2021-06-01,合作中\n");
    cs::test::writeAll(results,
        "伙伴编号,季度,销售目标(元),实际销售额(元),回款额(元),新客户数,客户满意度,30天客户拜访次数,备注\n"
        "P1,2025Q4,1000000.00,950000.00,900000.00,4,92%,18,\n"
        "P1,2026Q1,1200000.00,1320000.00,1250000.00,6,95%,22,\n"
        "P2,2025Q4,500000.00,300000.00,280000.00,1,80%,10,\n"
        "P2,2026Q1,500000.00,350000.00,300000.00,2,85%,12,\n");
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), db }).exitCode == 0);
    REQUIRE(channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                               QStringLiteral("partners"), partners })
                .exitCode
        == 0);
    REQUIRE(channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                               QStringLiteral("results"), results })
                .exitCode
        == 0);

    const QString pdf = dir->filePath(QStringLiteral("one.pdf"));
    const Run run = channelstation({ QStringLiteral("scorecards"), QStringLiteral("--db"), db,
        QStringLiteral("--period"), QStringLiteral("2026Q1"), QStringLiteral("--partner"),
        QStringLiteral("P1"), QStringLiteral("--out"), pdf });
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith("Wrote 1 page to "));
    // The language may come before the command; printing still gets its fonts.
    const QString chinese = dir->filePath(QStringLiteral("中文.pdf"));
    const Run langFirst =
        channelstation({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("scorecards"),
            QStringLiteral("--db"), db, QStringLiteral("--period"), QStringLiteral("2026Q1"),
            QStringLiteral("--partner"), QStringLiteral("P1"), QStringLiteral("--out"), chinese });
    CHECK(langFirst.exitCode == 0);
    CHECK(QFile::exists(chinese));

    QProcess text;
    text.start(pdftotext, { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    REQUIRE(text.waitForFinished(30000));
    REQUIRE(text.exitCode() == 0);
    // The print date is the only thing that changes from day to day.
    QString actual = QString::fromUtf8(text.readAllStandardOutput());
    actual.replace(
        QRegularExpression(QStringLiteral("Printed \\d{4}-\\d{2}-\\d{2}")), QStringLiteral("Printed DATE"));
    const QString golden = QStringLiteral(TEST_DATA_DIR "/golden/scorecard-P1.txt");
    if (qEnvironmentVariableIsSet("CS_UPDATE_GOLDEN"))
        cs::test::writeAll(golden, actual.toUtf8());
    CHECK(actual == QString::fromUtf8(cs::test::readAll(golden)));

    const Run unknown = channelstation({ QStringLiteral("scorecards"), QStringLiteral("--db"), db,
        QStringLiteral("--period"), QStringLiteral("2026Q1"), QStringLiteral("--partner"),
        QStringLiteral("ZZ9"), QStringLiteral("--out"), dir->filePath(QStringLiteral("none.pdf")) });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("ZZ9")));
    CHECK_FALSE(QFile::exists(dir->filePath(QStringLiteral("none.pdf"))));

    const QString folder = dir->filePath(QStringLiteral("cards"));
    const Run each = channelstation({ QStringLiteral("scorecards"), QStringLiteral("--db"), db,
        QStringLiteral("--period"), QStringLiteral("2026Q1"), QStringLiteral("--tier"),
        QStringLiteral("银牌"), QStringLiteral("--out"), folder });
    CHECK(each.exitCode == 0);
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList { QStringLiteral("P2.pdf") });
}

TEST_CASE("dashboard gives a quarter's tiles as text and as JSON with fen and exact ratios", "[dashboard]")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("dash.cwb"));
    REQUIRE(channelstation({ QStringLiteral("new"), QStringLiteral("--db"), path }).exitCode == 0);
    const QString partners = dir->filePath(QStringLiteral("partners.csv"));
    cs::test::writeAll(
        partners, "伙伴编号,伙伴名称,区域,状态\nA,甲,华东,合作中\nB,乙,华东,合作中\nC,丙,华南,已流失\n");
    const QString results = dir->filePath(QStringLiteral("results.csv"));
    cs::test::writeAll(results,
        "伙伴编号,季度,销售目标(元),实际销售额(元),客户满意度\nA,2026Q3,100,120,95%\nB,2026Q3,100,50.5,90%"
        "\n");
    for (const auto &[kind, file] : { std::pair { "partners", partners }, std::pair { "results", results } })
        REQUIRE(channelstation({ QStringLiteral("import"), QStringLiteral("--db"), path,
                                   QStringLiteral("--kind"), QString::fromLatin1(kind), file })
                    .exitCode
            == 0);
    const QByteArray before = cs::test::fileFingerprint(path);
    const QStringList dashboard { QStringLiteral("dashboard"), QStringLiteral("--db"), path,
        QStringLiteral("--period"), QStringLiteral("2026Q3"), QStringLiteral("--today"),
        QStringLiteral("2026-11-22") };

    const Run text = channelstation(dashboard);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("Channel dashboard 2026 Q3 (as of 2026-09-30)"));
    CHECK(text.out.contains("Partners meeting target: 50.00 %"));
    CHECK(text.out.contains("1 churned partner has no known churn date and is not counted."));

    const Run json =
        channelstation(dashboard + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    const QJsonObject sales = o.value(QStringLiteral("sales")).toObject();
    CHECK(sales.value(QStringLiteral("actual")).toObject().value(QStringLiteral("fen")).toInteger() == 17050);
    CHECK(sales.value(QStringLiteral("actual")).toObject().value(QStringLiteral("yuan")).toString()
        == QStringLiteral("170.50"));
    CHECK(sales.value(QStringLiteral("state")).toString() == QStringLiteral("missed"));
    const QJsonObject meeting = o.value(QStringLiteral("meeting_target")).toObject();
    CHECK(meeting.value(QStringLiteral("met_codes")).toArray() == QJsonArray { QStringLiteral("A") });
    const QJsonObject share = meeting.value(QStringLiteral("share")).toObject();
    CHECK(share.value(QStringLiteral("num")).toInteger() == 1);
    CHECK(share.value(QStringLiteral("den")).toInteger() == 2);
    CHECK(share.value(QStringLiteral("percent")).toString() == QStringLiteral("50.00"));
    // (95 % + 90 %) / 2 = 92.5 % = 37/40
    const QJsonObject satisfaction =
        o.value(QStringLiteral("satisfaction")).toObject().value(QStringLiteral("average")).toObject();
    CHECK(satisfaction.value(QStringLiteral("num")).toInteger() == 37);
    CHECK(satisfaction.value(QStringLiteral("den")).toInteger() == 40);
    const QJsonObject churn = o.value(QStringLiteral("churn")).toObject();
    CHECK(churn.value(QStringLiteral("undated")).toArray() == QJsonArray { QStringLiteral("C") });
    CHECK(churn.value(QStringLiteral("active_at_start")).toInt() == 2);
    CHECK(o.value(QStringLiteral("incentives"))
              .toObject()
              .value(QStringLiteral("problem"))
              .toString()
              .contains(QStringLiteral("No incentive policy")));
    CHECK(cs::test::fileFingerprint(path) == before); // read-only: not even a default policy

    CHECK(
        channelstation(dashboard + QStringList { QStringLiteral("--format"), QStringLiteral("csv") }).exitCode
        == 2);
    const Run badPeriod = channelstation({ QStringLiteral("dashboard"), QStringLiteral("--db"), path,
        QStringLiteral("--period"), QStringLiteral("2026Q5") });
    CHECK(badPeriod.exitCode == 2);
    CHECK(channelstation({ QStringLiteral("dashboard"), QStringLiteral("--db"),
                             dir->filePath(QStringLiteral("missing.cwb")) })
              .exitCode
        == 3);
}

TEST_CASE(
    "tiers lists a quarter's proposed tier changes with reasons, and --apply confirms them once", "[tiers]")
{
    auto dir = cs::test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    cs::test::buildDemo(path);
    const QByteArray before = cs::test::fileFingerprint(path);
    const QStringList tiers { QStringLiteral("tiers"), QStringLiteral("--db"), path,
        QStringLiteral("--period"), QStringLiteral("2026Q3") };

    const Run csv = channelstation(tiers);
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.err.isEmpty());
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    CHECK(
        lines.front().trimmed().endsWith("partner_code,partner_name,region,current_tier,criteria_tier,"
                                         "proposed_tier,change,held_by,score,trailing_sales,market_coverage,"
                                         "certification,service_capability,brand_investment,reason,progress,"
                                         "confirmed_tier"));
    const qsizetype proposals = lines.size() - 1;
    CHECK(proposals > 95); // a tenth of the 1,900 partners reviewed, give or take
    CHECK(proposals < 380);
    CHECK(cs::test::fileFingerprint(path) == before); // read-only

    const Run json =
        channelstation(tiers + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    REQUIRE(rows.size() == proposals);
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        INFO(row.value(QStringLiteral("partner_code")).toString().toStdString());
        CHECK(row.value(QStringLiteral("current_tier")) != row.value(QStringLiteral("proposed_tier")));
        CHECK(row.value(QStringLiteral("change")).isString());
        CHECK(row.value(QStringLiteral("score")).isDouble());
        CHECK_FALSE(row.value(QStringLiteral("reason")).toString().isEmpty());
        CHECK(row.value(QStringLiteral("confirmed_tier")).isNull());
    }

    const Run apply = channelstation(tiers
        + QStringList { QStringLiteral("--apply"), QStringLiteral("--by"), QStringLiteral("测试经理") });
    REQUIRE(apply.exitCode == 0);
    CHECK(apply.out.trimmed().split('\n').size() == proposals + 1);
    CHECK(
        apply.err.contains(QStringLiteral("from the review of 2026Q3, effective from 2026Q4, by 测试经理")));
    const Run all = channelstation(
        tiers + QStringList { QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(all.exitCode == 0);
    qsizetype confirmed = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(all.out).array())
        confirmed += v.toObject().value(QStringLiteral("confirmed_tier")).isString() ? 1 : 0;
    CHECK(confirmed == proposals);
    const Run again = channelstation(tiers
        + QStringList { QStringLiteral("--apply"), QStringLiteral("--by"), QStringLiteral("测试经理") });
    CHECK(again.exitCode == 0);
    CHECK(again.err.contains(QStringLiteral("No tier change to confirm for 2026Q3.")));
    CHECK(again.out.trimmed().split('\n').size() == 1); // the header only

    CHECK(channelstation({ QStringLiteral("tiers"), QStringLiteral("--db"), path }).exitCode == 2);
    CHECK(channelstation({ QStringLiteral("tiers"), QStringLiteral("--db"), path, QStringLiteral("--period"),
                             QStringLiteral("2026Q5") })
              .exitCode
        == 2);
    CHECK(channelstation(tiers + QStringList { QStringLiteral("--format"), QStringLiteral("xml") }).exitCode
        == 2);
    const QByteArray applied = cs::test::fileFingerprint(path);
    CHECK(
        channelstation(tiers + QStringList { QStringLiteral("--by"), QStringLiteral("某人") }).exitCode == 2);
    CHECK(cs::test::fileFingerprint(path) == applied);
    CHECK(channelstation(
              { QStringLiteral("tiers"), QStringLiteral("--db"), dir->filePath(QStringLiteral("missing.cwb")),
                  QStringLiteral("--period"), QStringLiteral("2026Q3") })
              .exitCode
        == 3);
}
