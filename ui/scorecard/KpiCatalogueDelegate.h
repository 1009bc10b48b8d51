// Editors for the KPI catalogue table: a combo box over the values a choice cell
// allows (a source's measures only), a 0–100 spin box for weights, text elsewhere.
#pragma once

#include <QStyledItemDelegate>

namespace cs {

class KpiCatalogueDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace cs
