#include "report/StatementExport.h"

#include "incentive/Percent.h"
#include "report/CsvWriter.h"
#include "report/ExportFile.h"
#include "report/XlsxWriterLibrary.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

namespace cs {

namespace {

// How a cell is written to Excel: text, or a number (its text is the exact decimal)
// in yuan or in percent.
enum class CellKind { Text, Yuan, Percent };

struct Cell {
    CellKind kind = CellKind::Text;
    QString text;
};

using Row = QList<Cell>;

Cell text(const QString &value)
{
    return { CellKind::Text, value };
}

Cell yuan(const std::optional<Money> &value)
{
    return { CellKind::Yuan, value ? value->toPlainString() : QString() };
}

Cell percent(const QString &plain)
{
    return { CellKind::Percent, plain };
}

QString exceptionLabels(const PartnerStatement &s)
{
    QStringList labels;
    for (const StatementException e : s.exceptions)
        labels.append(labelOf(e));
    return labels.join(QStringLiteral("; "));
}

Row partnerCells(const PartnerStatement &s)
{
    QString achievement;
    if (s.target && s.sales && s.target->fen() > 0)
        achievement = plainRatioPercent(s.sales->fen(), s.target->fen());
    QString bandRate;
    if (const StatementLine *line = s.achievementLine())
        bandRate = plainRateBp(line->band ? line->band->rateBp : 0);
    return {
        text(s.code),
        text(s.name),
        text(s.quarter.toString()),
        text(labelOf(s.tier)),
        yuan(s.target),
        yuan(s.sales),
        percent(achievement),
        percent(bandRate),
        yuan(s.amountOf(Component::Achievement)),
        yuan(s.amountOf(Component::Growth)),
        yuan(s.amountOf(Component::Special)),
        yuan(s.amountOf(Component::NewCustomers)),
        yuan(s.amountOf(Component::CashDiscount)),
        yuan(s.amountOf(Component::CoFunding)),
        yuan(s.amountOf(Component::Penalty)),
        yuan(s.amountOf(Component::Adjustment)),
        yuan(s.total()),
        text(exceptionLabels(s)),
    };
}

QStringList lineHeaders()
{
    return { StatementExport::tr("Partner code"), StatementExport::tr("Partner name"),
        StatementExport::tr("Quarter"), StatementExport::tr("Component"), StatementExport::tr("Detail"),
        StatementExport::tr("Base"), StatementExport::tr("Rate %"), StatementExport::tr("Amount"),
        StatementExport::tr("Explanation") };
}

QList<Row> lineRows(const PartnerStatement &s)
{
    QList<Row> rows;
    const Cell code = text(s.code);
    const Cell name = text(s.name);
    const Cell quarter = text(s.quarter.toString());
    for (const StatementException e : s.exceptions)
        rows.append({ code, name, quarter, text(StatementExport::tr("Exception")), text(labelOf(e)), yuan({}),
            percent({}), yuan({}), text(explainException(e)) });
    for (const StatementLine &line : s.lines)
        rows.append({ code, name, quarter, text(labelOf(line.component)), text(line.detail), yuan(line.base),
            percent(line.rateBp != 0 ? plainRateBp(line.rateBp) : QString()), yuan(line.amount),
            text(explainLine(line)) });
    return rows;
}

class XlsxWriter {
public:
    XlsxWriter(const XlsxWriterLibrary &lib, const QString &path)
        : m_api(lib)
        , m_folder(QFileInfo(path).absolutePath())
        , m_book(m_api.workbookNew(QFile::encodeName(path).constData()))
    {
        if (!m_book)
            return;
        m_header = m_api.addFormat(m_book);
        m_api.setBold(m_header);
        m_api.setBottom(m_header, LXW_BORDER_THIN);
        m_yuan = m_api.addFormat(m_book);
        m_api.setNumFormat(m_yuan, "#,##0.00");
        m_percent = m_api.addFormat(m_book);
        m_api.setNumFormat(m_percent, "0.00");
        m_wrap = m_api.addFormat(m_book);
        m_api.setTextWrap(m_wrap);
    }
    ~XlsxWriter()
    {
        if (m_book)
            m_api.close(m_book);
    }
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    bool isOpen() const { return m_book != nullptr; }

    lxw_worksheet *addSheet(const QString &name, const QStringList &headers)
    {
        lxw_worksheet *sheet = m_api.addWorksheet(m_book, name.toUtf8().constData());
        if (!sheet)
            return nullptr;
        for (int column = 0; column < headers.size(); ++column)
            write(sheet, 0, column, text(headers[column]), m_header);
        m_api.freezePanes(sheet, 1, 0);
        return sheet;
    }

    void writeRow(lxw_worksheet *sheet, lxw_row_t row, const Row &cells)
    {
        for (int column = 0; column < cells.size(); ++column)
            write(sheet, row, column, cells[column], nullptr);
    }

    lxw_format *wrap() const { return m_wrap; }

