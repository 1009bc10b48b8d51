// The period the dashboard looks at: one quarter, or a calendar year taken as its
// four quarters. Parsed from what a manager types ("2026Q3", "2026年第3季度", "2026").
#pragma once

#include "domain/Quarter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cs {

class DashboardPeriod {
    Q_DECLARE_TR_FUNCTIONS(cs::DashboardPeriod)

public:
    // The null period (invalid), for containers and members filled later.
    DashboardPeriod() = default;
    static DashboardPeriod ofQuarter(Quarter quarter);
    static DashboardPeriod ofYear(int year);

    // A year ("2026", four digits, full-width accepted) or any quarter form
    // Quarter::parse reads. On failure *error gets a translated message.
    static std::optional<DashboardPeriod> parse(QStringView text, QString *error = nullptr);

    bool isValid() const { return m_first.isValid(); }
    bool isYear() const { return m_first != m_last; }
    Quarter first() const { return m_first; }
    Quarter last() const { return m_last; } // a quarter's period: the quarter itself
    QList<Quarter> quarters() const; // oldest first
    bool contains(Quarter quarter) const { return quarter >= m_first && quarter <= m_last; }
    QDate firstDay() const { return m_first.firstDay(); }
    QDate lastDay() const { return m_last.lastDay(); }

    QString toString() const; // "2026Q3" or "2026": parse() reads it back
    QString label() const; // for display: "2026 Q3" (translated) or "2026"

    bool operator==(const DashboardPeriod &) const = default;

private:
    Quarter m_first;
    Quarter m_last;
};

} // namespace cs
