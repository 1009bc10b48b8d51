#include "partners/PartnersView.h"

#include "ChoiceCombo.h"
#include "WorkbookSession.h"
#include "capability/AssessmentEditing.h"
#include "capability/PartnerCapabilityPanel.h"
#include "partners/CodeFilterBanner.h"
#include "partners/PartnerCommands.h"
#include "partners/PartnerEditor.h"
#include "partners/PartnerFilterModel.h"
#include "partners/PartnerTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cs {

PartnersView::PartnersView(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new PartnerFilterModel(this))
{
    m_filter->setSourceModel(session.partnerModel());

    auto *bar = new QHBoxLayout;
    buildFilters(bar);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(PartnerField::Code), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(90);
    m_table->setColumnWidth(int(PartnerField::Name), 260);
    m_table->setColumnWidth(int(PartnerField::Parent), 200);
    m_table->setColumnWidth(int(PartnerField::ContactEmail), 200);

    m_editor = new PartnerEditor(*session.partnerModel(), session.partners(), this);
    m_capability = new PartnerCapabilityPanel(session, this);
    new AssessmentEditing(session, m_capability);
    m_detailTabs = new QTabWidget(this);
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_editor, tr("Details"));
    m_detailTabs->addTab(m_capability, tr("Capability"));

    m_splitter = new QSplitter(this);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_codeBanner = new CodeFilterBanner(left);
    connect(m_codeBanner, &CodeFilterBanner::clearRequested, this, &PartnersView::clearCodes);
    leftLayout->addWidget(m_codeBanner);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_table);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 900, 380 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PartnersView::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PartnersView::selectionChanged);
    m_editor->setSaveHandler(
        [this](const Partner &before, const Partner &after) { return savePartner(before, after); });
    connect(m_detailTabs, &QTabWidget::currentChanged, this, &PartnersView::onDetailTabChanged);
    connect(m_editor, &PartnerEditor::cancelNewRequested, this, [this] {
        m_editor->clear();
        m_shownId = 0;
        onCurrentChanged();
    });
    connect(&session, &WorkbookSession::partnersChanged, this, &PartnersView::onPartnersChanged);
    // An import reloads every partner; the reset drops the table's selection silently.
    connect(session.partnerModel(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_shownId != 0)
            selectQuietly(m_shownId);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PartnersView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PartnersView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PartnersView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PartnersView::updateCount);

    restoreState();
    updateCount();
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
}

PartnersView::~PartnersView()
{
    saveState();
}

void PartnersView::buildFilters(QHBoxLayout *bar)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("partnerSearch"));
    m_search->setPlaceholderText(tr("Search code, name, region or mentor (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_typeFilter = makeChoiceCombo<PartnerType>(tr("All types"), this);
    m_tierFilter = makeChoiceCombo<Tier>(tr("All tiers"), this);
    m_statusFilter = makeChoiceCombo<PartnerStatus>(tr("All statuses"), this);
    m_regionFilter = new QComboBox(this);
    m_regionFilter->addItem(tr("All regions"), QString());
    for (const QString &region : m_session.partnerModel()->regions())
        m_regionFilter->addItem(region, region);
    m_count = new QLabel(this);

    bar->addWidget(m_search, 2);
    bar->addWidget(m_typeFilter);
    bar->addWidget(m_regionFilter);
    bar->addWidget(m_tierFilter);
    bar->addWidget(m_statusFilter);
    bar->addStretch(1);
    bar->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_filter, &PartnerFilterModel::setSearchText);
    for (QComboBox *combo : { m_typeFilter, m_regionFilter, m_tierFilter, m_statusFilter })
        connect(combo, &QComboBox::currentIndexChanged, this, &PartnersView::applyFilters);
}

void PartnersView::applyFilters()
{
    m_filter->setTypeFilter(choiceOf<PartnerType>(m_typeFilter));
    m_filter->setRegionFilter(m_regionFilter->currentData().toString());
    m_filter->setTierFilter(choiceOf<Tier>(m_tierFilter));
    m_filter->setStatusFilter(choiceOf<PartnerStatus>(m_statusFilter));
}

void PartnersView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_session.partnerModel()->rowCount();
    m_count->setText(shown == total ? tr("%Ln partner(s)", "", total)
                                    : tr("%1 of %Ln partner(s)", "", total).arg(QLocale().toString(shown)));
}

