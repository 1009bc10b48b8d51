// The importer end to end: rows from files become records, all or nothing or
// the valid rows only, with every problem named by row and column.
#include "ImportFixture.h"
#include "import/Importer.h"
#include "storage/ImportHistory.h"
#include "storage/PartnerRepository.h"

#include <QFileInfo>

using namespace cs;
using test::ImportFixture;

TEST_CASE("results are imported as fen, exact percentages and counts, with a zero target kept", "[import]")
{
    ImportFixture f;
    const ImportReport report = f.import(ImportKind::Results,
        "伙伴编号,季度,销售目标(元),实际销售额(元),回款额,新客户数,客户满意度,30天客户拜访次数,备注\n"
        "A1,2026Q1,\"¥1,000,000.00\",\"1,234,567.50\",900000,12,92.5%,30,\n"
        "a2,2026年第1季度,0,500.5,,,0.9,,=SUM(A1:A3)\n");
    REQUIRE(report.outcome == ImportOutcome::Committed);
    CHECK(report.counts == ImportCounts { 2, 0, 0, 0 });
    CHECK(f.query("SELECT sales_target, actual_sales, collections, new_customers, satisfaction_num, "
                  "satisfaction_den, visits_30d FROM results r JOIN partners p ON p.id = r.partner_id "
                  "WHERE p.code = 'A1' AND quarter = '2026Q1'")
        == test::strings({ "100000000", "123456750", "90000000", "12", "37", "40", "30" }));
    // Code matched without regard to case; a zero target is data; a formula stays text.
    CHECK(f.query("SELECT sales_target, actual_sales, collections, remarks FROM results r "
                  "JOIN partners p ON p.id = r.partner_id WHERE p.code = 'A2'")
        == test::strings({ "0", "50050", "", "=SUM(A1:A3)" }));
}

TEST_CASE("one bad row rejects the whole file: every problem is listed and nothing is written", "[import]")
{
    ImportFixture f;
    const QByteArray before = f.closedFingerprint();
    const ImportReport report = f.import(ImportKind::Results,
        "季度汇总\n"
        "\n"
        "伙伴编号,季度,销售目标,实际销售额\n"
        "A1,2026Q1,100,90\n"
        "ZZ9,2026Q1,100,90\n"
        "A2,2026Q5,-100,abc\n"
        "A1,2026Q1,100,90\n");
    CHECK(report.outcome == ImportOutcome::Rejected);
    CHECK(report.counts.rejected == 3);
    REQUIRE(report.problemCount == 5);
    const QList<ImportProblem> &p = report.problems;
    CHECK(p[0].row == 5);
    CHECK(p[0].header == QStringLiteral("伙伴编号"));
    CHECK(p[0].value == QStringLiteral("ZZ9"));
    CHECK(p[0].reason.contains(QStringLiteral("no partner with code “ZZ9”")));
    CHECK(p[1].row == 6);
    CHECK(p[1].header == QStringLiteral("季度"));
    CHECK(p[2].header == QStringLiteral("销售目标"));
    CHECK(p[2].reason == QStringLiteral("An amount cannot be negative."));
    CHECK(p[3].header == QStringLiteral("实际销售额"));
    CHECK(p[4].row == 7);
    CHECK(p[4].reason.contains(QStringLiteral("Row 4 already has")));
    CHECK(Importer::formatProblem(report, p[0]).startsWith(QStringLiteral("input.csv:5:伙伴编号: ")));
    f.close();
    CHECK(f.fingerprint() == before);
}

