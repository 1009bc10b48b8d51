#include "import/ImportFilePage.h"

#include "WorkbookSession.h"
#include "import/ImportColours.h"
#include "import/Sentences.h"
#include "import/ImportDraft.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

namespace cs {

namespace {

const QString lastFolderKey = QStringLiteral("import/lastFolder");

constexpr CsvReader::Encoding encodings[] = { CsvReader::Encoding::Auto, CsvReader::Encoding::Utf8,
    CsvReader::Encoding::Gb18030, CsvReader::Encoding::Utf16LE, CsvReader::Encoding::Utf16BE };

constexpr ImportKind kinds[] = { ImportKind::Partners, ImportKind::Results, ImportKind::Assessments,
    ImportKind::Ledger };

} // namespace

ImportFilePage::ImportFilePage(WorkbookSession &session, ImportDraft &draft, bool kindGiven, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_kindChosen(kindGiven)
{
    m_draft.workbook = &session.workbook();
    setTitle(tr("Choose the File"));
    setSubTitle(tr("An Excel workbook (.xlsx) or a text export (.csv, .txt). Title rows above the header "
                   "and notes below it are fine."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("import-path"));
    m_path->setPlaceholderText(tr("Path of the spreadsheet to import"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("import-browse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("import-error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, ImportColours::errorText());
    m_error->setPalette(red);
    m_error->hide();

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("import-kind"));
    for (ImportKind kind : kinds)
        m_kind->addItem(ImportKinds::label(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(draft.kind)));

    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("import-sheet"));
    m_sheet->setEnabled(false);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("import-encoding"));
    for (CsvReader::Encoding encoding : encodings)
        m_encoding->addItem(
            encoding == CsvReader::Encoding::Auto ? tr("Auto-detect") : CsvReader::encodingName(encoding),
            int(encoding));
    m_encoding->setEnabled(false);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("import-info"));
    m_info->setWordWrap(true);

    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    auto *form = new QFormLayout(this);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Contains:"), m_kind);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(QString(), m_info);

    // A typed path is read once the typing pauses, not at every keystroke.
    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(400);
    connect(m_typingPause, &QTimer::timeout, this, &ImportFilePage::reload);
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_typingPause->start();
        emit completeChanged();
    });
    connect(m_path, &QLineEdit::returnPressed, this, &ImportFilePage::reload);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_kindChosen = true;
        reload();
    });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportFilePage::reload);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::reload);
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    reload();
}

void ImportFilePage::browse()
{
    QString start = QFileInfo(m_path->text().trimmed()).path();
    if (m_path->text().trimmed().isEmpty() || !QFileInfo(start).isDir())
        start = QSettings()
                    .value(lastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Spreadsheet"), start, ImportSources::fileFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(lastFolderKey, QFileInfo(path).path());
    setPath(path);
}

void ImportFilePage::reload()
{
    m_typingPause->stop();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const bool newFile = path != m_loadedPath;
    m_loadedPath = path;
    if (newFile) {
        // Sheet and encoding belong to the file they were chosen for.
        const QSignalBlocker blockSheet(m_sheet);
        const QSignalBlocker blockEncoding(m_encoding);
        m_sheet->clear();
        m_encoding->setCurrentIndex(0);
    }
    m_draft.source.path = path;
    m_draft.source.sheet = newFile ? QString() : m_sheet->currentText();
    m_draft.source.encoding = CsvReader::Encoding(m_encoding->currentData().toInt());
    m_draft.kind = ImportKind(m_kind->currentData().toInt());
    m_draft.preview = {};
    m_draft.mapping = {};
    m_draft.chosenHeaderRow = 0; // a header chosen for another file, sheet or kind means nothing here
    if (path.isEmpty()) {
        showPreview(false);
        return;
    }

    m_draft.readPreview();
    bool guessed = false;
    if (newFile && !m_kindChosen && m_draft.preview.error.isEmpty()) {
        const std::optional<ImportKind> guess = ImportSources::guessKind(m_draft.preview.rows);
        if (guess && *guess != m_draft.kind) {
            const QSignalBlocker block(m_kind);
            m_kind->setCurrentIndex(m_kind->findData(int(*guess)));
            m_draft.kind = *guess;
            m_draft.readPreview();
        }
        guessed = guess.has_value();
    }
    showPreview(guessed);
}

void ImportFilePage::showPreview(bool guessed)
{
    const SheetPreview &preview = m_draft.preview;
    fillSheets();
    showEncoding();

    QString error = preview.error;
    if (error.isEmpty() && !m_draft.source.path.isEmpty() && preview.rows.isEmpty())
        error = preview.isSpreadsheet ? tr("The sheet “%1” has no data.").arg(preview.sheet)
                                      : tr("The file has no data.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());

    QStringList info;
    if (error.isEmpty() && !m_draft.source.path.isEmpty()) {
        if (guessed)
            info.append(tr("Recognised as %1.").arg(ImportKinds::label(m_draft.kind).toLower()));
        // Not an error: a header the program does not recognise can be pointed at on the next page.
        if (m_draft.mapping.headerRow == 0)
            info.append(tr("None of the first rows reads like a header of %1: the header row can be chosen "
                           "on the next page.")
                            .arg(ImportKinds::label(m_draft.kind).toLower()));
        else
            info.append(tr("Header on row %1, %Ln column(s).", "", int(m_draft.mapping.headers.size()))
                            .arg(m_draft.mapping.headerRow));
        if (m_draft.preview.mappingFromProfile)
            info.append(tr("Columns will be mapped as last time for these headers."));
    }
    m_info->setText(joinSentences(info));
    emit completeChanged();
}

void ImportFilePage::fillSheets()
{
    const SheetPreview &preview = m_draft.preview;
    const QSignalBlocker block(m_sheet);
    m_sheet->clear();
    m_sheet->addItems(preview.sheetNames);
    m_sheet->setCurrentIndex(std::max(0, int(preview.sheetNames.indexOf(preview.sheet))));
    m_sheet->setEnabled(preview.isSpreadsheet && !preview.sheetNames.isEmpty());
}

void ImportFilePage::showEncoding()
{
    const SheetPreview &preview = m_draft.preview;
    const bool text = !m_draft.source.path.isEmpty() && preview.error.isEmpty() && !preview.isSpreadsheet;
    m_encoding->setEnabled(text);
    m_encoding->setItemText(0,
        text && !preview.encodingName.isEmpty() ? tr("Auto-detect (%1)").arg(preview.encodingName)
                                                : tr("Auto-detect"));
}

bool ImportFilePage::isComplete() const
{
    return !m_typingPause->isActive() && m_draft.isReadable() && m_error->text().isEmpty();
}

bool ImportFilePage::validatePage()
{
    if (m_typingPause->isActive() || QDir::fromNativeSeparators(m_path->text().trimmed()) != m_loadedPath)
        reload();
    return isComplete();
}

} // namespace cs
