// Penalties and MDF requests in the workbook: what is refused, what a penalty in a
// closed quarter becomes, co-funding caps, and the audit entries every change leaves.
#include "IncentiveFixture.h"

using namespace cs;
using namespace cs::test;

TEST_CASE("a penalty dated in a closed quarter is deducted as an adjustment in the next open quarter",
    "[incentive-book]")
{
    BookFixture b;
    b.book.close(q1, {});
    PenaltyRecord p;
    p.partnerId = b.id("A1");
    p.date = QDate(2026, 3, 15);
    p.kind = PenaltyKind::MinimumPrice; // ¥5,000 by default
    p.evidence = QStringLiteral("低于最低限价销售，发票号 0012345");
    const PenaltyRecord stored = b.book.recordPenalty(p);
    CHECK(stored.id > 0);
    CHECK(stored.recordedAt.isValid());
    const AuditEntry recorded = b.book.audit().constFirst();
    CHECK(recorded.action == QStringLiteral("penalty-recorded"));
    CHECK(recorded.subject == QStringLiteral("A1"));
    CHECK(recorded.at.isValid());
    CHECK(recorded.detail.contains(p.evidence));
    CHECK(b.book.audit().constFirst().detail.contains(q1.label()));

    const QList<StatementLine> lines = linesOf(*statementOf(b.book.run(q2), "A1"), Component::Adjustment);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].corrects == Component::Penalty);
    CHECK(lines[0].amount == yuan(-5000));
    CHECK(linesOf(*statementOf(b.book.run(q1), "A1"), Component::Penalty).isEmpty());
    // Recorded after Q1 closed, it is only a preview's adjustment until Q2 closes and
    // freezes it; from then on it stays.
    b.book.close(q2, QStringLiteral("freezes the adjustment"));
    CHECK(refusal([&] { b.book.removePenalty(stored.id); }).contains(QStringLiteral("2026-03-15")));
    CHECK(b.book.penalties().size() == 1);

    // One not settled yet may be removed again; the newest date is listed first.
    p.date = QDate(2026, 5, 3);
    p.amount = yuan(800);
    const PenaltyRecord open = b.book.recordPenalty(p);
    // Recorded right after Q2's close, even within its millisecond, it is stamped after it.
    CHECK(open.recordedAt > b.book.run(q2).closedAt);
    CHECK(b.book.penalties().constFirst().id == open.id);
    CHECK(b.book.penalties().constFirst().amount == yuan(800));
    b.book.removePenalty(open.id);
    CHECK(b.book.penalties().size() == 1);
    CHECK(b.book.audit().constFirst().action == QStringLiteral("penalty-removed"));
}

TEST_CASE("a penalty without evidence or partner is refused and nothing is written", "[incentive-book]")
{
    BookFixture b;
    const qint64 auditBefore = b.book.audit().size();
    PenaltyRecord p;
    p.partnerId = b.id("A1");
    p.date = QDate(2026, 5, 3);
    p.evidence = QStringLiteral("   ");
    CHECK(refusal([&] { b.book.recordPenalty(p); }).contains(QStringLiteral("evidence")));
    p.evidence = QStringLiteral("照片");
    p.partnerId = 9999;
    CHECK(refusal([&] { b.book.recordPenalty(p); }).contains(QStringLiteral("no longer in the workbook")));
    p.partnerId = b.id("A1");
    p.amount = yuan(-1);
    CHECK(refusal([&] { b.book.recordPenalty(p); }).contains(QStringLiteral("minus")));
    CHECK(b.book.penalties().isEmpty());
    CHECK(b.book.audit().size() == auditBefore);
}

TEST_CASE("an MDF request is approved, claimed and paid at the tier's share, capped by the approved amount",
    "[incentive-book]")
{
    BookFixture b;
    MdfRequest r =
        b.book.requestMdf(b.id("A1"), QStringLiteral(" 华东区新品路演 "), yuan(100000), QDate(2026, 4, 2));
    CHECK(r.activity == QStringLiteral("华东区新品路演"));
    CHECK(r.state() == MdfState::Requested);
    r = b.book.approveMdf(r.id, QDate(2026, 4, 5), yuan(30000), QStringLiteral("按 30% 预算批准"));
    r = b.book.claimMdf(r.id, QDate(2026, 5, 20), yuan(80000), QStringLiteral("发票 INV-7781"));
    // Gold: 50 % of ¥80,000 is ¥40,000, above the ¥30,000 approved.
    const CoFunding funding = b.book.coFundingFor(r.id, QDate(2026, 6, 1));
    CHECK(funding.shareAmount == yuan(40000));
    CHECK(funding.amount == yuan(30000));
    CHECK(funding.cap == CoFundingCap::Approved);
    r = b.book.payMdf(r.id, QDate(2026, 6, 1), QStringLiteral("付款单 P-1"));
    CHECK(r.state() == MdfState::Paid);
    REQUIRE(r.events.size() == 4);
    CHECK(r.events[3].amount == yuan(30000));
    CHECK(r.events[3].reference == QStringLiteral("付款单 P-1"));
    CHECK(r.events[1].reason == QStringLiteral("按 30% 预算批准"));
    const QList<StatementLine> lines = linesOf(*statementOf(b.book.run(q2), "A1"), Component::CoFunding);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].amount == yuan(30000));
    CHECK(b.book.mdfRequests().constFirst().id == r.id);
    CHECK(b.actions().mid(0, 4)
        == QStringList({ QStringLiteral("mdf-paid"), QStringLiteral("mdf-claimed"),
            QStringLiteral("mdf-approved"), QStringLiteral("mdf-requested") }));
}

