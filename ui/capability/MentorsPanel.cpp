#include "capability/MentorsPanel.h"

#include "capability/MentorLoad.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cs {

namespace {
enum Column { MentorColumn, PartnersColumn, AssessedColumn, WatchColumn, ShareColumn, ColumnCount };

QStandardItem *number(qint64 value, const QString &shown)
{
    auto *item = new QStandardItem(shown);
    item->setData(value, Qt::UserRole); // sort by the number, not its text
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

MentorsPanel::MentorsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
{
    m_model->setHorizontalHeaderLabels(
        { tr("Mentor"), tr("Partners"), tr("Assessed"), tr("On the watch list"), tr("Share on the list") });
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_table->setModel(proxy);
    m_table->setObjectName(QStringLiteral("mentorsTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WatchColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MentorColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit mentorActivated(index.siblingAtColumn(MentorColumn).data(Qt::UserRole).toString());
    });

    auto *caption = new QLabel(
        tr("Partners not churned, by mentor. Double-click a mentor to list their partners."), this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_table, 1);
}

void MentorsPanel::setOverview(const CapabilityOverview &overview)
{
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const MentorLoad &m : mentorLoads(overview)) {
        auto *name = new QStandardItem(m.mentor.isEmpty() ? tr("(no mentor)") : m.mentor);
        name->setData(m.mentor, Qt::UserRole);
        // Per mille of the mentor's partners, shown as a percentage with one decimal.
        const qint64 share =
            m.partners == 0 ? 0 : (qint64(m.onWatchList) * 2000 + m.partners) / (2 * m.partners);
        m_model->appendRow({ name, number(m.partners, locale.toString(m.partners)),
            number(m.assessed, locale.toString(m.assessed)),
            number(m.onWatchList, locale.toString(m.onWatchList)),
            number(share, QStringLiteral("%1 %").arg(locale.toString(share / 10.0, 'f', 1))) });
    }
}

} // namespace cs
