// One capability assessment as the assessor gave it: scores entered directly,
// sub-indicators measured, or both, with who assessed and a note. The scores the
// model uses come from effectiveScores(): an entered score always wins over one
// derived from sub-indicators.
#pragma once

#include "capability/Dimension.h"
#include "capability/SubIndicators.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

struct Assessment {
    qint64 id = 0; // 0 until stored
    qint64 partnerId = 0;
    QDate date;
    PerDimension<std::optional<int>> entered {}; // tenths, as typed or imported
    SubIndicatorValues subIndicators {};
    QString assessor;
    QString note;
    QDateTime updatedAt; // UTC, kept by the repository

    bool operator==(const Assessment &) const = default;
};

enum class ScoreSource { Entered, Derived };

struct EffectiveScores {
    PerDimension<int> tenths {};
    PerDimension<ScoreSource> source {};
};

class Assessments {
    Q_DECLARE_TR_FUNCTIONS(cs::Assessments)

public:
    // Every reason the assessment cannot be stored, as sentences: no date, a score
    // outside 0–10, a sub-indicator outside its range, a dimension with neither a
    // score nor one of its sub-indicators.
    static QStringList validate(const Assessment &assessment);

    // The scores the model uses. A dimension with neither an entered score nor a
    // sub-indicator (which validate() refuses) counts as 0.
    static EffectiveScores effective(
        const Assessment &assessment, const PerSubIndicator<SubIndicatorScale> &scales);
};

} // namespace cs
