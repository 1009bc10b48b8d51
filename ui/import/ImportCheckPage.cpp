#include "import/ImportCheckPage.h"

#include "WorkbookSession.h"
#include "import/ImportColours.h"
#include "import/Sentences.h"
#include "import/ImportDraft.h"
#include "import/ImportProgress.h"
#include "import/ImportReportModel.h"
#include "import/SheetPreviewModel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cs {

namespace {

void setLabelColour(QLabel *label, const QColor &colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

QTableView *makeTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

} // namespace

ImportCheckPage::ImportCheckPage(WorkbookSession &session, ImportDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_draft(draft)
    , m_reportModel(new ImportReportModel(this))
    , m_previewModel(new SheetPreviewModel(this))
{
    setTitle(tr("Check and Import"));
    setSubTitle(tr("Every row has been read and checked; nothing is written until you choose Import."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("check-summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkAgain = new QPushButton(tr("Check Again"), this);
    m_checkAgain->setObjectName(QStringLiteral("check-again"));
    m_checkAgain->setToolTip(tr("Read the file again, say after correcting it in Excel."));
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_checkAgain, 0, Qt::AlignTop);

    m_listed = new QLabel(this);
    m_showNotes = new QCheckBox(this);
    m_showNotes->setObjectName(QStringLiteral("show-notes"));
    m_showNotes->setChecked(true);
    auto *listedRow = new QHBoxLayout;
    listedRow->addWidget(m_listed, 1);
    listedRow->addWidget(m_showNotes);
    m_reportTable = makeTable(this);
    m_reportTable->setObjectName(QStringLiteral("report-table"));
    m_reportTable->setModel(m_reportModel);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->setColumnWidth(ImportReportModel::RowColumn, 60);
    m_reportTable->setColumnWidth(ImportReportModel::CellColumn, 170);
    m_reportTable->setColumnWidth(ImportReportModel::ValueColumn, 140);
    m_reportTable->horizontalHeader()->setStretchLastSection(true);

    m_preview = makeTable(this);
    m_preview->setObjectName(QStringLiteral("check-preview"));
    m_preview->setModel(m_previewModel);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_preview->horizontalHeader()->setDefaultSectionSize(120);
    // Headers carry the field and the file's own header on two lines; a fixed
    // width cut the longer English ones ("Customer satisfaction") short.
    connect(m_previewModel, &QAbstractItemModel::modelReset, m_preview, &QTableView::resizeColumnsToContents);
    connect(m_previewModel, &QAbstractItemModel::headerDataChanged, m_preview, &QTableView::resizeColumnsToContents);

    auto *reportPane = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportPane);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addLayout(listedRow);
    reportLayout->addWidget(m_reportTable, 1);
    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(
        new QLabel(tr("The first rows of the file, rows with problems highlighted:"), previewPane));
    previewLayout->addWidget(m_preview, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(reportPane);
    splitter->addWidget(previewPane);
    splitter->setChildrenCollapsible(false);

    m_choice = new QGroupBox(tr("Some rows have errors"), this);
    m_allOrNothing =
        new QRadioButton(tr("Import only if every row is valid (nothing is written otherwise)"), m_choice);
    m_allOrNothing->setObjectName(QStringLiteral("all-or-nothing"));
    m_allOrNothing->setChecked(true);
    m_validOnly = new QRadioButton(tr("Import the valid rows and write the rejected rows to:"), m_choice);
    m_validOnly->setObjectName(QStringLiteral("valid-only"));
    m_rejectsPath = new QLineEdit(m_choice);
    m_rejectsPath->setObjectName(QStringLiteral("rejects-path"));
    m_browseRejects = new QPushButton(tr("Browse…"), m_choice);
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->setContentsMargins(24, 0, 0, 0);
    rejectsRow->addWidget(m_rejectsPath, 1);
    rejectsRow->addWidget(m_browseRejects);
    auto *choiceLayout = new QVBoxLayout(m_choice);
    choiceLayout->addWidget(m_allOrNothing);
    choiceLayout->addWidget(m_validOnly);
    choiceLayout->addLayout(rejectsRow);

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("import-blocked"));
    m_blocked->setWordWrap(true);
    setLabelColour(m_blocked, ImportColours::errorText());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(summaryRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_choice);
    layout->addWidget(m_blocked);

    connect(m_checkAgain, &QPushButton::clicked, this, &ImportCheckPage::runCheck);
    connect(m_showNotes, &QCheckBox::toggled, m_reportModel, &ImportReportModel::setShowNotes);
    connect(m_validOnly, &QRadioButton::toggled, this, &ImportCheckPage::showChoice);
    connect(m_rejectsPath, &QLineEdit::textChanged, this, &ImportCheckPage::showChoice);
    connect(m_browseRejects, &QPushButton::clicked, this, &ImportCheckPage::browseRejects);
    connect(m_reportTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ImportCheckPage::showProblemInPreview);
}

void ImportCheckPage::initializePage()
{
    const QString defaultRejects =
        QDir::toNativeSeparators(Importer::defaultRejectsPath(m_draft.source.path));
    if (m_rejectsFor != m_draft.source.path) { // a path the user chose stays while the file does
        m_rejectsFor = m_draft.source.path;
        m_rejectsPath->setText(defaultRejects);
    }
    m_previewModel->setMapping(m_draft.kind, m_draft.mapping);
    m_previewModel->setRows(m_draft.dataRows(int(m_draft.preview.rows.size())));
    runCheck();
}

void ImportCheckPage::runCheck()
{
    ImportOptions options;
    options.kind = m_draft.kind;
    options.mapping = m_draft.mapping;
    // Checked as the valid rows would be imported, so the counts say what each choice gives.
    options.validOnly = true;
    options.dryRun = true;
    const QString name = QFileInfo(m_draft.source.path).fileName();
    m_report = ImportProgress::run(
        this, m_session.workbook(), m_draft.source, options, tr("Checking %1…").arg(name));
    // With validOnly, Rejected means the file could not be read or mapped (an error, no rows).
    m_checked = m_report.outcome == ImportOutcome::Checked;
    showReport();
}

bool ImportCheckPage::hasValidRows() const
{
    const ImportCounts &c = m_report.counts;
    return c.inserted + c.updated + c.unchanged > 0;
}

void ImportCheckPage::showReport()
{
    QStringList summary;
    if (m_report.outcome == ImportOutcome::Cancelled) {
        summary.append(tr("The check was stopped before the end of the file. Nothing has been written; "
                          "choose Check Again to go on."));
    } else if (!m_checked) {
        summary.append(m_report.error.isEmpty() ? tr("The file could not be checked.") : m_report.error);
    } else {
        if (hasErrors()) {
            summary.append(
                tr("%Ln row(s) cannot be imported as they are.", "", int(m_report.counts.rejected)));
            summary.append(tr("Importing the valid rows gives: %1.").arg(Importer::summary(m_report.counts)));
        } else {
            summary.append(tr("Every row can be imported. Importing gives: %1.")
                               .arg(Importer::summary(m_report.counts)));
        }
        if (m_report.noteCount > 0)
            summary.append(tr("%Ln value(s) were read with a guess worth checking (notes below).", "",
                int(m_report.noteCount)));
    }
    m_summary->setText(joinSentences(summary));
    setLabelColour(m_summary, m_checked ? palette().color(QPalette::WindowText) : ImportColours::errorText());

    const qint64 total = m_report.problemCount + m_report.noteCount;
    if (!m_checked)
        m_listed->clear();
    else if (total == 0)
        m_listed->setText(tr("No problems found."));
    else if (m_report.problems.size() < total)
        m_listed->setText(tr("Problems and notes: the first %1 of %2.")
                              .arg(QLocale().toString(m_report.problems.size()), QLocale().toString(total)));
    else
        m_listed->setText(tr("Problems and notes (select one to find it in the rows below):"));
    m_showNotes->setText(tr("Show the notes (%1)").arg(QLocale().toString(m_report.noteCount)));
    m_showNotes->setVisible(m_report.noteCount > 0);
    m_reportModel->setProblems(m_report.problems);
    m_reportTable->setVisible(!m_report.problems.isEmpty());
    m_previewModel->setProblems(m_report.problems);
    showChoice();
}

void ImportCheckPage::showChoice()
{
    m_choice->setVisible(m_checked && hasErrors());
    m_rejectsPath->setEnabled(m_validOnly->isChecked());
    m_browseRejects->setEnabled(m_validOnly->isChecked());

    QString blocked;
    if (m_checked && hasErrors()) {
        if (!validOnly())
            blocked = tr(
                "Import is not possible while %Ln row(s) have errors: all or nothing means nothing "
                "would be written. Correct the file and choose Check Again, or import only the valid rows.",
                "", int(m_report.counts.rejected));
        else if (!hasValidRows())
            blocked = tr("No row is valid: there is nothing to import.");
        else if (rejectsPath().isEmpty())
            blocked = tr("Choose the file the rejected rows are written to.");
    }
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    emit completeChanged();
}

bool ImportCheckPage::validOnly() const
{
    return m_validOnly->isChecked();
}

QString ImportCheckPage::rejectsPath() const
{
    return QDir::fromNativeSeparators(m_rejectsPath->text().trimmed());
}

bool ImportCheckPage::isComplete() const
{
    return m_checked && m_blocked->text().isEmpty();
}

void ImportCheckPage::browseRejects()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Write the Rejected Rows To"), rejectsPath(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_rejectsPath->setText(QDir::toNativeSeparators(path));
}

void ImportCheckPage::showProblemInPreview(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ImportProblem &problem = m_reportModel->problemAt(index.row());
    const int row = m_previewModel->rowOf(problem.row);
    if (row < 0)
        return; // further down than the preview reads
    const QModelIndex cell = m_previewModel->index(row, std::max(0, problem.column));
    m_preview->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    // Current without being selected: the cell keeps its red, with a focus frame around it.
    m_preview->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::Clear);
}

} // namespace cs
