// The problems an import check found, one per line: the row and column as
// Excel shows them, the value as typed, and why. Notes are listed apart from errors.
#pragma once

#include "import/Importer.h"

#include <QAbstractTableModel>

namespace cs {

class ImportReportModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RowColumn, CellColumn, ValueColumn, ReasonColumn, ColumnCount };
    enum Role { SheetRowRole = Qt::UserRole + 1 };

    explicit ImportReportModel(QObject *parent = nullptr);

    // Errors are listed first, then notes, each in file order.
    void setProblems(const QList<ImportProblem> &problems);
    void setShowNotes(bool show);
    const ImportProblem &problemAt(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ImportProblem &problem, int column) const;
    void select();

    QList<ImportProblem> m_all;
    QList<ImportProblem> m_problems; // as listed
    bool m_showNotes = true;
};

} // namespace cs
