// Recording a penalty (约束): partner, the date of the violation, its kind, an
// optional amount that overrides the policy's rule, and the evidence. OK stays off
// until the form is usable; a date in a closed quarter is allowed but explained.
#pragma once

#include "incentive/IncentiveRecords.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cs {

class PartnerPicker;
class WorkbookSession;

class PenaltyDialog : public QDialog {
    Q_OBJECT

public:
    PenaltyDialog(WorkbookSession &session, QWidget *parent = nullptr);

    // What the form holds; partner, kind and evidence are set only when valid().
    PenaltyRecord penalty() const;
    bool valid() const;

    PartnerPicker *partnerField() const { return m_partner; }
    QDateEdit *dateField() const { return m_date; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *amountField() const { return m_amount; }
    QPlainTextEdit *evidenceField() const { return m_evidence; }
    QLabel *ruleLabel() const { return m_rule; }
    QLabel *closedHint() const { return m_closed; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

private:
    void refresh();

    WorkbookSession &m_session;
    PolicyHistory m_policies; // read once: the rule shown follows kind and date
    PartnerPicker *m_partner;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_amount;
    QPlainTextEdit *m_evidence;
    QLabel *m_rule;
    QLabel *m_closed;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace cs
