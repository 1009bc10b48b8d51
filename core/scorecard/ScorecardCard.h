// Everything one printed scorecard shows for a partner and quarter, gathered once
// from the workbook (scores, trend, capability, incentive statement, watch list), so
// the view, the printer and the command line draw the same page from the same data.
#pragma once

#include "capability/Dimension.h"
#include "domain/Partner.h"
#include "domain/Quarter.h"
#include "incentive/StatementLine.h"
#include "scorecard/Kpi.h"
#include "scorecard/Okr.h"
#include "scorecard/Scoring.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

class Workbook;

struct ScorecardCard {
    Quarter quarter;
    QString code;
    QString name;
    std::optional<Tier> tier;
    QString region;
    QString mentor;
    PartnerScore score; // KPIs in catalogue order, families, overall, grade, ranks, change, notes
    // The definitions the KPIs were scored with (names, families, units, weights); implicitly
    // shared, so every card of a batch holds the same one.
    KpiCatalogue catalogue;
    int channelSize = 0; // partners ranked in the channel, the tier and the region
    int tierSize = 0;
    int regionSize = 0;
    // The overall score of the quarters up to this one, oldest first (at most 8);
    // none for a quarter without a score.
    QList<std::pair<Quarter, std::optional<Ratio>>> trend;
    // KPI values of the previous quarter, by code, for the trend arrows.
    QHash<QString, Ratio> previousKpiScores;
    // Capability at the quarter's last day, in tenths: the partner, the benchmark, the channel.
    std::optional<PerDimension<int>> capability;
    std::optional<PerDimension<Ratio>> benchmark;
    std::optional<PerDimension<Ratio>> channelAverage;
    QStringList watchReasons; // in words
    // The quarter's incentive statement (closed, or a preview), when the workbook has a policy.
    std::optional<PartnerStatement> statement;
    bool statementClosed = false;
    QList<Objective> objectives; // the quarter's OKRs, in their saved order
    QString improvementNote;
};

// Which partners a batch prints. Empty fields select all.
struct ScorecardFilter {
    QStringList codes;
    std::optional<Tier> tier;
    QString region;
    bool watchListOnly = false;
};

class ScorecardBook {
    Q_DECLARE_TR_FUNCTIONS(cs::ScorecardBook)

public:
    explicit ScorecardBook(Workbook &workbook);
    // The cards of a quarter for the partners the filter selects, sorted by code,
    // read in a handful of passes (2,000 cards well under a second). An unknown code
    // in filter.codes is refused with a StorageError naming it.
    QList<ScorecardCard> cards(Quarter quarter, const ScorecardFilter &filter = {}) const;

private:
    Workbook &m_workbook;
};

} // namespace cs
