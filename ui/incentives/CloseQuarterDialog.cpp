#include "incentives/CloseQuarterDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cs {

CloseQuarterDialog::CloseQuarterDialog(Quarter quarter, int statements, int exceptions, QWidget *parent)
    : QDialog(parent)
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Close %1").arg(quarter.label()));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);

    QString text = tr("<p><b>Closing %1 freezes its %Ln statement(s) as they stand now.</b></p>"
                      "<p>Closed statements are never rewritten. If the quarter's results, penalties or "
                      "co-funding change later, the difference is settled as adjustment lines in the next "
                      "open quarter. Closing cannot be undone.</p>",
        "", statements)
                       .arg(quarter.label().toHtmlEscaped());
    if (exceptions > 0)
        text += tr("<p>%Ln partner(s) are listed as exceptions (no results, no target, a zero target or "
                   "no tier): their statements are frozen as they stand, with each exception named.</p>",
            "", exceptions);
    auto *message = new QLabel(text, this);
    message->setWordWrap(true);
    message->setTextFormat(Qt::RichText);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(message, 1);

    auto *noteLabel = new QLabel(tr("&Note kept with the closing (optional):"), this);
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("closeNote"));
    m_note->setPlaceholderText(tr("e.g. approved by the channel director on the quarterly review"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4 + 12);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *close =
        buttons->addButton(tr("Close %1").arg(quarter.label()), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("confirmClose"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString CloseQuarterDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace cs
