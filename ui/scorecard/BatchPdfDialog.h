// Asks what a batch of scorecard PDFs covers (every partner or the current filter)
// and where it goes (one PDF, or a PDF per partner named by code in a folder).
#pragma once

#include "scorecard/ScorecardBatch.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace cs {

class BatchPdfDialog : public QDialog {
    Q_OBJECT

public:
    // `startDir` and `stem` ("scorecards-2026Q3") propose the output; a filter of
    // `filtered` partners out of `all` is offered when it selects fewer than all.
    BatchPdfDialog(
        int all, int filtered, const QString &startDir, const QString &stem, QWidget *parent = nullptr);

    bool filterOnly() const;
    ScorecardBatch::Output output() const;
    QString path() const;

private:
    void browse();
    void outputChanged();
    void updateOk();

    QString m_stem;
    QRadioButton *m_all;
    QRadioButton *m_filter;
    QRadioButton *m_oneFile;
    QRadioButton *m_perPartner;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
};

} // namespace cs
