// The KPIs of the catalogue editor as a table: names, code, family, weight, source,
// measure, unit, direction, default target (typed in the KPI's unit) and the new
// product line. Keeps each KPI consistent while it is edited: a source offers only
// its measures, and a measure with a unit of its own sets it.
#pragma once

#include "scorecard/Kpi.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <utility>

namespace cs {

class KpiCatalogueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameZhColumn,
        NameEnColumn,
        CodeColumn,
        FamilyColumn,
        WeightColumn,
        SourceColumn,
        MeasureColumn,
        UnitColumn,
        DirectionColumn,
        TargetColumn,
        ProductLineColumn,
        ColumnCount
    };

    explicit KpiCatalogueModel(QObject *parent = nullptr);

    // The KPIs as saved: their codes are fixed, since entered values are kept by code.
    void setKpis(const QList<KpiDefinition> &kpis);
    // As edited; a target cell that does not read keeps the target it had.
    QList<KpiDefinition> kpis() const;
    // Appends a KPI entered per partner, in the family, with a code of its own
    // that follows its English name until a code is typed. Returns its row.
    int addEnteredKpi(KpiFamily family);
    void removeKpi(int row);

    // One sentence per target cell that does not read in its KPI's unit.
    QStringList unreadableCells() const;
    // The sum of the KPI weights of a family, and how many KPIs it has.
    qint64 weightSum(KpiFamily family) const;
    int kpiCount(KpiFamily family) const;

    // The measures a source can give: a results KPI cannot read the ledger.
    static QList<KpiMeasure> measuresFor(KpiSource source);
    // The items a choice column's editor offers for this cell (label, value); empty
    // for the columns that are typed.
    QList<std::pair<QString, int>> choicesAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // After any edit, addition or removal: the dialog checks the catalogue again.
    void edited();

private:
    struct Row {
        KpiDefinition kpi;
        bool fresh = false; // added in this editor and never saved: the code may change
        bool codeTyped = false; // the user chose the code: the name no longer sets it
        QString badTarget; // typed target text that does not read; empty when it does
        QString targetError;
    };

    bool isEditable(const Row &row, int column) const;
    QString displayText(const Row &row, int column) const;
    QString uniqueCode(const QString &base, int exceptRow) const;
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace cs
