#include "import/ImportWizard.h"

#include "WorkbookSession.h"
#include "import/ImportCheckPage.h"
#include "import/ImportColumnsPage.h"
#include "import/ImportFilePage.h"
#include "import/ImportProgress.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace cs {

ImportWizard::ImportWizard(
    WorkbookSession &session, const QString &path, std::optional<ImportKind> kind, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("import-wizard"));
    setWindowTitle(tr("Import Spreadsheet"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Import"));
    resize(1060, 760);

    if (kind)
        m_draft.kind = *kind;
    m_filePage = new ImportFilePage(session, m_draft, kind.has_value(), this);
    m_columnsPage = new ImportColumnsPage(m_draft, this);
    m_checkPage = new ImportCheckPage(session, m_draft, this);
    setPage(FilePage, m_filePage);
    setPage(ColumnsPage, m_columnsPage);
    setPage(CheckPage, m_checkPage);
    if (!path.isEmpty())
        m_filePage->setPath(path);
}

bool ImportWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentId() != CheckPage || commit();
}

bool ImportWizard::commit()
{
    ImportOptions options;
    options.kind = m_draft.kind;
    options.mapping = m_draft.mapping;
    options.validOnly = m_checkPage->validOnly();
    if (options.validOnly)
        options.rejectsPath = m_checkPage->rejectsPath();
    const QString name = QFileInfo(m_draft.source.path).fileName();
    m_result = ImportProgress::run(
        this, m_session.workbook(), m_draft.source, options, tr("Importing %1…").arg(name));

    switch (m_result.outcome) {
    case ImportOutcome::Committed:
        m_session.reloadAfterImport();
        reportCommitted();
        return true;
    case ImportOutcome::Cancelled:
        QMessageBox::information(this, tr("Import Stopped"),
            tr("The import of %1 was stopped. Nothing was written to the workbook.").arg(name));
        return false;
    case ImportOutcome::Rejected:
        // The file changed since it was checked: show what is wrong now.
        QMessageBox::warning(this, tr("Nothing Imported"),
            tr("%1 now has rows with errors, so nothing was written. The check below is up to date.")
                .arg(name));
        m_checkPage->runCheck();
        return false;
    case ImportOutcome::Checked:
    case ImportOutcome::Failed:
        break;
    }
    QMessageBox::warning(this, tr("Nothing Imported"),
        m_result.error.isEmpty() ? tr("%1 could not be imported. Nothing was written.").arg(name)
                                 : m_result.error);
    return false;
}

void ImportWizard::reportCommitted()
{
    const QString name = QFileInfo(m_draft.source.path).fileName();
    QStringList lines;
    lines.append(tr("Imported %1: %2.").arg(name, Importer::summary(m_result.counts)));
    if (m_result.counts.updated > 0)
        lines.append(
            tr("%Ln existing record(s) changed; the details list them.", "", int(m_result.counts.updated)));
    if (!m_result.error.isEmpty()) // written, but the rejected rows could not be saved
        lines.append(m_result.error);
    if (!m_result.rejectsPath.isEmpty())
        lines.append(tr("The rejected rows were written to %1, with the reason for each: correct them there "
                        "and import that file.")
                         .arg(QDir::toNativeSeparators(m_result.rejectsPath)));
    lines.append(tr("Import History can undo this import."));

    QMessageBox box(QMessageBox::Information, tr("Import Finished"), lines.join(QStringLiteral("\n\n")),
        QMessageBox::Ok, this);
    if (!m_result.changes.isEmpty()) {
        QStringList changes;
        for (const ImportChange &change : std::as_const(m_result.changes))
            changes.append(tr("Row %1, %2: %3")
                               .arg(QString::number(change.row), change.key, change.fields.join(tr(", "))));
        if (m_result.changes.size() < m_result.counts.updated)
            changes.append(tr("… and %Ln more.", "", int(m_result.counts.updated - m_result.changes.size())));
        box.setDetailedText(changes.join(QLatin1Char('\n')));
    }
    box.exec();
}

} // namespace cs
