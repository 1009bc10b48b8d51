// The partner registry as a table: one row per partner, one column per field.
// Display text is translated here; sorting and filtering read the raw roles.
#pragma once

#include "domain/Partner.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cs {

class PartnerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that orders correctly (tier rank, date, text)
        IdRole,
    };

    explicit PartnerTableModel(QObject *parent = nullptr);

    // Columns follow PartnerField, without the notes.
    static constexpr int columnCountValue = int(PartnerField::ContactEmail) + 1;
    static PartnerField fieldOf(int column) { return PartnerField(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPartners(QList<Partner> partners);
    const QList<Partner> &partners() const { return m_partners; }
    const Partner &partnerAt(int row) const { return m_partners.at(row); }
    const Partner *partnerById(qint64 id) const;
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

    // Called after the workbook accepted the change.
    void upsert(const Partner &partner);
    void remove(qint64 id);

    QStringList regions() const; // in use, plus the standard ones
    QStringList mentors() const; // in use
    int countWithStatus(PartnerStatus status) const;

private:
    QVariant display(const Partner &p, PartnerField field) const;
    QVariant sortValue(const Partner &p, PartnerField field) const;
    void reindex();

    QList<Partner> m_partners;
    QHash<qint64, int> m_rowById;
};

} // namespace cs
