#include "storage/WorkbookHeader.h"

#include "storage/Workbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

namespace cs {

namespace {

WorkbookError fault(WorkbookError::Kind kind, QString message)
{
    return WorkbookError { kind, std::move(message) };
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

WorkbookError inspectWorkbookHeader(const QString &path, quint32 *userVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fault(
            WorkbookError::Kind::NotFound, Workbook::tr("“%1” does not exist.").arg(nativePath(path)));
    if (info.isDir())
        return fault(WorkbookError::Kind::NotAWorkbook,
            Workbook::tr("“%1” is a folder, not a workbook.").arg(nativePath(path)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fault(WorkbookError::Kind::Io,
            Workbook::tr("“%1” cannot be read: %2").arg(nativePath(path), file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();

    static constexpr char magic[] = "SQLite format 3";
    if (size == 0)
        return fault(WorkbookError::Kind::NotAWorkbook,
            Workbook::tr("“%1” is empty: it is not a Channel Station workbook.").arg(nativePath(path)));
    if (!header.startsWith(QByteArray::fromRawData(magic, sizeof magic)))
        return fault(WorkbookError::Kind::NotAWorkbook,
            Workbook::tr("“%1” is not a Channel Station workbook (a workbook is a .cwb file). "
                         "Spreadsheets and CSV files cannot be opened as workbooks.")
                .arg(nativePath(path)));
    if (header.size() < 100)
        return fault(WorkbookError::Kind::Corrupt,
            Workbook::tr("“%1” is damaged: the file is cut short (%Ln bytes).", "", int(size))
                .arg(nativePath(path)));

    const auto be32 = [&header](int offset) {
        return qFromBigEndian<quint32>(header.constData() + offset);
    };
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // A whole file is a whole number of pages; the header's page count is
    // trustworthy only when its two change counters agree.
    const bool countValid = be32(24) == be32(92) && be32(28) > 0;
    // A journal beside the file may hold the missing pages: a program killed while
    // copying committed pages back leaves the file short and the -wal whole (the
    // kill test found this), and SQLite completes the copy on open. The integrity
    // check after the header then judges the file with its journal.
    const bool journalled = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!journalled && size % pageSize != 0)
        return fault(WorkbookError::Kind::Corrupt,
            Workbook::tr("“%1” is damaged: the file is cut short (%Ln bytes).", "", int(size))
                .arg(nativePath(path)));
    if (!journalled && countValid && size < pageSize * qint64(be32(28)))
        return fault(WorkbookError::Kind::Corrupt,
            Workbook::tr("“%1” is damaged: the file is cut short (%2 of %3 bytes). Open a backup copy "
                         "instead.")
                .arg(nativePath(path), QLocale().toString(size),
                    QLocale().toString(pageSize * qint64(be32(28)))));
    if (qint32(be32(68)) != Workbook::applicationId)
        return fault(WorkbookError::Kind::NotAWorkbook,
            Workbook::tr("“%1” is a database of another program, not a Channel Station workbook.")
                .arg(nativePath(path)));
    // Unsigned: a "negative" user_version is no version we wrote, so it reads as newer.
    *userVersion = be32(60);
    return {};
}

} // namespace cs
