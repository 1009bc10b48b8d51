// The detail panel beside the partner table: shows the selected partner, lets
// the user edit or add one, and shows each validation message under its field.
#pragma once

#include "domain/Partner.h"
#include "domain/PartnerValidator.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cs {

class PartnerTableModel;

class PartnerEditor : public QWidget {
    Q_OBJECT

public:
    PartnerEditor(const PartnerTableModel &model, const PartnerLookup &lookup, QWidget *parent = nullptr);

    // Stores a saved form: `before` is what the form was loaded from. Returns
    // whether the workbook took the change (false: it said why, the form stays).
    using SaveHandler = std::function<bool(const Partner &before, const Partner &after)>;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }

    void showPartner(const Partner &partner); // edit an existing partner
    // The shown partner changed in the workbook (undo, redo) while the form has
    // edits: keep the user's edited fields, take everything else from `latest`.
    void rebase(const Partner &latest);
    void startNew(); // a blank form for a new partner
    void clear(); // nothing selected

    bool isEditingNew() const { return m_loaded.id == 0 && isEnabled(); }
    bool hasChanges() const;
    qint64 partnerId() const { return m_loaded.id; }
    // Validates and hands a clean form to the save handler. Returns whether it was stored.
    bool save();
    void revert();
    // Refreshes the choices that come from other partners (regions, mentors, parents).
    void refreshChoices();

signals:
    void cancelNewRequested();
    void changedStateChanged(bool hasChanges);

private:
    Partner formPartner() const;
    void load(const Partner &partner);
    void setForm(const Partner &partner);
    void updateHeading();
    void validate();
    void showProblems(const QList<FieldProblem> &problems);
    void addRow(QFormLayout *form, PartnerField field, QWidget *editor);
    void onEdited();

    const PartnerTableModel &m_model;
    SaveHandler m_saveHandler;
    PartnerValidator m_validator;
    Partner m_loaded;
    bool m_loading = false;
    bool m_showAllProblems = false; // after a save attempt, also "required" on untouched fields

    QLabel *m_title;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_region;
    QComboBox *m_tier;
    QComboBox *m_certification;
    QComboBox *m_stage;
    QComboBox *m_mentor;
    QComboBox *m_parent;
    QDateEdit *m_joinDate;
    QComboBox *m_status;
    QLineEdit *m_contactName;
    QLineEdit *m_contactPhone;
    QLineEdit *m_contactEmail;
    QPlainTextEdit *m_notes;
    QLabel *m_timestamps;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QHash<PartnerField, QLabel *> m_problemLabels;
    QHash<PartnerField, bool> m_touched;
};

} // namespace cs
