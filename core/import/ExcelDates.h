// Excel's day numbers as calendar days, in the 1900 system (with Lotus's
// phantom 29 February 1900) or the 1904 system. One rule for every reader.
#pragma once

#include <QDate>

#include <optional>

namespace cs {

// The day Excel means by whole day number `day`; nullopt for days that are no
// real date (day 0 and day 60 in the 1900 system, negatives, past 9999-12-31).
inline std::optional<QDate> excelDayToDate(qint64 day, bool date1904)
{
    if (day < 0 || day > 3'000'000)
        return std::nullopt;
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(day);
    else if (day == 0 || day == 60)
        return std::nullopt;
    else // days after the phantom 29 February are one ahead of the calendar
        date = QDate(1899, 12, day < 60 ? 31 : 30).addDays(day);
    if (!date.isValid() || date.year() > 9999)
        return std::nullopt;
    return date;
}

} // namespace cs
