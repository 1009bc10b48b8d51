// A tier review of one partner, in memory and exact: its criterion values scored
// against TierCriteria, the tier they give, the tier proposed after the protection
// rules, the reason in words and what is missing for the next tier.
#pragma once

#include "domain/Partner.h"
#include "domain/Quarter.h"
#include "money/Money.h"
#include "tier/TierChange.h"
#include "tier/TierCriteria.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace cs {

// One partner's facts for a review period, as TierStore::inputs() reads them.
struct TierInputs {
    qint64 partnerId = 0;
    QString code;
    QString name;
    QString region;
    // The tier in effect in the review period (TierStore::tierAt(partner, review)): what
    // the partner keeps next quarter unless this review changes it, since a change
    // from this review starts only then. None: the partner has no tier yet.
    std::optional<Tier> currentTier;
    QDate joinDate; // null when unknown: never protected as a first-year partner
    Money trailingSales; // actual sales of the four quarters ending with the review period
    int quartersReported = 0; // how many of those four quarters have results (0–4)
    qint64 linesSold = 0; // product lines the partner sold in the four quarters
    qint64 channelLines = 0; // product lines the channel sold in them; 0: no ledger data
    std::optional<Certification> certification;
    std::optional<qint64> serviceTenths; // latest assessment's service score, 0–100; none: never assessed
    QDate serviceAssessedOn; // that assessment's date
    Money mdfPaid; // MDF paid in the four quarters
    // The change already confirmed in this review, or in a later one (the latest):
    // this review can no longer change the partner's tier (TierStore::confirm refuses).
    std::optional<TierChange> confirmedChange;

    bool operator==(const TierInputs &) const = default;
};

// The criterion's value in its unit (TierCriteria.h); none when there is no data
// (never assessed, or no ledger in the window): it then scores 0 and meets no minimum.
std::optional<Ratio> criterionValue(const TierInputs &inputs, TierCriterion criterion);

// Which protection rule kept the proposal from following the criteria.
enum class TierHold {
    None,
    FirstYear, // a demotion withheld: joined less than 12 months before the period's end
    OneTierDown, // a demotion of several tiers limited to one
};

struct CriterionResult {
    TierCriterion criterion = TierCriterion::TrailingSales;
    std::optional<Ratio> value; // in the criterion's unit; none: no data
    Ratio subScore; // 0–100, exact
    Ratio points; // weight × subScore / 100: what it adds to the score
    // Whether the value meets each ranked tier's effective minimum (true where there is none).
    PerRankedTier<bool> meetsMinimum { true, true, true };
};

// One thing that would bring the partner to the next tier, in the criterion's unit.
struct TierGap {
    enum class Kind {
        Minimum, // the next tier requires at least `needed`; it must be met whatever the score
        Score, // `needed` of this criterion alone would raise the score to the next tier's threshold
    };
    Kind kind = Kind::Score;
    TierCriterion criterion = TierCriterion::TrailingSales;
    Ratio needed; // the value to reach (coverage: lines are counted, see `more`)
    // How much more than now: fen for sales and brand investment, product lines for
    // coverage, tenths of a point for service, levels for certification. Rounded up,
    // so that `more` is always enough.
    qint64 more = 0;
    QString text; // "¥420,000.00 more trailing sales would raise the score to Gold's 65 on its own."

    bool operator==(const TierGap &) const = default;
};

struct TierProgress {
    std::optional<Tier> nextTier; // the tier above the one the criteria give; none at Diamond
    Ratio scoreShort; // how far the score is below nextTier's threshold; 0 when it is reached
    QList<TierGap> minimums; // nextTier's minimums not met: each is needed
    // Criteria that, raised alone, would close the score gap; a criterion that could
    // not (even full marks would not be enough) is left out. Empty when the score suffices.
    QList<TierGap> alone;
    QString text; // all of it in sentences, or "Top tier." at Diamond
};

struct TierEvaluation {
    TierInputs inputs;
    Ratio score; // 0–100, exact
    std::array<CriterionResult, tierCriterionCount> criteria {}; // indexed by int(TierCriterion)
    Tier criteriaTier = Tier::Bronze; // the best tier whose threshold and minimums are met
    Tier proposedTier = Tier::Bronze; // criteriaTier after the protection rules
    TierHold heldBy = TierHold::None;
    QString reason; // why proposedTier, in words a partner would accept; says so when confirmed
    TierProgress progress;

    std::optional<Tier> currentTier() const { return inputs.currentTier; }
    // Already decided: a change was confirmed in this review or a later one.
    bool isConfirmed() const { return inputs.confirmedChange.has_value(); }
    // A proposal to confirm: not decided yet, and the tier differs from the current
    // one (or there is none yet).
    bool isChange() const { return !isConfirmed() && inputs.currentTier != proposedTier; }
    bool isPromotion() const; // to a better tier (a first tier counts as neither)
    bool isDemotion() const;
};

class TierReview {
    Q_DECLARE_TR_FUNCTIONS(cs::TierReview)

public:
    // The criteria must pass tierCriteriaProblems(); `review` is the quarter reviewed.
    static TierEvaluation evaluate(const TierCriteria &criteria, const TierInputs &inputs, Quarter review);
    static QList<TierEvaluation> evaluate(
        const TierCriteria &criteria, const QList<TierInputs> &inputs, Quarter review);

    // Whether the partner joined less than 12 months before the review period's last
    // day (joined on 2025-10-01, reviewed for 2026Q3 ending 2026-09-30: yes).
    static bool inFirstYear(QDate joinDate, Quarter review);

    // "Score 72.4 (sales 30.0, coverage 12.5, …)" parts and the like use these:
    static QString formatScore(Ratio score); // one decimal: "86.4"
    static QString holdText(TierHold hold); // a short label: "First-year protection"
};

} // namespace cs
