// What the capability model reads from a workbook: each partner with its assessments
// and quarterly results up to a date, loaded with three set-based queries.
#pragma once

#include "capability/Assessment.h"
#include "capability/Dimension.h"
#include "capability/WatchEntry.h"
#include "domain/Partner.h"
#include "domain/Quarter.h"
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace cs {

class Workbook;

// An assessment as the model uses it: the effective scores (see Assessment.h).
struct AssessmentRecord {
    qint64 id = 0;
    QDate date;
    PerDimension<int> tenths {}; // 8.7 → 87
    PerDimension<ScoreSource> source {};
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
    QString mentor;
    QList<AssessmentRecord> assessments; // oldest first, none after the as-of date
    QList<ResultRecord> results; // oldest first, only quarters ended by the as-of date
    QList<WatchClearance> clearances; // oldest first
};

class CapabilityInputs {
public:
    // Every partner by code, with assessments dated on or before asOf and results of
    // quarters whose last day is on or before asOf (a quarter still running is not judged).
    // Scores left to sub-indicators are derived with the scales given. With
    // `onlyPartner`, that partner alone (a detail view's history).
    static QList<PartnerInputs> load(Workbook &workbook, QDate asOf,
        const PerSubIndicator<SubIndicatorScale> &scales, qint64 onlyPartner = 0);

    // A watch_clearances row read with clearanceColumns(), in that order.
    static WatchClearance clearanceFromRow(const QSqlQuery &query);
    static QString clearanceColumns();

    // The latest quarter that has ended on or before `asOf`.
    static Quarter lastClosedQuarter(QDate asOf);

    // One partner's assessments, oldest first, whatever their date: the full history a
    // detail view lists, without loading every partner as load() does. Scores are
    // derived with `scales`, the caller's rules (defaults when not given).
    static QList<AssessmentRecord> history(Workbook &workbook, qint64 partnerId,
        const PerSubIndicator<SubIndicatorScale> &scales = defaultSubIndicatorScales());
};

} // namespace cs
