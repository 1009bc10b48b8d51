// Puts scorecards on paper through Qt's print preview and print dialogs: one A4
// portrait page per card, painted by the same renderer as the screen and the PDFs.
#pragma once

#include "print/ScorecardRenderer.h"

#include <QCoreApplication>
#include <QList>

class QPrinter;
class QWidget;

namespace cs {

class ScorecardPrinter {
    Q_DECLARE_TR_FUNCTIONS(cs::ScorecardPrinter)

public:
    ScorecardPrinter(QList<ScorecardCard> cards, ReportBranding branding);

    void preview(QWidget *parent) const;
    // The print dialog first; false when the user cancelled it.
    bool print(QWidget *parent) const;
    // Paints every card, one per page, onto a printer already set up.
    void paint(QPrinter &printer) const;

private:
    static void setUp(QPrinter &printer);

    QList<ScorecardCard> m_cards;
    ReportBranding m_branding;
};

} // namespace cs
