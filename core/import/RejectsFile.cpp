#include "import/RejectsFile.h"

#include "report/CsvWriter.h"

#include <QDir>

namespace cs {

namespace {

QString cellText(const SheetCell &cell)
{
    // A date goes out as the date the user saw, not Excel's day number.
    return cell.kind == SheetCell::Kind::Date && cell.date.isValid() ? cell.date.toString(Qt::ISODate)
                                                                     : cell.text;
}

} // namespace

RejectsFile::RejectsFile(QString path, QStringList headers)
    : m_path(std::move(path))
    , m_headers(std::move(headers))
    , m_file(m_path)
{
}

bool RejectsFile::failed()
{
    m_error = tr("The rejected rows could not be written to %1: %2")
                  .arg(QDir::toNativeSeparators(m_path), m_file.reason());
    return false;
}

bool RejectsFile::write(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field)); // neutralises formula-like text, the file's own included
    const QByteArray line = quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    return m_file.write(line) || failed();
}

bool RejectsFile::add(const SheetRow &row, const QStringList &reasons)
{
    if (!m_error.isEmpty())
        return false;
    if (m_rows == 0) {
        if (!m_file.open())
            return failed();
        if (!m_file.write("\xEF\xBB\xBF")) // Excel reads UTF-8 CSV correctly only with a BOM
            return failed();
        if (!write(m_headers + QStringList { tr("Source row"), tr("Reason") }))
            return false;
    }
    ++m_rows;
    QStringList fields;
    for (int c = 0; c < m_headers.size(); ++c)
        fields.append(c < row.cells.size() ? cellText(row.cells[c]) : QString());
    fields << QString::number(row.row) << reasons.join(u"; ");
    return write(fields);
}

bool RejectsFile::place()
{
    if (m_rows == 0)
        return true;
    if (!m_error.isEmpty())
        return false;
    return m_file.commit() || failed();
}

} // namespace cs
