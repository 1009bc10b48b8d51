#include "incentives/StatementTableModel.h"

#include "incentive/Percent.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace cs {

namespace {

// Soft enough that the figures on it stay the most legible thing in the row.
const QColor exceptionBackground(255, 243, 214);
const QColor negativeText(170, 30, 25);

} // namespace

StatementTableModel::StatementTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

std::optional<Component> StatementTableModel::componentOf(int column)
{
    switch (column) {
    case Achievement:
        return Component::Achievement;
    case Growth:
        return Component::Growth;
    case Special:
        return Component::Special;
    case NewCustomers:
        return Component::NewCustomers;
    case CashDiscount:
        return Component::CashDiscount;
    case CoFunding:
        return Component::CoFunding;
    case Penalties:
        return Component::Penalty;
    case Adjustments:
        return Component::Adjustment;
    default:
        return std::nullopt;
    }
}

Money StatementTableModel::amountIn(const PartnerStatement &s, int column)
{
    if (column == Target)
        return s.target.value_or(Money());
    if (column == Sales)
        return s.sales.value_or(Money());
    if (column == Total)
        return s.total();
    const std::optional<Component> component = componentOf(column);
    return component ? s.amountOf(*component) : Money();
}

std::optional<std::pair<Int128, Int128>> StatementTableModel::achievementOf(const PartnerStatement &s)
{
    if (!s.target || !s.sales || s.target->fen() <= 0)
        return std::nullopt;
    return std::pair<Int128, Int128>(s.sales->fen(), s.target->fen());
}

int StatementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statements.size());
}

int StatementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void StatementTableModel::setStatements(const QList<PartnerStatement> &statements)
{
    bool sameRows = statements.size() == m_statements.size();
    for (qsizetype i = 0; sameRows && i < statements.size(); ++i)
        sameRows = statements[i].partnerId == m_statements[i].partnerId;
    if (!sameRows)
        beginResetModel();
    m_statements = statements;
    m_cells.clear();
    m_cells.reserve(m_statements.size());
    m_rowById.clear();
    m_exceptionCount = 0;
    for (int row = 0; row < m_statements.size(); ++row) {
        m_cells.append(prepare(m_statements[row]));
        m_rowById.insert(m_statements[row].partnerId, row);
        m_exceptionCount += m_statements[row].isException() ? 1 : 0;
    }
    if (!sameRows)
        endResetModel();
    else if (!m_statements.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

StatementTableModel::Cells StatementTableModel::prepare(const PartnerStatement &s) const
{
    Cells c;
    c.text[Code] = s.code;
    c.text[Name] = s.name;
    if (s.tier) {
        c.text[Tier] = labelOf(*s.tier);
        c.sortKey[Tier] = int(*s.tier);
    }
    for (int column = Target; column <= Total; ++column) {
        if (!isAmountColumn(column))
            continue;
        if ((column == Target && !s.target) || (column == Sales && !s.sales))
            continue;
        const Money amount = amountIn(s, column);
        c.text[column] = amount.toString();
        c.sortKey[column] = amount.fen();
    }
    if (const auto ratio = achievementOf(s))
        c.text[AchievementPercent] = formatRatioPercent(ratio->first, ratio->second);
    if (const StatementLine *line = s.achievementLine()) {
        const qint64 rate = line->band ? line->band->rateBp : 0;
        c.text[BandRate] = formatRateBp(rate);
        c.sortKey[BandRate] = rate;
    }
    if (s.isException()) {
        QStringList labels;
        for (const StatementException e : s.exceptions)
            labels.append(labelOf(e));
        c.text[Exception] = labels.join(QStringLiteral("; "));
        c.sortKey[Exception] = int(s.exceptions.front()) + 1;
    }
    return c;
}

QVariant StatementTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_statements.size())
        return {};
    const PartnerStatement &s = m_statements[index.row()];
    const Cells &c = m_cells[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return c.text[column];
    case SortRole:
        if (c.sortKey[column])
            return *c.sortKey[column];
        if (column == Code || column == Name)
            return c.text[column];
        return {};
    case IdRole:
        return s.partnerId;
    case Qt::TextAlignmentRole:
        if (column >= Target && column <= Total)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (column == Code && s.isException())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole:
        return s.isException() ? QVariant(exceptionBackground) : QVariant();
    case Qt::ForegroundRole:
        if (c.sortKey[column] && isAmountColumn(column) && *c.sortKey[column] < 0)
            return negativeText;
        return {};
    case Qt::ToolTipRole:
        if (s.isException() && (column == Code || column == Exception)) {
            QStringList reasons;
            for (const StatementException e : s.exceptions)
                reasons.append(explainException(e));
            return reasons.join(QLatin1Char('\n'));
        }
        if (column == AchievementPercent || column == BandRate || column == Achievement)
            if (const StatementLine *line = s.achievementLine())
                return explainLine(*line);
        return {};
    default:
        return {};
    }
}

QVariant StatementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= Target && section <= Total)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Partner");
    case Tier:
        return tr("Tier");
    case Target:
        return tr("Target");
    case Sales:
        return tr("Sales");
    case AchievementPercent:
        return tr("Achieved");
    case BandRate:
        return tr("Band rate");
    case Achievement:
        return tr("Achievement");
    case Growth:
        return tr("Growth");
    case Special:
        return tr("Special");
    case NewCustomers:
        return tr("New customers");
    case CashDiscount:
        return tr("Cash discount");
    case CoFunding:
        return tr("Co-funding");
    case Penalties:
        return tr("Penalties");
    case Adjustments:
        return tr("Adjustments");
    case Total:
        return tr("Total");
    case Exception:
        return tr("Exception");
    default:
        return {};
    }
}

} // namespace cs
