// One step of an MDF request, parameterised by the state it moves to: approve (an
// amount defaulting to the planned cost, a note), reject (a reason, required),
// claim (the amount and a proof reference, required) or pay (the date, showing the
// co-funded amount and what capped it before anything is stored).
#pragma once

#include "incentive/IncentiveRecords.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cs {

class WorkbookSession;

class MdfActionDialog : public QDialog {
    Q_OBJECT

public:
    // target: Approved, Rejected, Claimed or Paid.
    MdfActionDialog(
        MdfState target, const MdfRequest &request, WorkbookSession &session, QWidget *parent = nullptr);

    MdfState target() const { return m_target; }
    qint64 requestId() const { return m_request.id; }
    QDate date() const;
    std::optional<Money> amount() const; // approved or claimed amount
    QString text() const; // the note, reason or reference, trimmed

    QDateEdit *dateField() const { return m_date; }
    QLineEdit *amountField() const { return m_amount; } // nullptr unless approving or claiming
    QLineEdit *textField() const { return m_text; }
    QLabel *coFundingLabel() const { return m_coFunding; } // nullptr unless paying
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

private:
    void refresh();
    // The sentence for paying on the chosen date; empty with *problem set when it cannot be paid.
    QString coFundingSentence(QString *problem) const;

    MdfState m_target;
    MdfRequest m_request;
    WorkbookSession &m_session;
    QDateEdit *m_date;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_text;
    QLabel *m_coFunding = nullptr;
    // Working out the co-funding settles the quarter: once per date, not per keystroke.
    mutable QDate m_fundedDate;
    mutable QString m_fundedSentence;
    mutable QString m_fundedProblem;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace cs
