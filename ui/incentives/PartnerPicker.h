// A partner field for the record dialogs: type a code or part of a name and pick
// from the completions ("DB-0001  华东数码"). It names a partner when its text is a
// completion, a code or a name that only one partner has.
#pragma once

#include <QHash>
#include <QLineEdit>

#include <optional>

namespace cs {

class PartnerTableModel;

class PartnerPicker : public QLineEdit {
    Q_OBJECT

public:
    PartnerPicker(const PartnerTableModel &partners, QWidget *parent = nullptr);

    std::optional<qint64> partnerId() const;
    void setPartnerId(qint64 id);
    static QString entryText(const QString &code, const QString &name);

signals:
    void partnerChanged();

private:
    const PartnerTableModel &m_partners;
    QHash<QString, qint64> m_byKey; // completion text, code and unique name, case-folded
};

} // namespace cs
