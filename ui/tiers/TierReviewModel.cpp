#include "tiers/TierReviewModel.h"

#include <QColor>
#include <QFont>

namespace cs {

namespace {

const QColor promotionText(30, 110, 45);
const QColor demotionText(170, 30, 25);
const QColor heldText(140, 95, 0);
const QColor unchangedText(119, 119, 119);

int rankOf(const std::optional<Tier> &tier)
{
    // No tier yet sorts below Bronze: it is the least a partner can have.
    return tier ? int(*tier) : int(Tier::Bronze) + 1;
}

} // namespace

TierReviewModel::TierReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TierReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_evaluations.size());
}

int TierReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TierReviewModel::tierText(const std::optional<Tier> &tier)
{
    return tier ? labelOf(*tier) : tr("No tier");
}

QString TierReviewModel::proposedText(const TierEvaluation &e)
{
    if (const std::optional<TierChange> &c = e.inputs.confirmedChange)
        return labelOf(c->toTier) + QStringLiteral(" ✓");
    if (e.isPromotion())
        return labelOf(e.proposedTier) + QStringLiteral(" ▲");
    if (e.isDemotion())
        return labelOf(e.proposedTier) + QStringLiteral(" ▼");
    return labelOf(e.proposedTier);
}

void TierReviewModel::setEvaluations(const QList<TierEvaluation> &evaluations)
{
    bool sameRows = evaluations.size() == m_evaluations.size();
    for (qsizetype i = 0; sameRows && i < evaluations.size(); ++i)
        sameRows = evaluations[i].inputs.partnerId == m_evaluations[i].inputs.partnerId;
    if (!sameRows)
        beginResetModel();
    m_evaluations = evaluations;
    m_rowById.clear();
    m_counts = {};
    for (int row = 0; row < m_evaluations.size(); ++row) {
        const TierEvaluation &e = m_evaluations[row];
        m_rowById.insert(e.inputs.partnerId, row);
        m_counts.confirmed += e.isConfirmed() ? 1 : 0;
        if (!e.isChange()) {
            m_counts.held += !e.isConfirmed() && e.heldBy != TierHold::None ? 1 : 0;
            continue;
        }
        ++m_counts.proposals;
        m_counts.promotions += e.isPromotion() ? 1 : 0;
        m_counts.demotions += e.isDemotion() ? 1 : 0;
        m_counts.firstTiers += e.currentTier() ? 0 : 1;
        m_counts.held += e.heldBy != TierHold::None ? 1 : 0;
    }
    if (!sameRows)
        endResetModel();
    else if (!m_evaluations.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant TierReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_evaluations.size())
        return {};
    const TierEvaluation &e = m_evaluations[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return e.inputs.code;
        case Name:
            return e.inputs.name;
        case Region:
            return e.inputs.region;
        case CurrentTier:
            return tierText(e.currentTier());
        case Score:
            return TierReview::formatScore(e.score);
        case CriteriaTier:
            return labelOf(e.criteriaTier);
        case ProposedTier:
            return proposedText(e);
        case HeldBy:
            return TierReview::holdText(e.heldBy);
        case Reason:
            return e.reason;
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case Code:
        case Name:
        case Region:
        case Reason:
            return data(index, Qt::DisplayRole);
        case CurrentTier:
            return qint64(rankOf(e.currentTier()));
        case CriteriaTier:
            return qint64(int(e.criteriaTier));
        case ProposedTier:
            return qint64(int(e.isConfirmed() ? e.inputs.confirmedChange->toTier : e.proposedTier));
        case HeldBy:
            return e.heldBy == TierHold::None ? QVariant() : QVariant(qint64(int(e.heldBy)));
        default:
            return {};
        }
    case IdRole:
        return e.inputs.partnerId;
    case Qt::TextAlignmentRole:
        if (column == Score)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == ProposedTier) {
            if (e.isConfirmed())
                return unchangedText;
            if (e.isPromotion())
                return promotionText;
            if (e.isDemotion())
                return demotionText;
            return e.isChange() ? QVariant() : QVariant(unchangedText);
        }
        if (column == HeldBy)
            return heldText;
        return {};
    case Qt::FontRole:
        if (column == ProposedTier && e.isChange()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Reason || column == ProposedTier || column == HeldBy)
            return e.reason;
        if (column == CriteriaTier)
            return e.progress.text;
        return {};
    default:
        return {};
    }
}

QVariant TierReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CurrentTier:
            return tr("The tier in effect in the review period: the partner keeps it unless this review "
                      "changes it");
        case CriteriaTier:
            return tr("The best tier whose score threshold and minimums the partner meets");
        case ProposedTier:
            return tr("The criteria's tier after the protection rules: ▲ promotion, ▼ demotion, ✓ already "
                      "confirmed");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Partner");
    case Region:
        return tr("Region");
    case CurrentTier:
        return tr("Current tier");
    case Score:
        return tr("Score");
    case CriteriaTier:
        return tr("Criteria tier");
    case ProposedTier:
        return tr("Proposed");
    case HeldBy:
        return tr("Held by");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace cs
