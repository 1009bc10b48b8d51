#include "incentives/PartnerPicker.h"

#include "partners/PartnerTableModel.h"

#include <QCompleter>
#include <QStringListModel>

namespace cs {

PartnerPicker::PartnerPicker(const PartnerTableModel &partners, QWidget *parent)
    : QLineEdit(parent)
    , m_partners(partners)
{
    QStringList entries;
    QHash<QString, int> nameCount;
    for (const Partner &p : partners.partners())
        ++nameCount[p.name.simplified().toCaseFolded()];
    for (const Partner &p : partners.partners()) {
        const QString entry = entryText(p.code, p.name);
        entries.append(entry);
        m_byKey.insert(entry.simplified().toCaseFolded(), p.id);
        m_byKey.insert(p.code.simplified().toCaseFolded(), p.id);
        const QString name = p.name.simplified().toCaseFolded();
        // A name two partners share names neither: the code decides.
        if (nameCount.value(name) == 1 && !m_byKey.contains(name))
            m_byKey.insert(name, p.id);
    }
    auto *completer = new QCompleter(new QStringListModel(entries, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setPlaceholderText(tr("Code or name"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, this, &PartnerPicker::partnerChanged);
}

std::optional<qint64> PartnerPicker::partnerId() const
{
    const auto found = m_byKey.constFind(text().simplified().toCaseFolded());
    return found == m_byKey.cend() ? std::nullopt : std::optional<qint64>(*found);
}

void PartnerPicker::setPartnerId(qint64 id)
{
    const Partner *p = m_partners.partnerById(id);
    setText(p ? entryText(p->code, p->name) : QString());
}

QString PartnerPicker::entryText(const QString &code, const QString &name)
{
    return code + QLatin1Char(' ') + name;
}

} // namespace cs
