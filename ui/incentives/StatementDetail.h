// The selected partner's statement, explained: the header figures, each line with
// its base, rate, amount and the sentence that says why, exceptions, and the total.
#pragma once

#include "incentives/StatementHtml.h"

#include <QWidget>

class QTextBrowser;

namespace cs {

class StatementDetail : public QWidget {
    Q_OBJECT

public:
    explicit StatementDetail(QWidget *parent = nullptr);

    void setStatement(const PartnerStatement &statement, const StatementHtml::Status &status);
    // Shows a hint instead of a statement.
    void clear(const QString &hint = {});
    bool hasStatement() const { return m_hasStatement; }
    // What the pane says, as plain text (tests, copying).
    QString plainText() const;

private:
    QTextBrowser *m_text;
    bool m_hasStatement = false;
};

} // namespace cs
