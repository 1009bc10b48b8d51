// Incentive statements as printed pages, drawn with the scorecards' frame and
// vocabulary (ReportPage, ReportPaint): each statement starts a page with the
// partner, the status (closed or preview), the figures and exceptions, then every
// line with its base, rate, amount and the sentence that explains it, and the total.
// A statement too long for one page continues on the next under its name.
#pragma once

#include "incentives/StatementHtml.h"
#include "print/ReportPage.h"

#include <QList>

namespace cs {

class StatementPages : public ReportPages {
    Q_DECLARE_TR_FUNCTIONS(cs::StatementPages)

public:
    StatementPages(QList<PartnerStatement> statements, StatementHtml::Status status, ReportBranding branding);

    int pageCount() const override { return int(m_pages.size()); }
    void paint(QPainter &painter, int index, const QDate &printed) const override;
    QString title() const override;

    // Which statement a page shows, and its lines [firstLine, endLine).
    struct Page {
        int statement = 0;
        int firstLine = 0;
        int endLine = 0;
        bool first = true; // the statement's head (figures, exceptions) is on it
        bool last = true; // its total is on it
    };
    const QList<Page> &pages() const { return m_pages; }

private:
    void layOut();
    qreal paintHead(QPainter &p, int statement) const;
    qreal paintContinued(QPainter &p, const PartnerStatement &s) const;
    qreal paintLine(QPainter &p, const StatementLine &line, qreal y, qreal explanation) const;
    qreal paintTotal(QPainter &p, const PartnerStatement &s, qreal y) const;

    QList<PartnerStatement> m_statements;
    StatementHtml::Status m_status;
    ReportBranding m_branding;
    QList<QList<qreal>> m_explanationHeights; // per statement, per line, as laid out
    QList<qreal> m_exceptionHeights; // per statement
    QList<Page> m_pages;
};

} // namespace cs
