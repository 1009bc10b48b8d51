#include "partners/CodeFilterBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cs {

CodeFilterBanner::CodeFilterBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_clear(new QPushButton(tr("Show All Partners"), this))
{
    setObjectName(QStringLiteral("codeFilterBanner"));
    // A pale blue strip: information, not a warning.
    setStyleSheet(QStringLiteral("#codeFilterBanner { background: #e8f1fa; border: 1px solid #b9d3e8; "
                                 "border-radius: 4px; }"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clear);
    connect(m_clear, &QPushButton::clicked, this, &CodeFilterBanner::clearRequested);
    hide();
}

void CodeFilterBanner::showFor(int count, const QString &what)
{
    m_label->setText(tr("Showing %Ln partner(s) from the dashboard: %1", "", count).arg(what));
    show();
}

QString CodeFilterBanner::text() const
{
    return m_label->text();
}

} // namespace cs
