// The incentive side of a workbook: migration, policy versions, previews and closed
// quarters, and adjustments for corrections made after closing.
#include "IncentiveFixture.h"

#include <QSqlQuery>

#include <algorithm>

using namespace cs;
using namespace cs::test;

TEST_CASE("migration 5 creates the incentive tables with their checks", "[incentive-book]")
{
    BookFixture b;
    for (const char *table : { "policy_versions", "closed_periods", "closed_statements", "closed_lines",
             "penalties", "mdf_requests", "mdf_events", "audit_log" }) {
        INFO(table);
        CHECK(b.count((std::string("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '")
                  + table + "'")
                          .c_str())
            == 1);
    }
    QSqlQuery q(b.f.workbook().database());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO penalties (partner_id, date, kind, evidence, recorded_at) "
                                      "VALUES (%1, '2026-01-01', 'other', '  ', 'x')")
                           .arg(b.id("A1"))));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO policy_versions (effective_from, rules, created_at) "
                                      "VALUES ('2026-1', '{}', 'x')")));
    CHECK_FALSE(
        q.exec(QStringLiteral("INSERT INTO mdf_requests (partner_id, activity, planned_cost, created_at) "
                              "VALUES (%1, 'x', -1, 'x')")
                   .arg(b.id("A1"))));
}

TEST_CASE("a partner with penalties, MDF requests or closed statements cannot be deleted, and is told why",
    "[incentive-book]")
{
    BookFixture b;
    PartnerRepository partners(b.f.workbook());
    REQUIRE(b.f.import(ImportKind::Partners, "伙伴编号,伙伴名称\nB1,丁\nB2,戊\n").isWritten());
    PenaltyRecord p;
    p.partnerId = b.id("B1");
    p.date = QDate(2026, 5, 1);
    p.evidence = QStringLiteral("订单 SO-1 串货");
    b.book.recordPenalty(p);
    b.book.requestMdf(b.id("B2"), QStringLiteral("路演"), yuan(100), QDate(2026, 5, 1));
    for (const char *code : { "B1", "B2" }) {
        const QString message = refusal([&] { partners.remove(b.id(code)); });
        CHECK(message.contains(QStringLiteral("penalties, MDF requests, settled statements")));
        CHECK(message.contains(QStringLiteral("Churned")));
    }
}

TEST_CASE(
    "a policy is edited in place until a quarter settled with it is closed, then a save is a new version",
    "[incentive-book]")
{
    BookFixture b;
    IncentivePolicy v1 = b.book.policies().versions().constFirst();
    CHECK(b.book.policies().versions().size() == 1);
    CHECK_FALSE(b.book.saveCreatesVersion(v1));
    v1.cashDiscountBp = 300;
    const IncentivePolicy saved = b.book.savePolicy(v1);
    CHECK(saved.id == v1.id);
    CHECK(saved.createdAt == v1.createdAt);
    CHECK(b.book.policies().versions().size() == 1);
    CHECK(b.book.policies().byId(v1.id)->cashDiscountBp == 300);

    // Rules the editor would refuse are refused here too, naming the problem.
    IncentivePolicy broken = saved;
    broken.achievementBands[0].rateBp = 20000;
    CHECK(refusal([&] { b.book.savePolicy(broken); }).contains(QStringLiteral("cannot be saved")));

    b.book.close(q1, QStringLiteral("Q1"));
    CHECK(b.book.lastClosedQuarter() == q1);
    CHECK(b.book.saveCreatesVersion(saved));
    IncentivePolicy edited = saved;
    edited.cashDiscountBp = 100;
    const QString intoClosed = refusal([&] { b.book.savePolicy(edited); });
    CHECK(intoClosed.contains(q2.label()));
    edited.effectiveFrom = q2;
    edited.note = QStringLiteral("  lower cash discount ");
    const IncentivePolicy v2 = b.book.savePolicy(edited);
    CHECK(v2.id != v1.id);
    CHECK(v2.note == QStringLiteral("lower cash discount"));
    const PolicyHistory history = b.book.policies();
    CHECK(history.versions().size() == 2);
    CHECK(history.inForce(q1)->cashDiscountBp == 300);
    CHECK(history.inForce(q2)->id == v2.id);
    CHECK(b.book.run(q1).policy.id == v1.id);
    CHECK(b.book.run(q2).policy.id == v2.id);
    // The new version, never used to close a quarter, is edited in place again.
    CHECK_FALSE(b.book.saveCreatesVersion(v2));
    CHECK(b.actions().mid(0, 3)
        == QStringList({ QStringLiteral("policy-versioned"), QStringLiteral("period-closed"),
            QStringLiteral("policy-saved") }));
}

