#include "incentives/StatementPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace cs {

StatementPrinter::StatementPrinter(
    QList<PartnerStatement> statements, StatementHtml::Status status, QDate printed)
    : m_statements(std::move(statements))
    , m_status(status)
    , m_printed(printed)
{
}

QString StatementPrinter::html() const
{
    QString html;
    for (int i = 0; i < m_statements.size(); ++i) {
        const PartnerStatement &s = m_statements[i];
        // The letterhead: who issues the statement, and for what.
        html +=
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"%1\"><tr>"
                           "<td><span style=\"font-size:x-large; font-weight:bold; color:#1f5f8b;\">%2</span>"
                           "<br/><span style=\"color:#666666;\">%3</span></td>"
                           "<td align=\"right\" valign=\"bottom\"><b>%4</b></td></tr></table><hr/>")
                .arg(i > 0 ? QStringLiteral("page-break-before:always;") : QString(),
                    tr("Incentive Statement").toHtmlEscaped(),
                    tr("Channel partner programme").toHtmlEscaped(), s.quarter.label().toHtmlEscaped());
        html += StatementHtml::body(s, m_status);
        html += QStringLiteral("<p style=\"margin-top:18px; color:#666666; font-size:small;\">%1</p>")
                    .arg(tr("Amounts in yuan, each line rounded half away from zero to the fen; the total is "
                            "the sum of the lines.")
                             .toHtmlEscaped());
    }
    return html;
}

int StatementPrinter::print(QPagedPaintDevice *device) const
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    QRectF area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    area.moveTo(0, 0);

    QFont footerFont = QApplication::font();
    footerFont.setPointSizeF(8);
    painter.setFont(footerFont);
    const qreal footerHeight = painter.fontMetrics().height() * 2.0;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    QFont bodyFont = QApplication::font();
    bodyFont.setPointSizeF(10);
    document.setDefaultFont(bodyFont);
    document.setDocumentMargin(0);
    document.setHtml(html());
    const QSizeF body(area.width(), area.height() - footerHeight);
    document.setPageSize(body);

    const int pages = document.pageCount();
    const QString printed = tr("Printed %1").arg(QLocale().toString(m_printed, QLocale::ShortFormat));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();

        const QRectF footer(0, area.height() - footerHeight * 0.7, area.width(), footerHeight * 0.7);
        painter.setPen(QPen(QColor(170, 170, 170), 0));
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.setPen(QColor(90, 90, 90));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, StatementHtml::statusText(m_status));
        painter.drawText(
            footer, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, printed);
    }
    return pages;
}

void StatementPrinter::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(m_statements.size() == 1 ? tr("Print Statement") : tr("Print Statements"));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this](QPrinter *target) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        print(target);
        QApplication::restoreOverrideCursor();
    });
    dialog.exec();
}

} // namespace cs
