#include "WelcomeView.h"

#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs {

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Channel Station"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    auto *subtitle =
        new QLabel(tr("Partners, capability, scorecards and incentives — in one workbook file."), this);
    subtitle->setWordWrap(true);

    auto *newButton = new QPushButton(tr("New workbook…"), this);
    auto *openButton = new QPushButton(tr("Open workbook…"), this);
    m_recent = new QListWidget(this);
    m_recent->setMinimumHeight(160);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/channelstation.svg")).pixmap(64, 64));
    auto *heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addSpacing(12);
    auto *headingText = new QVBoxLayout;
    headingText->addWidget(title);
    headingText->addWidget(subtitle);
    heading->addLayout(headingText, 1);

    newButton->setMinimumHeight(36);
    openButton->setMinimumHeight(36);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);

    // A readable column in the middle of the window, however large it is.
    auto *panel = new QWidget(this);
    panel->setMinimumWidth(520);
    panel->setMaximumWidth(620);
    auto *column = new QVBoxLayout(panel);
    column->addLayout(heading);
    column->addSpacing(20);
    column->addLayout(buttons);
    column->addSpacing(20);
    column->addWidget(new QLabel(tr("Recent workbooks:"), this));
    column->addWidget(m_recent);
    m_recent->setMaximumHeight(260);

    auto *outer = new QGridLayout(this);
    outer->addWidget(panel, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);

    connect(newButton, &QPushButton::clicked, this, &WelcomeView::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeView::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit openFileRequested(item->data(Qt::UserRole).toString()); });
    refresh();
}

void WelcomeView::refresh()
{
    m_recent->clear();
    for (const QString &file : RecentFiles::list()) {
        auto *item = new QListWidgetItem(QFileInfo(file).fileName() + QStringLiteral("    ")
            + QDir::toNativeSeparators(QFileInfo(file).path()));
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
        m_recent->addItem(item);
    }
    if (m_recent->count() == 0) {
        auto *none = new QListWidgetItem(tr("(none yet)"));
        none->setFlags(Qt::NoItemFlags);
        m_recent->addItem(none);
    }
}

} // namespace cs
