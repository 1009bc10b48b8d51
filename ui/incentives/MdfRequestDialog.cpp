#include "incentives/MdfRequestDialog.h"

#include "WorkbookSession.h"
#include "incentives/PartnerPicker.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs {

MdfRequestDialog::MdfRequestDialog(WorkbookSession &session, QWidget *parent)
    : QDialog(parent)
    , m_partner(new PartnerPicker(*session.partnerModel(), this))
    , m_activity(new QLineEdit(this))
    , m_cost(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New MDF Request"));
    m_activity->setPlaceholderText(tr("e.g. Regional launch event, trade show booth"));
    m_cost->setPlaceholderText(tr("e.g. ¥80,000"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Partner:"), m_partner);
    form->addRow(tr("&Activity:"), m_activity);
    form->addRow(tr("Planned &cost:"), m_cost);
    form->addRow(tr("&Requested on:"), m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_partner, &PartnerPicker::partnerChanged, this, &MdfRequestDialog::refresh);
    connect(m_activity, &QLineEdit::textChanged, this, &MdfRequestDialog::refresh);
    connect(m_cost, &QLineEdit::textChanged, this, &MdfRequestDialog::refresh);
    refresh();
    resize(480, sizeHint().height());
}

std::optional<qint64> MdfRequestDialog::partnerId() const
{
    return m_partner->partnerId();
}

QString MdfRequestDialog::activity() const
{
    return m_activity->text().trimmed();
}

std::optional<Money> MdfRequestDialog::plannedCost() const
{
    const std::optional<Money> cost = Money::parse(m_cost->text());
    return cost && cost->fen() > 0 ? cost : std::nullopt;
}

QDate MdfRequestDialog::date() const
{
    return m_date->date();
}

void MdfRequestDialog::refresh()
{
    QStringList problems;
    if (!m_partner->text().trimmed().isEmpty() && !partnerId())
        problems.append(tr("No partner has the code or name “%1”.").arg(m_partner->text().trimmed()));
    if (!m_cost->text().trimmed().isEmpty()) {
        QString error;
        const std::optional<Money> cost = Money::parse(m_cost->text(), &error);
        if (!cost)
            problems.append(error);
        else if (cost->fen() <= 0)
            problems.append(tr("The planned cost must be above zero."));
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_ok->setEnabled(problems.isEmpty() && partnerId() && !activity().isEmpty() && plannedCost());
}

} // namespace cs
