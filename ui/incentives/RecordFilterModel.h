// The filter under the incentive record lists (penalties, MDF, audit): a search over
// every column's text plus an optional key (a penalty kind, an MDF state) that the
// first column carries. Sorting reads SortRole so dates and amounts sort as values.
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace cs {

class RecordFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole, // on the first column: the record's id
        KeyRole, // on the first column: the value the key filter compares
    };

    explicit RecordFilterModel(QObject *parent = nullptr);

    // Case-insensitive; every word must appear in some column.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    void setKey(std::optional<int> key);

    // The record id of a row of this model; 0 for an invalid index.
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when filtered out or absent

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_words;
    std::optional<int> m_key;
};

} // namespace cs
