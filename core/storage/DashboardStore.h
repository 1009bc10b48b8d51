// Reads the dashboard's inputs from a workbook in a few set-wide queries, takes the
// incentive and capability verdicts from their own engines, and computes the figures.
#pragma once

#include "dashboard/DashboardFigures.h"
#include "dashboard/DashboardInputs.h"

#include <QCoreApplication>
#include <QDate>

namespace cs {

class Workbook;

class DashboardStore {
    Q_DECLARE_TR_FUNCTIONS(cs::DashboardStore)

public:
    explicit DashboardStore(Workbook &workbook);

    // The figures for `period` as of `today` (which bounds asOf for a running
    // period). Read only: nothing is written, not even a default policy. Budget and
    // ROI come from IncentiveBook::run (frozen for closed quarters, a preview for
    // open ones); the watch list and capability from CapabilityModel::compute at
    // asOf with the workbook's rules. Throws StorageError when the workbook cannot be
    // read; a quarter that cannot be settled is reported in incentives.problem instead.
    DashboardFigures load(const DashboardPeriod &period, QDate today = QDate::currentDate()) const;

    // What load() computes from; for tests and tools that want the raw facts.
    DashboardInputs inputs(const DashboardPeriod &period, QDate today = QDate::currentDate()) const;

    // The day load() judges statuses and capability at: the period's last day, or
    // `today` when that is earlier.
    static QDate asOf(const DashboardPeriod &period, QDate today);

private:
    Workbook &m_workbook;
};

} // namespace cs
