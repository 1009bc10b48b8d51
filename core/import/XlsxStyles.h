// Which cell styles of an .xlsx workbook show numbers as dates, and the day a
// date serial stands for in the workbook's 1900 or 1904 date system.
#pragma once

#include <QDate>
#include <QList>
#include <QStringView>

#include <optional>

namespace cs {

class XlsxPart;

class XlsxStyles {
public:
    // Reads styles.xml: custom number formats and the cell formats (cellXfs) that use them.
    bool load(XlsxPart &part);

    // Whether cell style `index` (a cell's s attribute) has a date format.
    bool isDate(int index) const { return index >= 0 && index < m_dateStyles.size() && m_dateStyles[index]; }

    // Built-in ids Excel (including its Chinese edition) uses for dates and times.
    static bool isBuiltInDateFormat(int numFmtId);
    // Whether a format code shows a date: a y or d token outside quoted text,
    // [brackets], \escapes and the _ and * padding codes.
    static bool isDateFormatCode(QStringView code);

    // The day of serial `serial` (its fraction, the time of day, is dropped).
    // nullopt for a serial that is no real day: Excel's phantom 1900-02-29 (60),
    // day 0 of 1900, negatives and days past 9999-12-31.
    static std::optional<QDate> dateFromSerial(double serial, bool date1904);

private:
    QList<bool> m_dateStyles;
};

} // namespace cs
