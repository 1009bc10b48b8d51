// The demo workbook is built from the spreadsheets in data/, all or nothing.
#include "TestSupport.h"
#include "demo/DemoWorkbook.h"
#include "storage/IncentiveBook.h"
#include "storage/PartnerRepository.h"
#include "storage/Workbook.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace cs;

TEST_CASE("the demo workbook holds the 2,000 partners of data/partners.csv with their parents linked")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    test::buildDemo(path);
    WorkbookError error;
    auto wb = Workbook::open(path, &error);
    REQUIRE(wb);
    PartnerRepository repo(*wb);
    const QList<Partner> all = repo.all();
    CHECK(all.size() == 2000);
    const auto withParent =
        std::count_if(all.cbegin(), all.cend(), [](const Partner &p) { return p.parentId != 0; });
    CHECK(withParent > 100);
    const auto withBreak = std::count_if(
        all.cbegin(), all.cend(), [](const Partner &p) { return p.notes.contains(QLatin1Char('\n')); });
    CHECK(withBreak > 0);
    for (const Partner &p : all) {
        if (p.parentId == 0)
            continue;
        const auto parent = repo.byId(p.parentId);
        REQUIRE(parent);
        CHECK(parent->region == p.region);
    }
}

TEST_CASE("the demo workbook is imported from data/: results, assessments and a ledger that adds up to them")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    test::buildDemo(path);
    WorkbookError error;
    auto wb = Workbook::open(path, &error);
    REQUIRE(wb);
    QSqlDatabase &db = wb->database();
    const auto count = [&](const char *sql) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    CHECK(count("SELECT count(*) FROM import_history WHERE undone_at IS NULL") == 4);
    CHECK(count("SELECT count(*) FROM results") > 10000);
    CHECK(count("SELECT count(*) FROM assessments") > 10000);
    CHECK(count("SELECT count(*) FROM ledger") > 40000);
    // The generator makes each result's actual sales the sum of that quarter's
    // orders, so the roll-up must agree with it to the fen.
    CHECK(count("SELECT count(*) FROM results r JOIN (SELECT partner_id, quarter, sum(amount) AS total "
                "FROM ledger_totals GROUP BY 1, 2) t USING (partner_id, quarter) "
                "WHERE t.total <> r.actual_sales")
        == 0);
    CHECK(count("SELECT count(*) FROM results WHERE sales_target = 0") > 0);
}

TEST_CASE("the demo workbook has two policy versions, six closed quarters, penalties and MDF in every state")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    test::buildDemo(path);
    WorkbookError error;
    auto wb = Workbook::open(path, &error);
    REQUIRE(wb);
    IncentiveBook book(*wb);
    const PolicyHistory history = book.policies();
    REQUIRE(history.versions().size() == 2);
    CHECK(history.inForce(Quarter(2026, 1))->specials.size() == 1);
    CHECK(book.closedQuarters().size() == 6);
    CHECK(book.lastClosedQuarter() == Quarter(2026, 2));
    CHECK(book.penalties().size() == 12);
    const QList<MdfRequest> mdf = book.mdfRequests();
    CHECK(mdf.size() == 20);
    for (const MdfState state : allOf<MdfState>())
        CHECK(std::count_if(mdf.cbegin(), mdf.cend(), [&](const MdfRequest &r) { return r.state() == state; })
            > 0);
    // Penalties found after 2026Q2 was closed are deducted as adjustments in 2026Q3.
    const SettlementRun q3 = book.run(Quarter(2026, 3));
    int adjustments = 0;
    for (const PartnerStatement &st : q3.statements)
        adjustments += int(st.amountOf(Component::Adjustment) != Money());
    CHECK(adjustments == 2);
    CHECK_FALSE(book.audit().isEmpty());
}

TEST_CASE("a bad value in the demo data names the file, row and column, and leaves no workbook behind")
{
    auto dir = test::tempDir();
    const QString data = dir->filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    test::writeAll(data + QStringLiteral("/partners.csv"),
        QStringLiteral("伙伴编号,伙伴名称,等级\r\nA1,甲,金牌\r\nA2,乙,白金\r\n").toUtf8());
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    QString error;
    CHECK_FALSE(DemoWorkbook::build(data, path, &error));
    CHECK(error.contains(QStringLiteral("partners.csv")));
    CHECK(error.contains(QStringLiteral("partners.csv:3:等级")));
    CHECK(error.contains(QStringLiteral("白金")));
    CHECK(QDir(dir->path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("the demo builder refuses to overwrite an existing file")
{
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.cwb"));
    test::writeAll(path, "mine");
    QString error;
    CHECK_FALSE(DemoWorkbook::build(QStringLiteral(DEMO_DATA_DIR), path, &error));
    CHECK(test::readAll(path) == "mine");
}