TEST_CASE(
    "co-funding is capped by what is left of the quarter's budget, never below zero", "[incentive-book]")
{
    BookFixture b;
    const Money spent = b.book.run(q2).budget.spent;
    IncentivePolicy policy = b.book.policies().versions().constFirst();
    policy.quarterlyBudget = spent + yuan(1000);
    b.book.savePolicy(policy);
    MdfRequest r = b.book.requestMdf(b.id("A1"), QStringLiteral("渠道培训"), yuan(10000), QDate(2026, 4, 1));
    b.book.approveMdf(r.id, QDate(2026, 4, 2), yuan(10000), {});
    b.book.claimMdf(r.id, QDate(2026, 4, 3), yuan(10000), QStringLiteral("INV-1"));
    const CoFunding funding = b.book.coFundingFor(r.id, QDate(2026, 4, 4));
    CHECK(funding.shareAmount == yuan(5000));
    CHECK(funding.amount == yuan(1000));
    CHECK(funding.cap == CoFundingCap::Budget);

    policy.quarterlyBudget = yuan(1);
    b.book.savePolicy(policy);
    CHECK(b.book.coFundingFor(r.id, QDate(2026, 4, 4)).amount == Money());
}

TEST_CASE("MDF moves out of order, without a reason or proof, or into a closed quarter are refused",
    "[incentive-book]")
{
    BookFixture b;
    const MdfRequest r = b.book.requestMdf(b.id("A1"), QStringLiteral("展会"), yuan(5000), QDate(2026, 3, 1));
    CHECK(refusal([&] {
        b.book.claimMdf(r.id, QDate(2026, 3, 2), yuan(100), QStringLiteral("INV"));
    }).contains(QStringLiteral("cannot be moved")));
    CHECK(refusal([&] {
        b.book.rejectMdf(r.id, QDate(2026, 3, 2), QStringLiteral("  "));
    }).contains(QStringLiteral("reason")));
    CHECK(refusal([&] {
        b.book.approveMdf(r.id, QDate(2026, 2, 1), yuan(100), {});
    }).contains(QStringLiteral("before")));
    CHECK(refusal([&] {
        b.book.requestMdf(b.id("A1"), QStringLiteral(" "), yuan(1), QDate(2026, 3, 1));
    }).contains(QStringLiteral("activity")));
    b.book.approveMdf(r.id, QDate(2026, 3, 3), yuan(5000), {});
    CHECK(refusal([&] {
        b.book.claimMdf(r.id, QDate(2026, 3, 4), yuan(100), {});
    }).contains(QStringLiteral("proof")));
    b.book.claimMdf(r.id, QDate(2026, 3, 4), yuan(4000), QStringLiteral("INV-9"));
    b.book.close(q1, {});
    CHECK(refusal([&] { b.book.payMdf(r.id, QDate(2026, 3, 30), {}); }).contains(QStringLiteral("closed")));
    CHECK(b.book.mdfRequests().constFirst().state() == MdfState::Claimed);

    const MdfRequest rejected =
        b.book.rejectMdf(b.book.requestMdf(b.id("A1"), QStringLiteral("促销"), yuan(1), QDate(2026, 4, 1)).id,
            QDate(2026, 4, 2), QStringLiteral("超出季度预算"));
    CHECK(rejected.state() == MdfState::Rejected);
    CHECK(rejected.events.constLast().reason == QStringLiteral("超出季度预算"));
    CHECK(refusal([&] {
        b.book.approveMdf(rejected.id, QDate(2026, 4, 3), yuan(1), {});
    }).contains(QStringLiteral("cannot be moved")));

    // No tier, no share.
    const MdfRequest untiered =
        b.book.requestMdf(b.id("A3"), QStringLiteral("门店"), yuan(10), QDate(2026, 4, 1));
    b.book.approveMdf(untiered.id, QDate(2026, 4, 1), yuan(10), {});
    b.book.claimMdf(untiered.id, QDate(2026, 4, 1), yuan(10), QStringLiteral("INV"));
    CHECK(
        refusal([&] { b.book.payMdf(untiered.id, QDate(2026, 4, 2), {}); }).contains(QStringLiteral("tier")));
}
