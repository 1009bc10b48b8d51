// The editable thresholds of the capability model (weights, watch-list rules, the
// benchmark, stage thresholds), with the defaults DOMAIN.md gives, kept in the workbook.
#pragma once

#include "capability/Dimension.h"
#include "capability/SubIndicators.h"
#include "domain/Partner.h"
#include "import/ValueParsers.h" // Ratio
#include "money/Money.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace cs {

class Workbook;

// Scores and score thresholds are in tenths (5.0 → 50), like the assessments table.
struct CapabilityRules {
    Q_DECLARE_TR_FUNCTIONS(cs::CapabilityRules)

public:
    // Composite = Σ weight × score / Σ weight. Whole numbers 0–100, not all zero.
    PerDimension<int> weights { 1, 1, 1 };
    // A latest score strictly below this is a weak dimension (5.0 is not weak, 4.9 is).
    int weakBelowTenths = 50;
    // A fall of at least this between the two latest assessments is a drop (1.0 fires).
    int dropAtLeastTenths = 10;
    // Achievement (actual / target) strictly below this in each of the latest
    // `achievementQuarters` consecutive quarters with results puts a partner on the list.
    Ratio achievementBelow { 4, 5 };
    int achievementQuarters = 2;
    // More than this many days since the latest assessment is stale (60 is not, 61 is).
    int staleAfterDays = 60;
    // Excellent partners, whose average is the benchmark: trailing four quarters'
    // actual sales strictly above this (20,000,000 yuan).
    Money excellentSalesAbove = Money::fromFen(2'000'000'000);
    // When set, used instead of the excellent partners' average.
    std::optional<PerDimension<int>> fixedBenchmarkTenths;
    // Cultivation stage on the composite (as shown, rounded to one decimal): below
    // growthFrom entry; from growthFrom growth; from expertFrom expert, provided the
    // certification is at least expertCertification (otherwise growth).
    int growthFromTenths = 60;
    int expertFromTenths = 80;
    Certification expertCertification = Certification::Advanced;
    // How a dimension score is derived from an assessment's sub-indicators when the
    // assessor entered none for it (an entered score always wins).
    PerSubIndicator<SubIndicatorScale> scales = defaultSubIndicatorScales();

    // Every problem with the values, as sentences; empty when they can be used.
    QStringList validate() const;

    // The rules stored in the workbook, defaults for what is not stored. A stored
    // value that cannot be read (the file was edited by hand) falls back to its
    // default and is reported in *problems; so does a set that fails validate().
    static CapabilityRules load(Workbook &workbook, QStringList *problems = nullptr);

    // Writes every rule in one transaction. Refuses invalid rules with validate()'s
    // messages in *errors and writes nothing.
    bool save(Workbook &workbook, QStringList *errors = nullptr) const;

    bool operator==(const CapabilityRules &) const = default;
};

} // namespace cs
