// Asks before tier changes are confirmed: lists each change with its reason (the
// review's, editable), who confirms, and from which quarter the new tiers count.
// It writes nothing itself; the caller confirms its decisions().
#pragma once

#include "storage/TierStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cs {

class TierConfirmDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { Code, Name, Change, Reason, ColumnCount };

    // `changes` are evaluations with isChange(), in the order to list them.
    TierConfirmDialog(const QList<TierEvaluation> &changes, Quarter review, QWidget *parent = nullptr);

    // The changes with their reasons as the dialog holds them now.
    QList<TierDecision> decisions() const;
    QString confirmedBy() const;
    // Missing reasons and a missing name, one sentence each; OK is enabled without any.
    QStringList problems() const;

    // The name of the person logged in to the computer: USER, else USERNAME.
    static QString loginName();

    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *confirmedByEdit() const { return m_confirmedBy; }
    QLabel *effectLabel() const { return m_effect; }
    QPushButton *okButton() const { return m_ok; }

private:
    void showReasonOf(int row);
    void reasonEdited();
    void validate();

    QList<TierEvaluation> m_changes;
    QStringList m_reasons; // by row
    int m_reasonRow = -1;
    QTableWidget *m_table;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QLineEdit *m_confirmedBy;
    QLabel *m_effect;
    QLabel *m_problems;
    QPushButton *m_ok;
};

} // namespace cs
