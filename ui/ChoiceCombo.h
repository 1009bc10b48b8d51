// Combo boxes over a closed value set (tier, type, ...): items carry the value,
// an optional first item stands for "none" or "all".
#pragma once

#include "domain/Choice.h"

#include <QComboBox>

#include <optional>

namespace cs {

// `noneLabel` empty: every item is a value. Otherwise a first item with that label means "no value".
template<typename E> QComboBox *makeChoiceCombo(const QString &noneLabel, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (!noneLabel.isEmpty())
        combo->addItem(noneLabel, QVariant());
    for (E value : allOf<E>())
        combo->addItem(labelOf(value), int(value));
    return combo;
}

template<typename E> std::optional<E> choiceOf(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<E>(E(data.toInt())) : std::nullopt;
}

template<typename E> void selectChoice(QComboBox *combo, const std::optional<E> &value)
{
    combo->setCurrentIndex(value ? combo->findData(int(*value)) : 0);
}

} // namespace cs
