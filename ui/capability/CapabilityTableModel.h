// The channel's capability model as a table: one row per partner with its latest
// scores, composite, gap to the benchmark, suggested stage and watch-list reasons.
#pragma once

#include "capability/CapabilityModel.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace cs {

class CapabilityTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Assessed,
        ProductScore,
        SalesScore,
        ServiceScore,
        Composite,
        ProductGap,
        SalesGap,
        ServiceGap,
        SuggestedStage,
        Watch,
        ColumnCount
    };
    enum Role {
        // A qint64 that orders the column exactly, or a QString; null when the cell
        // is empty (the filter model sorts those last in either direction).
        SortRole = Qt::UserRole + 1,
        IdRole,
    };

    explicit CapabilityTableModel(QObject *parent = nullptr);

    static Column scoreColumn(Dimension d) { return Column(ProductScore + int(d)); }
    static Column gapColumn(Dimension d) { return Column(ProductGap + int(d)); }
    // "Sales" for Sales execution: where a column or a cell has no room for the full label.
    static QString shortLabel(Dimension d);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Takes a copy of the partners (implicitly shared, so cheap) and prepares every
    // cell once: data() only looks things up. When the same partners come back in the
    // same order the rows stay (dataChanged), so views keep their selection and scroll.
    void setOverview(const CapabilityOverview &overview);

    const PartnerCapability &partnerAt(int row) const { return m_partners.at(row); }
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    int watchCount() const { return m_watchCount; }

private:
    struct Cells {
        QString text[ColumnCount];
        std::optional<qint64> sortKey[ColumnCount]; // for the numeric columns
        QString watchTooltip;
    };

    Cells prepare(const PartnerCapability &p) const;
    QVariant background(const PartnerCapability &p, int column) const;
    QVariant foreground(const PartnerCapability &p, int column) const;
    QString scoreTooltip(const PartnerCapability &p, Dimension d) const;

    QList<PartnerCapability> m_partners;
    QList<Cells> m_cells;
    QHash<qint64, int> m_rowById;
    int m_weakBelowTenths = 50;
    // Composites and gaps are exact fractions; a column's values are kept as numerators
    // over one common denominator per column so qint64 comparison orders them exactly.
    qint64 m_compositeScale = 1;
    PerDimension<qint64> m_gapScale { 1, 1, 1 };
    std::optional<ScoreAverages> m_benchmark;
    int m_watchCount = 0;
};

} // namespace cs
