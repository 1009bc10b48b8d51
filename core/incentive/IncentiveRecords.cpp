#include "incentive/IncentiveRecords.h"

#include "incentive/Percent.h"

#include <algorithm>

namespace cs {

namespace {

const Choice<MdfState> mdfStates[] = {
    { MdfState::Requested, "requested", QT_TRANSLATE_NOOP("cs::Choice", "Requested"), u"已申请" },
    { MdfState::Approved, "approved", QT_TRANSLATE_NOOP("cs::Choice", "Approved"), u"已批准" },
    { MdfState::Rejected, "rejected", QT_TRANSLATE_NOOP("cs::Choice", "Rejected"), u"已驳回" },
    { MdfState::Claimed, "claimed", QT_TRANSLATE_NOOP("cs::Choice", "Claimed"), u"已提交核销" },
    { MdfState::Paid, "paid", QT_TRANSLATE_NOOP("cs::Choice", "Paid"), u"已支付" },
};

} // namespace

std::span<const Choice<MdfState>> choices(MdfState)
{
    return mdfStates;
}

CoFunding coFunding(Money claim, qint64 shareBp, Money approved, Money remainingBudget)
{
    CoFunding result;
    result.shareAmount = claim.mulRatio(shareBp, bpPerWhole);
    result.amount = result.shareAmount;
    if (approved < result.amount) {
        result.amount = approved;
        result.cap = CoFundingCap::Approved;
    }
    const Money left = std::max(remainingBudget, Money());
    if (left < result.amount) {
        result.amount = left;
        result.cap = CoFundingCap::Budget;
    }
    return result;
}

const MdfEvent *MdfRequest::last(MdfState wanted) const
{
    for (auto it = events.crbegin(); it != events.crend(); ++it)
        if (it->state == wanted)
            return &*it;
    return nullptr;
}

QList<MdfState> MdfRequest::nextStates() const
{
    switch (state()) {
    case MdfState::Requested:
        return { MdfState::Approved, MdfState::Rejected };
    case MdfState::Approved:
        return { MdfState::Claimed };
    case MdfState::Claimed:
        return { MdfState::Paid };
    case MdfState::Rejected:
    case MdfState::Paid:
        break;
    }
    return {};
}

} // namespace cs
