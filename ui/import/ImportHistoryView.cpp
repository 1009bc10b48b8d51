#include "import/ImportHistoryView.h"

#include "WorkbookSession.h"
#include "import/ImportHistoryModel.h"
#include "storage/StorageError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cs {

ImportHistoryView::ImportHistoryView(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ImportHistoryModel(this))
{
    m_import = new QPushButton(tr("Import…"), this);
    m_import->setObjectName(QStringLiteral("history-import"));
    m_undo = new QPushButton(tr("Undo This Import…"), this);
    m_undo->setObjectName(QStringLiteral("undo-import"));
    m_undoHelp = tr("Takes back what the selected import wrote. Only the latest import of each kind "
                          "can be undone, and only while nothing it wrote was changed since.");
    m_undo->setToolTip(m_undoHelp);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_import);
    bar->addWidget(m_undo);
    bar->addStretch(1);

    m_empty =
        new QLabel(tr("No imports yet. Import brings partners, quarterly results, capability assessments "
                      "or the sales ledger in from a spreadsheet (or drop the file on the window)."),
            this);
    m_empty->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("history-table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(80);
    m_table->setColumnWidth(ImportHistoryModel::Time, 140);
    m_table->setColumnWidth(ImportHistoryModel::Kind, 120);
    m_table->setColumnWidth(ImportHistoryModel::File, 240);
    m_table->setColumnWidth(ImportHistoryModel::Sheet, 100);
    m_table->setColumnWidth(ImportHistoryModel::Checksum, 120);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    connect(m_import, &QPushButton::clicked, this, &ImportHistoryView::importRequested);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryView::undoSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ImportHistoryView::updateButtons);
    connect(&session, &WorkbookSession::importsChanged, this, &ImportHistoryView::refresh);
    refresh();
}

void ImportHistoryView::refresh()
{
    const qint64 selected = selectedId();
    const qint64 newest = m_model->rowCount() > 0 ? m_model->recordAt(0).id : 0;
    QList<ImportRecord> records;
    if (!m_session.attempt([&] { records = ImportHistory(m_session.workbook()).all(); }))
        records.clear();
    m_model->setRecords(records);
    m_empty->setVisible(records.isEmpty());
    // A new import is what the user looks for next; otherwise the selection stays.
    if (!records.isEmpty() && (records.front().id != newest || m_model->rowOf(selected) < 0))
        selectId(records.front().id);
    else
        selectId(selected);
    updateButtons();
}

qint64 ImportHistoryView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->recordAt(rows.front().row()).id;
}

void ImportHistoryView::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ImportHistoryView::updateButtons()
{
    const int row = m_model->rowOf(selectedId());
    const QString blocked = row >= 0 ? m_model->recordAt(row).undoBlocked : QString();
    m_undo->setEnabled(row >= 0 && m_model->recordAt(row).canUndo && blocked.isEmpty());
    // A disabled button cannot explain itself on click; its tooltip says why.
    m_undo->setToolTip(blocked.isEmpty() ? m_undoHelp : blocked);
}

bool ImportHistoryView::undoSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0 || !m_model->recordAt(row).canUndo)
        return false;
    const ImportRecord record = m_model->recordAt(row);
    const QString file =
        record.sheet.isEmpty() ? record.fileName : tr("%1 (sheet %2)").arg(record.fileName, record.sheet);
    QMessageBox box(QMessageBox::Question, tr("Undo Import"),
        tr("Undo the import of %1 from %2?")
            .arg(file, QLocale().toString(record.importedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("%1: inserted %2, updated %3. The inserted records are removed and the updated "
           "ones get their earlier values back.")
            .arg(ImportKinds::label(record.kind), QLocale().toString(record.counts.inserted),
                QLocale().toString(record.counts.updated)));
    box.button(QMessageBox::Yes)->setText(tr("Undo Import"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return false;

    try {
        ImportHistory(m_session.workbook()).undo(record.id);
    } catch (const StorageError &e) {
        QMessageBox::warning(this, tr("The Import Was Not Undone"), e.message());
        refresh();
        return false;
    }
    m_session.reloadAfterImport(); // refreshes this view too
    return true;
}

} // namespace cs