    // Closes the file; the library's message on failure.
    QString close()
    {
        errno = 0;
        const lxw_error result = m_api.close(m_book);
        const int code = errno;
        m_book = nullptr;
        if (result == LXW_NO_ERROR)
            return {};
        // The library names only the zip step that failed; a full disk is what the user can act on.
        // Its errno is not always ours to read (a sanitizer build loads it in a link namespace
        // of its own), so a folder with no space left says the same.
        if (code == ENOSPC || code == EDQUOT || QStorageInfo(m_folder).bytesAvailable() == 0)
            return ExportFile::systemReason(code == EDQUOT ? EDQUOT : ENOSPC);
        return QString::fromUtf8(m_api.strerror(result));
    }

private:
    void write(lxw_worksheet *sheet, lxw_row_t row, int column, const Cell &cell, lxw_format *format)
    {
        const auto col = lxw_col_t(column);
        if (cell.text.isEmpty())
            return;
        switch (cell.kind) {
        case CellKind::Text:
            // Stored as a string, never a formula; the apostrophe makes the file read
            // the same as the CSV when someone copies the text onwards.
            m_api.writeString(sheet, row, col, neutraliseFormula(cell.text).toUtf8().constData(), format);
            return;
        case CellKind::Yuan:
        case CellKind::Percent:
            // The text is an exact two-decimal figure; the double nearest to it is what
            // Excel keeps for any number typed in.
            m_api.writeNumber(sheet, row, col, cell.text.toDouble(),
                format ? format : (cell.kind == CellKind::Yuan ? m_yuan : m_percent));
            return;
        }
    }

    const XlsxWriterLibrary &m_api;
    QString m_folder; // where the file goes, to tell a full disk
    lxw_workbook *m_book;
    lxw_format *m_header = nullptr;
    lxw_format *m_yuan = nullptr;
    lxw_format *m_percent = nullptr;
    lxw_format *m_wrap = nullptr;
};

} // namespace

QStringList StatementExport::partnerHeaders()
{
    return { tr("Partner code"), tr("Partner name"), tr("Quarter"), tr("Tier"), tr("Target"), tr("Sales"),
        tr("Achievement %"), tr("Band rate %"), tr("Achievement rebate"), tr("Growth rebate"),
        tr("Special rebate"), tr("New customers"), tr("Cash discount"), tr("Co-funding"), tr("Penalties"),
        tr("Adjustments"), tr("Total"), tr("Exception") };
}

QStringList StatementExport::partnerRow(const PartnerStatement &statement)
{
    QStringList row;
    for (const Cell &cell : partnerCells(statement))
        row.append(cell.text);
    return row;
}

QByteArray StatementExport::csv(const QList<PartnerStatement> &statements)
{
    QList<QStringList> rows { partnerHeaders() };
    rows.reserve(statements.size() + 1);
    for (const PartnerStatement &s : statements)
        rows.append(partnerRow(s));
    return toCsv(rows);
}

bool StatementExport::writeCsv(const QList<PartnerStatement> &statements, const QString &path, QString *error)
{
    ExportFile file(path);
    if (file.open() && file.write(csv(statements)) && file.commit())
        return true;
    *error = file.error();
    return false;
}

bool StatementExport::writeXlsx(
    const QList<PartnerStatement> &statements, const QString &path, QString *error)
{
    const XlsxWriterLibrary *library = XlsxWriterLibrary::get(error);
    if (!library) {
        *error = ExportFile::failure(path, *error);
        return false;
    }
    const XlsxWriterLibrary &x = *library;
    ExportFile file(path);
    if (!file.open()) {
        *error = file.error();
        return false;
    }
    {
        XlsxWriter writer(x, file.handOver());
        if (!writer.isOpen()) {
            file.fail(tr("the spreadsheet could not be started"));
            *error = file.error();
            return false;
        }
        lxw_worksheet *table = writer.addSheet(tr("Statements"), partnerHeaders());
        lxw_worksheet *lines = writer.addSheet(tr("Lines"), lineHeaders());
        if (!table || !lines) {
            writer.close();
            file.fail(tr("the sheets could not be added"));
            *error = file.error();
            return false;
        }
        x.setColumn(table, 0, 0, 12, nullptr);
        x.setColumn(table, 1, 1, 28, nullptr);
        x.setColumn(table, 4, 16, 15, nullptr);
        x.setColumn(table, 17, 17, 22, nullptr);
        x.setColumn(lines, 1, 1, 28, nullptr);
        x.setColumn(lines, 3, 4, 18, nullptr);
        x.setColumn(lines, 5, 7, 15, nullptr);
        x.setColumn(lines, 8, 8, 90, writer.wrap());
        lxw_row_t tableRow = 1;
        lxw_row_t lineRow = 1;
        for (const PartnerStatement &s : statements) {
            writer.writeRow(table, tableRow++, partnerCells(s));
            for (const Row &row : lineRows(s))
                writer.writeRow(lines, lineRow++, row);
        }
        x.autofilter(table, 0, 0, tableRow - 1, lxw_col_t(partnerHeaders().size() - 1));
        if (const QString reason = writer.close(); !reason.isEmpty())
            file.fail(reason);
    }
    if (file.commit())
        return true;
    *error = file.error();
    return false;
}

} // namespace cs
