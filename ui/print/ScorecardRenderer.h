// Draws a scorecard page with QPainter: the same code paints the view on screen, the
// print preview, the printer and PDF files, so what the manager sees is what prints.
// Charts are drawn as vector paths and text stays text, so a PDF's Chinese is
// selectable and searchable.
#pragma once

#include "scorecard/ScorecardCard.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace cs {

// Set once per workbook (settings keys report.company and report.logo): shown in the header.
struct ReportBranding {
    QString company;
    QImage logo;
};

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

} // namespace cs
