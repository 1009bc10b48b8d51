// A calendar quarter (2026Q1): the period results are reported, scored and settled
// for, with the parsing spreadsheets need and the neighbours year-over-year growth needs.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstddef>
#include <optional>

namespace cs {

class Quarter {
    Q_DECLARE_TR_FUNCTIONS(cs::Quarter)

public:
    // The null quarter: only so that Quarter can live in Qt containers and
    // optional-free structs; isValid() tells it apart.
    constexpr Quarter() = default;
    // quarter must be 1..4 (asserted in debug builds); use parse() for input.
    constexpr Quarter(int year, int quarter)
        : m_year(year)
        , m_quarter(quarter)
    {
        Q_ASSERT_X(quarter >= 1 && quarter <= 4, "cs::Quarter", "quarter out of range");
    }

    // Smallest and largest year parse() accepts: a year outside this is a typo in
    // a spreadsheet, not a period anyone reports on.
    static constexpr int minYear = 1900;
    static constexpr int maxYear = 9999;

    // Reads "2026Q1", "2026 q1", "2026-Q1", "Q1 2026", "2026年第1季度", "2026年1季度",
    // "2026年一季度", "2026年第一季度" (季度 may be shortened to 季), full-width digits
    // and surrounding spaces. On failure *error gets a translated message that quotes
    // the text and says why ("quarters run from 1 to 4").
    static std::optional<Quarter> parse(QStringView text, QString *error = nullptr);
    // date must be valid.
    static Quarter containing(QDate date);

    constexpr bool isValid() const { return m_quarter >= 1 && m_quarter <= 4; }
    constexpr int year() const { return m_year; }
    constexpr int quarter() const { return m_quarter; }

    QString toString() const; // "2026Q1": stored in the workbook and read back by parse()
    QString label() const; // for display: "2026 Q1", translated ("2026年第1季度")

    QDate firstDay() const;
    QDate lastDay() const;
    Quarter next() const;
    Quarter previous() const;
    // The base of year-over-year growth (the quarterly growth rebate).
    Quarter sameQuarterLastYear() const { return Quarter(m_year - 1, m_quarter); }

    // Year first, then quarter: chronological order.
    // NOLINTNEXTLINE(modernize-use-nullptr): the 0 is the compiler's, in the synthesized body (llvm#53961)
    auto operator<=>(const Quarter &) const = default;
    bool operator==(const Quarter &) const = default;

private:
    int m_year = 0;
    int m_quarter = 0;
};

inline size_t qHash(Quarter q, size_t seed = 0) noexcept
{
    return ::qHash(q.year() * 4 + q.quarter(), seed);
}

} // namespace cs
