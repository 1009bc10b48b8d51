// Everything settling needs from the workbook, read once (SettlementLoader) and
// then settled in memory: the engine itself never touches the database.
#pragma once

#include "domain/Partner.h"
#include "domain/Quarter.h"
#include "incentive/IncentiveRecords.h"
#include "incentive/StatementLine.h"
#include "money/Money.h"
#include "tier/TierChange.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cs {

struct QuarterResult {
    Money target;
    Money sales;
    std::optional<Money> collections;
    std::optional<qint64> newCustomers;
};

struct PartnerFacts {
    qint64 id = 0;
    QString code;
    QString name;
    QString region;
    std::optional<Tier> tier; // the registry's, the latest confirmed
    // Confirmed tier changes, oldest effective first: a quarter is settled with the
    // tier in effect in it (tierIn), so a change counts from the quarter after its review.
    QList<TierChange> tierChanges;
    PartnerStatus status = PartnerStatus::Active;
    QDate joinDate;
    QHash<Quarter, QuarterResult> results;
    // Ledger sales per quarter and product line (ledger_totals).
    QHash<Quarter, QHash<QString, Money>> lineSales;

    std::optional<Tier> tierIn(Quarter quarter) const { return tierInEffect(tierChanges, quarter, tier); }
};

// A product line's sales between two dates (inclusive) within one quarter, for a
// special rebate whose window covers only part of the quarter.
struct SalesWindow {
    QString productLine;
    QDate from;
    QDate to;
    bool operator==(const SalesWindow &) const = default;
};
inline size_t qHash(const SalesWindow &w, size_t seed = 0) noexcept
{
    return qHashMulti(seed, w.productLine, w.from, w.to);
}

// What a closed quarter froze for a partner, component by component, including
// adjustments to it settled in later quarters: what adjustments are measured against.
using SettledAmounts = QHash<Component, Money>;

struct SettlementInputs {
    QList<PartnerFacts> partners;
    QHash<SalesWindow, QHash<qint64, Money>> windowSales; // by partner id
    QList<PenaltyRecord> penalties;
    QList<MdfRequest> mdf; // requests with a Paid event count in the quarter of its date
};

} // namespace cs
