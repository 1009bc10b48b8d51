// Builds the demo workbook a new user opens first, from the spreadsheets
// shipped in data/, so the workstation shows a realistic channel right away.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace cs {

class DemoWorkbook {
    Q_DECLARE_TR_FUNCTIONS(cs::DemoWorkbook)

public:
    // Imports `dataDir`/partners.csv, then results.csv, assessments.csv and
    // ledger.csv where present, into a new workbook at `path` (which must not
    // exist), then the demo's incentive records (DemoIncentives.h). All or
    // nothing: on failure no file is left at `path`.
    static bool build(
        const QString &dataDir, const QString &path, QString *error, int *partnerCount = nullptr);
};

} // namespace cs
