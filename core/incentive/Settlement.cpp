#include "incentive/Settlement.h"

#include "incentive/Percent.h"

#include <algorithm>

namespace cs {

namespace {

// Penalties and paid co-funding of one partner, found once per settlement run
// rather than by scanning every record for every partner.
struct PartnerRecords {
    QList<const PenaltyRecord *> penalties;
    QList<const MdfRequest *> mdf;
};

Money ledgerSales(const PartnerFacts &partner, Quarter quarter)
{
    Money sum;
    for (const Money &m : partner.lineSales.value(quarter))
        sum += m;
    return sum;
}

StatementLine bandedLine(Component component, const Bands &bands, Money base, Int128 num, Int128 den)
{
    StatementLine line;
    line.component = component;
    line.base = base;
    line.ratioNum = num;
    line.ratioDen = den;
    const int index = bandIndexFor(bands, num, den);
    if (index >= 0) {
        line.band = bands[index];
        line.rateBp = bands[index].rateBp;
        line.amount = base.mulRatio(line.rateBp, bpPerWhole);
    }
    return line;
}

// Progressive: each band pays its rate on the part of sales between its bounds,
// which are fractions of the target. Summed exactly, rounded once.
void makeProgressive(StatementLine *line, const Bands &bands, Money sales, Money target)
{
    const Int128 scaledSales = Int128(sales.fen()) * bpPerWhole;
    Int128 sum = 0;
    line->slices.clear();
    for (const Band &band : bands) {
        const Int128 lower = Int128(band.fromBp) * target.fen();
        Int128 upper = scaledSales;
        if (band.toBp)
            upper = std::min(upper, Int128(*band.toBp) * target.fen());
        if (upper <= lower)
            continue;
        line->slices.append({ band, upper - lower });
        sum += (upper - lower) * band.rateBp;
    }
    line->amount = Money::fromFen(divRoundHalfAway(sum, Int128(bpPerWhole) * bpPerWhole));
}

StatementLine achievementLine(const IncentivePolicy &policy, Money sales, Money target)
{
    StatementLine line =
        bandedLine(Component::Achievement, policy.achievementBands, sales, sales.fen(), target.fen());
    line.reference = target;
    if (policy.mode == RebateMode::Progressive)
        makeProgressive(&line, policy.achievementBands, sales, target);
    return line;
}

void addAchievement(PartnerStatement *st, const IncentivePolicy &policy, const PartnerFacts &partner,
    Quarter quarter, Money sales, Money target)
{
    if (policy.cadence == Cadence::Quarterly) {
        if (target > Money())
            st->lines.append(achievementLine(policy, sales, target));
        return;
    }
    if (quarter.quarter() != 4)
        return; // settled once a year, in the fourth quarter's statement
    Money yearSales, yearTarget;
    for (int q = 1; q <= 4; ++q) {
        const Quarter each(quarter.year(), q);
        if (each == quarter) {
            yearSales += sales;
            yearTarget += target;
        } else if (const auto it = partner.results.constFind(each); it != partner.results.cend()) {
            yearSales += it->sales;
            yearTarget += it->target;
        }
    }
    if (yearTarget > Money()) {
        StatementLine line = achievementLine(policy, yearSales, yearTarget);
        line.annual = true;
        st->lines.append(line);
    }
}

void addGrowth(PartnerStatement *st, const IncentivePolicy &policy, const PartnerFacts &partner,
    Quarter quarter, Money sales)
{
    const auto last = partner.results.constFind(quarter.sameQuarterLastYear());
    if (policy.growthBands.isEmpty() || last == partner.results.cend() || last->sales <= Money())
        return; // growth over nothing is not a percentage: no line rather than a guess
    StatementLine line = bandedLine(Component::Growth, policy.growthBands, sales,
        Int128(sales.fen()) - last->sales.fen(), last->sales.fen());
    line.reference = last->sales;
    st->lines.append(line);
}

void addSpecials(PartnerStatement *st, const IncentivePolicy &policy, const PartnerFacts &partner,
    const SettlementInputs &inputs, Quarter quarter)
{
    for (const SpecialRebate &special : policy.specials) {
        const QDate from = std::max(special.from, quarter.firstDay());
        const QDate to = std::min(special.to, quarter.lastDay());
        if (from > to)
            continue;
        const bool whole = from == quarter.firstDay() && to == quarter.lastDay();
        const Money sales = whole
            ? partner.lineSales.value(quarter).value(special.productLine)
            : inputs.windowSales.value({ special.productLine, from, to }).value(partner.id);
        if (sales == Money())
            continue;
        StatementLine line;
        line.component = Component::Special;
        line.base = sales;
        line.rateBp = special.rateBp;
        line.amount = sales.mulRatio(special.rateBp, bpPerWhole);
        line.detail = special.productLine;
        line.from = from;
        line.to = to;
        st->lines.append(line);
    }
}

void addResultLines(PartnerStatement *st, const IncentivePolicy &policy, const QuarterResult &result)
{
    if (result.newCustomers && *result.newCustomers > 0 && policy.newCustomerBonus > Money()) {
        StatementLine line;
        line.component = Component::NewCustomers;
        line.count = *result.newCustomers;
        line.unit = policy.newCustomerBonus;
        line.amount = policy.newCustomerBonus.mulRatio(line.count, 1);
        st->lines.append(line);
    }
    if (result.collections && *result.collections > Money() && policy.cashDiscountBp > 0) {
        StatementLine line;
        line.component = Component::CashDiscount;
        line.base = *result.collections;
        line.rateBp = policy.cashDiscountBp;
        line.amount = line.base.mulRatio(line.rateBp, bpPerWhole);
        st->lines.append(line);
    }
}

void addCoFunding(
    PartnerStatement *st, const IncentivePolicy &policy, const PartnerRecords &records, Quarter quarter)
{
    for (const MdfRequest *request : records.mdf) {
        const MdfEvent *paid = request->last(MdfState::Paid);
        if (!paid || Quarter::containing(paid->date) != quarter)
            continue;
        StatementLine line;
        line.component = Component::CoFunding;
        line.amount = paid->amount;
        if (const MdfEvent *claim = request->last(MdfState::Claimed))
            line.reference = claim->amount;
        if (const MdfEvent *approval = request->last(MdfState::Approved))
            line.unit = approval->amount;
        if (st->tier)
            line.rateBp = policy.coFundingFor(*st->tier);
        line.detail = request->activity;
        line.from = paid->date;
        line.recordId = request->id;
        st->lines.append(line);
    }
}

// Penalties come last: a forfeit is a share of the rebates above it.
void addPenalties(
    PartnerStatement *st, const IncentivePolicy &policy, const PartnerRecords &records, Quarter quarter)
{
    const Money rebates = st->amountOf(Component::Achievement) + st->amountOf(Component::Growth)
        + st->amountOf(Component::Special) + st->amountOf(Component::NewCustomers);
    Money forfeitable = std::max(rebates, Money());
    for (const PenaltyRecord *penalty : records.penalties) {
        if (Quarter::containing(penalty->date) != quarter)
            continue;
        StatementLine line;
        line.component = Component::Penalty;
        line.penaltyKind = penalty->kind;
        line.detail = penalty->evidence;
        line.from = penalty->date;
        line.recordId = penalty->id;
        const PenaltyRule *rule = policy.penaltyRule(penalty->kind);
        if (penalty->amount) {
            line.amount = -*penalty->amount;
        } else if (rule && rule->forfeitBp > 0) {
            // Several forfeits together never take more than the rebates there are.
            line.base = rebates;
            line.rateBp = rule->forfeitBp;
            const Money share = std::min(rebates.mulRatio(rule->forfeitBp, bpPerWhole), forfeitable);
            line.amount = -share;
            forfeitable -= share;
        } else if (rule) {
            line.amount = -rule->fixed;
        }
        st->lines.append(line);
    }
}

PartnerStatement settleWith(const IncentivePolicy &policy, const PartnerFacts &partner,
    const SettlementInputs &inputs, const PartnerRecords &records, Quarter quarter,
    std::optional<Money> salesOverride)
{
    PartnerStatement st = Settlement::emptyStatement(partner, quarter);
    const auto result = partner.results.constFind(quarter);
    if (result == partner.results.cend()) {
        st.exceptions.append(ledgerSales(partner, quarter) > Money() ? StatementException::NoTarget
                                                                     : StatementException::NoResults);
    } else {
        const Money sales = salesOverride.value_or(result->sales);
        st.target = result->target;
        st.sales = sales;
        if (result->target == Money())
            st.exceptions.append(StatementException::ZeroTarget);
        addAchievement(&st, policy, partner, quarter, sales, result->target);
        addGrowth(&st, policy, partner, quarter, sales);
    }
    if (!partner.tierIn(quarter))
        st.exceptions.append(StatementException::NoTier);
    addSpecials(&st, policy, partner, inputs, quarter);
    if (result != partner.results.cend())
        addResultLines(&st, policy, *result);
    addCoFunding(&st, policy, records, quarter);
    addPenalties(&st, policy, records, quarter);
    return st;
}

bool hasRecordsIn(const PartnerRecords &records, Quarter quarter)
{
    for (const PenaltyRecord *p : records.penalties)
        if (Quarter::containing(p->date) == quarter)
            return true;
    for (const MdfRequest *r : records.mdf)
        if (const MdfEvent *paid = r->last(MdfState::Paid);
            paid && Quarter::containing(paid->date) == quarter)
            return true;
    return false;
}

} // namespace

namespace Settlement {

QList<SalesWindow> partialWindows(const IncentivePolicy &policy, Quarter quarter)
{
    QList<SalesWindow> windows;
    for (const SpecialRebate &special : policy.specials) {
        const QDate from = std::max(special.from, quarter.firstDay());
        const QDate to = std::min(special.to, quarter.lastDay());
        if (from <= to && (from != quarter.firstDay() || to != quarter.lastDay()))
            windows.append({ special.productLine, from, to });
    }
    return windows;
}

QList<PartnerStatement> settle(const IncentivePolicy &policy, const SettlementInputs &inputs, Quarter quarter)
{
    QHash<qint64, PartnerRecords> records;
    for (const PenaltyRecord &p : inputs.penalties)
        records[p.partnerId].penalties.append(&p);
    for (const MdfRequest &r : inputs.mdf)
        records[r.partnerId].mdf.append(&r);

    QList<PartnerStatement> statements;
    statements.reserve(inputs.partners.size());
    const PartnerRecords none;
    for (const PartnerFacts &partner : inputs.partners) {
        const auto found = records.constFind(partner.id);
        const PartnerRecords &own = found == records.cend() ? none : *found;
        const bool expected = partner.status != PartnerStatus::Churned
            && (!partner.joinDate.isValid() || partner.joinDate <= quarter.lastDay());
        if (!expected && !partner.results.contains(quarter) && !partner.lineSales.contains(quarter)
            && !hasRecordsIn(own, quarter))
            continue;
        statements.append(settleWith(policy, partner, inputs, own, quarter, std::nullopt));
    }
    std::sort(statements.begin(), statements.end(),
        [](const PartnerStatement &a, const PartnerStatement &b) { return a.code < b.code; });
    return statements;
}

PartnerStatement settlePartner(const IncentivePolicy &policy, const PartnerFacts &partner,
    const SettlementInputs &inputs, Quarter quarter, std::optional<Money> salesOverride)
{
    PartnerRecords own;
    for (const PenaltyRecord &p : inputs.penalties)
        if (p.partnerId == partner.id)
            own.penalties.append(&p);
    for (const MdfRequest &r : inputs.mdf)
        if (r.partnerId == partner.id)
            own.mdf.append(&r);
    return settleWith(policy, partner, inputs, own, quarter, salesOverride);
}

PartnerStatement emptyStatement(const PartnerFacts &partner, Quarter quarter)
{
    PartnerStatement st;
    st.partnerId = partner.id;
    st.code = partner.code;
    st.name = partner.name;
    st.region = partner.region;
    st.tier = partner.tierIn(quarter);
    st.quarter = quarter;
    return st;
}

QList<StatementLine> adjustments(const PartnerStatement &recomputed, const SettledAmounts &settled)
{
    QList<StatementLine> lines;
    for (Component component : allOf<Component>()) {
        if (component == Component::Adjustment)
            continue;
        const Money before = settled.value(component);
        const Money after = recomputed.amountOf(component);
        if (before == after)
            continue;
        StatementLine line;
        line.component = Component::Adjustment;
        line.source = recomputed.quarter;
        line.corrects = component;
        line.before = before;
        line.after = after;
        line.amount = after - before;
        lines.append(line);
    }
    return lines;
}

} // namespace Settlement

bool BudgetUse::warning() const
{
    // spent ≥ 90 % of budget, exactly: spent × 10 ≥ budget × 9.
    return Int128(spent.fen()) * 10 >= Int128(budget.fen()) * 9 && budget > Money();
}

bool BudgetUse::over() const
{
    return spent > budget;
}

std::optional<std::pair<Int128, Int128>> BudgetUse::roi() const
{
    // Without last year's sales there is no growth to speak of, only this year's sales.
    if (spent <= Money() || salesLastYear <= Money())
        return std::nullopt;
    return std::pair<Int128, Int128> { Int128(sales.fen()) - salesLastYear.fen(), spent.fen() };
}

BudgetUse budgetUse(const IncentivePolicy &policy, const QList<PartnerStatement> &statements,
    const SettlementInputs &inputs, Quarter quarter)
{
    BudgetUse use;
    use.quarter = quarter;
    use.budget = policy.quarterlyBudget;
    for (const PartnerStatement &st : statements)
        use.spent += st.total();
    const Quarter lastYear = quarter.sameQuarterLastYear();
    for (const PartnerFacts &partner : inputs.partners) {
        if (const auto it = partner.results.constFind(quarter); it != partner.results.cend())
            use.sales += it->sales;
        if (const auto it = partner.results.constFind(lastYear); it != partner.results.cend())
            use.salesLastYear += it->sales;
    }
    return use;
}

QString formatRoi(Int128 num, Int128 den)
{
    // plainRatioPercent gives hundredths of num/den × 100; dividing den by 100 more
    // gives hundredths of num/den itself.
    return plainRatioPercent(num, den * 100) + QStringLiteral(" : 1");
}

} // namespace cs