TEST_CASE(
    "closing a quarter freezes its statements, which read back exactly as previewed", "[incentive-book]")
{
    BookFixture b;
    // A progressive policy with a special rebate for part of the quarter, a penalty and
    // paid co-funding: lines with slices, Int128 ratios, dates and record ids.
    IncentivePolicy policy = b.book.policies().versions().constFirst();
    policy.mode = RebateMode::Progressive;
    policy.specials.append({ QStringLiteral("云服务"), QDate(2026, 2, 15), QDate(2026, 8, 14), 1000 });
    b.book.savePolicy(policy);
    REQUIRE(b.f.import(ImportKind::Ledger,
                   "订单号,伙伴编号,订单日期,产品线,金额\nSO1,A1,2026-01-05,云服务,1000\nSO2,A1,2026-02-20,"
                   "云服务,"
                   "3000.50\nSO3,A1,2026-03-01,服务器,500\n")
                .isWritten());
    PenaltyRecord p;
    p.partnerId = b.id("A1");
    p.date = QDate(2026, 3, 2);
    p.kind = PenaltyKind::CrossRegion;
    p.evidence = QStringLiteral("华南区客户投诉，订单 SO-88");
    b.book.recordPenalty(p);

    const SettlementInputs inputs = b.book.loadInputs({ q1 });
    CHECK(inputs.windowSales.value({ QStringLiteral("云服务"), QDate(2026, 2, 15), QDate(2026, 3, 31) })
              .value(b.id("A1"))
        == Money::fromFen(300050));

    const SettlementRun preview = b.book.run(q1);
    CHECK_FALSE(preview.closed);
    const PartnerStatement *a1 = statementOf(preview, "A1");
    REQUIRE(a1);
    REQUIRE_FALSE(linesOf(*a1, Component::Achievement).isEmpty());
    CHECK_FALSE(linesOf(*a1, Component::Achievement).constFirst().slices.isEmpty());
    CHECK(linesOf(*a1, Component::Special).size() == 1);
    CHECK(linesOf(*a1, Component::Penalty).size() == 1);

    b.book.close(q1, QStringLiteral("  第一季度结算  "));
    CHECK(b.book.isClosed(q1));
    CHECK(b.book.closedQuarters() == QList<Quarter> { q1 });
    const SettlementRun frozen = b.book.run(q1);
    CHECK(frozen.closed);
    CHECK(frozen.closeNote == QStringLiteral("第一季度结算"));
    CHECK(frozen.closedAt.isValid());
    CHECK(frozen.policy.id == preview.policy.id);
    requireSame(frozen.statements, preview.statements);
    CHECK(frozen.budget.spent == preview.budget.spent);
    CHECK(frozen.budget.sales == preview.budget.sales);

    // Closed again: refused, and nothing frozen twice.
    CHECK(refusal([&] { b.book.close(q1, {}); }).contains(QStringLiteral("already closed")));
    b.f.reopen();
    IncentiveBook reopened(b.f.workbook());
    requireSame(reopened.run(q1).statements, preview.statements);
    CHECK(reopened.audit().constFirst().action == QStringLiteral("period-closed"));
    CHECK(reopened.audit().constFirst().subject == QStringLiteral("2026Q1"));
}

TEST_CASE("loadInputs reads last year's results for growth, and the ledger of the quarters asked for only",
    "[incentive-book]")
{
    BookFixture b;
    b.results("A1,2025Q1,800000,800000\n");
    REQUIRE(b.f.import(ImportKind::Ledger,
                   "订单号,伙伴编号,订单日期,产品线,金额\nSO1,A1,2025-02-01,服务器,10\nSO2,A1,2026-02-01,"
                   "服务器,20\n")
                .isWritten());
    const SettlementInputs inputs = b.book.loadInputs({ q1 });
    const auto a1 = std::find_if(inputs.partners.cbegin(), inputs.partners.cend(),
        [](const PartnerFacts &p) { return p.code == QStringLiteral("A1"); });
    REQUIRE(a1 != inputs.partners.cend());
    CHECK(a1->tier == Tier::Gold);
    CHECK(a1->region == QStringLiteral("华东"));
    CHECK(a1->results.contains(Quarter(2025, 1)));
    CHECK(a1->results.value(q1).sales == yuan(934000));
    CHECK(a1->lineSales.value(q1).value(QStringLiteral("服务器")) == yuan(20));
    CHECK_FALSE(a1->lineSales.contains(Quarter(2025, 1)));
    // (934,000 − 800,000) / 800,000 = 16.75 % → the 10 %–20 % growth band, 1 %.
    CHECK(statementOf(b.book.run(q1), "A1")->amountOf(Component::Growth) == yuan(9340));
}

