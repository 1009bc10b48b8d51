// One partner's statement as HTML for QTextDocument: the header figures, each line
// with its base, rate, amount and explaining sentence, exceptions, and the total.
// The detail pane shows it; the printed statement (print/StatementPages) says the
// same with the same sentences.
#pragma once

#include "incentive/StatementLine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cs {

class StatementHtml {
    Q_DECLARE_TR_FUNCTIONS(cs::StatementHtml)

public:
    struct Status {
        bool closed = false;
        QDateTime closedAt; // UTC
    };

    // The statement's body (no page title): for the detail pane and under a printed header.
    static QString body(const PartnerStatement &statement, const Status &status);
    // "Closed on 5 Oct 2026" or "Preview — nothing stored".
    static QString statusText(const Status &status);
    // The component's name with its detail: "Special rebate (云服务)".
    static QString componentText(const StatementLine &line);
};

} // namespace cs
