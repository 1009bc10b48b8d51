#include "incentives/RecordTexts.h"

#include "domain/Quarter.h"
#include "incentive/Percent.h"

#include <QLocale>

namespace cs {

QString RecordTexts::penaltyAmount(const PenaltyRecord &penalty, const PolicyHistory &policies)
{
    if (penalty.amount)
        return penalty.amount->toString();
    const IncentivePolicy *policy =
        penalty.date.isValid() ? policies.inForce(Quarter::containing(penalty.date)) : nullptr;
    const PenaltyRule *rule = policy ? policy->penaltyRule(penalty.kind) : nullptr;
    if (!rule)
        return tr("no rule in force");
    if (rule->forfeitBp != 0)
        return tr("forfeits %1 of the quarter's rebates").arg(formatRateBp(rule->forfeitBp));
    return rule->fixed.toString();
}

QString RecordTexts::coFunding(
    const CoFunding &funding, Money claim, qint64 shareBp, std::optional<Tier> tier, Money approved)
{
    const QString share =
        tier ? tr("%1 (%2)").arg(formatRateBp(shareBp), labelOf(*tier)) : formatRateBp(shareBp);
    const QString product =
        tr("Claim %1 × %2 = %3").arg(claim.toString(), share, funding.shareAmount.toString());
    switch (funding.cap) {
    case CoFundingCap::Share:
        return product;
    case CoFundingCap::Approved:
        return tr("%1; capped by the approved %2").arg(product, approved.toString());
    case CoFundingCap::Budget:
        return tr("%1; capped by the remaining budget %2").arg(product, funding.amount.toString());
    }
    return product;
}

QColor RecordTexts::stateColour(MdfState state)
{
    switch (state) {
    case MdfState::Requested:
        return QColor(0x1f, 0x5f, 0xa8);
    case MdfState::Approved:
        return QColor(0x0e, 0x7c, 0x86);
    case MdfState::Rejected:
        return QColor(0xb0, 0x1e, 0x1e);
    case MdfState::Claimed:
        return QColor(0xa6, 0x5b, 0x00);
    case MdfState::Paid:
        return QColor(0x1e, 0x7a, 0x34);
    }
    return {};
}

QString RecordTexts::dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString RecordTexts::timeText(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace cs