TEST_CASE("a quarter with no policy in force is neither previewed nor closed", "[incentive-book]")
{
    BookFixture b;
    const QString message = refusal([&] { b.book.run(Quarter(2025, 4)); });
    CHECK(message.contains(Quarter(2025, 4).label()));
    CHECK(refusal([&] { b.book.close(Quarter(2025, 4), {}); }) == message);
    CHECK_FALSE(b.book.isClosed(Quarter(2025, 4)));
}

TEST_CASE("a result corrected after closing gives one adjustment line in the next open quarter, once",
    "[incentive-book]")
{
    BookFixture b;
    b.book.close(q1, {});
    const SettlementRun closed = b.book.run(q1);
    CHECK(statementOf(closed, "A1")->amountOf(Component::Achievement) == yuan(28020)); // 93.40 % → 3 %
    CHECK(statementOf(closed, "A2")->amountOf(Component::Achievement) == yuan(48000)); // 120 % → 8 %
    CHECK_FALSE(statementOf(b.book.run(q2), "A2")); // churned, nothing in Q2

    // A1 reaches 100 % after all (5 %); A2 only 90 % (3 %).
    b.results("A1,2026Q1,1000000,1000000\nA2,2026Q1,500000,450000\n");
    const SettlementRun preview = b.book.run(q2);
    const PartnerStatement *a1 = statementOf(preview, "A1");
    REQUIRE(a1);
    const QList<StatementLine> adjustments = linesOf(*a1, Component::Adjustment);
    REQUIRE(adjustments.size() == 1);
    CHECK(adjustments[0].source == q1);
    CHECK(adjustments[0].corrects == Component::Achievement);
    CHECK(adjustments[0].before == yuan(28020));
    CHECK(adjustments[0].after == yuan(50000));
    CHECK(adjustments[0].amount == yuan(21980));
    CHECK(a1->amountOf(Component::Achievement) == yuan(50000)); // Q2's own line is untouched
    // A churned partner with nothing in Q2 gets a statement for its adjustment alone.
    const PartnerStatement *a2 = statementOf(preview, "A2");
    REQUIRE(a2);
    CHECK(a2->quarter == q2);
    REQUIRE(a2->lines.size() == 1);
    CHECK(a2->lines[0].amount == yuan(13500 - 48000));
    CHECK(preview.budget.spent == yuan(50000 + 21980 + 13500 - 48000));
    // The closed quarter is never rewritten.
    requireSame(b.book.run(q1).statements, closed.statements);

    b.book.close(q2, {});
    requireSame(b.book.run(q2).statements, preview.statements);
    // Both corrections are settled now: Q3 adjusts nothing, and neither does a later preview.
    for (const PartnerStatement &st : b.book.run(q3).statements)
        CHECK(linesOf(st, Component::Adjustment).isEmpty());
    CHECK(b.count("SELECT count(*) FROM closed_lines WHERE component = 'adjustment'") == 2);
}

TEST_CASE("settlement switches between quarterly and annual only at the start of a year", "[incentive-book]")
{
    BookFixture b;
    IncentivePolicy annual = b.book.policies().versions().constFirst();
    annual.id = 0;
    annual.cadence = Cadence::Annual;
    annual.effectiveFrom = Quarter(2026, 3);
    CHECK(refusal([&] { b.book.savePolicy(annual); }).contains(QStringLiteral("first quarter")));
    annual.effectiveFrom = Quarter(2027, 1);
    annual = b.book.savePolicy(annual);
    IncentivePolicy quarterly = annual;
    quarterly.id = 0;
    quarterly.cadence = Cadence::Quarterly;
    quarterly.effectiveFrom = Quarter(2027, 3); // 2027Q1–Q2 would never be settled
    CHECK(refusal([&] { b.book.savePolicy(quarterly); }).contains(QStringLiteral("first quarter of a year")));
    quarterly.effectiveFrom = Quarter(2028, 1);
    CHECK(b.book.savePolicy(quarterly).id > 0);
    CHECK(b.book.policies().versions().size() == 3);
}
