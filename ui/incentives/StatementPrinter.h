// Prints statements as the manager hands them to partners: one statement per page
// (longer ones continue), a letterhead, the explained lines and the total, and a
// footer with the page number and the print date. The same code serves the
// preview, the printer and PDF.
#pragma once

#include "incentives/StatementHtml.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class QPagedPaintDevice;
class QWidget;

namespace cs {

class StatementPrinter {
    Q_DECLARE_TR_FUNCTIONS(cs::StatementPrinter)

public:
    StatementPrinter(QList<PartnerStatement> statements, StatementHtml::Status status,
        QDate printed = QDate::currentDate());

    // The document: every statement from a new page.
    QString html() const;
    // Paints onto a printer or PDF writer; returns the number of pages.
    int print(QPagedPaintDevice *device) const;
    // Opens the print preview, from which the manager prints.
    void preview(QWidget *parent) const;

private:
    QList<PartnerStatement> m_statements;
    StatementHtml::Status m_status;
    QDate m_printed;
};

} // namespace cs
