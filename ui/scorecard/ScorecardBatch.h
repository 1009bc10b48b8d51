// One batch of scorecard PDFs (into one file, or a file per partner in a folder),
// run on the GUI thread with the event loop turning between pages, so a progress
// dialog stays live and its Cancel button works. Tests drive it without dialogs.
#pragma once

#include "print/ScorecardRenderer.h"

#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace cs {

class ScorecardBatch : public QObject {
    Q_OBJECT

public:
    enum class Output { OneFile, FilePerPartner };

    struct Result {
        bool written = false;
        bool cancelled = false;
        int pages = 0;
        double seconds = 0;
        QString error;
    };

    ScorecardBatch(QList<ScorecardCard> cards, ReportBranding branding, Output output, QString path,
        QObject *parent = nullptr);

    int total() const { return int(m_cards.size()); }
    QString path() const { return m_path; }
    Result run();
    // run() behind a window-modal progress dialog whose Cancel stops the batch.
    Result runWithProgress(QWidget *parent);
    // "Wrote 2,000 pages to /x/y.pdf in 41.2 s", or why nothing was.
    QString summary(const Result &result) const;

public slots:
    // Stops after the page being written; nothing is left under a final name.
    void cancel() { m_cancelled = true; }

signals:
    void progressed(int done, int total);

private:
    QList<ScorecardCard> m_cards;
    ReportBranding m_branding;
    Output m_output;
    QString m_path;
    bool m_cancelled = false;
};

} // namespace cs
