#include "import/SheetPreviewModel.h"

#include "import/ImportColours.h"

#include <QFont>

namespace cs {

SheetPreviewModel::SheetPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SheetPreviewModel::setRows(QList<SheetRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_columns = int(m_mapping.headers.size());
    for (const SheetRow &row : std::as_const(m_rows))
        m_columns = std::max(m_columns, int(row.cells.size()));
    endResetModel();
}

void SheetPreviewModel::setMapping(ImportKind kind, const ColumnMapping &mapping)
{
    m_kind = kind;
    m_mapping = mapping;
    m_fieldColumn.clear();
    const QList<FieldSpec> &fields = ImportKinds::fields(kind);
    for (int f = 0; f < fields.size(); ++f)
        if (const auto it = mapping.columnOf.constFind(QString::fromLatin1(fields[f].key));
            it != mapping.columnOf.cend())
            m_fieldColumn.insert(it.value(), f);
    const int columns = std::max(m_columns, int(mapping.headers.size()));
    if (columns != m_columns) {
        // More headers than cells in the rows read: a wider table.
        setRows(m_rows);
        return;
    }
    if (m_columns > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), { Qt::ForegroundRole });
    }
}

void SheetPreviewModel::setProblems(const QList<ImportProblem> &problems)
{
    m_problems.clear();
    for (const ImportProblem &problem : problems)
        m_problems[problem.row].append(problem);
    if (!m_rows.isEmpty() && m_columns > 0)
        emit dataChanged(
            index(0, 0), index(rowCount() - 1, m_columns - 1), { Qt::BackgroundRole, Qt::ToolTipRole });
    if (!m_rows.isEmpty())
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

int SheetPreviewModel::rowOf(int sheetRow) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].row == sheetRow)
            return r;
    return -1;
}

bool SheetPreviewModel::rowHasErrors(int row) const
{
    const QList<ImportProblem> problems = m_problems.value(m_rows.value(row).row);
    return std::any_of(problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return !p.note; });
}

int SheetPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SheetPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString SheetPreviewModel::fieldOf(int column) const
{
    const auto it = m_fieldColumn.constFind(column);
    return it == m_fieldColumn.cend() ? QString() : ImportKinds::fieldLabel(ImportKinds::fields(m_kind)[*it]);
}

QString SheetPreviewModel::problemText(const QList<ImportProblem> &problems) const
{
    QStringList lines;
    for (const ImportProblem &p : problems) {
        const QString where = p.column >= 0 ? columnLetters(p.column) + QStringLiteral(": ") : QString();
        lines.append(p.note ? tr("Note: %1").arg(where + p.reason) : where + p.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant SheetPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SheetRow &row = m_rows[index.row()];
    const SheetCell cell = row.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (cell.kind == SheetCell::Kind::Date)
            return cell.date.toString(Qt::ISODate);
        return cell.kind == SheetCell::Kind::Empty ? QString() : cell.text;
    case Qt::ForegroundRole:
        if (!m_fieldColumn.contains(index.column()))
            return ImportColours::ignoredText();
        return {};
    case Qt::BackgroundRole: {
        const auto it = m_problems.constFind(row.row);
        if (it == m_problems.cend())
            return {};
        bool rowError = false;
        for (const ImportProblem &p : *it) {
            if (!p.note && p.column == index.column())
                return ImportColours::errorCell();
            rowError = rowError || !p.note;
        }
        return rowError ? ImportColours::errorRow() : ImportColours::noteRow();
    }
    case Qt::ToolTipRole: {
        const auto it = m_problems.constFind(row.row);
        return it == m_problems.cend() ? QVariant() : QVariant(problemText(*it));
    }
    default:
        return {};
    }
}

QVariant SheetPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const int sheetRow = m_rows[section].row;
        if (role == Qt::DisplayRole)
            return QString::number(sheetRow);
        if (role == Qt::ToolTipRole)
            return m_problems.contains(sheetRow) ? problemText(m_problems.value(sheetRow)) : QVariant();
        if (role == Qt::BackgroundRole && m_problems.contains(sheetRow))
            return rowHasErrors(section) ? ImportColours::errorCell() : ImportColours::noteRow();
        return {};
    }
    const QString header = m_mapping.headers.value(section);
    const QString column = header.isEmpty()
        ? columnLetters(section)
        : tr("%1 · %2", "column letter · header").arg(columnLetters(section), header);
    const QString field = fieldOf(section);
    switch (role) {
    case Qt::DisplayRole:
        return QString((field.isEmpty() ? tr("(ignored)") : field) + QLatin1Char('\n') + column);
    case Qt::ToolTipRole:
        return field.isEmpty() ? tr("Column %1 is not imported.").arg(column)
                               : tr("Column %1 is imported as “%2”.").arg(column, field);
    case Qt::FontRole:
        if (!field.isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return field.isEmpty() ? ImportColours::ignoredText() : QVariant();
    default:
        return {};
    }
}

} // namespace cs
