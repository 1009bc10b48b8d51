#include "capability/StageSuggestion.h"

#include "capability/Tenths.h"

namespace cs {

StageSuggestion StageSuggestion::suggest(const std::optional<Ratio> &compositeTenths,
    std::optional<Certification> certification, const CapabilityRules &rules)
{
    if (!compositeTenths)
        return { std::nullopt, tr("Not assessed yet, so no stage is suggested.") };
    const qint64 composite = roundHalfAway(*compositeTenths);
    const QString shown = formatTenths(composite);
    const QString growthFrom = formatTenths(rules.growthFromTenths);
    const QString expertFrom = formatTenths(rules.expertFromTenths);
    if (composite >= rules.expertFromTenths) {
        // Certification levels are declared in rank order: basic < advanced < expert.
        if (certification && *certification >= rules.expertCertification)
            return { Stage::Expert,
                tr("Composite %1 reaches %2 and the certification is %3.")
                    .arg(shown, expertFrom, labelOf(*certification)) };
        const QString held = certification ? labelOf(*certification) : tr("none");
        return { Stage::Growth,
            tr("Composite %1 reaches %2, but the certification (%3) is below %4, which the expert stage "
               "needs.")
                .arg(shown, expertFrom, held, labelOf(rules.expertCertification)) };
    }
    if (composite >= rules.growthFromTenths)
        return { Stage::Growth,
            tr("Composite %1 is at least %2 and below %3.").arg(shown, growthFrom, expertFrom) };
    return { Stage::Entry, tr("Composite %1 is below %2.").arg(shown, growthFrom) };
}

} // namespace cs
