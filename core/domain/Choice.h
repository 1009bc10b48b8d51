// A closed set of values (partner type, tier, ...) with a stable storage code,
// an English label translated for display, and the Chinese label spreadsheets use.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace cs {

template<typename E> struct Choice {
    E value;
    const char *code; // what the workbook stores; never changes
    const char *english; // source text for tr(), context "cs::Choice"
    const char16_t *chinese; // as written in Chinese spreadsheets, accepted whatever the UI language
};

// Each enumeration provides `std::span<const Choice<E>> choices(E)`, found by argument-dependent lookup.
template<typename E> std::span<const Choice<E>> choicesOf()
{
    return choices(E {});
}

template<typename E> QString codeOf(E value)
{
    for (const Choice<E> &c : choicesOf<E>())
        if (c.value == value)
            return QString::fromLatin1(c.code);
    return {};
}

// The code as the static text it is, for APIs keyed by const char * (import fields).
template<typename E> const char *codeTextOf(E value)
{
    for (const Choice<E> &c : choicesOf<E>())
        if (c.value == value)
            return c.code;
    return "";
}

template<typename E> QString labelOf(E value)
{
    for (const Choice<E> &c : choicesOf<E>())
        if (c.value == value)
            return QCoreApplication::translate("cs::Choice", c.english);
    return {};
}

// Empty text for "no value".
template<typename E> QString labelOf(const std::optional<E> &value)
{
    return value ? labelOf(*value) : QString();
}

template<typename E> std::optional<E> fromCode(QStringView code)
{
    for (const Choice<E> &c : choicesOf<E>())
        if (code == QLatin1String(c.code))
            return c.value;
    return std::nullopt;
}

// Accepts the code, the English label, the Chinese label or the label shown in
// the current UI language, ignoring case and surrounding spaces.
template<typename E> std::optional<E> parseChoice(QStringView text)
{
    const QStringView t = text.trimmed();
    for (const Choice<E> &c : choicesOf<E>()) {
        if (t.compare(QLatin1String(c.code), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(c.english), Qt::CaseInsensitive) == 0 || t == QStringView(c.chinese)
            || t.compare(labelOf(c.value), Qt::CaseInsensitive) == 0)
            return c.value;
    }
    return std::nullopt;
}

template<typename E> QList<E> allOf()
{
    QList<E> values;
    for (const Choice<E> &c : choicesOf<E>())
        values.append(c.value);
    return values;
}

} // namespace cs