TEST_CASE("valid rows only: the rest go to a rejects file with their columns, row and reason", "[import]")
{
    ImportFixture f;
    ImportOptions options;
    options.kind = ImportKind::Results;
    options.validOnly = true;
    const ImportReport report = f.import(options,
        "伙伴编号,季度,销售目标,实际销售额,备注\n"
        "A1,2026Q1,100,90,\"好,很好\"\n"
        "ZZ9,2026Q1,100,90,\"多行\n备注\"\n"
        "A2,2026Q1,100,-1,\n");
    REQUIRE(report.outcome == ImportOutcome::Committed);
    CHECK(report.counts == ImportCounts { 1, 0, 0, 2 });
    CHECK(report.rejectsPath == f.dir->filePath(QStringLiteral("input.rejects.csv")));
    const QString rejects = QString::fromUtf8(test::readAll(report.rejectsPath));
    INFO(rejects);
    CHECK(test::readAll(report.rejectsPath).startsWith("\xEF\xBB\xBF"));
    CHECK(rejects.startsWith(QStringLiteral("伙伴编号,季度,销售目标,实际销售额,备注,Source row,Reason\r\n")));
    CHECK(rejects.contains(QStringLiteral("ZZ9,2026Q1,100,90,\"多行\n备注\",3,")));
    CHECK(rejects.contains(
        QStringLiteral("A2,2026Q1,100,-1,,4,实际销售额: An amount cannot be negative.\r\n")));
    CHECK(f.query("SELECT count(*) FROM results") == test::strings({ "1" }));
    const auto history = ImportHistory(f.workbook()).all();
    REQUIRE(history.size() == 2);
    CHECK(history[0].counts.rejected == 2);
}

TEST_CASE("importing again counts unchanged rows, and a changed row lists the fields it changed", "[import]")
{
    ImportFixture f;
    const char *sheet = "伙伴编号,季度,销售目标,实际销售额,新客户数\nA1,2026Q1,100,90,3\nA2,2026Q1,100,80,\n";
    REQUIRE(f.import(ImportKind::Results, sheet).outcome == ImportOutcome::Committed);
    CHECK(f.import(ImportKind::Results, sheet).counts == ImportCounts { 0, 0, 2, 0 });
    // An empty cell never erases: A2's new customers stay as they are.
    const ImportReport report = f.import(ImportKind::Results,
        "伙伴编号,季度,销售目标,实际销售额,新客户数\nA1,2026Q1,100,95,4\nA2,2026Q1,100,80,\n");
    CHECK(report.counts == ImportCounts { 0, 1, 1, 0 });
    REQUIRE(report.changes.size() == 1);
    CHECK(report.changes[0].row == 2);
    CHECK(report.changes[0].key == QStringLiteral("A1 2026Q1"));
    CHECK(report.changes[0].fields == test::strings({ "Actual sales", "New customers" }));
}

TEST_CASE("partners are upserted by code; a parent may come further down the sheet", "[import]")
{
    ImportFixture f;
    const ImportReport report = f.import(ImportKind::Partners,
        "伙伴编号,伙伴名称,类型,等级,上级伙伴编号,邮箱\n"
        "A1,甲公司改名,经销商,Gold,,\n"
        "B1,乙,零售商,,B2,\n"
        "B2,丙,代理商,银牌,A1,b2@example.com\n"
        "A2,,,,,\n");
    REQUIRE(report.outcome == ImportOutcome::Committed);
    CHECK(report.counts == ImportCounts { 2, 1, 1, 0 });
    REQUIRE(report.changes.size() == 1);
    CHECK(report.changes[0].key == QStringLiteral("A1"));
    CHECK(report.changes[0].fields == test::strings({ "Name", "Tier" }));
    PartnerRepository partners(f.workbook());
    const auto b1 = partners.byCode(QStringLiteral("B1"));
    const auto b2 = partners.byCode(QStringLiteral("B2"));
    REQUIRE(b1);
    REQUIRE(b2);
    CHECK(b1->parentId == b2->id);
    CHECK(b2->parentId == partners.byCode(QStringLiteral("A1"))->id);
    CHECK(b1->type == PartnerType::Retailer);
    CHECK(b2->tier == Tier::Silver);
    CHECK(b2->type == PartnerType::Agent);
}

TEST_CASE("partner rows that break the registry's rules are rejected with the column at fault", "[import]")
{
    ImportFixture f;
    const ImportReport report = f.import(ImportKind::Partners,
        "伙伴编号,伙伴名称,上级伙伴编号,邮箱,等级\n"
        "C1,新,NOPE,,\n"
        "C2,,,,\n"
        "C3,新3,,not-an-email,\n"
        "C4,新4,C1,,\n"
        "C5,新5,,,白金\n"
        "c5,again,,,\n");
    CHECK(report.outcome == ImportOutcome::Rejected);
    QStringList seen;
    for (const ImportProblem &p : report.problems)
        seen.append(QStringLiteral("%1 %2").arg(p.row).arg(p.header));
    CHECK(seen
        == test::strings(
            { "2 上级伙伴编号", "3 伙伴名称", "4 邮箱", "5 上级伙伴编号", "6 等级", "7 伙伴编号" }));
    CHECK(report.problems[3].reason
        == QStringLiteral("The parent partner “C1” is on row 2, which was rejected."));
}

