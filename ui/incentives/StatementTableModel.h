// A quarter's statements as a table: one row per partner with target, sales,
// achievement, the band's rate, each component's amount, the total and exceptions.
#pragma once

#include "incentive/StatementLine.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace cs {

class StatementTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Tier,
        Target,
        Sales,
        AchievementPercent,
        BandRate,
        Achievement,
        Growth,
        Special,
        NewCustomers,
        CashDiscount,
        CoFunding,
        Penalties,
        Adjustments,
        Total,
        Exception,
        ColumnCount
    };
    enum Role {
        // A qint64 that orders the column exactly (fen, basis points, rank), or a QString;
        // null when the cell is empty. Achievement is ordered by its fraction instead.
        SortRole = Qt::UserRole + 1,
        IdRole,
    };

    explicit StatementTableModel(QObject *parent = nullptr);

    // The money columns (target, sales, each component, total), as the totals line sums them.
    static bool isAmountColumn(int column)
    {
        return column >= Target && column <= Total && column != AchievementPercent && column != BandRate;
    }
    // Sales over target, exact; none without a positive target.
    static std::optional<std::pair<Int128, Int128>> achievementOf(const PartnerStatement &statement);
    // The component an amount column shows; none for target, sales and total.
    static std::optional<Component> componentOf(int column);
    // A column's amount for a statement (target and sales: zero when unknown).
    static Money amountIn(const PartnerStatement &statement, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Prepares every cell once. When the same partners come back in the same order
    // the rows stay (dataChanged), so the view keeps its selection and scroll.
    void setStatements(const QList<PartnerStatement> &statements);
    const QList<PartnerStatement> &statements() const { return m_statements; }
    const PartnerStatement &statementAt(int row) const { return m_statements.at(row); }
    int rowOf(qint64 partnerId) const { return m_rowById.value(partnerId, -1); }
    int exceptionCount() const { return m_exceptionCount; }

private:
    struct Cells {
        QString text[ColumnCount];
        std::optional<qint64> sortKey[ColumnCount];
    };
    Cells prepare(const PartnerStatement &s) const;

    QList<PartnerStatement> m_statements;
    QList<Cells> m_cells;
    QHash<qint64, int> m_rowById;
    int m_exceptionCount = 0;
};

} // namespace cs
