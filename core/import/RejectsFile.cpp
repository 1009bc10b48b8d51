#include "import/RejectsFile.h"

#include "report/CsvWriter.h"

#include <QDir>

#include <filesystem>

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
    , m_file(m_path + QStringLiteral(".partial"))
{
}

RejectsFile::~RejectsFile()
{
    if (m_file.isOpen())
        m_file.close();
    if (m_rows > 0 && !m_placed)
        QFile::remove(m_file.fileName());
}

bool RejectsFile::write(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    const QByteArray line = quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    if (m_file.write(line) != line.size()) {
        m_error = tr("The rejected rows could not be written to %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    return true;
}

bool RejectsFile::add(const SheetRow &row, const QStringList &reasons)
{
    if (!m_error.isEmpty())
        return false;
    if (m_rows == 0) {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_error = tr("The rejected rows could not be written to %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), m_file.errorString());
            return false;
        }
        m_file.write("\xEF\xBB\xBF"); // Excel reads UTF-8 CSV correctly only with a BOM
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
    if (!m_file.flush()) {
        m_error = tr("The rejected rows could not be written to %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    m_file.close();
    // rename(2) replaces an earlier rejects file in one step: there is never a
    // moment with neither the old list nor the new one.
    std::error_code error;
    std::filesystem::rename(
        QFile::encodeName(m_file.fileName()).toStdString(), QFile::encodeName(m_path).toStdString(), error);
    if (error) {
        m_placed = true; // keep the finished list where it is, and say where
        m_error = tr("The rejected rows could not be moved to %1; they are in %2.")
                      .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(m_file.fileName()));
        return false;
    }
    m_placed = true;
    return true;
}

} // namespace cs
