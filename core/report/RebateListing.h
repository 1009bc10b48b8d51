// Settled rebates as the command line gives them, one row per partner and period:
// CSV and JSON with fixed column names (programs read them), amounts in yuan with
// exactly two decimals, percentages with two decimals.
#pragma once

#include "incentive/StatementLine.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

struct RebateRow {
    QString code;
    QString period; // "2026Q1" or "2026"
    std::optional<Money> target;
    std::optional<Money> sales;
    std::optional<qint64> bandRateBp; // none without an achievement line; 0 below every band
    Money achievement;
    Money growth;
    Money special; // special rebates and the new-customer bonus
    Money cashDiscount;
    Money mdf;
    Money penalties;
    Money adjustments;
    Money total;
    QStringList exceptions; // codes: no-results, no-target, zero-target, no-tier
};

namespace RebateListing {

QList<RebateRow> quarterRows(const QList<PartnerStatement> &statements);
// One row per partner over the given quarters' statements of a year: amounts,
// targets and sales summed; the band rate only when the year has a single
// achievement line (annual cadence); exceptions of any quarter, each code once.
QList<RebateRow> yearRows(const QList<QList<PartnerStatement>> &quarters, int year);

QByteArray csv(const QList<RebateRow> &rows);
QByteArray json(const QList<RebateRow> &rows);

} // namespace RebateListing

} // namespace cs
