// The first rows of a sheet as a table, each column headed by the field it is
// mapped to, with the rows the check found problems in highlighted.
#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportKind.h"
#include "import/Importer.h"
#include "import/SheetRow.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cs {

class SheetPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit SheetPreviewModel(QObject *parent = nullptr);

    void setRows(QList<SheetRow> rows);
    // Changes the column headings only: the rows stay.
    void setMapping(ImportKind kind, const ColumnMapping &mapping);
    void setProblems(const QList<ImportProblem> &problems);

    // The table row showing the sheet's row `sheetRow` (as Excel numbers it), or -1.
    int rowOf(int sheetRow) const;
    bool rowHasErrors(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString fieldOf(int column) const; // the mapped field's label; empty when ignored
    QString problemText(const QList<ImportProblem> &problems) const;

    QList<SheetRow> m_rows;
    int m_columns = 0;
    ImportKind m_kind = ImportKind::Partners;
    ColumnMapping m_mapping;
    QHash<int, int> m_fieldColumn; // column → index of its field in ImportKinds::fields
    QHash<int, QList<ImportProblem>> m_problems; // by sheet row
};

} // namespace cs
