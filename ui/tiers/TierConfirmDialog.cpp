#include "tiers/TierConfirmDialog.h"

#include "incentives/ProblemList.h"
#include "tiers/TierReviewModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

TierConfirmDialog::TierConfirmDialog(const QList<TierEvaluation> &changes, Quarter review, QWidget *parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_table(new QTableWidget(int(changes.size()), ColumnCount, this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_confirmedBy(new QLineEdit(loginName(), this))
    , m_effect(new QLabel(this))
    , m_problems(makeProblemList(QStringLiteral("confirmProblems"), this))
{
    setWindowTitle(tr("Confirm Tier Changes"));
    auto *intro =
        new QLabel(tr("%n tier change(s) from the review of %1. Each is kept in the partner's tier history, "
                      "dated, with the reason and who confirmed it.",
                       "", int(changes.size()))
                       .arg(review.label()),
            this);
    intro->setWordWrap(true);
    m_effect->setObjectName(QStringLiteral("confirmEffect"));
    m_effect->setWordWrap(true);
    m_effect->setText(tr("The new tiers take effect from %1 for incentives and co-funding; %2 and earlier "
                         "keep the tiers they had.")
                          .arg(review.next().label(), review.label()));
    m_effect->setStyleSheet(QStringLiteral("QLabel { background: #e6eef6; color: #1f4f7a; border: 1px solid "
                                           "#a9c4de; border-radius: 4px; padding: 6px; }"));

    m_table->setObjectName(QStringLiteral("confirmTable"));
    m_table->setHorizontalHeaderLabels({ tr("Code"), tr("Partner"), tr("Change"), tr("Reason") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_changes.size(); ++row) {
        const TierEvaluation &e = m_changes[row];
        m_reasons.append(e.reason);
        m_table->setItem(row, Code, new QTableWidgetItem(e.inputs.code));
        m_table->setItem(row, Name, new QTableWidgetItem(e.inputs.name));
        auto *change = new QTableWidgetItem(TierReviewModel::tierText(e.currentTier()) + QStringLiteral(" → ")
            + TierReviewModel::proposedText(e));
        if (e.isPromotion())
            change->setForeground(QColor(30, 110, 45));
        else if (e.isDemotion())
            change->setForeground(QColor(170, 30, 25));
        m_table->setItem(row, Change, change);
        auto *reason = new QTableWidgetItem(e.reason);
        reason->setToolTip(e.reason);
        m_table->setItem(row, Reason, reason);
    }
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(Code, metrics.horizontalAdvance(QStringLiteral("HD-00000")) + 24);
    m_table->setColumnWidth(Name, 180);
    m_table->setColumnWidth(Change,
        metrics.horizontalAdvance(
            tr("Diamond") + QStringLiteral(" → ") + tr("Diamond") + QStringLiteral(" ▲"))
            + 24);

    m_reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("confirmReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(metrics.lineSpacing() * 4 + 12);
    m_confirmedBy->setObjectName(QStringLiteral("confirmedBy"));
    auto *form = new QFormLayout;
    form->addRow(tr("Confirmed &by:"), m_confirmedBy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Confirm %n Change(s)", "", int(changes.size())));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_effect);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(980, 620);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showReasonOf(row); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TierConfirmDialog::reasonEdited);
    connect(m_confirmedBy, &QLineEdit::textChanged, this, &TierConfirmDialog::validate);
    if (!m_changes.isEmpty())
        m_table->setCurrentCell(0, Reason);
    showReasonOf(m_table->currentRow());
    validate();
}

QString TierConfirmDialog::loginName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

void TierConfirmDialog::showReasonOf(int row)
{
    m_reasonRow = -1; // not an edit: loading the text must not write it back
    const bool valid = row >= 0 && row < m_changes.size();
    m_reason->setPlainText(valid ? m_reasons[row] : QString());
    m_reason->setEnabled(valid);
    m_reasonLabel->setText(valid
            ? tr("&Reason for %1 %2:").arg(m_changes[row].inputs.code, m_changes[row].inputs.name)
            : tr("&Reason:"));
    m_reasonRow = valid ? row : -1;
}

void TierConfirmDialog::reasonEdited()
{
    if (m_reasonRow < 0)
        return;
    const QString text = m_reason->toPlainText();
    m_reasons[m_reasonRow] = text;
    QTableWidgetItem *item = m_table->item(m_reasonRow, Reason);
    item->setText(text);
    item->setToolTip(text);
    validate();
}

QList<TierDecision> TierConfirmDialog::decisions() const
{
    QList<TierDecision> list;
    for (int row = 0; row < m_changes.size(); ++row)
        list.append(
            { m_changes[row].inputs.partnerId, m_changes[row].proposedTier, m_reasons[row].trimmed() });
    return list;
}

QString TierConfirmDialog::confirmedBy() const
{
    return m_confirmedBy->text().trimmed();
}

QStringList TierConfirmDialog::problems() const
{
    QStringList list;
    if (m_changes.isEmpty())
        list << tr("There is no change to confirm.");
    QStringList unexplained;
    for (int row = 0; row < m_changes.size(); ++row)
        if (m_reasons[row].trimmed().isEmpty())
            unexplained << m_changes[row].inputs.code;
    if (!unexplained.isEmpty()) {
        // A whole column emptied by mistake should not fill the dialog with codes.
        const qsizetype shown = std::min<qsizetype>(unexplained.size(), 5);
        QString codes = unexplained.mid(0, shown).join(tr(", "));
        if (unexplained.size() > shown)
            codes += QStringLiteral("…");
        list << tr("Say why the tier changes for %1: the reason is kept with each change.").arg(codes);
    }
    if (confirmedBy().isEmpty())
        list << tr("Say who confirms the changes.");
    return list;
}

void TierConfirmDialog::validate()
{
    const QStringList list = problems();
    showProblemList(m_problems, list);
    m_ok->setEnabled(list.isEmpty());
}

} // namespace cs
