// Reads and writes capability assessments one at a time, for the assessment
// editor and its undo. Every write is its own committed transaction; failures
// throw StorageError with a message for the user.
#pragma once

#include "capability/Assessment.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cs {

class Workbook;

class AssessmentRepository {
    Q_DECLARE_TR_FUNCTIONS(cs::AssessmentRepository)

public:
    explicit AssessmentRepository(Workbook &workbook);

    QList<Assessment> forPartner(qint64 partnerId) const; // oldest first
    std::optional<Assessment> byId(qint64 id) const;

    // Stores a new assessment; returns it with id and updatedAt set. Refuses one
    // that Assessments::validate() rejects or whose partner already has one that day.
    Assessment insert(Assessment assessment);
    Assessment update(Assessment assessment);
    void remove(qint64 id);
    // Writes the assessment exactly as given (id and time), whether it was removed
    // or edited since: undo and redo of edits, which must not touch the time.
    void restore(const Assessment &assessment);

private:
    void check(const Assessment &assessment) const;
    QSqlDatabase &m_db;
};

} // namespace cs
