// Golden tests of the settlement engine: every band edge exactly and one fen either
// side, ratios where a double lands on the wrong side, half-fen rounding, amounts
// beyond 32 bits, whole against progressive, policy versions, adjustments,
// penalties, co-funding caps, exceptions and the what-if figures.
#include "incentive/Percent.h"
#include "incentive/Settlement.h"
#include "incentive/WhatIf.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace cs;

namespace {

const Quarter q1(2026, 1);

Money yuan(qint64 y)
{
    return Money::fromFen(y * 100);
}

PartnerFacts partner(qint64 id, const char *code, std::optional<Tier> tier = Tier::Gold)
{
    PartnerFacts p;
    p.id = id;
    p.code = QString::fromLatin1(code);
    p.name = QStringLiteral("伙伴") + p.code;
    p.tier = tier;
    return p;
}

PartnerFacts withResult(PartnerFacts p, Quarter q, Money target, Money sales)
{
    p.results.insert(q, { target, sales, std::nullopt, std::nullopt });
    return p;
}

// The policy with only the achievement rebate, so amounts are easy to read.
IncentivePolicy achievementOnly(RebateMode mode = RebateMode::WholeAmount)
{
    IncentivePolicy p = defaultPolicy(Quarter(2025, 1));
    p.growthBands.clear();
    p.cashDiscountBp = 0;
    p.newCustomerBonus = Money();
    p.mode = mode;
    return p;
}

PartnerStatement settleOne(const IncentivePolicy &policy, const PartnerFacts &p, Quarter q = q1)
{
    SettlementInputs inputs;
    inputs.partners = { p };
    return Settlement::settlePartner(policy, p, inputs, q);
}

qint64 achievementRate(Money target, Money sales)
{
    const PartnerStatement st = settleOne(achievementOnly(), withResult(partner(1, "A"), q1, target, sales));
    const StatementLine *line = st.achievementLine();
    REQUIRE(line);
    return line->rateBp;
}

} // namespace

TEST_CASE("Achievement bands decide exactly at each edge and one fen either side", "[settlement]")
{
    const Money target = yuan(1'000'000);
    struct Edge {
        qint64 fen; // sales at the edge
        qint64 below, at;
    };
    for (const Edge &e : { Edge { 80'000'000, 0, 200 }, Edge { 90'000'000, 200, 300 },
             Edge { 100'000'000, 300, 500 }, Edge { 120'000'000, 500, 800 } }) {
        CAPTURE(e.fen);
        CHECK(achievementRate(target, Money::fromFen(e.fen - 1)) == e.below);
        CHECK(achievementRate(target, Money::fromFen(e.fen)) == e.at);
        CHECK(achievementRate(target, Money::fromFen(e.fen + 1)) == e.at);
    }
}

TEST_CASE("An edge a double division misses is still decided exactly", "[settlement]")
{
    // Find amounts where the ratio of the yuan figures, held as doubles the way a
    // spreadsheet holds them, lands below the edge although it is exactly on it.
    for (qint64 edgePercent : { 80, 90, 120 }) {
        CAPTURE(edgePercent);
        qint64 found = 0;
        for (qint64 t = 1; t < 100000 && !found; ++t) {
            if (t * edgePercent % 100 != 0)
                continue;
            const qint64 s = t * edgePercent / 100;
            if ((double(s) / 100.0) / (double(t) / 100.0) < double(edgePercent) / 100.0)
                found = t;
        }
        REQUIRE(found != 0); // the double pitfall really exists for this edge
        const qint64 expected = edgePercent == 80 ? 200 : edgePercent == 90 ? 300 : 800;
        CHECK(achievementRate(Money::fromFen(found), Money::fromFen(found * edgePercent / 100)) == expected);
    }
}

