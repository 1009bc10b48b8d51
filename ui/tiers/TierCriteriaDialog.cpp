#include "tiers/TierCriteriaDialog.h"

#include "WorkbookSession.h"
#include "incentives/ProblemList.h"
#include "storage/TierStore.h"
#include "tiers/TierCriteriaForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs {

TierCriteriaDialog::TierCriteriaDialog(WorkbookSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new TierCriteriaForm(this))
    , m_problems(makeProblemList(QStringLiteral("criteriaProblems"), this))
    , m_ready(new QLabel(tr("The criteria can be used: OK stores them and the review runs again."), this))
{
    setWindowTitle(tr("Tier Criteria"));
    QStringList loadProblems;
    m_stored = TierStore(session.workbook()).criteria(&loadProblems);
    m_storedIsUsable = loadProblems.isEmpty();

    auto *intro = new QLabel(tr("A partner's score is the weighted sum of five sub-scores of 0–100, each "
                                "earned in proportion up to its full-marks value. A tier needs its least "
                                "score and every minimum set for it or a tier below; the rest is Bronze. "
                                "Values are in each criterion's unit: yuan, a percentage of the channel's "
                                "product lines, a certification level, a service score of 0–10."),
        this);
    intro->setWordWrap(true);
    auto *loadNote = new QLabel(this);
    loadNote->setObjectName(QStringLiteral("criteriaLoadProblems"));
    loadNote->setWordWrap(true);
    loadNote->setTextFormat(Qt::PlainText);
    loadNote->setStyleSheet(QStringLiteral("QLabel { color: #7a5b00; background: #fff6d5; border: 1px solid "
                                           "#e6cf80; border-radius: 4px; padding: 6px; }"));
    loadNote->setText(loadProblems.join(QLatin1Char('\n')));
    loadNote->setVisible(!loadProblems.isEmpty());

    m_form->load(m_stored);
    m_ready->setObjectName(QStringLiteral("criteriaReady"));
    m_ready->setWordWrap(true);
    m_ready->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    QPushButton *defaults = buttons->button(QDialogButtonBox::RestoreDefaults);
    defaults->setToolTip(tr("The default criteria; stored only with OK"));
    connect(defaults, &QPushButton::clicked, this, [this] { m_form->load(defaultTierCriteria()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &TierCriteriaDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &TierCriteriaForm::changed, this, &TierCriteriaDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(loadNote);
    layout->addWidget(m_form);
    layout->addWidget(m_problems);
    layout->addWidget(m_ready);
    layout->addStretch(1);
    layout->addWidget(buttons);
    validate();
}

QStringList TierCriteriaDialog::problems() const
{
    const QStringList input = m_form->inputProblems();
    return input + tierCriteriaProblems(m_form->criteria());
}

void TierCriteriaDialog::validate()
{
    const QStringList list = problems();
    showProblemList(m_problems, list);
    m_ready->setVisible(list.isEmpty());
    m_ok->setEnabled(list.isEmpty());
}

void TierCriteriaDialog::accept()
{
    if (!problems().isEmpty())
        return;
    const TierCriteria edited = m_form->criteria();
    // Unedited and usable: storing the same criteria again would change nothing.
    if (m_storedIsUsable && edited == m_stored)
        return QDialog::accept();
    if (m_session.attempt([&] { TierStore(m_session.workbook()).saveCriteria(edited); }))
        QDialog::accept();
}

} // namespace cs
