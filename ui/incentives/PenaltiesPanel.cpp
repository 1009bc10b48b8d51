#include "incentives/PenaltiesPanel.h"

#include "ChoiceCombo.h"
#include "WorkbookSession.h"
#include "domain/Quarter.h"
#include "incentives/PenaltyDialog.h"
#include "incentives/RecordFilterModel.h"
#include "incentives/RecordTexts.h"
#include "partners/PartnerTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cs {

namespace {
QStandardItem *cell(const QString &text, const QVariant &sort)
{
    auto *item = new QStandardItem(text);
    item->setData(sort, RecordFilterModel::SortRole);
    return item;
}
} // namespace

PenaltiesPanel::PenaltiesPanel(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new RecordFilterModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_kind(makeChoiceCombo<PenaltyKind>(tr("All kinds"), this))
    , m_record(new QPushButton(tr("Record Penalty…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_model->setHorizontalHeaderLabels({ tr("Date"), tr("Quarter"), tr("Code"), tr("Partner"), tr("Kind"),
        tr("Amount"), tr("Evidence"), tr("Recorded") });
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setObjectName(QStringLiteral("penaltiesTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceColumn, QHeaderView::Stretch);

    m_search->setPlaceholderText(tr("Search partner, evidence…"));
    m_search->setClearButtonEnabled(true);
    m_remove->setToolTip(tr("Only penalties of open quarters can be removed"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(m_record);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RecordFilterModel::setSearch);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const std::optional<PenaltyKind> kind = choiceOf<PenaltyKind>(m_kind);
        m_filter->setKey(kind ? std::optional<int>(int(*kind)) : std::nullopt);
    });
    connect(m_record, &QPushButton::clicked, this, &PenaltiesPanel::startRecording);
    connect(m_remove, &QPushButton::clicked, this, &PenaltiesPanel::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PenaltiesPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PenaltiesPanel::updateButtons);
    connect(&m_session, &WorkbookSession::incentivesChanged, this, &PenaltiesPanel::refresh);
    refresh();
}

void PenaltiesPanel::refresh()
{
    const qint64 selected = selectedId();
    QList<PenaltyRecord> penalties;
    PolicyHistory policies;
    m_session.attempt([&] {
        penalties = m_session.incentives().penalties();
        policies = m_session.incentives().policies();
    });
    m_model->removeRows(0, m_model->rowCount());
    const PartnerTableModel *partners = m_session.partnerModel();
    for (const PenaltyRecord &p : penalties) {
        const Partner *partner = partners->partnerById(p.partnerId);
        const Quarter quarter = Quarter::containing(p.date);
        auto *date = cell(RecordTexts::dateText(p.date), p.date);
        date->setData(p.id, RecordFilterModel::IdRole);
        date->setData(int(p.kind), RecordFilterModel::KeyRole);
        auto *amount = cell(RecordTexts::penaltyAmount(p, policies), p.amount ? p.amount->fen() : -1);
        if (!p.amount)
            amount->setToolTip(tr("The policy's rule for this kind, applied when the quarter is settled"));
        auto *evidence = cell(p.evidence.simplified(), p.evidence);
        evidence->setToolTip(p.evidence);
        m_model->appendRow({ date, cell(quarter.label(), quarter.toString()),
            cell(partner ? partner->code : QString(), partner ? partner->code : QString()),
            cell(partner ? partner->name : tr("(unknown partner)"), partner ? partner->name : QString()),
            cell(labelOf(p.kind), labelOf(p.kind)), amount, evidence,
            cell(RecordTexts::timeText(p.recordedAt), p.recordedAt) });
    }
    const int row = m_filter->rowOfId(selected);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

PenaltyDialog *PenaltiesPanel::startRecording()
{
    auto *dialog = new PenaltyDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { record(dialog); });
    dialog->open();
    return dialog;
}

void PenaltiesPanel::record(PenaltyDialog *dialog)
{
    PenaltyRecord stored;
    if (!m_session.attempt([&] { stored = m_session.incentives().recordPenalty(dialog->penalty()); }))
        return;
    m_session.notifyIncentivesChanged();
    const int row = m_filter->rowOfId(stored.id);
    if (row >= 0)
        m_table->selectRow(row);
}

void PenaltiesPanel::removeSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const int row = m_filter->rowOfId(id);
    const QString partner = m_filter->index(row, CodeColumn).data().toString();
    const QString date = m_filter->index(row, DateColumn).data().toString();
    if (QMessageBox::question(this, tr("Remove Penalty"),
            tr("Remove the penalty of %1 dated %2? The audit trail keeps a record of it.").arg(partner, date))
        != QMessageBox::Yes)
        return;
    if (m_session.attempt([&] { m_session.incentives().removePenalty(id); }))
        m_session.notifyIncentivesChanged();
}

qint64 PenaltiesPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.front().data(RecordFilterModel::IdRole).toLongLong() : 0;
}

void PenaltiesPanel::updateButtons()
{
    m_remove->setEnabled(selectedId() != 0);
}

} // namespace cs
