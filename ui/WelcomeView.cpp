#include "WelcomeView.h"

#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
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
    auto *subtitle = new QLabel(tr("Partners, capability, scorecards and incentives — in one workbook file."), this);
    subtitle->setWordWrap(true);

    auto *newButton = new QPushButton(tr("New workbook…"), this);
    auto *openButton = new QPushButton(tr("Open workbook…"), this);
    m_recent = new QListWidget(this);
    m_recent->setMinimumHeight(160);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(newButton);
    column->addWidget(openButton);
    column->addSpacing(16);
    column->addWidget(new QLabel(tr("Recent workbooks:"), this));
    column->addWidget(m_recent);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

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
