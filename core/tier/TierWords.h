// The words of a tier review: why a partner gets the tier proposed, and what is
// missing for the next one, worked out exactly in each criterion's own unit.
#pragma once

#include "tier/TierReview.h"

#include <QCoreApplication>
#include <QString>

namespace cs {

class TierWords {
    Q_DECLARE_TR_FUNCTIONS(cs::TierWords)

public:
    // What the evaluation lacks for the tier above its criteria tier: needs the
    // evaluation's criteria results, score and criteria tier.
    static TierProgress progress(const TierCriteria &criteria, const TierEvaluation &evaluation);
    // The reason for the proposed tier; needs everything but the reason itself.
    static QString reason(const TierCriteria &criteria, const TierEvaluation &evaluation, Quarter review);

    // "trailing sales ¥6,120,000.00", "Expert certification", "no capability assessment".
    static QString phrase(const TierEvaluation &evaluation, TierCriterion criterion);
};

} // namespace cs
