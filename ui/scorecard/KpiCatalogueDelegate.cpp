#include "scorecard/KpiCatalogueDelegate.h"

#include "scorecard/KpiCatalogueModel.h"

#include <QComboBox>
#include <QSpinBox>

namespace cs {

namespace {

const KpiCatalogueModel *catalogueModel(const QModelIndex &index)
{
    return qobject_cast<const KpiCatalogueModel *>(index.model());
}

} // namespace

QWidget *KpiCatalogueDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const KpiCatalogueModel *model = catalogueModel(index);
    if (model && index.column() == KpiCatalogueModel::WeightColumn) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 100);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return spin;
    }
    const QList<std::pair<QString, int>> choices = model ? model->choicesAt(index) : decltype(choices) {};
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    for (const auto &[label, value] : choices)
        combo->addItem(label, value);
    // A choice is made by picking it: commit then, not only when focus leaves.
    auto *self = const_cast<KpiCatalogueDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void KpiCatalogueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void KpiCatalogueDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace cs
