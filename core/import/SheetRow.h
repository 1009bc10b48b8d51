// The plain row every spreadsheet reader produces (CSV and xlsx alike), so
// header detection, normalisation, validation and writing happen once, on this.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <algorithm>

namespace cs {

struct SheetCell {
    enum class Kind {
        Empty,
        Text, // as typed; every CSV cell is Text
        Number, // text holds the stored decimal form ("1234.5", "-0.25", "1E-3"), never a double
        Boolean, // text is "TRUE" or "FALSE"
        Error, // text is the error code as Excel shows it ("#N/A", "#DIV/0!")
        Date, // a number stored with a date format: date holds the day, text the serial as stored
    };

    Kind kind = Kind::Empty;
    QString text;
    QDate date; // only for Kind::Date

    // A view: trimming the QString itself would count references on every cell
    // of a million-row file.
    bool isEmpty() const
    {
        return kind == Kind::Empty || (kind == Kind::Text && QStringView(text).trimmed().isEmpty());
    }
    bool operator==(const SheetCell &) const = default;

    // Empty again, keeping the text's buffer for the next value read into it
    // (see RowReader::recycle). A text shared with others is only let go.
    void clear()
    {
        kind = Kind::Empty;
        text.resize(0);
        date = QDate();
    }
};

struct SheetRow {
    int row = 0; // the row number the user sees in Excel or a text editor (1-based)
    QList<SheetCell> cells; // column A first; a missing cell is an Empty cell

    bool isBlank() const
    {
        return std::all_of(cells.cbegin(), cells.cend(), [](const SheetCell &c) { return c.isEmpty(); });
    }
};

// The column letters Excel shows for a zero-based column index: 0 → "A", 27 → "AB".
inline QString columnLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace cs
