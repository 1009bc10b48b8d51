// The detail pane of the tier review: the selected partner's evaluation explained
// (TierDetailHtml), or a hint when no partner is selected.
#pragma once

#include "tier/TierChange.h"
#include "tier/TierReview.h"

#include <QWidget>

class QTextBrowser;

namespace cs {

class TierDetail : public QWidget {
    Q_OBJECT

public:
    explicit TierDetail(QWidget *parent = nullptr);

    void setEvaluation(const TierEvaluation &evaluation, const TierCriteria &criteria,
        const QList<TierChange> &history, Quarter review);
    void clear(const QString &hint = {});
    // The partner shown; 0 for none.
    qint64 partnerId() const { return m_partnerId; }
    // What the pane says, as plain text (tests, copying).
    QString plainText() const;

private:
    QTextBrowser *m_text;
    qint64 m_partnerId = 0;
};

} // namespace cs
