// Tier management in the workbook (issue 7): the tier criteria (a setting, as
// JSON), every partner's criterion values for a review period, the review itself,
// confirming changes into the dated history, and reading that history back.
#pragma once

#include "tier/TierChange.h"
#include "tier/TierCriteria.h"
#include "tier/TierReview.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

class Workbook;

// One change the manager confirms: the partner's new tier and why (usually the
// evaluation's reason, possibly edited).
struct TierDecision {
    qint64 partnerId = 0;
    Tier newTier = Tier::Bronze;
    QString reason;

    bool operator==(const TierDecision &) const = default;
};

class TierStore {
    Q_DECLARE_TR_FUNCTIONS(cs::TierStore)

public:
    static QString criteriaKey() { return QStringLiteral("tier.criteria"); }

    explicit TierStore(Workbook &workbook);

    // The stored criteria; the defaults when none are stored, or when the stored
    // ones are damaged or unusable, which adds a sentence saying so to *problems.
    TierCriteria criteria(QStringList *problems = nullptr) const;
    // Throws StorageError naming each of tierCriteriaProblems(), and stores nothing then.
    void saveCriteria(const TierCriteria &criteria);

    // Every partner the review covers — not churned, and joined by the review
    // period's last day (or join date unknown) — sorted by code, with its criterion
    // values over the four quarters ending with `review`, its current tier (in effect
    // in `review`) and any change already confirmed in this or a later review. A
    // handful of set-wide queries, whatever the partner count.
    QList<TierInputs> inputs(Quarter review) const;

    // inputs(review) evaluated with the stored criteria (defaults if unusable, see
    // criteria()): one evaluation per partner, sorted by code. The proposals are
    // those with isChange(); isConfirmed() ones were decided already.
    QList<TierEvaluation> review(Quarter review, QStringList *problems = nullptr) const;

    // Records the decisions of the review of `review` in one transaction, each
    // effective from review.next(): a tier_changes row (from the tier then in
    // effect), partners.tier set to the new tier (the registry shows the confirmed
    // tier), and an audit entry "tier-changed". All or nothing: throws StorageError
    // naming the partner when one is not in the workbook, when its tier in effect
    // in review.next() is already the new tier, when it already has a change
    // effective after `review` (a later or the same review confirmed one), when a
    // partner appears twice, or when confirmedBy is empty. Returns the changes
    // written, in the order given.
    QList<TierChange> confirm(
        const QList<TierDecision> &decisions, Quarter review, const QString &confirmedBy);

    // The partner's changes, oldest effective first.
    QList<TierChange> history(qint64 partnerId) const;
    // The tier in effect in the quarter (TierChange.h's tierInEffect()).
    std::optional<Tier> tierAt(qint64 partnerId, Quarter quarter) const;
    // Every partner's tier in effect in the quarter, by partner id.
    QHash<qint64, std::optional<Tier>> tiersAt(Quarter quarter) const;

private:
    Workbook &m_workbook;
};

} // namespace cs