void PartnersView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PartnersView::showPartner(qint64 id)
{
    if (m_session.partnerModel()->rowOf(id) < 0)
        return;
    if (!isVisibleInTable(id)) {
        clearCodes();
        m_search->clear();
        for (QComboBox *combo : { m_typeFilter, m_regionFilter, m_tierFilter, m_statusFilter })
            combo->setCurrentIndex(0);
    }
    selectPartner(id);
    m_table->setFocus();
}

void PartnersView::showCodes(const QStringList &codes, const QString &what)
{
    // Exactly the partners chosen: a search or filter left from before would hide some.
    m_search->clear();
    for (QComboBox *combo : { m_typeFilter, m_regionFilter, m_tierFilter, m_statusFilter })
        combo->setCurrentIndex(0);
    m_filter->setCodeFilter(QSet<QString>(codes.cbegin(), codes.cend()));
    m_codeBanner->showFor(int(codes.size()), what);
    if (m_filter->rowCount() > 0 && !isVisibleInTable(m_shownId))
        m_table->selectionModel()->setCurrentIndex(
            m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PartnersView::clearCodes()
{
    m_codeBanner->hide();
    if (!m_filter->hasCodeFilter())
        return;
    m_filter->setCodeFilter(std::nullopt);
    if (m_shownId != 0)
        selectQuietly(m_shownId);
}

bool PartnersView::hasSelection() const
{
    return m_table->selectionModel()->hasSelection();
}

bool PartnersView::settlePendingEdit()
{
    if (!m_editor->hasChanges())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved partner details"),
        tr("The partner form has changes that are not saved yet. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_editor->save();
    m_editor->revert();
    return true;
}

void PartnersView::onPartnersChanged()
{
    // Rows change under undo and redo too: keep the count, the region list and the editor in step with the
    // file.
    m_choicesStale = true;
    updateCount();
    refreshRegionFilter();
    if (m_editor->isEditingNew() || m_shownId == 0)
        return;
    if (const Partner *shown = m_session.partnerModel()->partnerById(m_shownId)) {
        if (m_editor->hasChanges())
            m_editor->rebase(*shown);
        else
            m_editor->showPartner(*shown);
    } else {
        m_editor->clear(); // deleted (by undo of its addition, say)
        m_shownId = 0;
        m_capability->showPartner(0);
    }
}

bool PartnersView::isVisibleInTable(qint64 id) const
{
    const int sourceRow = m_session.partnerModel()->rowOf(id);
    return sourceRow >= 0 && m_filter->mapFromSource(m_session.partnerModel()->index(sourceRow, 0)).isValid();
}

void PartnersView::onCurrentChanged()
{
    if (m_writing)
        return;
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(PartnerTableModel::IdRole).toLongLong() : 0;
    if (id == m_shownId && !m_editor->isEditingNew())
        return;
    if (m_editor->hasChanges()) {
        // Keep the form. A move the user made (the edited row is still listed) is
        // asked about once this signal is over, never inside the proxy's own update;
        // a row that a filter or search hid just leaves the table without a selection.
        const bool userMoved = m_editor->isEditingNew() || isVisibleInTable(m_shownId);
        selectQuietly(m_shownId);
        if (userMoved && id != 0)
            QTimer::singleShot(0, this, [this, id] {
                if (settlePendingEdit())
                    selectPartner(id);
            });
        return;
    }
    if (m_choicesStale) {
        m_editor->refreshChoices();
        m_choicesStale = false;
    }
    m_shownId = id;
    m_capability->showPartner(id);
    if (const Partner *p = m_session.partnerModel()->partnerById(id))
        m_editor->showPartner(*p);
    else
        m_editor->clear();
}

void PartnersView::addPartner()
{
    if (!settlePendingEdit())
        return;
    if (m_choicesStale) {
        m_editor->refreshChoices();
        m_choicesStale = false;
    }
    m_editor->startNew();
    m_capability->showPartner(0); // nothing to assess until it is saved
    selectQuietly(0);
}

bool PartnersView::savePartner(const Partner &before, const Partner &after)
{
    // The table changes under our own write; the editor is set explicitly below.
    const QScopedValueRollback<bool> writing(m_writing, true);
    qint64 id = after.id;
    if (before.id == 0) {
        auto *command = AddPartnerCommand::create(m_session, after);
        if (!command)
            return false;
        id = command->partnerId();
        m_session.undoStack()->push(command);
    } else {
        // Undo returns to what the workbook held, which the form was rebased on.
        // A copy: the model entry is overwritten by the command itself.
        const Partner *latest = m_session.partnerModel()->partnerById(after.id);
        const Partner previous = latest ? *latest : before;
        auto *command = EditPartnerCommand::create(m_session, previous, after);
        if (!command)
            return false;
        m_session.undoStack()->push(command);
    }
    m_shownId = id;
    m_capability->showPartner(id);
    if (const Partner *stored = m_session.partnerModel()->partnerById(id))
        m_editor->showPartner(*stored);
    selectQuietly(id);
    return true;
}

void PartnersView::selectQuietly(qint64 id)
{
    const QScopedValueRollback<bool> writing(m_writing, true);
    if (isVisibleInTable(id)) {
        selectPartner(id);
    } else {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
}

void PartnersView::refreshRegionFilter()
{
    const QStringList regions = m_session.partnerModel()->regions();
    if (m_regionFilter->count() == regions.size() + 1)
        return;
    const QString current = m_regionFilter->currentData().toString();
    const QSignalBlocker block(m_regionFilter);
    m_regionFilter->clear();
    m_regionFilter->addItem(tr("All regions"), QString());
    for (const QString &region : regions)
        m_regionFilter->addItem(region, region);
    m_regionFilter->setCurrentIndex(std::max(0, m_regionFilter->findData(current)));
}

void PartnersView::deleteSelected()
{
    QList<Partner> selected;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const Partner *p =
                m_session.partnerModel()->partnerById(row.data(PartnerTableModel::IdRole).toLongLong()))
            selected.append(*p);
    if (selected.isEmpty())
        return;
    const QString question = selected.size() == 1
        ? tr("Delete partner %1 %2?").arg(selected.front().code, selected.front().name)
        : tr("Delete the %n selected partner(s)?", "", int(selected.size()));
    if (QMessageBox::question(this, tr("Delete", "dialog title"),
            question + QLatin1Char('\n') + tr("You can undo this."), QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (auto *command = DeletePartnersCommand::create(m_session, selected))
        m_session.undoStack()->push(command);
}

void PartnersView::selectPartner(qint64 id)
{
    const int sourceRow = m_session.partnerModel()->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_session.partnerModel()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    // Not QAbstractItemView::setCurrentIndex: it reads the keyboard modifiers, and
    // with Ctrl still held from Ctrl+Enter it would toggle the row off instead.
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void PartnersView::onDetailTabChanged()
{
    const QByteArray shown = m_splitter->saveState();
    applySplit(m_otherTabSplitter);
    m_otherTabSplitter = shown;
}

void PartnersView::applySplit(const QByteArray &state)
{
    if (!state.isEmpty()) {
        m_splitter->restoreState(state);
    } else if (m_detailTabs->currentWidget() == m_capability) {
        // First time on this tab: room for the radar and the trend side by side.
        const QList<int> sizes = m_splitter->sizes();
        const int total = std::max(sizes.value(0) + sizes.value(1), 1280);
        m_splitter->setSizes({ total * 2 / 5, total * 3 / 5 });
    }
}

// The splitter key without a tab's name is the Details tab's, as it was before the tabs.
void PartnersView::saveState() const
{
    const bool capability = m_detailTabs->currentWidget() == m_capability;
    const QByteArray current = m_splitter->saveState();
    QSettings settings;
    settings.setValue(QStringLiteral("partners/splitter"), capability ? m_otherTabSplitter : current);
    settings.setValue(
        QStringLiteral("partners/capabilitySplitter"), capability ? current : m_otherTabSplitter);
    settings.setValue(QStringLiteral("partners/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("partners/detailTab"), m_detailTabs->currentIndex());
}

void PartnersView::restoreState()
{
    QSettings settings;
    {
        const QSignalBlocker quiet(m_detailTabs); // the split is chosen here, not swapped
        m_detailTabs->setCurrentIndex(settings.value(QStringLiteral("partners/detailTab"), 0).toInt());
    }
    const QByteArray details = settings.value(QStringLiteral("partners/splitter")).toByteArray();
    const QByteArray capability = settings.value(QStringLiteral("partners/capabilitySplitter")).toByteArray();
    const bool onCapability = m_detailTabs->currentWidget() == m_capability;
    applySplit(onCapability ? capability : details);
    m_otherTabSplitter = onCapability ? details : capability;
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("partners/header")).toByteArray());
}

} // namespace cs
