// The dashboard's period list: the quarters with results, newest first, each year
// followed by the whole year, years apart by a separator.
#pragma once

#include "dashboard/DashboardPeriod.h"

#include <QComboBox>

namespace cs {

class DashboardPeriodPicker : public QComboBox {
    Q_OBJECT

public:
    explicit DashboardPeriodPicker(QWidget *parent = nullptr);

    // Refills the list, staying on the period shown when it is still offered and
    // going to the newest quarter otherwise; emits no change signal.
    void setQuarters(QList<Quarter> quarters);
    QList<DashboardPeriod> periods() const { return m_periods; }
    DashboardPeriod period() const;
    // False when `period` is not offered.
    bool setPeriod(const DashboardPeriod &period);

private:
    QList<DashboardPeriod> m_periods;
};

} // namespace cs
