// Where a report goes: the print preview, the printer and PDF files. Every report
// (scorecards, statements, the dashboard) comes through here as ReportPages, so
// they share page set-up, scaling and the safe way PDFs are written.
#pragma once

#include "print/ReportPage.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace cs {

class ReportOutput {
    Q_DECLARE_TR_FUNCTIONS(cs::ReportOutput)

public:
    // Called after each page with (done, total); returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // Paints every page onto a device whose page is A4 with no margins (the pages
    // keep their own). Returns the pages painted; fewer than pageCount() when
    // `progress` cancelled. `offset` and `total` place these pages in a larger run.
    static int paint(QPagedPaintDevice &device, const ReportPages &pages, const Progress &progress = {},
        int offset = 0, int total = -1);
    // Writes a PDF through a temporary file renamed into place on success (ExportFile),
    // so the final name only ever holds a complete file: on a failure or a cancel an
    // older file there stays as it was. False with *error naming the file.
    static bool writePdf(const QString &path, const ReportPages &pages, const Progress &progress = {},
        int offset = 0, int total = -1, QString *error = nullptr);
    static void preview(QWidget *parent, const ReportPages &pages, const QString &windowTitle);
    // The print dialog first; false when the user cancelled it.
    static bool print(QWidget *parent, const ReportPages &pages, const QString &windowTitle);
};

} // namespace cs
