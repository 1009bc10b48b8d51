// Tools → Capability Rules: edits the rules stored in the open workbook and has every
// view recompute once they are stored. Refused rules are listed inline; nothing is written.
#pragma once

#include "capability/CapabilityRules.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace cs {

class CapabilityRulesPage;
class WorkbookSession;

class CapabilityRulesDialog : public QDialog {
    Q_OBJECT

public:
    explicit CapabilityRulesDialog(WorkbookSession &session, QWidget *parent = nullptr);

    CapabilityRulesPage *page() const { return m_page; }
    // Stores the form's rules. On refusal shows every reason at the top, writes
    // nothing and returns false.
    bool apply();
    void accept() override;

    // The sentences shown at the top: why the form was refused, why stored rules were unreadable.
    QStringList errors() const { return m_errors; }
    QStringList loadProblems() const { return m_loadProblems; }

private:
    void showErrors(const QStringList &errors);
    void fitToScreen();

    WorkbookSession &m_session;
    CapabilityRulesPage *m_page;
    QLabel *m_problemsLabel;
    QLabel *m_errorsLabel;
    QDialogButtonBox *m_buttons;
    QStringList m_loadProblems;
    QStringList m_errors;
    // What the workbook holds now; OK without edits writes nothing.
    CapabilityRules m_stored;
    bool m_storedIsUsable = true; // false while unreadable values sit in the workbook
};

} // namespace cs
