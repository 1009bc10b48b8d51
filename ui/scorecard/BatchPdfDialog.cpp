#include "scorecard/BatchPdfDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cs {

BatchPdfDialog::BatchPdfDialog(
    int all, int filtered, const QString &startDir, const QString &stem, QWidget *parent)
    : QDialog(parent)
    , m_stem(stem)
{
    setWindowTitle(tr("Batch PDF"));
    const QLocale locale;
    m_all = new QRadioButton(tr("&All partners (%1)").arg(locale.toString(all)), this);
    m_filter = new QRadioButton(tr("The current &filter (%1)").arg(locale.toString(filtered)), this);
    m_filter->setEnabled(filtered < all && filtered > 0);
    (m_filter->isEnabled() ? m_filter : m_all)->setChecked(true);
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_all);
    scope->addButton(m_filter);

    m_oneFile = new QRadioButton(tr("&One PDF, a page per partner"), this);
    m_perPartner = new QRadioButton(tr("One PDF &per partner in a folder, named by code"), this);
    m_oneFile->setChecked(true);
    auto *output = new QButtonGroup(this);
    output->addButton(m_oneFile);
    output->addButton(m_perPartner);

    m_path = new QLineEdit(QDir(startDir).filePath(stem + QStringLiteral(".pdf")), this);
    m_path->setMinimumWidth(380);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_all);
    scopeBox->addWidget(m_filter);
    auto *outputBox = new QVBoxLayout;
    outputBox->addWidget(m_oneFile);
    outputBox->addWidget(m_perPartner);
    auto *form = new QFormLayout;
    form->addRow(tr("Partners:"), scopeBox);
    form->addRow(tr("Output:"), outputBox);
    form->addRow(tr("Save to:"), pathRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write PDF"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &BatchPdfDialog::browse);
    connect(m_oneFile, &QRadioButton::toggled, this, &BatchPdfDialog::outputChanged);
    connect(m_path, &QLineEdit::textChanged, this, &BatchPdfDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

bool BatchPdfDialog::filterOnly() const
{
    return m_filter->isChecked();
}

ScorecardBatch::Output BatchPdfDialog::output() const
{
    return m_oneFile->isChecked() ? ScorecardBatch::Output::OneFile : ScorecardBatch::Output::FilePerPartner;
}

QString BatchPdfDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void BatchPdfDialog::outputChanged()
{
    // Keep the folder the user chose; swap only the last part between file and folder.
    const QFileInfo current(path());
    const QString dir = current.path();
    m_path->setText(QDir::toNativeSeparators(QDir(dir).filePath(
        output() == ScorecardBatch::Output::OneFile ? m_stem + QStringLiteral(".pdf") : m_stem)));
}

void BatchPdfDialog::browse()
{
    QString chosen;
    if (output() == ScorecardBatch::Output::OneFile) {
        QFileDialog dialog(this, tr("Batch PDF"), path(), tr("PDF files (*.pdf)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("pdf"));
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            chosen = dialog.selectedFiles().front();
    } else {
        chosen = QFileDialog::getExistingDirectory(
            this, tr("Folder for the Scorecards"), QFileInfo(path()).path());
    }
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void BatchPdfDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

} // namespace cs
