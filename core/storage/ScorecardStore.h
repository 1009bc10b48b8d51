// The scorecard's facts in the workbook: the KPI catalogue (a setting, as JSON), the
// KPI values entered per partner and quarter, and each partner's KPI inputs for a quarter.
#pragma once

#include "scorecard/Scoring.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace cs {

class Workbook;

class ScorecardStore {
    Q_DECLARE_TR_FUNCTIONS(cs::ScorecardStore)

public:
    static QString catalogueKey() { return QStringLiteral("scorecard.catalogue"); }

    explicit ScorecardStore(Workbook &workbook);

    // The stored catalogue; the default one when none is stored, or when the stored
    // one is damaged or unusable, which adds a sentence saying so to *problems.
    KpiCatalogue catalogue(QStringList *problems = nullptr) const;
    // Throws StorageError, naming each of catalogueProblems(), and stores nothing then.
    void saveCatalogue(const KpiCatalogue &catalogue);

    // Stores the entered actual and target of a KPI (reduced); with neither, the
    // entry is removed. Throws StorageError for an unknown partner, an empty code or
    // a denominator that is not positive.
    void setEntry(qint64 partnerId, Quarter quarter, const QString &kpiCode, std::optional<Ratio> actual,
        std::optional<Ratio> target);
    void removeEntry(qint64 partnerId, Quarter quarter, const QString &kpiCode);
    // setEntry for each KPI code in `values` (a value with neither actual nor target
    // removes the entry), all in one transaction: a refused value stores none of them.
    void setEntries(qint64 partnerId, Quarter quarter, const QHash<QString, KpiValue> &values);
    // What was entered for the partner and quarter, by KPI code.
    QHash<QString, KpiValue> entries(qint64 partnerId, Quarter quarter) const;

    // One PartnerKpiInputs per partner the quarter scores (not churned and joined by
    // its end, or with results in it), sorted by code, with a value for each of the
    // catalogue's KPIs that has data. A few set-wide queries, whatever the partner count.
    QList<PartnerKpiInputs> inputs(Quarter quarter, const KpiCatalogue &catalogue) const;

private:
    Workbook &m_workbook;
};

} // namespace cs
