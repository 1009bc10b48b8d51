// Amounts in headlines and chart axes: 万 / 亿 in a Chinese UI (DOMAIN.md), the exact
// yuan amount otherwise. Tables and explanations always show the exact amount.
#pragma once

#include "money/Money.h"

#include <QLocale>

namespace cs {

inline bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

inline QString shortAmount(Money amount)
{
    return chineseUi() ? amount.toChineseShort() : amount.toString();
}

} // namespace cs
