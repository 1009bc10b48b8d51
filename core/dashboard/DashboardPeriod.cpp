#include "dashboard/DashboardPeriod.h"

#include "text/TextForms.h"

namespace cs {

DashboardPeriod DashboardPeriod::ofQuarter(Quarter quarter)
{
    DashboardPeriod p;
    p.m_first = quarter;
    p.m_last = quarter;
    return p;
}

DashboardPeriod DashboardPeriod::ofYear(int year)
{
    DashboardPeriod p;
    p.m_first = Quarter(year, 1);
    p.m_last = Quarter(year, 4);
    return p;
}

std::optional<DashboardPeriod> DashboardPeriod::parse(QStringView text, QString *error)
{
    QString folded;
    for (const QChar c : text.trimmed())
        folded.append(foldFullWidth(c));
    // A bare four-digit number is a year ("2026年" too); everything else is read as a quarter.
    if (folded.endsWith(u'年'))
        folded.chop(1);
    bool isNumber = false;
    const int year = folded.toInt(&isNumber);
    if (isNumber && folded.size() == 4) {
        if (year < Quarter::minYear || year > Quarter::maxYear) {
            if (error)
                *error = tr("“%1” is not a year from %2 to %3.")
                             .arg(echoed(text))
                             .arg(Quarter::minYear)
                             .arg(Quarter::maxYear);
            return std::nullopt;
        }
        return ofYear(year);
    }
    const auto quarter = Quarter::parse(text, error);
    if (!quarter)
        return std::nullopt;
    return ofQuarter(*quarter);
}

QList<Quarter> DashboardPeriod::quarters() const
{
    QList<Quarter> list;
    if (!isValid())
        return list;
    for (Quarter q = m_first; q <= m_last; q = q.next())
        list.append(q);
    return list;
}

QString DashboardPeriod::toString() const
{
    return isYear() ? QString::number(m_first.year()) : m_first.toString();
}

QString DashboardPeriod::label() const
{
    //: A whole year as a period, e.g. "2026". Chinese: %1年
    return isYear() ? tr("%1", "year").arg(m_first.year()) : m_first.label();
}

} // namespace cs
