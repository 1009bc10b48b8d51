// Closed quarters and their frozen statements: written once when a quarter is
// closed and read back exactly as written, never rewritten.
#pragma once

#include "domain/Quarter.h"
#include "incentive/SettlementInputs.h"
#include "incentive/StatementLine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cs {

struct ClosedPeriod {
    Quarter quarter;
    qint64 policyId = 0; // the version the quarter was settled with
    QString note;
    QDateTime closedAt; // UTC
};

class SettlementStore {
    Q_DECLARE_TR_FUNCTIONS(cs::SettlementStore)

public:
    explicit SettlementStore(QSqlDatabase &db);

    QList<ClosedPeriod> closedPeriods() const; // oldest first
    std::optional<ClosedPeriod> closedPeriod(Quarter quarter) const;

    // The statements frozen for a closed quarter, in the order they were frozen.
    // Throws StorageError when a frozen line cannot be read.
    QList<PartnerStatement> statements(Quarter quarter) const;

    // What each closed quarter settled per partner and component: its frozen lines
    // other than adjustments, plus the adjustment lines later closed quarters made to it.
    QHash<Quarter, QHash<qint64, SettledAmounts>> settled(const QList<Quarter> &quarters) const;

    // Writes the period and its statements; the caller holds the transaction.
    void freeze(const ClosedPeriod &period, const QList<PartnerStatement> &statements);

private:
    QSqlDatabase &m_db;
};

} // namespace cs
