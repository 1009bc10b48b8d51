// Tools → Tier Criteria: edits the criteria tier reviews score partners with, checked
// as the user types (OK stays disabled while anything is wrong), stored on OK.
#pragma once

#include "tier/TierCriteria.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace cs {

class TierCriteriaForm;
class WorkbookSession;

class TierCriteriaDialog : public QDialog {
    Q_OBJECT

public:
    explicit TierCriteriaDialog(WorkbookSession &session, QWidget *parent = nullptr);

    TierCriteriaForm *form() const { return m_form; }
    // What keeps OK disabled: unreadable fields, then tierCriteriaProblems().
    QStringList problems() const;
    QLabel *problemList() const { return m_problems; }
    QPushButton *okButton() const { return m_ok; }
    // Stores the form's criteria (nothing when unchanged); stays open when refused.
    void accept() override;

private:
    void validate();

    WorkbookSession &m_session;
    TierCriteria m_stored;
    bool m_storedIsUsable = true; // false while unusable criteria sit in the workbook
    TierCriteriaForm *m_form;
    QLabel *m_problems;
    QLabel *m_ready;
    QPushButton *m_ok;
};

} // namespace cs
