// Reads and writes partners in a workbook. Every write is its own committed
// transaction; failures throw StorageError with a message for the user.
#pragma once

#include "domain/Partner.h"
#include "domain/PartnerValidator.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cs {

class Workbook;

class PartnerRepository : public PartnerLookup {
    Q_DECLARE_TR_FUNCTIONS(cs::PartnerRepository)

public:
    explicit PartnerRepository(Workbook &workbook);

    QList<Partner> all() const; // ordered by code
    std::optional<Partner> byId(qint64 id) const override;
    std::optional<Partner> byCode(const QString &code) const override;
    int count() const;
    int childCount(qint64 id) const;
    qint64 parentOf(qint64 id) const;

    // Stores a new partner; returns it with id and timestamps set.
    Partner insert(Partner partner);
    // Stores the edited fields of an existing partner; returns it with updatedAt set.
    Partner update(Partner partner);
    // Refuses, with the reason, while other partners name this one as parent.
    void remove(qint64 id);
    // Puts a removed partner back exactly as it was (id and timestamps), for undo.
    void restore(const Partner &partner);

private:
    QSqlDatabase &db() const { return m_db; }
    QSqlDatabase &m_db;
};

} // namespace cs
