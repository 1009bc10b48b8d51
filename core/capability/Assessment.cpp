#include "capability/Assessment.h"

#include "capability/Tenths.h"

namespace cs {

QStringList Assessments::validate(const Assessment &a)
{
    QStringList errors;
    if (!a.date.isValid())
        errors.append(tr("The assessment needs a date."));
    for (const Dimension d : allDimensions) {
        const auto &score = a.entered[int(d)];
        if (score && (*score < 0 || *score > 100))
            errors.append(tr("The score for %1 must be from 0.0 to 10.0.").arg(labelOf(d)));
        bool measured = false;
        for (const SubIndicator s : allSubIndicators)
            measured = measured || (dimensionOf(s) == d && a.subIndicators[int(s)]);
        if (!score && !measured)
            errors.append(tr("%1 needs a score or at least one of its sub-indicators.").arg(labelOf(d)));
    }
    for (const SubIndicator s : allSubIndicators) {
        const auto &value = a.subIndicators[int(s)];
        if (!value)
            continue;
        const auto top = maximumOf(s);
        if (*value < 0 || (top && *value > *top))
            errors.append(top ? tr("%1 must be from 0 to %2.").arg(labelOf(s), formatSubIndicator(s, *top))
                              : tr("%1 cannot be negative.").arg(labelOf(s)));
    }
    return errors;
}

EffectiveScores Assessments::effective(const Assessment &a, const PerSubIndicator<SubIndicatorScale> &scales)
{
    EffectiveScores scores;
    for (const Dimension d : allDimensions) {
        if (const auto &score = a.entered[int(d)]) {
            scores.tenths[int(d)] = *score;
            scores.source[int(d)] = ScoreSource::Entered;
        } else {
            scores.tenths[int(d)] = SubIndicatorScores::derive(d, a.subIndicators, scales).value_or(0);
            scores.source[int(d)] = ScoreSource::Derived;
        }
    }
    return scores;
}

} // namespace cs
