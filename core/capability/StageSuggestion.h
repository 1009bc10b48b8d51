// The cultivation stage (入门型 / 成长型 / 专家型) the capability model suggests for a
// partner from its composite score and certification, with the reason in words.
#pragma once

#include "capability/CapabilityRules.h"
#include "domain/Partner.h"
#include "import/ValueParsers.h" // Ratio

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cs {

struct StageSuggestion {
    Q_DECLARE_TR_FUNCTIONS(cs::StageSuggestion)

public:
    std::optional<Stage> stage; // none when the partner has no composite (never assessed)
    QString reason;

    // The composite is judged as shown, rounded half away from zero to one decimal,
    // so a reason never reads "6.0 is below 6.0"; the comparison stays integer.
    static StageSuggestion suggest(const std::optional<Ratio> &compositeTenths,
        std::optional<Certification> certification, const CapabilityRules &rules);
};

} // namespace cs
