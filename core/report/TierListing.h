// A tier review as the command line gives it, one row per partner: current,
// criteria and proposed tier, score, each criterion's value, the reason and what
// is missing for the next tier, for programs and spreadsheets.
#pragma once

#include "tier/TierReview.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cs {

namespace TierListing {

// partner_code, partner_name, region, current_tier, criteria_tier, proposed_tier,
// change, held_by, score, trailing_sales, market_coverage, certification,
// service_capability, brand_investment, reason, progress, confirmed_tier.
// Tiers and certification as their stable codes (empty for none); change is
// promotion, demotion, first_tier or empty; held_by first_year, one_tier_down or
// empty; score with one decimal; money as plain yuan ("6120000.00"); coverage as
// a plain percentage with two decimals ("75.00"); service with one decimal;
// confirmed_tier the tier a change already confirmed in this or a later review
// moves to (empty when none: the review can still decide).
QStringList columns();

QByteArray csv(const QList<TierEvaluation> &evaluations);
// The same keys and texts, exact as in the CSV (amounts stay text, like the rebates
// listing); the score is a JSON number; null where the CSV cell is empty.
QByteArray json(const QList<TierEvaluation> &evaluations);

} // namespace TierListing

} // namespace cs
