#include "incentives/NewVersionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cs {

NewVersionDialog::NewVersionDialog(const QString &explanation, std::optional<Quarter> firstAllowed,
    Quarter suggested, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_quarter(new QComboBox(this))
    , m_note(new QLineEdit(note, this))
{
    setWindowTitle(tr("New Policy Version"));
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    Quarter first = firstAllowed ? *firstAllowed : suggested;
    if (!firstAllowed && suggested.isValid())
        first = Quarter(suggested.year() - 1, suggested.quarter()); // room to go back a little
    if (suggested < first)
        suggested = first;
    // Three years ahead is further than anyone plans a rebate policy.
    Quarter q = first;
    for (int i = 0; i < 16; ++i, q = q.next())
        m_quarter->addItem(q.label(), q.toString());
    m_quarter->setObjectName(QStringLiteral("effectiveQuarter"));
    m_quarter->setCurrentIndex(std::max(0, m_quarter->findData(suggested.toString())));
    m_note->setObjectName(QStringLiteral("versionNote"));
    m_note->setPlaceholderText(tr("Why this version exists, e.g. \"2027 growth push\""));

    auto *form = new QFormLayout;
    form->addRow(tr("Effective from:"), m_quarter);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

Quarter NewVersionDialog::quarter() const
{
    return Quarter::parse(m_quarter->currentData().toString()).value_or(Quarter());
}

QString NewVersionDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace cs
