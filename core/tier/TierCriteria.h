// The editable rules a tier review scores partners with (issue 7): five weighted
// criteria with full-marks references and per-tier minimums, a score threshold per
// tier, and the protection rules. Stored in the workbook as JSON (setting tier.criteria).
#pragma once

#include "domain/Choice.h"
#include "domain/Partner.h" // Tier, Certification
#include "import/ValueParsers.h" // Ratio

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <span>

namespace cs {

// What a review measures, each over the review period (the quarter reviewed):
enum class TierCriterion {
    // Actual sales (results) of the four quarters ending with the review period.
    // Unit: fen.
    TrailingSales,
    // Product lines the partner sold (ledger_totals, amount > 0) in those four
    // quarters, out of the product lines the whole channel sold in them.
    // Unit: a fraction 0–1 (3 of 4 lines is 3/4).
    MarketCoverage,
    // The partner's certification level from the registry. Unit: the level,
    // 0 none, 1 basic, 2 advanced, 3 expert (certificationLevel()). Scored by
    // TierCriteria::certificationPoints, not by fullMarksAt.
    Certification,
    // The customer-service dimension score of the partner's latest capability
    // assessment dated on or before the review period's last day (entered, or
    // derived from its sub-indicators with the capability rules' scales).
    // Unit: score points 0–10 (8.7 is 87/10).
    ServiceCapability,
    // Market development funds (MDF) paid to the partner in those four quarters
    // (mdf_events 'paid', by payment date): what it invested with the brand. Unit: fen.
    BrandInvestment,
};

inline constexpr int tierCriterionCount = 5;
inline constexpr std::array<TierCriterion, tierCriterionCount> allTierCriteria { TierCriterion::TrailingSales,
    TierCriterion::MarketCoverage, TierCriterion::Certification, TierCriterion::ServiceCapability,
    TierCriterion::BrandInvestment };

// Codes: trailing_sales, market_coverage, certification, service_capability, brand_investment.
std::span<const Choice<TierCriterion>> choices(TierCriterion);

// The tiers a rule can be set for: every tier but Bronze, which is what is left when
// no other tier is met. Indexed by int(Tier): [0] Diamond, [1] Gold, [2] Silver.
inline constexpr int rankedTierCount = 3;
inline constexpr std::array<Tier, rankedTierCount> rankedTiers { Tier::Diamond, Tier::Gold, Tier::Silver };
template<typename T> using PerRankedTier = std::array<T, rankedTierCount>;

struct TierCriterionRule {
    qint64 weight = 0; // whole points; the five weights sum to 100
    // The value that earns the full sub-score of 100, in the criterion's unit; less
    // earns proportionally less, more is held at 100. Ignored for Certification.
    Ratio fullMarksAt { 1, 1 };
    // Per tier, the least value the tier requires, in the criterion's unit (for
    // Certification a level: 3 = expert); none: the tier has no minimum here. A
    // tier also requires every minimum of the tiers below it (a Diamond partner
    // must meet Gold's minimums too), see effectiveMinimum().
    PerRankedTier<std::optional<Ratio>> minimum {};

    bool operator==(const TierCriterionRule &) const = default;
};

struct TierCriteria {
    std::array<TierCriterionRule, tierCriterionCount> rules {}; // indexed by int(TierCriterion)
    // The Certification sub-score (0–100) by level: none, basic, advanced, expert.
    std::array<qint64, 4> certificationPoints { 0, 40, 70, 100 };
    // The least weighted score (whole points of 0–100) each tier needs; must fall
    // from Diamond to Silver. Below Silver's: Bronze.
    PerRankedTier<qint64> thresholds { 85, 70, 50 };
    // Protection: a partner that joined less than 12 months before the review
    // period's last day is not demoted.
    bool noDemotionInFirstYear = true;
    // Protection: a review demotes by one tier at most (Diamond → Gold, not Silver).
    bool atMostOneTierDown = true;

    const TierCriterionRule &rule(TierCriterion c) const { return rules[static_cast<size_t>(c)]; }
    TierCriterionRule &rule(TierCriterion c) { return rules[static_cast<size_t>(c)]; }
    qint64 threshold(Tier tier) const; // 0 for Bronze
    // The minimum the tier requires in the criterion: the largest of its own and of
    // the ranked tiers below it. None for Bronze or when no such tier sets one.
    std::optional<Ratio> effectiveMinimum(TierCriterion c, Tier tier) const;

    bool operator==(const TierCriteria &) const = default;
};

// Defaults tuned on the demo channel: weights sales 40, coverage 15, certification
// 15, service 20, brand investment 10; full marks at ¥10,000,000 sales, every
// product line, score 9.0 and ¥200,000 MDF; certification points 0/40/70/100;
// Diamond ≥ 80 with expert certification and ¥10,000,000 trailing sales, Gold ≥ 50
// with ¥3,000,000, Silver ≥ 33 with ¥500,000; both protection rules on.
TierCriteria defaultTierCriteria();

// One translated sentence per problem: weights not summing to 100 (with the sum),
// a negative weight, a full-marks value not above zero, a negative minimum, a
// certification minimum that is not a level 0–3, certification points outside
// 0–100, thresholds not falling from Diamond to Silver within 0–100. Empty when
// the criteria can be used.
QStringList tierCriteriaProblems(const TierCriteria &criteria);

QByteArray tierCriteriaToJson(const TierCriteria &criteria);
// False with *error set when the text is not criteria this version wrote; the
// values are not validated here (tierCriteriaProblems does that).
bool tierCriteriaFromJson(const QByteArray &json, TierCriteria *criteria, QString *error);

// The Certification criterion's value for a registry level: none 0 … expert 3.
Ratio certificationLevel(std::optional<Certification> certification);
// The level back as a certification; none for 0 or a value that is no level.
std::optional<Certification> certificationOfLevel(Ratio level);

// A value in the criterion's unit for people, rounded for display only (money
// half away from zero at the fen; coverage as a percentage with two decimals
// rounded down, as Percent.h does; service with one decimal; certification as
// its translated label, "none" for 0): "¥6,120,000.00", "75.00 %", "Expert", "8.7".
QString formatCriterionValue(TierCriterion criterion, Ratio value);
// Reads what a manager types for a value of the criterion: an amount
// ("¥5,000,000", "5000000") for sales and brand investment, a percentage ("60%",
// "60", "0.6") for coverage, a level ("expert", "专家", "3") for certification, a
// score ("8.5") for service. On failure *error gets a translated sentence.
std::optional<Ratio> parseCriterionValue(TierCriterion criterion, QStringView text, QString *error = nullptr);
// One sentence saying what the criterion measures and where from, for the
// criteria editor and the review screen ("Product lines sold in the four quarters
// up to the review, out of the lines the whole channel sold in them").
QString criterionDescription(TierCriterion criterion);

} // namespace cs
