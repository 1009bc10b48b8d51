#include "tiers/TierDetail.h"

#include "tiers/TierDetailHtml.h"

#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cs {

TierDetail::TierDetail(QWidget *parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
{
    m_text->setObjectName(QStringLiteral("tierDetailText"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(10);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    clear();
}

void TierDetail::setEvaluation(const TierEvaluation &evaluation, const TierCriteria &criteria,
    const QList<TierChange> &history, Quarter review)
{
    // The same partner again (after a confirmation, say) keeps its place in the text.
    const int scroll = evaluation.inputs.partnerId == m_partnerId ? m_text->verticalScrollBar()->value() : 0;
    m_partnerId = evaluation.inputs.partnerId;
    m_text->setHtml(TierDetailHtml::body(evaluation, criteria, history, review));
    m_text->verticalScrollBar()->setValue(scroll);
}

void TierDetail::clear(const QString &hint)
{
    m_partnerId = 0;
    const QString text = hint.isEmpty()
        ? tr("Select a partner to see each criterion, the reason for the proposal, what is missing for "
             "the next tier and the tier history.")
        : hint;
    m_text->setHtml(QStringLiteral("<p style=\"color:#777777;\">%1</p>").arg(text.toHtmlEscaped()));
}

QString TierDetail::plainText() const
{
    return m_text->toPlainText();
}

} // namespace cs