TEST_CASE(
    "ledger lines are appended by order id and rolled up per partner, quarter and product line", "[import]")
{
    ImportFixture f;
    const char *ledger = "订单号,伙伴编号,订单日期,产品线,金额\n"
                         "SO1,A1,2026-01-05,服务器,100.00\n"
                         "SO2,A1,2026/3/31,服务器,\"¥1,000.50\"\n"
                         "SO3,A1,2026年4月1日,服务器,1\n"
                         "SO4,A2,2026-01-06,存储,0\n";
    REQUIRE(f.import(ImportKind::Ledger, ledger).counts == ImportCounts { 4, 0, 0, 0 });
    CHECK(
        f.query("SELECT group_concat(quarter || ' ' || product_line || ' ' || amount || ' ' || orders, '; ') "
                "FROM (SELECT * FROM ledger_totals ORDER BY partner_id, quarter)")
        == test::strings({ "2026Q1 服务器 110050 2; 2026Q2 服务器 100 1; 2026Q1 存储 0 1" }));
    // The same file again changes nothing; a changed line or a repeat within a file is a duplicate.
    CHECK(f.import(ImportKind::Ledger, ledger).counts == ImportCounts { 0, 0, 4, 0 });
    const ImportReport again = f.import(ImportKind::Ledger,
        "订单号,伙伴编号,订单日期,产品线,金额\nSO1,A1,2026-01-05,服务器,200\nSO9,A2,2026-02-01,软件,5\n"
        "SO9,A2,2026-02-01,软件,5\n");
    CHECK(again.outcome == ImportOutcome::Rejected);
    REQUIRE(again.problems.size() == 2);
    CHECK(again.problems[0].row == 2);
    CHECK(again.problems[0].reason.contains(QStringLiteral("imported before")));
    CHECK(again.problems[1].row == 4);
    CHECK(again.problems[1].reason.contains(QStringLiteral("already on row 3")));
    CHECK(f.query("SELECT sum(amount) FROM ledger_totals") == test::strings({ "110150" }));
    // A line already in the ledger, twice in a new file: the first is unchanged, the second a repeat.
    const ImportReport twice = f.import(ImportKind::Ledger,
        "订单号,伙伴编号,订单日期,产品线,金额\nSO1,A1,2026-01-05,服务器,100\nSO1,A1,2026-01-05,服务器,100\n");
    CHECK(twice.counts == ImportCounts { 0, 0, 1, 1 });
    REQUIRE(twice.problems.size() == 1);
    CHECK(twice.problems[0].reason.contains(QStringLiteral("already on row 2")));
    // Keeping the valid rows: only the line inserted is rolled up, not the
    // unchanged one, the changed one or the repeat beside it.
    ImportOptions validOnly;
    validOnly.kind = ImportKind::Ledger;
    validOnly.validOnly = true;
    const ImportReport mixed = f.import(validOnly,
        "订单号,伙伴编号,订单日期,产品线,金额\nSO1,A1,2026-01-05,服务器,100\nSO7,A1,2026-01-07,服务器,7\n"
        "SO2,A1,2026-03-31,服务器,9\nSO7,A1,2026-01-07,服务器,7\n");
    CHECK(mixed.counts == ImportCounts { 1, 0, 1, 2 });
    CHECK(
        f.query("SELECT group_concat(quarter || ' ' || product_line || ' ' || amount || ' ' || orders, '; ') "
                "FROM (SELECT * FROM ledger_totals ORDER BY partner_id, quarter)")
        == test::strings({ "2026Q1 服务器 110750 3; 2026Q2 服务器 100 1; 2026Q1 存储 0 1" }));
}

