#include "incentives/MdfPanel.h"

#include "ChoiceCombo.h"
#include "WorkbookSession.h"
#include "incentives/MdfActionDialog.h"
#include "incentives/MdfRequestDialog.h"
#include "incentives/RecordFilterModel.h"
#include "incentives/RecordTexts.h"
#include "partners/PartnerTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cs {

namespace {
enum HistoryColumn {
    EventState,
    EventDate,
    EventAmount,
    EventReference,
    EventReason,
    EventRecorded,
    EventCount
};

QStandardItem *cell(const QString &text, const QVariant &sort)
{
    auto *item = new QStandardItem(text);
    item->setData(sort, RecordFilterModel::SortRole);
    return item;
}

QStandardItem *money(const MdfEvent *event)
{
    auto *item = cell(event ? event->amount.toString() : QString(), event ? event->amount.fen() : -1);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *stateCell(MdfState state)
{
    auto *item = cell(labelOf(state), int(state));
    item->setForeground(RecordTexts::stateColour(state));
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    return item;
}

void setUpTable(QTableView *table, RecordFilterModel *model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}
} // namespace

MdfPanel::MdfPanel(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_events(new QStandardItemModel(0, EventCount, this))
    , m_filter(new RecordFilterModel(this))
    , m_table(new QTableView(this))
    , m_history(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_state(makeChoiceCombo<MdfState>(tr("All states"), this))
    , m_request(new QPushButton(tr("New Request…"), this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
    , m_claim(new QPushButton(tr("Claim…"), this))
    , m_pay(new QPushButton(tr("Pay…"), this))
{
    m_model->setHorizontalHeaderLabels({ tr("Partner"), tr("Activity"), tr("Planned cost"), tr("State"),
        tr("Approved"), tr("Claimed"), tr("Co-funded"), tr("Last change") });
    m_filter->setSourceModel(m_model);
    setUpTable(m_table, m_filter);
    m_table->setObjectName(QStringLiteral("mdfTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChangedColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityColumn, QHeaderView::Stretch);

    m_events->setHorizontalHeaderLabels(
        { tr("State"), tr("Date"), tr("Amount"), tr("Reference"), tr("Reason or note"), tr("Recorded") });
    auto *events = new RecordFilterModel(this);
    events->setSourceModel(m_events);
    setUpTable(m_history, events);
    m_history->setObjectName(QStringLiteral("mdfHistory"));
    m_history->horizontalHeader()->setSectionResizeMode(EventReason, QHeaderView::Stretch);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);

    m_search->setPlaceholderText(tr("Search partner, activity, reference…"));
    m_search->setClearButtonEnabled(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addStretch(1);
    for (QPushButton *button : { m_request, m_approve, m_reject, m_claim, m_pay })
        bar->addWidget(button);

    auto *historyCaption = new QLabel(tr("History of the selected request"), this);
    historyCaption->setForegroundRole(QPalette::PlaceholderText);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(historyCaption);
    lowerLayout->addWidget(m_history, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RecordFilterModel::setSearch);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const std::optional<MdfState> state = choiceOf<MdfState>(m_state);
        m_filter->setKey(state ? std::optional<int>(int(*state)) : std::nullopt);
    });
    connect(m_request, &QPushButton::clicked, this, &MdfPanel::startRequest);
    connect(m_approve, &QPushButton::clicked, this, [this] { startAction(MdfState::Approved); });
    connect(m_reject, &QPushButton::clicked, this, [this] { startAction(MdfState::Rejected); });
    connect(m_claim, &QPushButton::clicked, this, [this] { startAction(MdfState::Claimed); });
    connect(m_pay, &QPushButton::clicked, this, [this] { startAction(MdfState::Paid); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MdfPanel::showSelected);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MdfPanel::showSelected);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MdfPanel::showSelected);
    connect(&m_session, &WorkbookSession::incentivesChanged, this, &MdfPanel::refresh);
    refresh();
}

void MdfPanel::refresh()
{
    const qint64 selected = selectedId();
    m_requests.clear();
    m_session.attempt([&] { m_requests = m_session.incentives().mdfRequests(); });
    m_model->removeRows(0, m_model->rowCount());
    const PartnerTableModel *partners = m_session.partnerModel();
    for (const MdfRequest &r : std::as_const(m_requests)) {
        const Partner *partner = partners->partnerById(r.partnerId);
        auto *name =
            cell(partner ? partner->code + QLatin1Char(' ') + partner->name : tr("(unknown partner)"),
                partner ? partner->code : QString());
        name->setData(r.id, RecordFilterModel::IdRole);
        name->setData(int(r.state()), RecordFilterModel::KeyRole);
        auto *planned = cell(r.plannedCost.toString(), r.plannedCost.fen());
        planned->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QDate changed = r.events.isEmpty() ? QDate() : r.events.last().date;
        m_model->appendRow({ name, cell(r.activity, r.activity), planned, stateCell(r.state()),
            money(r.last(MdfState::Approved)), money(r.last(MdfState::Claimed)),
            money(r.last(MdfState::Paid)), cell(RecordTexts::dateText(changed), changed) });
    }
    selectRequest(selected);
    showSelected();
}

void MdfPanel::selectRequest(qint64 id)
{
    const int row = id == 0 ? -1 : m_filter->rowOfId(id);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

qint64 MdfPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.front().data(RecordFilterModel::IdRole).toLongLong() : 0;
}

const MdfRequest *MdfPanel::selectedRequest() const
{
    const qint64 id = selectedId();
    for (const MdfRequest &r : m_requests)
        if (r.id == id)
            return &r;
    return nullptr;
}

QPushButton *MdfPanel::actionButton(MdfState target) const
{
    switch (target) {
    case MdfState::Approved:
        return m_approve;
    case MdfState::Rejected:
        return m_reject;
    case MdfState::Claimed:
        return m_claim;
    case MdfState::Paid:
        return m_pay;
    case MdfState::Requested:
        break;
    }
    return nullptr;
}

void MdfPanel::showSelected()
{
    const MdfRequest *request = selectedRequest();
    const QList<MdfState> next = request ? request->nextStates() : QList<MdfState>();
    for (MdfState target : { MdfState::Approved, MdfState::Rejected, MdfState::Claimed, MdfState::Paid })
        actionButton(target)->setEnabled(next.contains(target));

    m_events->removeRows(0, m_events->rowCount());
    if (!request)
        return;
    for (const MdfEvent &e : request->events) {
        const bool hasAmount = e.state != MdfState::Requested && e.state != MdfState::Rejected;
        auto *amount = cell(hasAmount ? e.amount.toString() : QString(), e.amount.fen());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *reason = cell(e.reason.simplified(), e.reason);
        reason->setToolTip(e.reason);
        m_events->appendRow({ stateCell(e.state), cell(RecordTexts::dateText(e.date), e.date), amount,
            cell(e.reference, e.reference), reason,
            cell(RecordTexts::timeText(e.recordedAt), e.recordedAt) });
    }
}

MdfRequestDialog *MdfPanel::startRequest()
{
    auto *dialog = new MdfRequestDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        MdfRequest stored;
        if (!m_session.attempt([&] {
                stored = m_session.incentives().requestMdf(
                    *dialog->partnerId(), dialog->activity(), *dialog->plannedCost(), dialog->date());
            }))
            return;
        m_session.notifyIncentivesChanged();
        selectRequest(stored.id);
    });
    dialog->open();
    return dialog;
}

MdfActionDialog *MdfPanel::startAction(MdfState target)
{
    const MdfRequest *request = selectedRequest();
    if (!request || !request->nextStates().contains(target))
        return nullptr;
    auto *dialog = new MdfActionDialog(target, *request, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { store(dialog); });
    dialog->open();
    return dialog;
}

void MdfPanel::store(MdfActionDialog *dialog)
{
    IncentiveBook &book = m_session.incentives();
    const qint64 id = dialog->requestId();
    const bool stored = m_session.attempt([&] {
        switch (dialog->target()) {
        case MdfState::Approved:
            book.approveMdf(id, dialog->date(), dialog->amount().value_or(Money()), dialog->text());
            break;
        case MdfState::Rejected:
            book.rejectMdf(id, dialog->date(), dialog->text());
            break;
        case MdfState::Claimed:
            book.claimMdf(id, dialog->date(), dialog->amount().value_or(Money()), dialog->text());
            break;
        case MdfState::Paid:
            book.payMdf(id, dialog->date(), dialog->text());
            break;
        case MdfState::Requested:
            break;
        }
    });
    if (!stored)
        return;
    m_session.notifyIncentivesChanged();
    selectRequest(id);
}

} // namespace cs
