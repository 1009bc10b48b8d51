#include "partners/PartnerTableModel.h"

#include <QLocale>
#include <QSet>

namespace cs {

PartnerTableModel::PartnerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PartnerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant PartnerTableModel::display(const Partner &p, PartnerField field) const
{
    switch (field) {
    case PartnerField::Code:
        return p.code;
    case PartnerField::Name:
        return p.name;
    case PartnerField::Type:
        return labelOf(p.type);
    case PartnerField::Region:
        return p.region;
    case PartnerField::Tier:
        return labelOf(p.tier);
    case PartnerField::Certification:
        return labelOf(p.certification);
    case PartnerField::Stage:
        return labelOf(p.stage);
    case PartnerField::Mentor:
        return p.mentor;
    case PartnerField::Parent: {
        const Partner *parent = partnerById(p.parentId);
        return parent ? parent->name : QString();
    }
    case PartnerField::JoinDate:
        return QLocale().toString(p.joinDate, QLocale::ShortFormat);
    case PartnerField::Status:
        return labelOf(p.status);
    case PartnerField::ContactName:
        return p.contactName;
    case PartnerField::ContactPhone:
        return p.contactPhone;
    case PartnerField::ContactEmail:
        return p.contactEmail;
    case PartnerField::Notes:
        return p.notes;
    }
    return {};
}

QVariant PartnerTableModel::sortValue(const Partner &p, PartnerField field) const
{
    // Enumerations sort by rank (Diamond before Gold), unset values last.
    const auto rank = [](const auto &value) {
        return value ? int(*value) : 99;
    };
    switch (field) {
    case PartnerField::Type:
        return int(p.type);
    case PartnerField::Tier:
        return rank(p.tier);
    case PartnerField::Certification:
        return rank(p.certification);
    case PartnerField::Stage:
        return rank(p.stage);
    case PartnerField::Status:
        return int(p.status);
    case PartnerField::JoinDate:
        return p.joinDate;
    default:
        return display(p, field);
    }
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_partners.size())
        return {};
    const Partner &p = m_partners.at(index.row());
    const PartnerField field = fieldOf(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(p, field);
    case Qt::ToolTipRole:
        if (field == PartnerField::Name && !p.notes.isEmpty())
            return p.notes;
        return {};
    case SortRole:
        return sortValue(p, field);
    case IdRole:
        return p.id;
    default:
        return {};
    }
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return fieldLabel(fieldOf(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

void PartnerTableModel::setPartners(QList<Partner> partners)
{
    beginResetModel();
    m_partners = std::move(partners);
    reindex();
    endResetModel();
}

const Partner *PartnerTableModel::partnerById(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_partners.at(row) : nullptr;
}

void PartnerTableModel::upsert(const Partner &partner)
{
    const int row = rowOf(partner.id);
    if (row >= 0) {
        const QString oldName = m_partners[row].name;
        m_partners[row] = partner;
        emit dataChanged(index(row, 0), index(row, columnCountValue - 1));
        // Children show this partner's name in their Parent column.
        if (oldName != partner.name)
            emit dataChanged(
                index(0, int(PartnerField::Parent)), index(rowCount() - 1, int(PartnerField::Parent)));
        return;
    }
    const int end = rowCount();
    beginInsertRows({}, end, end);
    m_partners.append(partner);
    m_rowById.insert(partner.id, end);
    endInsertRows();
}

void PartnerTableModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_partners.removeAt(row);
    reindex();
    endRemoveRows();
}

void PartnerTableModel::reindex()
{
    m_rowById.clear();
    for (int row = 0; row < m_partners.size(); ++row)
        m_rowById.insert(m_partners[row].id, row);
}

QStringList PartnerTableModel::regions() const
{
    QStringList list = standardRegions();
    for (const Partner &p : m_partners)
        if (!p.region.isEmpty() && !list.contains(p.region))
            list.append(p.region);
    return list;
}

QStringList PartnerTableModel::mentors() const
{
    QSet<QString> seen;
    QStringList list;
    for (const Partner &p : m_partners)
        if (!p.mentor.isEmpty() && !seen.contains(p.mentor)) {
            seen.insert(p.mentor);
            list.append(p.mentor);
        }
    list.sort();
    return list;
}

int PartnerTableModel::countWithStatus(PartnerStatus status) const
{
    return int(std::count_if(
        m_partners.cbegin(), m_partners.cend(), [status](const Partner &p) { return p.status == status; }));
}

} // namespace cs
