#include "dashboard/DashboardPeriodPicker.h"

#include <QSignalBlocker>

#include <algorithm>

namespace cs {

DashboardPeriodPicker::DashboardPeriodPicker(QWidget *parent)
    : QComboBox(parent)
{
    setMinimumContentsLength(16);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void DashboardPeriodPicker::setQuarters(QList<Quarter> quarters)
{
    std::sort(quarters.begin(), quarters.end(), std::greater<>()); // newest first, as managers look
    m_periods.clear();
    for (qsizetype i = 0; i < quarters.size(); ++i) {
        m_periods.append(DashboardPeriod::ofQuarter(quarters[i]));
        if (i + 1 == quarters.size() || quarters[i + 1].year() != quarters[i].year())
            m_periods.append(DashboardPeriod::ofYear(quarters[i].year()));
    }

    const QString shown = currentData().toString();
    const QSignalBlocker quiet(this);
    clear();
    for (qsizetype i = 0; i < m_periods.size(); ++i) {
        const DashboardPeriod &p = m_periods[i];
        addItem(p.isYear() ? tr("%1 (whole year)").arg(p.label()) : p.label(), p.toString());
        if (p.isYear() && i + 1 < m_periods.size())
            insertSeparator(count());
    }
    const int index = findData(shown);
    setCurrentIndex(index >= 0 ? index : 0);
}

DashboardPeriod DashboardPeriodPicker::period() const
{
    return DashboardPeriod::parse(currentData().toString()).value_or(DashboardPeriod());
}

bool DashboardPeriodPicker::setPeriod(const DashboardPeriod &period)
{
    const int index = findData(period.toString());
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace cs
