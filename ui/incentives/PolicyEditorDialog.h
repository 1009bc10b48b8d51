// The incentive policy editor: the stored versions by effective quarter, and every
// rule of the selected one. Saving a version that already settled a closed quarter
// stores a new version instead, effective after the last closed quarter.
#pragma once

#include "incentive/Policy.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cs {

class BandsEditor;
class PolicyForm;
class WorkbookSession;

class PolicyEditorDialog : public QDialog {
    Q_OBJECT

public:
    explicit PolicyEditorDialog(WorkbookSession &session, QWidget *parent = nullptr);

    // The version as the form holds it now (id 0 for a new version).
    IncentivePolicy editedPolicy() const;
    // Every problem the form has now, in words (empty: Save is enabled).
    QStringList problems() const;
    // Selects the version with this id in the list; false when there is none.
    bool selectVersion(qint64 id);
    // "New version…": the form starts a new version from the one shown.
    void startNewVersion();
    // Stores the form as Save does, asking what it must; false when refused or cancelled.
    bool save();

    PolicyForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }

    void reject() override;

private:
    void reloadVersions(qint64 selectId);
    void versionSelected();
    void load(const IncentivePolicy &policy);
    void validate();
    bool hasUnsavedChanges() const;
    bool confirmDiscard();

    WorkbookSession &m_session;
    QList<IncentivePolicy> m_versions;
    IncentivePolicy m_loaded; // what the form was loaded from: id, stamps, and "changed?"
    std::optional<Quarter> m_lastClosed;
    bool m_loading = false;

    QTableWidget *m_versionTable;
    QPushButton *m_newVersion;
    QLabel *m_versionState;
    QLineEdit *m_effective;
    QLineEdit *m_note;
    PolicyForm *m_form;
    QLabel *m_problems;
    QPushButton *m_save;
};

} // namespace cs
