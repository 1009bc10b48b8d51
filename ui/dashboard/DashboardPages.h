// The dashboard as one printed A4 page in the shared report frame: the header band
// with the period, the eight tiles, the four charts and a note on what the figures
// count. The same page goes to the preview, the printer, PDF files and, rendered at
// twice its size, to PNG files.
#pragma once

#include "dashboard/DashboardFigures.h"
#include "print/ReportPage.h"

#include <QImage>

namespace cs {

class DashboardPages : public ReportPages {
    Q_DECLARE_TR_FUNCTIONS(cs::DashboardPages)

public:
    DashboardPages(DashboardFigures figures, ReportBranding branding);

    int pageCount() const override { return 1; }
    void paint(QPainter &painter, int index, const QDate &printed) const override;
    QString title() const override;

    // The page as an image, `scale` pixels per point on a white background.
    QImage image(qreal scale, const QDate &printed) const;

    // What the figures count and leave out, under the charts (and under the view's).
    static QString note(const DashboardFigures &figures);

private:
    void paintTiles(QPainter &painter, const QRectF &area) const;

    DashboardFigures m_figures;
    ReportBranding m_branding;
};

} // namespace cs