TEST_CASE("assessments keep scores in tenths and refuse scores outside 0 to 10", "[import]")
{
    ImportFixture f;
    const ImportReport report = f.import(ImportKind::Assessments,
        "伙伴编号,评估日期,产品理解力,销售执行力,客户服务力\n"
        "A1,2026-03-31,8.7,6,10\n"
        "A2,2026-03-31,11,5.55,\n");
    CHECK(report.outcome == ImportOutcome::Rejected);
    CHECK(report.problemCount == 3);
    ImportOptions options;
    options.kind = ImportKind::Assessments;
    options.validOnly = true;
    REQUIRE(f.import(options, "伙伴编号,评估日期,产品理解力,销售执行力,客户服务力\nA1,2026/3/31,8.7,6,10\n")
                .isWritten());
    CHECK(f.query("SELECT date, product, sales, service FROM assessments")
        == test::strings({ "2026-03-31", "87", "60", "100" }));
}

TEST_CASE("a dry run and a cancelled import write nothing", "[import]")
{
    ImportFixture f;
    const QByteArray before = f.closedFingerprint();
    ImportOptions options;
    options.kind = ImportKind::Results;
    options.dryRun = true;
    const ImportReport checked = f.import(options, "伙伴编号,季度,销售目标,实际销售额\nA1,2026Q1,100,90\n");
    CHECK(checked.outcome == ImportOutcome::Checked);
    CHECK(checked.counts.inserted == 1);

    QByteArray many = "订单号,伙伴编号,订单日期,产品线,金额\n";
    for (int i = 0; i < 10000; ++i)
        many += "SO" + QByteArray::number(i) + ",A1,2026-01-05,服务器,1\n";
    ImportOptions cancelling;
    cancelling.kind = ImportKind::Ledger;
    int calls = 0;
    cancelling.progress = [&calls](qint64 done, qint64 total) {
        CHECK(done <= total);
        return ++calls < 2;
    };
    CHECK(f.import(cancelling, many).outcome == ImportOutcome::Cancelled);
    f.close();
    CHECK(f.fingerprint() == before);
}

TEST_CASE("a mapping the user made is saved and used again for the same headers", "[import]")
{
    ImportFixture f;
    const char *sheet = "伙伴编号,季度,计划,完成\nA1,2026Q1,100,90\n";
    const ImportReport unmapped = f.import(ImportKind::Results, sheet);
    CHECK(unmapped.outcome == ImportOutcome::Rejected);
    CHECK(unmapped.error.contains(QStringLiteral("Sales target")));

    ImportOptions options;
    options.kind = ImportKind::Results;
    ColumnMapping mapping = unmapped.mapping;
    assignColumn(mapping, ImportKind::Results, 2, QStringLiteral("sales_target"));
    assignColumn(mapping, ImportKind::Results, 3, QStringLiteral("actual_sales"));
    options.mapping = mapping;
    REQUIRE(f.import(options, sheet).isWritten());

    const ImportReport again = f.import(ImportKind::Results, "伙伴编号,季度,计划,完成\nA1,2026Q1,100,95\n");
    CHECK(again.counts == ImportCounts { 0, 1, 0, 0 });
    // Known headers in another order are recognised through what the user taught.
    const ImportReport moved = f.import(ImportKind::Results, "完成,计划,季度,伙伴编号\n96,100,2026Q1,A1\n");
    CHECK(moved.counts == ImportCounts { 0, 1, 0, 0 });
    CHECK(f.query("SELECT actual_sales FROM results") == test::strings({ "9600" }));
}

TEST_CASE("an unreadable file fails with its reason and leaves the workbook alone", "[import]")
{
    ImportFixture f;
    const QByteArray before = f.closedFingerprint();
    ImportOptions options;
    options.kind = ImportKind::Results;
    const ImportReport bomb = Importer::run(
        f.workbook(), ImportSource { QStringLiteral(TEST_DATA_DIR "/xlsx/zip-bomb.xlsx"), {}, {} }, options);
    CHECK(bomb.outcome == ImportOutcome::Failed);
    CHECK(bomb.error.contains(QStringLiteral("zip-bomb.xlsx")));
    const ImportReport missing = Importer::run(
        f.workbook(), ImportSource { f.dir->filePath(QStringLiteral("nowhere.csv")), {}, {} }, options);
    CHECK(missing.outcome == ImportOutcome::Failed);
    CHECK(missing.error.contains(QStringLiteral("nowhere.csv")));
    f.close();
    CHECK(f.fingerprint() == before);
}

