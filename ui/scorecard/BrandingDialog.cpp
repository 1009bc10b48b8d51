#include "scorecard/BrandingDialog.h"

#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs {

namespace {
const QString companyKey = QStringLiteral("report.company");
const QString logoKey = QStringLiteral("report.logo");
} // namespace

BrandingDialog::BrandingDialog(Workbook &workbook, QWidget *parent)
    : QDialog(parent)
    , m_workbook(workbook)
{
    setWindowTitle(tr("Report Branding"));
    auto *intro =
        new QLabel(tr("Shown at the top of every printed scorecard and PDF of this workbook."), this);
    intro->setWordWrap(true);
    m_company = new QLineEdit(workbook.setting(companyKey), this);
    m_company->setPlaceholderText(tr("Company name"));
    m_company->setMinimumWidth(360);
    m_logo = new QLineEdit(QDir::toNativeSeparators(workbook.setting(logoKey)), this);
    m_logo->setPlaceholderText(tr("No logo"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *clear = new QPushButton(tr("&Remove"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    logoRow->addWidget(clear);
    m_preview = new QLabel(this);
    m_preview->setMinimumHeight(64);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *form = new QFormLayout;
    form->addRow(tr("&Company:"), m_company);
    // A row holding a layout gets no buddy from addRow(): set it, so Alt+L works and no "&" shows.
    auto *logoLabel = new QLabel(tr("&Logo:"), this);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    form->addRow(QString(), m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &BrandingDialog::browse);
    connect(clear, &QPushButton::clicked, m_logo, &QLineEdit::clear);
    connect(m_logo, &QLineEdit::textChanged, this, &BrandingDialog::showLogo);
    connect(buttons, &QDialogButtonBox::accepted, this, &BrandingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showLogo();
}

QString BrandingDialog::company() const
{
    return m_company->text().trimmed();
}

void BrandingDialog::setCompany(const QString &company)
{
    m_company->setText(company);
}

QString BrandingDialog::logoPath() const
{
    return QDir::fromNativeSeparators(m_logo->text().trimmed());
}

void BrandingDialog::setLogoPath(const QString &path)
{
    m_logo->setText(QDir::toNativeSeparators(path));
}

void BrandingDialog::browse()
{
    const QString start = logoPath().isEmpty() ? QFileInfo(m_workbook.path()).path() : logoPath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Logo"), start, tr("Images (*.png *.jpg *.jpeg *.bmp *.svg)"));
    if (!path.isEmpty())
        setLogoPath(path);
}

void BrandingDialog::showLogo()
{
    const QString path = logoPath();
    if (path.isEmpty()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("The header shows the company name only."));
        return;
    }
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("This file cannot be read as an image."));
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(image.scaledToHeight(56, Qt::SmoothTransformation)));
}

bool BrandingDialog::save()
{
    const QString path = logoPath();
    if (!path.isEmpty() && QImageReader(path).read().isNull()) {
        QMessageBox::warning(this, windowTitle(), tr("The logo %1 cannot be read as an image.").arg(path));
        return false;
    }
    try {
        m_workbook.setSetting(companyKey, company());
        m_workbook.setSetting(logoKey, path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
    } catch (const StorageError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return false;
    }
    return true;
}

void BrandingDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace cs
