// What the record tables' filter models share: a collator for codes and names, the
// order of two sort-role values, and search by words over code and name.
#pragma once

#include <QCollator>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace cs {

// Numeric mode orders HD-2 before HD-10, as people expect of codes; case is ignored.
inline QCollator codeCollator()
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

// Text by the collator, numbers as integers. The view reverses the whole order when
// descending; answering the other way round then keeps rows without a value at the
// bottom, where nobody reads them as zero.
inline bool sortValueLess(
    const QVariant &l, const QVariant &r, const QCollator &collator, Qt::SortOrder order)
{
    if (l.isNull() != r.isNull())
        return l.isNull() == (order == Qt::DescendingOrder);
    if (l.isNull())
        return false;
    if (l.typeId() == QMetaType::QString)
        return collator.compare(l.toString(), r.toString()) < 0;
    return l.toLongLong() < r.toLongLong();
}

// Every word is found in the code or the name (no words: everything matches).
inline bool codeOrNameHasAll(const QStringList &words, const QString &code, const QString &name)
{
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return code.contains(word, Qt::CaseInsensitive) || name.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace cs