TEST_CASE("the messy regional results sheet: title rows skipped, every bad row named", "[import]")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    test::buildDemo(path);
    WorkbookError error;
    auto wb = Workbook::open(path, &error);
    REQUIRE(wb);
    ImportOptions options;
    options.kind = ImportKind::Results;
    options.dryRun = true;
    const ImportReport report = Importer::run(*wb,
        ImportSource { QStringLiteral(DEMO_DATA_DIR "/samples/results-2026Q3-east.xlsx"), {}, {} }, options);
    CHECK(report.outcome == ImportOutcome::Rejected);
    CHECK(report.sheet == QStringLiteral("业绩"));
    CHECK(report.mapping.headerRow == 4);
    QList<int> rows;
    for (const ImportProblem &p : report.problems)
        if (!p.note)
            rows.append(p.row);
    CHECK(rows == QList<int> { 11, 19, 26, 33, 41, 47 });
    CHECK(report.noteCount == 1); // the bare 1 read as 100 %
    CHECK(report.counts.rejected == 6);
    CHECK(report.counts.inserted + report.counts.updated + report.counts.unchanged == 40);
}

TEST_CASE("the rejects file may not be the file being imported", "[import]")
{
    ImportFixture f;
    const QByteArray sheet = "伙伴编号,季度,销售目标,实际销售额\nA1,2026Q1,100,90\nZZ9,2026Q1,100,90\n";
    ImportOptions options;
    options.kind = ImportKind::Results;
    options.validOnly = true;
    options.rejectsPath = f.dir->filePath(QStringLiteral("input.csv"));
    const ImportReport report = f.import(options, sheet);
    CHECK(report.outcome == ImportOutcome::Rejected);
    CHECK(report.error.contains(QStringLiteral("input.csv")));
    CHECK(test::readAll(options.rejectsPath) == sheet);
    CHECK(f.query("SELECT count(*) FROM results") == test::strings({ "0" }));
}

TEST_CASE("a file that breaks off below the header fails with its row, and nothing is written", "[import]")
{
    ImportFixture f;
    const QByteArray before = f.closedFingerprint();
    ImportOptions options;
    options.kind = ImportKind::Partners;
    options.validOnly = true;
    const ImportReport report = Importer::run(f.workbook(),
        ImportSource { QStringLiteral(TEST_DATA_DIR "/xlsx/long-cells.xlsx"), {}, {} }, options);
    CHECK(report.outcome == ImportOutcome::Failed);
    CHECK(report.error.contains(QStringLiteral("row 12")));
    CHECK(report.error.contains(QStringLiteral("32,767")));
    f.close();
    CHECK(f.fingerprint() == before);
    CHECK_FALSE(QFile::exists(QStringLiteral(TEST_DATA_DIR "/xlsx/long-cells.rejects.csv")));
}

TEST_CASE("the history says before any attempt why an import cannot be undone now", "[import]")
{
    ImportFixture f;
    REQUIRE(
        f.import(ImportKind::Results, "伙伴编号,季度,销售目标,实际销售额\nA2,2026Q1,100,90\n").isWritten());
    ImportHistory history(f.workbook());
    const QList<ImportRecord> records = history.all();
    REQUIRE(records.size() == 2);
    const ImportRecord &partners = records[1];
    CHECK(partners.kind == ImportKind::Partners);
    CHECK(partners.canUndo);
    CHECK(partners.undoBlocked.contains(QStringLiteral("A2")));
    CHECK_THROWS_WITH(history.undo(partners.id), partners.undoBlocked.toStdString());
    CHECK(records[0].undoBlocked.isEmpty());
    history.undo(records[0].id);
    CHECK(history.all()[1].undoBlocked.isEmpty());
    history.undo(partners.id);
    CHECK(f.query("SELECT count(*) FROM partners") == test::strings({ "0" }));
}
