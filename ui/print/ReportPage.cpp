#include "print/ReportPage.h"

#include "print/ReportPaint.h"
#include "storage/Workbook.h"

namespace cs {

using namespace ReportPaint;

ReportBranding ReportPage::branding(Workbook &workbook)
{
    ReportBranding b;
    b.company = workbook.setting(QStringLiteral("report.company")).trimmed();
    const QString logo = workbook.setting(QStringLiteral("report.logo")).trimmed();
    if (!logo.isEmpty())
        b.logo = QImage(logo);
    return b;
}

void ReportPage::header(QPainter &p, const ReportBranding &branding, const QString &title,
    const QString &period, const QString &detail)
{
    const QRectF band(0, 0, width, 64);
    p.fillRect(band, QColor(0x1f, 0x3a, 0x5f));
    qreal x = margin;
    if (!branding.logo.isNull()) {
        const QSizeF size = QSizeF(branding.logo.size()).scaled(QSizeF(90, 40), Qt::KeepAspectRatio);
        // A white tile keeps a logo drawn for white paper readable on the dark band.
        const QRectF tile(x, (band.height() - size.height()) / 2 - 3, size.width() + 6, size.height() + 6);
        p.fillRect(tile, Qt::white);
        p.drawImage(QRectF(tile.left() + 3, tile.top() + 3, size.width(), size.height()), branding.logo);
        x = tile.right() + 12;
    }
    const qreal textWidth = width - margin - x - 150;
    const QColor pale(0xc9, 0xd6, 0xe3);
    if (!branding.company.isEmpty())
        text(p, QRectF(x, 13, textWidth, 12), Qt::AlignLeft | Qt::AlignVCenter, branding.company, 9, pale);
    text(p, QRectF(x, branding.company.isEmpty() ? 20 : 28, textWidth, 24), Qt::AlignLeft | Qt::AlignVCenter,
        title, 18, Qt::white, true);
    text(p, QRectF(width - margin - 150, 14, 150, 20), Qt::AlignRight | Qt::AlignVCenter, period, 14,
        Qt::white, true);
    text(p, QRectF(width - margin - 150, 36, 150, 12), Qt::AlignRight | Qt::AlignVCenter, detail, 7.5, pale);
}

void ReportPage::footer(QPainter &p, const ReportBranding &branding, const QString &subject, int page,
    int pages, const QDate &printed)
{
    const qreal y = height - 26;
    p.setPen(QPen(QColor(0xd8, 0xde, 0xe5), 0.6));
    p.drawLine(QPointF(margin, y), QPointF(width - margin, y));
    const QString source = branding.company.isEmpty() ? QStringLiteral("Channel Station") : branding.company;
    text(p, QRectF(margin, y + 3, 230, 12), Qt::AlignLeft | Qt::AlignVCenter,
        subject.isEmpty() ? source : tr("%1 · %2").arg(source, subject), 7, muted());
    text(p, QRectF(width / 2 - 60, y + 3, 120, 12), Qt::AlignCenter, tr("Page %1 / %2").arg(page).arg(pages),
        7, muted());
    text(p, QRectF(width - margin - 150, y + 3, 150, 12), Qt::AlignRight | Qt::AlignVCenter,
        tr("Printed %1").arg(printed.toString(Qt::ISODate)), 7, muted());
}

} // namespace cs
