// The dashboard's tiles in words: for each figure its title, value, target, state and
// one sentence a manager can read out, in display order. Colours are the UI's choice.
#pragma once

#include "dashboard/DashboardFigures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cs {

enum class DashboardTileId {
    ActivePartners,
    Sales,
    ChurnRate,
    MeetingTarget,
    Satisfaction,
    IncentiveBudget,
    IncentiveRoi,
    WatchList,
};

struct DashboardTile {
    DashboardTileId id = DashboardTileId::ActivePartners;
    QString code; // stable, for files: "active_partners", "sales", "churn_rate", "meeting_target",
                  // "satisfaction", "incentive_budget", "incentive_roi", "watch_list"
    QString title; // "Churn rate"
    QString value; // "3.42 %", "1,812", "5.20 : 1"; "—" without data
    QString target; // "below 10 %", "at least 60 % (was 45 %)"; empty when the figure has none
    TargetState state = TargetState::NoData;
    QString sentence; // what the value rests on, e.g. "52 of 1,520 partners active on 1 Jul 2026 churned …"
};

class DashboardTiles {
    Q_DECLARE_TR_FUNCTIONS(cs::DashboardTiles)

public:
    // One tile per DashboardTileId, in that order.
    static QList<DashboardTile> of(const DashboardFigures &figures);

    // A fraction as a percentage with two decimals, rounded down so the text never
    // crosses a target the exact value did not ("9.99 %" for 9.999 %): formatRatioPercent.
    static QString percent(Ratio ratio);
};

} // namespace cs
