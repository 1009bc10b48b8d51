#include "incentives/MdfActionDialog.h"

#include "WorkbookSession.h"
#include "domain/Quarter.h"
#include "incentives/RecordTexts.h"
#include "partners/PartnerTableModel.h"
#include "storage/StorageError.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs {

namespace {
QString titleFor(MdfState target)
{
    switch (target) {
    case MdfState::Approved:
        return MdfActionDialog::tr("Approve MDF Request");
    case MdfState::Rejected:
        return MdfActionDialog::tr("Reject MDF Request");
    case MdfState::Claimed:
        return MdfActionDialog::tr("Claim MDF");
    case MdfState::Paid:
        return MdfActionDialog::tr("Pay MDF Co-Funding");
    case MdfState::Requested:
        break;
    }
    return {};
}

QString textLabelFor(MdfState target)
{
    switch (target) {
    case MdfState::Approved:
        return MdfActionDialog::tr("&Note:");
    case MdfState::Rejected:
        return MdfActionDialog::tr("&Reason:");
    case MdfState::Claimed:
        return MdfActionDialog::tr("&Proof reference:");
    default:
        return MdfActionDialog::tr("Payment &reference:");
    }
}

QString okTextFor(MdfState target)
{
    switch (target) {
    case MdfState::Approved:
        return MdfActionDialog::tr("Approve");
    case MdfState::Rejected:
        return MdfActionDialog::tr("Reject");
    case MdfState::Claimed:
        return MdfActionDialog::tr("Claim");
    default:
        return MdfActionDialog::tr("Pay");
    }
}

bool textRequired(MdfState target)
{
    return target == MdfState::Rejected || target == MdfState::Claimed;
}
} // namespace

MdfActionDialog::MdfActionDialog(
    MdfState target, const MdfRequest &request, WorkbookSession &session, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_request(request)
    , m_session(session)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_text(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(titleFor(target));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_problem->hide();

    const Partner *partner = session.partnerModel()->partnerById(request.partnerId);
    auto *summary = new QLabel(
        tr("<b>%1 %2</b><br>%3 · planned %4")
            .arg(partner ? partner->code : QString(), (partner ? partner->name : QString()).toHtmlEscaped(),
                request.activity.toHtmlEscaped(), request.plannedCost.toString()),
        this);
    summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(summary);
    form->addRow(target == MdfState::Paid ? tr("Paid &on:") : tr("&Date:"), m_date);
    if (target == MdfState::Approved || target == MdfState::Claimed) {
        m_amount = new QLineEdit(this);
        if (target == MdfState::Approved) {
            m_amount->setText(request.plannedCost.toString());
            form->addRow(tr("Approved &amount:"), m_amount);
        } else {
            const MdfEvent *approved = request.last(MdfState::Approved);
            if (approved)
                m_amount->setPlaceholderText(tr("approved %1").arg(approved->amount.toString()));
            form->addRow(tr("Claimed &amount:"), m_amount);
        }
        connect(m_amount, &QLineEdit::textChanged, this, &MdfActionDialog::refresh);
    }
    form->addRow(textLabelFor(target), m_text);
    if (target == MdfState::Rejected)
        m_text->setPlaceholderText(tr("Required: why it is rejected"));
    else if (target == MdfState::Claimed)
        m_text->setPlaceholderText(tr("Required: invoice number, photos, report"));
    else
        m_text->setPlaceholderText(tr("Optional"));
    if (target == MdfState::Paid) {
        m_coFunding = new QLabel(this);
        m_coFunding->setWordWrap(true);
        m_coFunding->setTextFormat(Qt::RichText);
        form->addRow(tr("Co-funding:"), m_coFunding);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okTextFor(target));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &MdfActionDialog::refresh);
    connect(m_text, &QLineEdit::textChanged, this, &MdfActionDialog::refresh);
    refresh();
    resize(520, sizeHint().height());
}

QDate MdfActionDialog::date() const
{
    return m_date->date();
}

std::optional<Money> MdfActionDialog::amount() const
{
    if (!m_amount)
        return std::nullopt;
    const std::optional<Money> amount = Money::parse(m_amount->text());
    return amount && amount->fen() > 0 ? amount : std::nullopt;
}

QString MdfActionDialog::text() const
{
    return m_text->text().trimmed();
}

QString MdfActionDialog::coFundingSentence(QString *problem) const
{
    const QDate date = m_date->date();
    const Quarter quarter = Quarter::containing(date);
    const MdfEvent *claim = m_request.last(MdfState::Claimed);
    const MdfEvent *approved = m_request.last(MdfState::Approved);
    const Partner *partner = m_session.partnerModel()->partnerById(m_request.partnerId);
    if (m_session.incentives().isClosed(quarter)) {
        *problem = tr("%1 is closed: pay on a date in an open quarter.").arg(quarter.label());
        return {};
    }
    CoFunding funding;
    PolicyHistory policies;
    try {
        funding = m_session.incentives().coFundingFor(m_request.id, date);
        policies = m_session.incentives().policies();
    } catch (const StorageError &e) {
        *problem = e.message();
        return {};
    }
    const IncentivePolicy *policy = policies.inForce(quarter);
    const std::optional<Tier> tier = partner ? partner->tier : std::nullopt;
    const qint64 shareBp = policy && tier ? policy->coFundingFor(*tier) : 0;
    return tr("%1<br><b>Co-funded: %2</b>, settled as a co-funding line in %3.")
        .arg(RecordTexts::coFunding(funding, claim ? claim->amount : Money(), shareBp, tier,
                 approved ? approved->amount : Money())
                 .toHtmlEscaped(),
            funding.amount.toString(), quarter.label());
}

void MdfActionDialog::refresh()
{
    QStringList problems;
    const MdfEvent *lastStep = m_request.events.isEmpty() ? nullptr : &m_request.events.last();
    if (lastStep && lastStep->date.isValid() && m_date->date() < lastStep->date)
        problems.append(tr("The date is before the request's last step (%1).")
                            .arg(RecordTexts::dateText(lastStep->date)));
    if (m_amount && !m_amount->text().trimmed().isEmpty()) {
        QString error;
        const std::optional<Money> amount = Money::parse(m_amount->text(), &error);
        if (!amount)
            problems.append(error);
        else if (amount->fen() <= 0)
            problems.append(tr("The amount must be above zero."));
    }
    if (m_coFunding) {
        if (m_date->date() != m_fundedDate) {
            m_fundedDate = m_date->date();
            m_fundedProblem.clear();
            m_fundedSentence = coFundingSentence(&m_fundedProblem);
        }
        m_coFunding->setText(m_fundedSentence);
        if (!m_fundedProblem.isEmpty())
            problems.append(m_fundedProblem);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    const bool amountOk = !m_amount || amount();
    const bool textOk = !textRequired(m_target) || !text().isEmpty();
    m_ok->setEnabled(problems.isEmpty() && amountOk && textOk);
}

} // namespace cs
