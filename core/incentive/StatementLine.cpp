#include "incentive/StatementLine.h"

#include "incentive/Percent.h"

namespace cs {

namespace {

struct StatementText {
    Q_DECLARE_TR_FUNCTIONS(cs::Statement)
};

const Choice<Component> components[] = {
    { Component::Achievement, "achievement", QT_TRANSLATE_NOOP("cs::Choice", "Achievement rebate"),
        u"目标达成返点" },
    { Component::Growth, "growth", QT_TRANSLATE_NOOP("cs::Choice", "Growth rebate"), u"季度增长返点" },
    { Component::Special, "special", QT_TRANSLATE_NOOP("cs::Choice", "Special rebate"), u"专项返点" },
    { Component::NewCustomers, "new_customers", QT_TRANSLATE_NOOP("cs::Choice", "New-customer bonus"),
        u"新客户奖励" },
    { Component::CashDiscount, "cash_discount", QT_TRANSLATE_NOOP("cs::Choice", "Cash discount"),
        u"现金折扣" },
    { Component::CoFunding, "co_funding", QT_TRANSLATE_NOOP("cs::Choice", "Joint-marketing co-funding"),
        u"联合市场支持" },
    { Component::Penalty, "penalty", QT_TRANSLATE_NOOP("cs::Choice", "Penalty"), u"约束扣款" },
    { Component::Adjustment, "adjustment", QT_TRANSLATE_NOOP("cs::Choice", "Adjustment"), u"调整" },
};

const Choice<StatementException> exceptions[] = {
    { StatementException::NoResults, "no-results", QT_TRANSLATE_NOOP("cs::Choice", "No results"),
        u"无业绩数据" },
    { StatementException::NoTarget, "no-target", QT_TRANSLATE_NOOP("cs::Choice", "No target"), u"无目标" },
    { StatementException::ZeroTarget, "zero-target", QT_TRANSLATE_NOOP("cs::Choice", "Zero target"),
        u"目标为零" },
    { StatementException::NoTier, "no-tier", QT_TRANSLATE_NOOP("cs::Choice", "No tier"), u"未分级" },
};

QString signedMoney(Money amount)
{
    return amount >= Money() ? QLatin1Char('+') + amount.toString() : amount.toString();
}

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString explainBanded(const StatementLine &line)
{
    const QString ratio = formatRatioPercent(line.ratioNum, line.ratioDen);
    if (line.component == Component::Growth) {
        if (!line.band)
            return StatementText::tr(
                "Growth over the same quarter last year %1 (%2 against %3) is in no growth band "
                "→ no growth rebate")
                .arg(ratio, line.base.toString(), line.reference.toString());
        return StatementText::tr(
            "Growth over the same quarter last year %1 (%2 against %3) is in the %4 band → "
            "%5 × %6 = %7")
            .arg(ratio, line.base.toString(), line.reference.toString(), bandRangeText(*line.band),
                formatRateBp(line.rateBp), line.base.toString(), line.amount.toString());
    }
    const QString what = line.annual ? StatementText::tr("Annual achievement %1 (%2 / %3, the year's sums)")
                                           .arg(ratio, line.base.toString(), line.reference.toString())
                                     : StatementText::tr("Achievement %1 (%2 / %3)")
                                           .arg(ratio, line.base.toString(), line.reference.toString());
    if (!line.slices.isEmpty()) {
        QStringList parts;
        for (const BandSlice &s : line.slices)
            parts << StatementText::tr("%1 × %2 (%3)")
                         .arg(formatRateBp(s.band.rateBp),
                             Money::fromFen(divRoundHalfAway(s.baseNum, bpPerWhole)).toString(),
                             bandRangeText(s.band));
        return StatementText::tr("%1, progressive: %2 = %3")
            .arg(what, parts.join(QStringLiteral(" + ")), line.amount.toString());
    }
    if (!line.band)
        return StatementText::tr("%1 is below every band → no achievement rebate").arg(what);
    return StatementText::tr("%1 is in the %2 band → %3 × %4 = %5")
        .arg(what, bandRangeText(*line.band), formatRateBp(line.rateBp), line.base.toString(),
            line.amount.toString());
}

QString explainCoFunding(const StatementLine &line)
{
    const QString head =
        StatementText::tr("“%1”, paid %2: claim %3 × %4 share")
            .arg(line.detail, day(line.from), line.reference.toString(), formatRateBp(line.rateBp));
    const Money share = line.reference.mulRatio(line.rateBp, bpPerWhole);
    if (line.amount == share)
        return StatementText::tr("%1 = %2").arg(head, line.amount.toString());
    if (line.amount == line.unit)
        return StatementText::tr("%1 = %2, capped at the approved %3")
            .arg(head, share.toString(), line.amount.toString());
    return StatementText::tr("%1 = %2, capped at %3 by the remaining budget")
        .arg(head, share.toString(), line.amount.toString());
}

QString explainPenalty(const StatementLine &line)
{
    const QString kind = line.penaltyKind ? labelOf(*line.penaltyKind) : QString();
    if (line.rateBp > 0 && -line.amount != line.base.mulRatio(line.rateBp, bpPerWhole))
        return StatementText::tr("%1 on %2 (%3): forfeits %4 of the quarter's rebates %5, limited to the "
                                 "rebates not already forfeited → %6")
            .arg(kind, day(line.from), line.detail, formatRateBp(line.rateBp), line.base.toString(),
                line.amount.toString());
    if (line.rateBp > 0)
        return StatementText::tr("%1 on %2 (%3): forfeits %4 of the quarter's rebates %5 → %6")
            .arg(kind, day(line.from), line.detail, formatRateBp(line.rateBp), line.base.toString(),
                line.amount.toString());
    return StatementText::tr("%1 on %2 (%3) → %4")
        .arg(kind, day(line.from), line.detail, line.amount.toString());
}

} // namespace

std::span<const Choice<Component>> choices(Component)
{
    return components;
}

std::span<const Choice<StatementException>> choices(StatementException)
{
    return exceptions;
}

Money PartnerStatement::total() const
{
    Money sum;
    for (const StatementLine &line : lines)
        sum += line.amount;
    return sum;
}

Money PartnerStatement::amountOf(Component component) const
{
    Money sum;
    for (const StatementLine &line : lines)
        if (line.component == component)
            sum += line.amount;
    return sum;
}

const StatementLine *PartnerStatement::achievementLine() const
{
    for (const StatementLine &line : lines)
        if (line.component == Component::Achievement)
            return &line;
    return nullptr;
}

QString explainLine(const StatementLine &line)
{
    switch (line.component) {
    case Component::Achievement:
    case Component::Growth:
        return explainBanded(line);
    case Component::Special:
        return StatementText::tr("%1 sales from %2 to %3: %4 × %5 = %6")
            .arg(line.detail, day(line.from), day(line.to), formatRateBp(line.rateBp), line.base.toString(),
                line.amount.toString());
    case Component::NewCustomers:
        return StatementText::tr("%n new customer(s) × %1 = %2", nullptr, int(line.count))
            .arg(line.unit.toString(), line.amount.toString());
    case Component::CashDiscount:
        return StatementText::tr("%1 × collections %2 = %3")
            .arg(formatRateBp(line.rateBp), line.base.toString(), line.amount.toString());
    case Component::CoFunding:
        return explainCoFunding(line);
    case Component::Penalty:
        return explainPenalty(line);
    case Component::Adjustment:
        return StatementText::tr("Correction of %1's %2 after its data changed: settled %3, now %4 → %5")
            .arg(line.source.label(), labelOf(line.corrects), line.before.toString(), line.after.toString(),
                signedMoney(line.amount));
    }
    return {};
}

QString explainException(StatementException exception)
{
    switch (exception) {
    case StatementException::NoResults:
        return StatementText::tr(
            "No results for the quarter: nothing can be settled until they are imported.");
    case StatementException::NoTarget:
        return StatementText::tr("The ledger shows sales but the quarter has no results row, so there is no "
                                 "target: no achievement or growth rebate until the results are imported.");
    case StatementException::ZeroTarget:
        return StatementText::tr("The quarter's target is zero: achievement cannot be measured, so no "
                                 "achievement rebate is paid. Check the target.");
    case StatementException::NoTier:
        return StatementText::tr(
            "The partner has no tier: joint-marketing co-funding cannot be paid until one "
            "is set.");
    }
    return {};
}

} // namespace cs
