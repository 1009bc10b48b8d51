// A one-row table under the statement table that keeps its columns aligned with it
// (widths, order, scrolling): the sums of the visible rows, column by column.
#pragma once

#include <QTableView>

class QStandardItemModel;

namespace cs {

class StatementTotalsRow : public QTableView {
    Q_OBJECT

public:
    // Follows `table`'s horizontal header and scroll bar from now on.
    StatementTotalsRow(QTableView *table, QWidget *parent = nullptr);

    // One text per column of the table; `rightAligned` columns hold figures.
    void setCells(const QStringList &cells, const QList<int> &rightAligned);
    QString cell(int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void copyWidths();

    QTableView *m_table;
    QStandardItemModel *m_model;
};

} // namespace cs
