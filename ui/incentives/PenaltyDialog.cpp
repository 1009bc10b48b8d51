#include "incentives/PenaltyDialog.h"

#include "ChoiceCombo.h"
#include "WorkbookSession.h"
#include "domain/Quarter.h"
#include "incentives/PartnerPicker.h"
#include "incentives/RecordTexts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs {

namespace {
QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->hide();
    return label;
}
} // namespace

PenaltyDialog::PenaltyDialog(WorkbookSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_policies(session.incentives().policies())
    , m_partner(new PartnerPicker(*session.partnerModel(), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_kind(makeChoiceCombo<PenaltyKind>(QString(), this))
    , m_amount(new QLineEdit(this))
    , m_evidence(new QPlainTextEdit(this))
    , m_rule(new QLabel(this))
    , m_closed(noteLabel(this))
    , m_problem(noteLabel(this))
{
    setWindowTitle(tr("Record Penalty"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_amount->setPlaceholderText(tr("Empty: the policy's rule"));
    m_evidence->setPlaceholderText(tr("Order numbers, photos, the report that proves it"));
    m_evidence->setTabChangesFocus(true);
    m_rule->setForegroundRole(QPalette::PlaceholderText);
    m_rule->setWordWrap(true);
    m_closed->setStyleSheet(QStringLiteral("color: #a65b00;"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Partner:"), m_partner);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_closed);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(QString(), m_rule);
    form->addRow(tr("&Evidence:"), m_evidence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(m_partner, &PartnerPicker::partnerChanged, this, &PenaltyDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &PenaltyDialog::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PenaltyDialog::refresh);
    connect(m_amount, &QLineEdit::textChanged, this, &PenaltyDialog::refresh);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, &PenaltyDialog::refresh);
    refresh();
}

PenaltyRecord PenaltyDialog::penalty() const
{
    PenaltyRecord p;
    p.partnerId = m_partner->partnerId().value_or(0);
    p.date = m_date->date();
    p.kind = choiceOf<PenaltyKind>(m_kind).value_or(PenaltyKind::Other);
    p.evidence = m_evidence->toPlainText().trimmed();
    if (!m_amount->text().trimmed().isEmpty())
        p.amount = Money::parse(m_amount->text());
    return p;
}

bool PenaltyDialog::valid() const
{
    return m_ok->isEnabled();
}

void PenaltyDialog::refresh()
{
    QStringList problems;
    if (!m_partner->text().trimmed().isEmpty() && !m_partner->partnerId())
        problems.append(tr("No partner has the code or name “%1”.").arg(m_partner->text().trimmed()));
    const QString amountText = m_amount->text().trimmed();
    if (!amountText.isEmpty()) {
        QString error;
        const std::optional<Money> amount = Money::parse(amountText, &error);
        if (!amount)
            problems.append(error);
        else if (amount->fen() <= 0)
            problems.append(tr("The amount must be above zero; leave it empty to use the policy's rule."));
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());

    PenaltyRecord rule = penalty();
    rule.amount.reset();
    m_rule->setText(tr("Policy rule for this kind: %1").arg(RecordTexts::penaltyAmount(rule, m_policies)));
    m_closed->setVisible(m_session.incentives().isClosed(Quarter::containing(m_date->date())));
    m_closed->setText(
        tr("That quarter is closed: the penalty will be deducted as an adjustment in the next open quarter"));

    m_ok->setEnabled(
        problems.isEmpty() && m_partner->partnerId() && !m_evidence->toPlainText().trimmed().isEmpty());
}

} // namespace cs
