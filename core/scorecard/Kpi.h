// The KPI catalogue a quarterly scorecard is scored with (issue 6): each KPI's
// names, family, unit, direction, where its actual and target come from, and its
// weight; family weights; grade thresholds. Stored in the workbook as JSON.
#pragma once

#include "domain/Choice.h"
#include "import/ValueParsers.h" // Ratio

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace cs {

enum class KpiFamily { Financial, Market, Customer, Operations, Product }; // 财务 市场 客户 运营 产品
enum class KpiDirection { HigherIsBetter, LowerIsBetter };
enum class KpiSource { Results, Ledger, Capability, Entered };

// What is measured; decides how the loader finds the actual (and, for sales, the target).
enum class KpiMeasure {
    SalesAchievement, // results: actual sales against the sales target (fen)
    CollectionRate, // results: collections / actual sales
    NewCustomers, // results: count
    Satisfaction, // results: share of satisfied customers
    Visits30d, // results: count
    ResponseHours, // capability: the latest assessment's response hours
    ProductLineCoverage, // ledger: product lines sold / product lines the channel sells
    NewProductShare, // ledger: the new product line's share of the partner's ledger sales
    Entered, // entered per partner and quarter (profit margin, repurchase, on-time delivery, ...)
};

std::span<const Choice<KpiFamily>> choices(KpiFamily);
std::span<const Choice<KpiDirection>> choices(KpiDirection);
std::span<const Choice<KpiSource>> choices(KpiSource);
std::span<const Choice<KpiMeasure>> choices(KpiMeasure);

struct KpiDefinition {
    QString code; // stable key: "sales_achievement"
    QString nameZh;
    QString nameEn;
    KpiFamily family = KpiFamily::Financial;
    QString unit; // "%", "¥", "h", "次", ...: for display
    KpiDirection direction = KpiDirection::HigherIsBetter;
    KpiSource source = KpiSource::Results;
    KpiMeasure measure = KpiMeasure::Entered;
    qint64 weight = 0; // within its family; a family's weights sum to 100
    // The target when the source gives none (all but sales achievement, and entered
    // KPIs without an entered target), in the measure's unit: 0.95 for 95 %.
    std::optional<Ratio> target;
    QString productLine; // NewProductShare: the line that counts as new

    QString name() const; // in the UI language: Chinese or English
    bool operator==(const KpiDefinition &) const = default;
};

struct GradeThresholds {
    qint64 a = 90; // overall ≥ a → A (whole points of the 0–100 overall score)
    qint64 b = 75;
    qint64 c = 60; // below c → D
    bool operator==(const GradeThresholds &) const = default;
};

struct KpiCatalogue {
    QList<KpiDefinition> kpis;
    std::array<qint64, 5> familyWeights {}; // indexed by KpiFamily; sum to 100
    GradeThresholds grades;

    qint64 familyWeight(KpiFamily f) const { return familyWeights[static_cast<size_t>(f)]; }
    const KpiDefinition *byCode(const QString &code) const;
    bool operator==(const KpiCatalogue &) const = default;
};

// Eleven KPIs over the five families (issue 6's list), weights that sum to 100.
KpiCatalogue defaultCatalogue();

// One translated sentence per problem: family weights not summing to 100 (with the
// sum), a family's KPI weights not summing to 100 (naming the family and the sum),
// negative weights, duplicate or empty codes, a missing target where the source has
// none, thresholds out of order. Empty when the catalogue can be used.
QStringList catalogueProblems(const KpiCatalogue &catalogue);

QByteArray catalogueToJson(const KpiCatalogue &catalogue);
bool catalogueFromJson(const QByteArray &json, KpiCatalogue *catalogue, QString *error);

} // namespace cs
