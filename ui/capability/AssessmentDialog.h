// The form for adding or editing one assessment: the date, the assessor, a
// score per dimension or the sub-indicators to derive it from, and a note. Each
// dimension says live which score will be used and why, as the card will.
#pragma once

#include "capability/Assessment.h"

#include <QDialog>

#include <array>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cs {

class AssessmentDialog : public QDialog {
    Q_OBJECT

public:
    // `scales` are the workbook's (CapabilityRules::scales), for the live derivation.
    AssessmentDialog(const Assessment &initial, const QString &partnerLabel,
        const PerSubIndicator<SubIndicatorScale> &scales, QWidget *parent = nullptr);

    // What the form holds; only meaningful once accepted.
    Assessment assessment() const { return m_result; }

    QDateEdit *dateField() const { return m_date; }
    QLineEdit *assessorField() const { return m_assessor; }
    QLineEdit *scoreField(Dimension d) const { return m_scores[int(d)]; }
    QLineEdit *subIndicatorField(SubIndicator s) const { return m_subIndicators[int(s)]; }
    QLabel *usedLabel(Dimension d) const { return m_used[int(d)]; }
    QStringList problems() const { return m_problems; }

    // Accepts only a form that reads and validates; otherwise lists why and stays open.
    void accept() override;

private:
    QWidget *dimensionBox(Dimension d);
    // Reads the fields; problems name the field.
    Assessment read(QStringList *problems) const;
    void refresh();

    Assessment m_initial;
    Assessment m_result;
    PerSubIndicator<SubIndicatorScale> m_scales;
    QStringList m_problems;
    QDateEdit *m_date;
    QLineEdit *m_assessor;
    QPlainTextEdit *m_note;
    PerDimension<QLineEdit *> m_scores {};
    PerSubIndicator<QLineEdit *> m_subIndicators {};
    PerDimension<QLabel *> m_used {};
    QLabel *m_problemLabel;
};

} // namespace cs
