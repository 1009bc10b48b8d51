#include "print/ScorecardPdf.h"

#include "storage/Workbook.h"

#include <QDate>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

namespace cs {

namespace {

// Writes the cards as pages of one PDF through a QSaveFile, so the final name
// only ever holds a complete file. `progress` gets (offset + pages done, total).
bool writeFile(const QString &path, const QList<ScorecardCard> &cards, const ReportBranding &branding,
    const ScorecardPdf::Progress &progress, int offset, int total, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = ScorecardPdf::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QPdfWriter pdf(&file);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    // 300 dpi keeps coordinates fine enough for hairlines while keeping the file small.
    pdf.setResolution(300);
    pdf.setCreator(QStringLiteral("Channel Station"));
    pdf.setTitle(cards.size() == 1
            ? ScorecardPdf::tr("Partner scorecard %1 %2")
                  .arg(cards.front().code, cards.front().quarter.label())
            : ScorecardPdf::tr("Partner scorecards %1").arg(cards.front().quarter.label()));

    QPainter painter;
    if (!painter.begin(&pdf)) {
        file.cancelWriting();
        if (error)
            *error = ScorecardPdf::tr("Cannot start a PDF in %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QRectF device = pdf.pageLayout().fullRectPixels(pdf.resolution());
    const QRectF page = ScorecardRenderer::pageRect();
    painter.scale(device.width() / page.width(), device.height() / page.height());
    const QDate today = QDate::currentDate();
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        ScorecardRenderer::paint(painter, cards[i], branding, int(i) + 1, int(cards.size()), today);
        if (progress && !progress(offset + int(i) + 1, total)) {
            painter.end();
            file.cancelWriting();
            if (error)
                *error = ScorecardPdf::tr("Cancelled.");
            return false;
        }
    }
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = ScorecardPdf::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// Partner codes are free text; a slash or colon must not turn into a folder or a drive.
QString fileNameFor(const QString &code)
{
    QString name = code;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    return name + QStringLiteral(".pdf");
}

} // namespace

bool ScorecardPdf::writeOne(const QString &path, const QList<ScorecardCard> &cards,
    const ReportBranding &branding, const Progress &progress, QString *error)
{
    if (cards.isEmpty()) {
        if (error)
            *error = tr("No partner matches: nothing to print.");
        return false;
    }
    return writeFile(path, cards, branding, progress, 0, int(cards.size()), error);
}

int ScorecardPdf::writeEach(const QString &folder, const QList<ScorecardCard> &cards,
    const ReportBranding &branding, const Progress &progress, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return 0;
    }
    const QDir dir(folder);
    int written = 0;
    for (const ScorecardCard &card : cards) {
        if (!writeFile(dir.filePath(fileNameFor(card.code)), { card }, branding, progress, written,
                int(cards.size()), error))
            return written;
        ++written;
    }
    return written;
}

ReportBranding ScorecardPdf::branding(Workbook &workbook)
{
    ReportBranding b;
    b.company = workbook.setting(QStringLiteral("report.company")).trimmed();
    const QString logo = workbook.setting(QStringLiteral("report.logo")).trimmed();
    // A logo that has gone missing only leaves the header without it.
    if (!logo.isEmpty())
        b.logo = QImage(logo);
    return b;
}

} // namespace cs
