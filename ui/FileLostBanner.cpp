#include "FileLostBanner.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace cs {

FileLostBanner::FileLostBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_saveCopy(new QPushButton(tr("Save a Copy As…"), this))
{
    setObjectName(QStringLiteral("fileLostBanner"));
    // A warning colour the eye finds at once; the text stays dark on it in any theme.
    setStyleSheet(QStringLiteral("#fileLostBanner { background: #fce8e6; border-bottom: 1px solid #e0a39d; }"
                                 "#fileLostBanner QLabel { color: #601410; }"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveCopy->setDefault(false);
    connect(m_saveCopy, &QPushButton::clicked, this, &FileLostBanner::saveCopyRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_saveCopy, 0, Qt::AlignVCenter);
    hide();
}

void FileLostBanner::showFor(const QString &path)
{
    m_text->setText(tr("<b>The workbook file was deleted or moved.</b> “%1” is no longer where it was "
                       "opened, so changes cannot be saved in it. Its data is still here: save a copy to "
                       "keep it.")
                        .arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    show();
}

QString FileLostBanner::text() const
{
    return m_text->text();
}

} // namespace cs
