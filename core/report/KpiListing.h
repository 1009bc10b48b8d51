// Quarterly scorecards as the command line gives them, one row per partner: the
// overall score, grade, channel rank and family scores, for programs and spreadsheets.
#pragma once

#include "scorecard/Scoring.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cs {

namespace KpiListing {

// partner_code, overall_score, grade, rank, financial, market, customer, operations, product.
QStringList columns();

// Scores with one decimal, rounded half away from zero; empty cells where a partner
// has no score (no KPI with data, or a family whose KPIs all lack data).
QByteArray csv(const QList<PartnerScore> &scores);
// The same keys; scores are numbers with one decimal, null where there is none.
QByteArray json(const QList<PartnerScore> &scores);

} // namespace KpiListing

} // namespace cs
