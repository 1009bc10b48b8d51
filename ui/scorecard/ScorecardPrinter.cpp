#include "scorecard/ScorecardPrinter.h"

#include <QApplication>
#include <QDate>
#include <QPageLayout>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace cs {

ScorecardPrinter::ScorecardPrinter(QList<ScorecardCard> cards, ReportBranding branding)
    : m_cards(std::move(cards))
    , m_branding(std::move(branding))
{
}

void ScorecardPrinter::setUp(QPrinter &printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    // The renderer keeps its own margins inside the A4 page; the printer's would shrink it twice.
    printer.setFullPage(true);
}

void ScorecardPrinter::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview — %n Scorecard(s)", "", int(m_cards.size())));
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this](QPrinter *p) { paint(*p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

bool ScorecardPrinter::print(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %n Scorecard(s)", "", int(m_cards.size())));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    paint(printer);
    QApplication::restoreOverrideCursor();
    return true;
}

void ScorecardPrinter::paint(QPrinter &printer) const
{
    QPainter painter(&printer);
    if (!painter.isActive())
        return;
    const QRectF page = ScorecardRenderer::pageRect();
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    const QDate today = QDate::currentDate();
    const int pages = int(m_cards.size());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer.newPage();
        painter.save();
        painter.scale(paper.width() / page.width(), paper.height() / page.height());
        painter.translate(-page.topLeft());
        ScorecardRenderer::paint(painter, m_cards[i], m_branding, i + 1, pages, today);
        painter.restore();
    }
}

} // namespace cs
