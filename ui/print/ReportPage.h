// The frame every printed report shares — scorecards, incentive statements, the
// dashboard: A4 portrait in page units (points, 595 × 842), the branded header band,
// the footer with source, page number and print date, and the interface a report
// implements so one printer, one preview and one PDF writer serve them all.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace cs {

class Workbook;

// Set once per workbook (settings keys report.company and report.logo): shown in the header.
struct ReportBranding {
    QString company;
    QImage logo;
};

class ReportPage {
    Q_DECLARE_TR_FUNCTIONS(cs::ReportPage)

public:
    static constexpr qreal width = 595;
    static constexpr qreal height = 842;
    static constexpr qreal margin = 30;
    static constexpr qreal contentWidth = width - 2 * margin;
    static constexpr qreal contentTop = 74; // below the header band
    static constexpr qreal contentBottom = height - 32; // above the footer

    static QRectF pageRect() { return QRectF(0, 0, width, height); }
    // The workbook's branding (Tools → Report Branding); a logo file that has gone
    // missing only leaves the header without it.
    static ReportBranding branding(Workbook &workbook);

    // The dark band across the top: logo and company on the left, `title` under the
    // company, `period` and its `detail` (e.g. the dates it covers) on the right.
    static void header(QPainter &painter, const ReportBranding &branding, const QString &title,
        const QString &period, const QString &detail);
    // A rule, then "company · subject" on the left, "Page n / N" centred and the
    // print date on the right.
    static void footer(QPainter &painter, const ReportBranding &branding, const QString &subject, int page,
        int pages, const QDate &printed);
};

// A report as a sequence of pages painted in page units; the painter arrives
// scaled so that ReportPage::pageRect() fills the device's page.
class ReportPages {
public:
    virtual ~ReportPages() = default;
    virtual int pageCount() const = 0;
    // `index` counts from 0; the footer shows index + 1 of pageCount().
    virtual void paint(QPainter &painter, int index, const QDate &printed) const = 0;
    // The PDF's title.
    virtual QString title() const = 0;
};

} // namespace cs