TEST_CASE("The issue's example is explained in words", "[settlement]")
{
    const PartnerStatement st =
        settleOne(achievementOnly(), withResult(partner(1, "A"), q1, yuan(1'000'000), yuan(934'000)));
    const StatementLine *line = st.achievementLine();
    REQUIRE(line);
    CHECK(line->amount == yuan(28'020));
    CHECK(explainLine(*line)
        == QStringLiteral("Achievement 93.40 % (¥934,000.00 / ¥1,000,000.00) is in the 90 %–100 % band → "
                          "3 % × ¥934,000.00 = ¥28,020.00"));

    const PartnerStatement low =
        settleOne(achievementOnly(), withResult(partner(1, "A"), q1, yuan(1'000'000), yuan(700'000)));
    REQUIRE(low.achievementLine());
    CHECK(low.achievementLine()->amount == Money());
    CHECK(explainLine(*low.achievementLine()).contains(QStringLiteral("below every band")));
}

TEST_CASE("Each line rounds half away from zero at the fen, totals are sums of lines", "[settlement]")
{
    // 3 % of ¥1.50 is 4.5 fen → 5 fen; 2 % cash discount of ¥0.25 is 0.5 fen → 1 fen.
    IncentivePolicy policy = achievementOnly();
    policy.cashDiscountBp = 200;
    PartnerFacts p = partner(1, "A");
    p.results.insert(q1, { Money::fromFen(160), Money::fromFen(150), Money::fromFen(25), std::nullopt });
    const PartnerStatement st = settleOne(policy, p);
    CHECK(st.amountOf(Component::Achievement) == Money::fromFen(5));
    CHECK(st.amountOf(Component::CashDiscount) == Money::fromFen(1));
    CHECK(st.total() == Money::fromFen(6));
    // Negative amounts round away from zero too.
    CHECK(Money::fromFen(-150).mulRatio(300, bpPerWhole) == Money::fromFen(-5));
}

TEST_CASE("Amounts far above 2^31 fen stay exact", "[settlement]")
{
    const Money target = yuan(3'000'000'000); // 3×10^11 fen
    const PartnerStatement st =
        settleOne(achievementOnly(), withResult(partner(1, "A"), q1, target, yuan(3'600'000'000)));
    CHECK(st.amountOf(Component::Achievement) == yuan(288'000'000));
    CHECK(st.total().fen() == 28'800'000'000LL);
    const PartnerStatement progressive = settleOne(achievementOnly(RebateMode::Progressive),
        withResult(partner(1, "A"), q1, target, yuan(3'600'000'000)));
    // 2 %·10 % + 3 %·10 % + 5 %·20 % of the target: 0.002 + 0.003 + 0.01 = 1.5 % of 3×10^9 yuan.
    CHECK(progressive.amountOf(Component::Achievement) == yuan(45'000'000));
}

TEST_CASE("Whole-amount and progressive rebates", "[settlement]")
{
    const PartnerFacts p = withResult(partner(1, "A"), q1, yuan(1'000'000), yuan(1'100'000));
    CHECK(settleOne(achievementOnly(), p).amountOf(Component::Achievement) == yuan(55'000));
    const PartnerStatement st = settleOne(achievementOnly(RebateMode::Progressive), p);
    // 2 % × 100,000 + 3 % × 100,000 + 5 % × 100,000.
    CHECK(st.amountOf(Component::Achievement) == yuan(10'000));
    REQUIRE(st.achievementLine());
    CHECK(st.achievementLine()->slices.size() == 3);
    CHECK(explainLine(*st.achievementLine())
        == QStringLiteral("Achievement 110.00 % (¥1,100,000.00 / ¥1,000,000.00), progressive: "
                          "2 % × ¥100,000.00 (80 %–90 %) + 3 % × ¥100,000.00 (90 %–100 %) + "
                          "5 % × ¥100,000.00 (100 %–120 %) = ¥10,000.00"));

    // Band bounds that are fractions of a fen are summed exactly and rounded once:
    // 66,666.666 + 99,999.999 + 333,333.33 + 0.032 fen = 500,000.027 fen.
    const PartnerFacts odd =
        withResult(partner(1, "A"), q1, Money::fromFen(33'333'333), Money::fromFen(40'000'000));
    CHECK(settleOne(achievementOnly(RebateMode::Progressive), odd).amountOf(Component::Achievement)
        == Money::fromFen(500'000));
}

TEST_CASE("Annual cadence settles achievement once, in Q4, on the year's sums", "[settlement]")
{
    IncentivePolicy policy = achievementOnly();
    policy.cadence = Cadence::Annual;
    PartnerFacts p = partner(1, "A");
    for (int q = 1; q <= 4; ++q) // quarters at 70 %, 100 %, 110 %, 90 %: the year is exactly 92.5 %
        p.results.insert(Quarter(2026, q),
            { yuan(100'000),
                yuan(q == 1      ? 70'000
                        : q == 2 ? 100'000
                        : q == 3 ? 110'000
                                 : 90'000),
                std::nullopt, std::nullopt });
    CHECK(settleOne(policy, p, Quarter(2026, 2)).achievementLine() == nullptr);
    const PartnerStatement q4 = settleOne(policy, p, Quarter(2026, 4));
    REQUIRE(q4.achievementLine());
    CHECK(q4.achievementLine()->annual);
    CHECK(q4.achievementLine()->rateBp == 300);
    CHECK(q4.amountOf(Component::Achievement) == yuan(11'100)); // 3 % of 370,000
}

TEST_CASE("A quarter is settled with the policy version in force for it", "[settlement]")
{
    IncentivePolicy v1 = achievementOnly();
    v1.id = 1;
    IncentivePolicy v2 = achievementOnly();
    v2.id = 2;
    v2.effectiveFrom = Quarter(2026, 1);
    v2.achievementBands[2].rateBp = 600; // [100 %, 120 %) pays 6 % from 2026
    const PolicyHistory history({ v2, v1 });
    CHECK(history.inForce(Quarter(2024, 4)) == nullptr);
    CHECK(history.inForce(Quarter(2025, 4))->id == 1);
    CHECK(history.inForce(Quarter(2026, 1))->id == 2);
    CHECK(history.inForce(Quarter(2027, 3))->id == 2);

    PartnerFacts p = partner(1, "A");
    p = withResult(p, Quarter(2025, 4), yuan(100'000), yuan(100'000));
    p = withResult(p, Quarter(2026, 1), yuan(100'000), yuan(100'000));
    CHECK(settleOne(*history.inForce(Quarter(2025, 4)), p, Quarter(2025, 4)).total() == yuan(5'000));
    CHECK(settleOne(*history.inForce(Quarter(2026, 1)), p, Quarter(2026, 1)).total() == yuan(6'000));
}

TEST_CASE("Growth is banded on year-over-year growth, exactly, on top", "[settlement]")
{
    IncentivePolicy policy = achievementOnly();
    policy.growthBands = defaultPolicy(q1).growthBands; // [10 %, 20 %) → 1 %, ≥ 20 % → 2 %
    PartnerFacts p = partner(1, "A");
    p = withResult(p, Quarter(2025, 1), yuan(1'000'000), yuan(1'000'000));
    p = withResult(p, q1, yuan(1'000'000), yuan(1'100'000)); // exactly +10 %
    PartnerStatement st = settleOne(policy, p);
    CHECK(st.amountOf(Component::Growth) == yuan(11'000));
    CHECK(st.amountOf(Component::Achievement) == yuan(55'000));
    CHECK(st.total() == yuan(66'000));
    p = withResult(p, q1, yuan(1'000'000), Money::fromFen(109'999'999)); // one fen short of +10 %
    st = settleOne(policy, p);
    CHECK(st.amountOf(Component::Growth) == Money());
    CHECK(explainLine(st.lines.at(1)).contains(QStringLiteral("no growth band")));

    // Without last year's sales there is no growth line rather than a guess.
    CHECK(settleOne(policy, withResult(partner(2, "B"), q1, yuan(1), yuan(2))).lines.size() == 1);
}

TEST_CASE("Special rebates, new customers and the cash discount", "[settlement]")
{
    IncentivePolicy policy = achievementOnly();
    policy.specials = { { QStringLiteral("云服务"), QDate(2026, 2, 1), QDate(2026, 7, 31), 1000 } };
    policy.newCustomerBonus = yuan(500);
    policy.cashDiscountBp = 200;
    PartnerFacts p = partner(7, "A");
    p.results.insert(q1, { yuan(100'000), yuan(50'000), yuan(40'000), 3 });
    p.lineSales[Quarter(2026, 2)].insert(QStringLiteral("云服务"), yuan(30'000));

    // In Q1 the window covers February and March only: the loader sums those lines.
    const QList<SalesWindow> partial = Settlement::partialWindows(policy, q1);
    REQUIRE(partial.size() == 1);
    CHECK(partial[0] == SalesWindow { QStringLiteral("云服务"), QDate(2026, 2, 1), QDate(2026, 3, 31) });
    CHECK(Settlement::partialWindows(policy, Quarter(2026, 2)).isEmpty()); // whole quarter: ledger_totals

    SettlementInputs inputs;
    inputs.partners = { p };
    inputs.windowSales[partial[0]].insert(7, yuan(12'345));
    const PartnerStatement st = Settlement::settlePartner(policy, p, inputs, q1);
    CHECK(st.amountOf(Component::Special) == Money::fromFen(1'234'50));
    CHECK(st.amountOf(Component::NewCustomers) == yuan(1'500));
    CHECK(st.amountOf(Component::CashDiscount) == yuan(800));
    const PartnerStatement q2 = Settlement::settlePartner(policy, p, inputs, Quarter(2026, 2));
    CHECK(q2.amountOf(Component::Special) == yuan(3'000));
    CHECK(explainLine(q2.lines.front())
        == QStringLiteral("云服务 sales from 2026-04-01 to 2026-06-30: 10 % × ¥30,000.00 = ¥3,000.00"));
}

TEST_CASE("Penalties are negative lines: fixed, recorded amount or forfeited share", "[settlement]")
{
    IncentivePolicy policy = achievementOnly();
    SettlementInputs inputs;
    inputs.partners = { withResult(partner(1, "A"), q1, yuan(1'000'000), yuan(1'000'000)) }; // 5 % → 50,000
    inputs.penalties = {
        { 1, 1, QDate(2026, 2, 3), PenaltyKind::CrossRegion, QStringLiteral("订单 SO-1 发往华南"), {}, {} },
        { 2, 1, QDate(2026, 3, 9), PenaltyKind::MinimumPrice, QStringLiteral("报价单 Q-77"), {}, {} },
        { 3, 1, QDate(2026, 3, 20), PenaltyKind::Other, QStringLiteral("虚报"), yuan(1'234), {} },
        { 4, 1, QDate(2026, 4, 1), PenaltyKind::Other, QStringLiteral("next quarter"), yuan(9), {} },
    };
    const PartnerStatement st = Settlement::settle(policy, inputs, q1).front();
    QList<Money> penalties;
    for (const StatementLine &line : st.lines)
        if (line.component == Component::Penalty)
            penalties << line.amount;
    CHECK(penalties == QList<Money> { yuan(-25'000), yuan(-5'000), yuan(-1'234) });
    CHECK(st.total() == yuan(50'000 - 25'000 - 5'000 - 1'234));
    CHECK(explainLine(st.lines[1])
        == QStringLiteral("Cross-region selling on 2026-02-03 (订单 SO-1 发往华南): forfeits 50 % of the "
                          "quarter's rebates ¥50,000.00 → -¥25,000.00"));
}

TEST_CASE("Forfeits together never take more than the quarter's rebates", "[settlement]")
{
    SettlementInputs inputs;
    inputs.partners = { withResult(partner(1, "A"), q1, yuan(1'000'000), yuan(1'000'000)) }; // 5 % → 50,000
    for (int i = 1; i <= 3; ++i)
        inputs.penalties.append(
            { i, 1, QDate(2026, 2, i), PenaltyKind::CrossRegion, QStringLiteral("串货 %1").arg(i), {}, {} });
    const PartnerStatement st = Settlement::settle(achievementOnly(), inputs, q1).front();
    CHECK(st.amountOf(Component::Penalty) == yuan(-50'000));
    CHECK(st.total() == Money());
    CHECK(st.lines.back().amount == Money()); // the third finds nothing left
    CHECK(explainLine(st.lines.back())
              .contains(QStringLiteral("limited to the rebates not already forfeited")));
}

TEST_CASE("Co-funding is the tier's share capped by the approved amount and the budget", "[settlement]")
{
    CoFunding c = coFunding(yuan(100'000), 7000, yuan(80'000), yuan(1'000'000));
    CHECK(c.amount == yuan(70'000));
    CHECK(c.cap == CoFundingCap::Share);
    c = coFunding(yuan(100'000), 7000, yuan(60'000), yuan(1'000'000));
    CHECK((c.amount == yuan(60'000) && c.cap == CoFundingCap::Approved));
    c = coFunding(yuan(100'000), 7000, yuan(80'000), yuan(20'000));
    CHECK((c.amount == yuan(20'000) && c.cap == CoFundingCap::Budget));
    c = coFunding(yuan(100'000), 7000, yuan(80'000), yuan(-5));
    CHECK(c.amount == Money());
    CHECK(c.shareAmount == yuan(70'000));

    // A paid request appears in the quarter of its payment, explained with its cap.
    MdfRequest r;
    r.id = 9;
    r.partnerId = 1;
    r.activity = QStringLiteral("华东区新品路演");
    r.events = { { MdfState::Requested, QDate(2026, 1, 5), yuan(90'000), {}, {}, {} },
        { MdfState::Approved, QDate(2026, 1, 9), yuan(60'000), {}, {}, {} },
        { MdfState::Claimed, QDate(2026, 2, 9), yuan(100'000), QStringLiteral("INV-1"), {}, {} },
        { MdfState::Paid, QDate(2026, 3, 1), yuan(60'000), QStringLiteral("PAY-1"), {}, {} } };
    CHECK(r.nextStates().isEmpty());
    SettlementInputs inputs;
    inputs.partners = { withResult(partner(1, "A", Tier::Diamond), q1, yuan(1), Money()) };
    inputs.mdf = { r };
    const PartnerStatement st = Settlement::settle(achievementOnly(), inputs, q1).front();
    CHECK(st.amountOf(Component::CoFunding) == yuan(60'000));
    CHECK(explainLine(st.lines.back())
        == QStringLiteral("“华东区新品路演”, paid 2026-03-01: claim ¥100,000.00 × 70 % share = ¥70,000.00, "
                          "capped at the approved ¥60,000.00"));
}

TEST_CASE("Exceptions are listed, never silently zero", "[settlement]")
{
    SettlementInputs inputs;
    PartnerFacts noResults = partner(1, "A");
    PartnerFacts noTarget = partner(2, "B");
    noTarget.lineSales[q1].insert(QStringLiteral("服务器"), yuan(10));
    PartnerFacts zero = withResult(partner(3, "C"), q1, Money(), yuan(10));
    PartnerFacts noTier = withResult(partner(4, "D", std::nullopt), q1, yuan(10), yuan(10));
    PartnerFacts churned = partner(5, "E");
    churned.status = PartnerStatus::Churned;
    PartnerFacts later = partner(6, "F");
    later.joinDate = QDate(2026, 4, 1);
    inputs.partners = { noResults, noTarget, zero, noTier, churned, later };
    const QList<PartnerStatement> st = Settlement::settle(achievementOnly(), inputs, q1);
    REQUIRE(st.size() == 4); // the churned partner and the one who joined later have none
    CHECK(st[0].exceptions == QList<StatementException> { StatementException::NoResults });
    CHECK(st[1].exceptions == QList<StatementException> { StatementException::NoTarget });
    CHECK(st[2].exceptions == QList<StatementException> { StatementException::ZeroTarget });
    CHECK(st[2].achievementLine() == nullptr);
    CHECK(st[3].exceptions == QList<StatementException> { StatementException::NoTier });
    CHECK(st[3].total() == Money::fromFen(50)); // still paid: the tier only matters for co-funding
}

TEST_CASE("A correction of a closed quarter gives exactly one adjustment line", "[settlement]")
{
    const IncentivePolicy policy = achievementOnly();
    const PartnerFacts before = withResult(partner(1, "A"), q1, yuan(1'000'000), yuan(934'000));
    const PartnerStatement closed = settleOne(policy, before);
    SettledAmounts settled;
    for (const StatementLine &line : closed.lines)
        settled[line.component] += line.amount;
    CHECK(Settlement::adjustments(closed, settled).isEmpty());

    const PartnerStatement corrected =
        settleOne(policy, withResult(partner(1, "A"), q1, yuan(1'000'000), yuan(1'000'000)));
    const QList<StatementLine> lines = Settlement::adjustments(corrected, settled);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].component == Component::Adjustment);
    CHECK(lines[0].corrects == Component::Achievement);
    CHECK(lines[0].source == q1);
    CHECK(lines[0].amount == yuan(50'000 - 28'020));
    CHECK(explainLine(lines[0])
        == QStringLiteral("Correction of 2026 Q1's Achievement rebate after its data changed: settled "
                          "¥28,020.00, now ¥50,000.00 → +¥21,980.00"));
}

TEST_CASE("What-if: the next band and what reaching it is worth", "[settlement]")
{
    const PartnerFacts p = withResult(partner(1, "A"), q1, yuan(1'000'000), yuan(500'000));
    SettlementInputs inputs;
    inputs.partners = { p };
    WhatIfResult r = whatIf(achievementOnly(), p, inputs, q1, yuan(934'000));
    CHECK(r.statement.total() == yuan(28'020));
    REQUIRE(r.next);
    CHECK(r.next->moreSales == yuan(66'000));
    CHECK(r.next->moreTotal == yuan(50'000 - 28'020));
    CHECK(r.next->band.fromBp == 10000);
    // Below every band the next is the first; at a fractional edge the least whole fen.
    r = whatIf(achievementOnly(), withResult(partner(1, "A"), q1, Money::fromFen(333), Money()), inputs, q1,
        Money());
    REQUIRE(r.next);
    CHECK(r.next->moreSales == Money::fromFen(267)); // 80 % of 333 fen is 266.4
    CHECK(!whatIf(achievementOnly(), p, inputs, q1, yuan(2'000'000)).next); // top band
}

TEST_CASE("A scenario is compared with the current policy", "[settlement]")
{
    SettlementInputs inputs;
    inputs.partners = { withResult(partner(1, "A", Tier::Diamond), q1, yuan(100), yuan(95)),
        withResult(partner(2, "B", Tier::Bronze), q1, yuan(100), yuan(85)) };
    IncentivePolicy scenario = achievementOnly();
    scenario.achievementBands = { { 8000, 9500, 200 }, { 9500, 10000, 400 }, { 10000, 12000, 500 },
        { 12000, std::nullopt, 800 } };
    const ScenarioComparison c = compareScenario(achievementOnly(), scenario, inputs, q1);
    CHECK(c.current.total == Money::fromFen(285 + 170));
    CHECK(c.scenario.total == Money::fromFen(380 + 170));
    CHECK(c.scenario.byTier[size_t(Tier::Diamond)] == Money::fromFen(380));
    REQUIRE(c.moves.size() == 1);
    CHECK(c.moves[0].code == QStringLiteral("A"));
    CHECK(c.moves[0].before->rateBp == 300);
    CHECK(c.moves[0].after->rateBp == 400);
}

TEST_CASE("Band lists that overlap, leave gaps or pay impossible rates are refused in words", "[settlement]")
{
    CHECK(bandProblems(defaultPolicy(q1).achievementBands).isEmpty());
    const Bands bad = { { 8000, 9000, 200 }, { 8500, 10000, 300 }, { 11000, std::nullopt, 12000 },
        { 12000, 13000, 100 } };
    const QStringList problems = bandProblems(bad);
    CHECK(problems.contains(
        QStringLiteral("Bands 1 and 2 overlap: band 1 runs to 90 % but band 2 starts at 85 %.")));
    CHECK(problems.contains(
        QStringLiteral("Between bands 2 and 3 there is a gap from 100 % to 110 % that pays nothing.")));
    CHECK(problems.contains(QStringLiteral("Band 3: the rate 120 % is outside 0–100 %.")));
    CHECK(problems.contains(QStringLiteral("Band 3 has no upper bound, so it must be the last band.")));
    IncentivePolicy policy = defaultPolicy(q1);
    policy.growthBands = bad;
    CHECK(policyProblems(policy).first().startsWith(QStringLiteral("Growth bands: ")));
    // Achievement above a bounded last band would earn nothing: a gap at the top.
    policy = defaultPolicy(q1);
    policy.achievementBands.back().toBp = 20000;
    CHECK(policyProblems(policy).join(u'\n').contains(QStringLiteral("the last band needs no upper bound")));
    policy = defaultPolicy(Quarter(2026, 3));
    policy.cadence = Cadence::Annual;
    CHECK(policyProblems(policy).join(u'\n').contains(QStringLiteral("first quarter")));
}

TEST_CASE("Rates are read and shown exactly", "[settlement]")
{
    CHECK(parseRateBp(u"3") == 300);
    CHECK(parseRateBp(u"2.5 %") == 250);
    CHECK(parseRateBp(u"０．２５％") == 25);
    CHECK(parseRateBp(u"-10%") == -1000);
    QString error;
    CHECK(!parseRateBp(u"2.555", &error));
    CHECK(error.contains(QStringLiteral("two decimals")));
    CHECK(!parseRateBp(u"abc"));
    CHECK(formatRateBp(250) == QStringLiteral("2.5 %"));
    CHECK(formatRateBp(5) == QStringLiteral("0.05 %"));
    CHECK(formatRatioPercent(2, 3) == QStringLiteral("66.66 %")); // floored: never shown in a higher band
    CHECK(formatRatioPercent(89'999'999, 100'000'000) == QStringLiteral("89.99 %"));
    CHECK(formatRatioPercent(-100'040, 1'000'000) == QStringLiteral("-10.01 %")); // below a −10 % bound
    CHECK(formatRatioPercent(-1, 8) == QStringLiteral("-12.50 %"));
    CHECK(formatRoi(521, 100) == QStringLiteral("5.21 : 1"));
}

TEST_CASE("A policy survives its JSON form unchanged", "[settlement]")
{
    IncentivePolicy p = defaultPolicy(q1);
    p.mode = RebateMode::Progressive;
    p.cadence = Cadence::Annual;
    p.specials = { { QStringLiteral("云服务"), QDate(2026, 1, 1), QDate(2026, 6, 30), 1000 } };
    p.quarterlyBudget = Money::fromFen(9'007'199'254'740'993LL); // above 2^53: no double on the way
    IncentivePolicy back;
    QString error;
    REQUIRE(policyRulesFromJson(policyRulesToJson(p), &back, &error));
    CHECK(back.sameRules(p));
    CHECK(!policyRulesFromJson("{nonsense", &back, &error));
    CHECK(!error.isEmpty());
}
