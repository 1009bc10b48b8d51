#include "incentives/AuditPanel.h"

#include "WorkbookSession.h"
#include "incentives/RecordFilterModel.h"
#include "incentives/RecordTexts.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cs {

AuditPanel::AuditPanel(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new RecordFilterModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
{
    m_model->setHorizontalHeaderLabels({ tr("Time"), tr("Action"), tr("Subject"), tr("Detail") });
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);

    m_search->setPlaceholderText(tr("Search action, partner, quarter, detail…"));
    m_search->setClearButtonEnabled(true);
    auto *caption = new QLabel(tr("Closings, policy versions, penalties and MDF decisions, as recorded. "
                                  "Nothing here can be edited."),
        this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(caption);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RecordFilterModel::setSearch);
    connect(&m_session, &WorkbookSession::incentivesChanged, this, &AuditPanel::refresh);
    refresh();
}

void AuditPanel::refresh()
{
    QList<AuditEntry> entries;
    m_session.attempt([&] { entries = m_session.incentives().audit(); });
    m_model->removeRows(0, m_model->rowCount());
    for (const AuditEntry &e : std::as_const(entries)) {
        auto *time = new QStandardItem(RecordTexts::timeText(e.at));
        // Entries are appended as they happen, so the id orders them even within one second.
        time->setData(e.id, RecordFilterModel::SortRole);
        time->setData(e.id, RecordFilterModel::IdRole);
        time->setToolTip(e.at.toLocalTime().toString(Qt::ISODate));
        auto *action = new QStandardItem(actionLabel(e.action));
        action->setData(action->text(), RecordFilterModel::SortRole);
        action->setToolTip(e.action);
        auto *subject = new QStandardItem(e.subject);
        subject->setData(e.subject, RecordFilterModel::SortRole);
        auto *detail = new QStandardItem(e.detail.simplified());
        detail->setData(e.detail, RecordFilterModel::SortRole);
        detail->setToolTip(e.detail);
        m_model->appendRow({ time, action, subject, detail });
    }
}

QString AuditPanel::actionLabel(const QString &code)
{
    struct Label {
        const char *code;
        const char *text;
    };
    static const Label labels[] = {
        { "policy-saved", QT_TR_NOOP("Policy saved") },
        { "policy-versioned", QT_TR_NOOP("New policy version") },
        { "period-closed", QT_TR_NOOP("Quarter closed") },
        { "penalty-recorded", QT_TR_NOOP("Penalty recorded") },
        { "penalty-removed", QT_TR_NOOP("Penalty removed") },
        { "mdf-requested", QT_TR_NOOP("MDF requested") },
        { "mdf-approved", QT_TR_NOOP("MDF approved") },
        { "mdf-rejected", QT_TR_NOOP("MDF rejected") },
        { "mdf-claimed", QT_TR_NOOP("MDF claimed") },
        { "mdf-paid", QT_TR_NOOP("MDF paid") },
    };
    for (const Label &l : labels)
        if (code == QLatin1String(l.code))
            return tr(l.text);
    return code;
}

} // namespace cs
