#include "import/ImportReportModel.h"

#include "import/ImportColours.h"
#include "import/SheetRow.h"

#include <QFont>

namespace cs {

ImportReportModel::ImportReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportReportModel::setProblems(const QList<ImportProblem> &problems)
{
    m_all = problems;
    // A few errors must not drown among many notes.
    std::stable_partition(m_all.begin(), m_all.end(), [](const ImportProblem &p) { return !p.note; });
    select();
}

void ImportReportModel::setShowNotes(bool show)
{
    m_showNotes = show;
    select();
}

void ImportReportModel::select()
{
    beginResetModel();
    m_problems.clear();
    for (const ImportProblem &problem : std::as_const(m_all))
        if (m_showNotes || !problem.note)
            m_problems.append(problem);
    endResetModel();
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReportModel::display(const ImportProblem &problem, int column) const
{
    switch (column) {
    case RowColumn:
        return problem.row > 0 ? QString::number(problem.row) : QString();
    case CellColumn:
        if (problem.column < 0)
            return tr("(whole row)");
        return problem.header.isEmpty()
            ? columnLetters(problem.column)
            : tr("%1 · %2", "column letter · header").arg(columnLetters(problem.column), problem.header);
    case ValueColumn:
        return problem.value;
    case ReasonColumn:
        return problem.note ? tr("Note: %1").arg(problem.reason) : problem.reason;
    default:
        return {};
    }
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const ImportProblem &problem = m_problems[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(problem, index.column());
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn || index.column() == ValueColumn
            ? display(problem, index.column())
            : QVariant();
    case Qt::BackgroundRole:
        return problem.note ? QVariant() : QVariant(ImportColours::errorRow());
    case Qt::ForegroundRole:
        return problem.note ? QVariant(ImportColours::noteText()) : QVariant();
    case Qt::FontRole:
        if (problem.note) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SheetRowRole:
        return problem.row;
    default:
        return {};
    }
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case CellColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace cs
