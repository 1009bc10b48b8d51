// Draws a scorecard page with QPainter: the same code paints the view on screen, the
// print preview, the printer and PDF files, so what the manager sees is what prints.
// Charts are drawn as vector paths and text stays text, so a PDF's Chinese is
// selectable and searchable.
#pragma once

#include "print/ReportPage.h"
#include "scorecard/ScorecardCard.h"

#include <QCoreApplication>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace cs {

class ScorecardRenderer {
    Q_DECLARE_TR_FUNCTIONS(cs::ScorecardRenderer)

public:
    // The page in its own units: A4 portrait at 72 units per inch (595 × 842). Callers
    // scale the painter so this rectangle fills their device's page.
    static QRectF pageRect();
    // Paints one card filling pageRect(); `page`/`pages` and `printed` go in the footer.
    static void paint(QPainter &painter, const ScorecardCard &card, const ReportBranding &branding, int page,
        int pages, const QDate &printed);
};

// Cards as a report, one page each, for ReportOutput's preview, printer and PDF.
class ScorecardPages : public ReportPages {
    Q_DECLARE_TR_FUNCTIONS(cs::ScorecardPages)

public:
    ScorecardPages(QList<ScorecardCard> cards, ReportBranding branding);

    int pageCount() const override { return int(m_cards.size()); }
    void paint(QPainter &painter, int index, const QDate &printed) const override;
    QString title() const override;

private:
    QList<ScorecardCard> m_cards;
    ReportBranding m_branding;
};

} // namespace cs
