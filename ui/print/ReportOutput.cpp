#include "print/ReportOutput.h"

#include "report/ExportFile.h"

#include <QApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace cs {

namespace {

void setUp(QPrinter &printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    // The pages keep their own margins inside the A4 sheet; the printer's would shrink them twice.
    printer.setFullPage(true);
}

} // namespace

int ReportOutput::paint(
    QPagedPaintDevice &device, const ReportPages &pages, const Progress &progress, int offset, int total)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const QRectF paper = device.pageLayout().fullRectPixels(device.logicalDpiX());
    const QRectF page = ReportPage::pageRect();
    painter.scale(paper.width() / page.width(), paper.height() / page.height());
    const QDate today = QDate::currentDate();
    const int count = pages.pageCount();
    if (total < 0)
        total = count;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        pages.paint(painter, i, today);
        painter.restore();
        if (progress && !progress(offset + i + 1, total))
            return i + 1;
    }
    return count;
}

bool ReportOutput::writePdf(const QString &path, const ReportPages &pages, const Progress &progress,
    int offset, int total, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (pages.pageCount() == 0)
        return fail(tr("Nothing to print."));
    ExportFile file(path);
    if (!file.open())
        return fail(file.error());
    bool cancelled = false;
    {
        QPdfWriter pdf(&file.device());
        pdf.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        // 300 dpi keeps coordinates fine enough for hairlines while keeping the file small.
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("Channel Station"));
        pdf.setTitle(pages.title());
        const Progress watch = [&](int done, int all) {
            cancelled = progress && !progress(done, all);
            return !cancelled;
        };
        if (paint(pdf, pages, watch, offset, total) == 0 && !cancelled) {
            file.fail(tr("the PDF could not be started"));
            return fail(file.error());
        }
    }
    if (cancelled) {
        file.discard();
        return fail(tr("Cancelled; %1 was not written.").arg(QDir::toNativeSeparators(path)));
    }
    return file.commit() || fail(file.error());
}

void ReportOutput::preview(QWidget *parent, const ReportPages &pages, const QString &windowTitle)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(windowTitle);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&pages](QPrinter *target) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        paint(*target, pages);
        QApplication::restoreOverrideCursor();
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

bool ReportOutput::print(QWidget *parent, const ReportPages &pages, const QString &windowTitle)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(windowTitle);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    paint(printer, pages);
    QApplication::restoreOverrideCursor();
    return true;
}

} // namespace cs
