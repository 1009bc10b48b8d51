// One partner's tier review in rich text for the detail pane: the proposal and its
// reason, each criterion's value, sub-score, points and minimums met, what is missing
// for the next tier, and the partner's dated tier history.
#pragma once

#include "tier/TierChange.h"
#include "tier/TierReview.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cs {

class TierDetailHtml {
    Q_DECLARE_TR_FUNCTIONS(cs::TierDetailHtml)

public:
    // `history` oldest first, as TierStore::history() gives it; shown newest first.
    static QString body(const TierEvaluation &evaluation, const TierCriteria &criteria,
        const QList<TierChange> &history, Quarter review);

    // "Gold → Diamond ▲ from 2026 Q4", "Stays Gold", "First tier: Silver from 2026 Q4",
    // "Confirmed: Gold → Diamond from 2026 Q4".
    static QString proposalText(const TierEvaluation &evaluation, Quarter review);

private:
    // The criterion's value in its unit, with what it is made of on a second line.
    static QString valueCell(const TierEvaluation &evaluation, TierCriterion criterion);
    static QString criteriaTable(const TierEvaluation &evaluation, const TierCriteria &criteria);
    static QString thresholdsTable(const TierCriteria &criteria);
    static QString progressHtml(const TierEvaluation &evaluation, const TierCriteria &criteria);
    static QString historyHtml(const QList<TierChange> &history);
};

} // namespace cs
