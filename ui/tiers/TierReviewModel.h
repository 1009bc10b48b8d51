// A tier review as a table: one row per partner with its current tier, score, the
// tier the criteria give and the one proposed (▲ promotion, ▼ demotion, ✓ already
// confirmed), the protection rule that held it and the reason.
#pragma once

#include "tier/TierReview.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cs {

class TierReviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Region,
        CurrentTier,
        Score,
        CriteriaTier,
        ProposedTier,
        HeldBy,
        Reason,
        ColumnCount
    };
    enum Role {
        // A qint64 that orders the column exactly (tier rank, hold), or a QString; null
        // when the cell is empty. The score is ordered by its exact fraction instead.
        SortRole = Qt::UserRole + 1,
        IdRole,
    };

    // The review in numbers: the proposals still to decide by kind, and the rest.
    struct Counts {
        int proposals = 0;
        int promotions = 0;
        int demotions = 0;
        int firstTiers = 0; // partners without a tier that get one
        int held = 0; // undecided evaluations a protection rule changed
        int confirmed = 0; // changes already confirmed in this review or a later one
    };

    explicit TierReviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // When the same partners come back in the same order the rows stay
    // (dataChanged), so the view keeps its selection and scroll.
    void setEvaluations(const QList<TierEvaluation> &evaluations);
    const QList<TierEvaluation> &evaluations() const { return m_evaluations; }
    const TierEvaluation &evaluationAt(int row) const { return m_evaluations.at(row); }
    int rowOf(qint64 partnerId) const { return m_rowById.value(partnerId, -1); }
    Counts counts() const { return m_counts; }

    // "Gold ▲" for a promotion, "Silver ▼" for a demotion, "Gold ✓" for a change
    // already confirmed (its tier), the tier alone otherwise.
    static QString proposedText(const TierEvaluation &evaluation);
    // "No tier" when the partner has none yet.
    static QString tierText(const std::optional<Tier> &tier);

private:
    QList<TierEvaluation> m_evaluations;
    QHash<qint64, int> m_rowById;
    Counts m_counts;
};

} // namespace cs
