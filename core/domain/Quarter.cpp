#include "domain/Quarter.h"

#include "text/TextForms.h"

namespace cs {

namespace {

// Chinese spreadsheets mix in full-width forms (２０２６Ｑ１); folding them here
// lets the scanner below deal with ASCII and the few Chinese words it knows.
QChar fold(QChar c)
{
    return foldFullWidth(c);
}

// Reads the folded text left to right; every step either consumes what it
// expects or leaves the position where it was.
class Scanner {
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : fold(m_text[m_pos]); }

    void skipSpaces()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }

    bool accept(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    bool acceptCaseless(char16_t lower) { return accept(QChar(lower)) || accept(QChar(lower).toUpper()); }

    // A run of ASCII digits; saturates rather than overflowing, since any value
    // past 99,999 is out of range whatever it is.
    std::optional<int> digits()
    {
        int value = 0;
        bool any = false;
        while (!atEnd() && peek() >= u'0' && peek() <= u'9') {
            if (value < 100'000)
                value = value * 10 + (peek().unicode() - u'0');
            any = true;
            ++m_pos;
        }
        return any ? std::optional<int>(value) : std::nullopt;
    }

    // One Chinese numeral, as in 第一季度.
    std::optional<int> chineseDigit()
    {
        static constexpr char16_t numerals[] = u"零一二三四五六七八九";
        for (int i = 0; i < 10; ++i) {
            if (accept(QChar(numerals[i])))
                return i;
        }
        return std::nullopt;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

struct YearAndQuarter {
    int year = 0;
    int quarter = 0;
};

// "Q1 2026", "Q1-2026"
std::optional<YearAndQuarter> scanQuarterFirst(Scanner &s)
{
    if (!s.acceptCaseless(u'q'))
        return std::nullopt;
    s.skipSpaces();
    const auto quarter = s.digits();
    s.skipSpaces();
    if (s.accept(u'-') || s.accept(u'/'))
        s.skipSpaces();
    const auto year = s.digits();
    if (!quarter || !year)
        return std::nullopt;
    return YearAndQuarter { *year, *quarter };
}

// "2026Q1", "2026 q1", "2026-Q1", "2026年第1季度", "2026年一季度", "2026年1季"
std::optional<YearAndQuarter> scanYearFirst(Scanner &s)
{
    const auto year = s.digits();
    if (!year)
        return std::nullopt;
    s.skipSpaces();
    std::optional<int> quarter;
    if (s.accept(u'年')) {
        s.skipSpaces();
        s.accept(u'第');
        s.skipSpaces();
        quarter = s.digits();
        if (!quarter)
            quarter = s.chineseDigit();
        s.skipSpaces();
        if (s.accept(u'季'))
            s.accept(u'度');
    } else {
        if (s.accept(u'-') || s.accept(u'/') || s.accept(u'_') || s.accept(u'.'))
            s.skipSpaces();
        if (!s.acceptCaseless(u'q'))
            return std::nullopt;
        s.skipSpaces();
        quarter = s.digits();
    }
    if (!quarter)
        return std::nullopt;
    return YearAndQuarter { *year, *quarter };
}

} // namespace

std::optional<Quarter> Quarter::parse(QStringView text, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<Quarter> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.trimmed().isEmpty())
        return fail(tr("The quarter is empty."));

    Scanner s(text);
    s.skipSpaces();
    auto found = (s.peek() == u'q' || s.peek() == u'Q') ? scanQuarterFirst(s) : scanYearFirst(s);
    s.skipSpaces();
    if (!found || !s.atEnd())
        return fail(tr("“%1” is not a quarter: write it as 2026Q1 or 2026年第1季度.").arg(echoed(text)));
    if (found->quarter < 1 || found->quarter > 4)
        return fail(tr("“%1” is not a quarter: quarters run from 1 to 4.").arg(echoed(text)));
    if (found->year < minYear || found->year > maxYear)
        return fail(tr("“%1” is not a quarter: the year must be between %2 and %3.")
                        .arg(echoed(text), QString::number(minYear), QString::number(maxYear)));
    return Quarter(found->year, found->quarter);
}

Quarter Quarter::containing(QDate date)
{
    Q_ASSERT_X(date.isValid(), "cs::Quarter::containing", "invalid date");
    return Quarter(date.year(), (date.month() - 1) / 3 + 1);
}

QString Quarter::toString() const
{
    return QString::number(m_year) + u'Q' + QString::number(m_quarter);
}

QString Quarter::label() const
{
    //: A quarter for display: %1 is the year, %2 the quarter 1–4. Chinese: %1年第%2季度
    return tr("%1 Q%2").arg(QString::number(m_year), QString::number(m_quarter));
}

QDate Quarter::firstDay() const
{
    return QDate(m_year, (m_quarter - 1) * 3 + 1, 1);
}

QDate Quarter::lastDay() const
{
    return firstDay().addMonths(3).addDays(-1);
}

Quarter Quarter::next() const
{
    return m_quarter == 4 ? Quarter(m_year + 1, 1) : Quarter(m_year, m_quarter + 1);
}

Quarter Quarter::previous() const
{
    return m_quarter == 1 ? Quarter(m_year - 1, 4) : Quarter(m_year, m_quarter - 1);
}

} // namespace cs
