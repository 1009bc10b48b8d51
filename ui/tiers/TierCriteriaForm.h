// The tier criteria as a form: per criterion its weight, the value that earns full
// marks and each tier's optional minimum, all in the criterion's own unit; the
// certification points, the tier thresholds and the protection rules.
#pragma once

#include "tier/TierCriteria.h"

#include <QStringList>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cs {

class TierCriteriaForm : public QWidget {
    Q_OBJECT

public:
    explicit TierCriteriaForm(QWidget *parent = nullptr);

    void load(const TierCriteria &criteria);
    // The criteria as the form holds them. A field that cannot be read keeps the
    // loaded value: check inputProblems() first.
    TierCriteria criteria() const;
    // Fields that cannot be read, one sentence each (tierCriteriaProblems judges the rest).
    QStringList inputProblems() const;

    QSpinBox *weightSpin(TierCriterion criterion) const { return m_rows[size_t(criterion)].weight; }
    // None for Certification, which is scored by its points per level.
    QLineEdit *fullMarksEdit(TierCriterion criterion) const
    {
        return m_rows[size_t(criterion)].fullMarks.edit;
    }
    // None for Certification: see certificationMinimum().
    QLineEdit *minimumEdit(TierCriterion criterion, Tier tier) const;
    QComboBox *certificationMinimum(Tier tier) const;
    // Level 0 (none) to 3 (expert).
    QSpinBox *certificationPointsSpin(int level) const { return m_points[size_t(level)]; }
    QSpinBox *thresholdSpin(Tier tier) const { return m_thresholds[size_t(tier)]; }
    QCheckBox *firstYearCheck() const { return m_firstYear; }
    QCheckBox *oneTierDownCheck() const { return m_oneDown; }
    QLabel *weightSum() const { return m_weightSum; }

signals:
    void changed();

private:
    // A value typed in the criterion's unit. Unedited text gives back the value it was
    // loaded from exactly, whatever rounding the text shows.
    struct ValueField {
        QLineEdit *edit = nullptr;
        std::optional<Ratio> loaded;
        QString loadedText;
    };
    struct Row {
        QSpinBox *weight = nullptr;
        ValueField fullMarks;
        PerRankedTier<ValueField> minimum {};
        PerRankedTier<QComboBox *> levels {}; // Certification only
    };

    QWidget *buildCriteria();
    QWidget *buildTiers();
    void setField(ValueField &field, TierCriterion criterion, const std::optional<Ratio> &value);
    // The value, none for empty text; false with *problem when it cannot be read.
    bool readField(const ValueField &field, TierCriterion criterion, std::optional<Ratio> *value,
        QString *problem) const;
    void edited();

    bool m_loading = false;
    TierCriteria m_loaded;
    std::array<Row, tierCriterionCount> m_rows {};
    std::array<QSpinBox *, 4> m_points {};
    PerRankedTier<QSpinBox *> m_thresholds {};
    QCheckBox *m_firstYear = nullptr;
    QCheckBox *m_oneDown = nullptr;
    QLabel *m_weightSum = nullptr;
};

} // namespace cs
