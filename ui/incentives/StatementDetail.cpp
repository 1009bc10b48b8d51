#include "incentives/StatementDetail.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace cs {

StatementDetail::StatementDetail(QWidget *parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
{
    m_text->setObjectName(QStringLiteral("statementText"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(10);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    clear();
}

void StatementDetail::setStatement(const PartnerStatement &statement, const StatementHtml::Status &status)
{
    m_hasStatement = true;
    m_text->setHtml(StatementHtml::body(statement, status));
}

void StatementDetail::clear(const QString &hint)
{
    m_hasStatement = false;
    const QString text = hint.isEmpty() ? tr("Select a partner to see the statement, line by line.") : hint;
    m_text->setHtml(QStringLiteral("<p style=\"color:#777777;\">%1</p>").arg(text.toHtmlEscaped()));
}

QString StatementDetail::plainText() const
{
    return m_text->toPlainText();
}

} // namespace cs
