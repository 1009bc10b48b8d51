// Every import committed into the workbook, newest first: when, what, from which
// file, what it did, and whether it has been undone.
#pragma once

#include "storage/ImportHistory.h"

#include <QAbstractTableModel>

namespace cs {

class ImportHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Time,
        Kind,
        File,
        Sheet,
        Inserted,
        Updated,
        Unchanged,
        Rejected,
        Checksum,
        State,
        ColumnCount
    };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    void setRecords(QList<ImportRecord> records);
    const ImportRecord &recordAt(int row) const { return m_records.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ImportRecord &record, int column) const;

    QList<ImportRecord> m_records;
};

} // namespace cs
