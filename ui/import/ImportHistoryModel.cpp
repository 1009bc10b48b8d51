#include "import/ImportHistoryModel.h"

#include "import/ImportColours.h"

#include <QLocale>

namespace cs {

namespace {

constexpr int shortChecksum = 12;

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportHistoryModel::setRecords(QList<ImportRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int ImportHistoryModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_records.size(); ++r)
        if (m_records[r].id == id)
            return r;
    return -1;
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::display(const ImportRecord &record, int column) const
{
    switch (column) {
    case Time:
        return when(record.importedAt);
    case Kind:
        return ImportKinds::label(record.kind);
    case File:
        return record.fileName;
    case Sheet:
        return record.sheet;
    case Inserted:
        return QLocale().toString(record.counts.inserted);
    case Updated:
        return QLocale().toString(record.counts.updated);
    case Unchanged:
        return QLocale().toString(record.counts.unchanged);
    case Rejected:
        return QLocale().toString(record.counts.rejected);
    case Checksum:
        return QString(record.sha256.left(shortChecksum) + QStringLiteral("…"));
    case State:
        if (record.undoneAt.isValid())
            return tr("Undone on %1").arg(when(record.undoneAt));
        if (record.canUndo && !record.undoBlocked.isEmpty())
            return tr("In effect (cannot be undone now)");
        return record.canUndo ? tr("In effect (can be undone)") : tr("In effect");
    default:
        return {};
    }
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ImportRecord &record = m_records[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Checksum)
            return tr("SHA-256 of the file as imported: %1").arg(record.sha256);
        if (index.column() == State && record.undoneAt.isValid())
            return tr("Undone: what this import wrote was taken back.");
        if (index.column() == State && !record.undoBlocked.isEmpty())
            return record.undoBlocked;
        if (index.column() == State && !record.canUndo)
            return tr("Only the latest import of each kind that is still in effect can be undone.");
        return {};
    case Qt::ForegroundRole:
        return record.undoneAt.isValid() ? QVariant(ImportColours::ignoredText()) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= Inserted && index.column() <= Rejected)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Imported");
    case Kind:
        return tr("Contents");
    case File:
        return tr("File");
    case Sheet:
        return tr("Sheet");
    case Inserted:
        return tr("Inserted");
    case Updated:
        return tr("Updated");
    case Unchanged:
        return tr("Unchanged");
    case Rejected:
        return tr("Rejected");
    case Checksum:
        return tr("SHA-256");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace cs
