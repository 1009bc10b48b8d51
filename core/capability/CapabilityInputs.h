// What the capability model reads from a workbook: each partner with its assessments
// and quarterly results up to a date, loaded with three set-based queries.
#pragma once

#include "capability/Dimension.h"
#include "domain/Partner.h"
#include "domain/Quarter.h"
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cs {

class Workbook;

struct AssessmentRecord {
    QDate date;
    PerDimension<int> tenths {}; // 8.7 → 87
};

struct ResultRecord {
    Quarter quarter;
    Money target;
    Money actual;
};

struct PartnerInputs {
    qint64 id = 0;
    QString code;
    QString name;
    std::optional<Certification> certification;
    PartnerStatus status = PartnerStatus::Active;
    QList<AssessmentRecord> assessments; // oldest first, none after the as-of date
    QList<ResultRecord> results; // oldest first, only quarters ended by the as-of date
};

class CapabilityInputs {
public:
    // Every partner by code, with assessments dated on or before asOf and results of
    // quarters whose last day is on or before asOf (a quarter still running is not judged).
    static QList<PartnerInputs> load(Workbook &workbook, QDate asOf);

    // The latest quarter that has ended on or before `asOf`.
    static Quarter lastClosedQuarter(QDate asOf);
};

} // namespace cs
