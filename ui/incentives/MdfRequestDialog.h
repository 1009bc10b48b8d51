// A new joint-marketing (MDF) request: the partner, the activity, its planned cost
// and the date it was asked for. OK stays off until all of them read.
#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cs {

class PartnerPicker;
class WorkbookSession;

class MdfRequestDialog : public QDialog {
    Q_OBJECT

public:
    MdfRequestDialog(WorkbookSession &session, QWidget *parent = nullptr);

    std::optional<qint64> partnerId() const;
    QString activity() const;
    std::optional<Money> plannedCost() const;
    QDate date() const;

    PartnerPicker *partnerField() const { return m_partner; }
    QLineEdit *activityField() const { return m_activity; }
    QLineEdit *costField() const { return m_cost; }
    QDateEdit *dateField() const { return m_date; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

private:
    void refresh();

    PartnerPicker *m_partner;
    QLineEdit *m_activity;
    QLineEdit *m_cost;
    QDateEdit *m_date;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace cs
