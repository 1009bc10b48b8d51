// Search, tier and exceptions-only filters over the statement table, with exact
// numeric sorting (fen, basis points, achievement as a fraction) and empty cells last.
#pragma once

#include "domain/Partner.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace cs {

class StatementTableModel;

class StatementFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit StatementFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTier(std::optional<Tier> tier);
    void setExceptionsOnly(bool exceptionsOnly);
    bool exceptionsOnly() const { return m_exceptionsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const StatementTableModel *table() const;

    QStringList m_words;
    std::optional<Tier> m_tier;
    bool m_exceptionsOnly = false;
    QCollator m_collator;
};

} // namespace cs
