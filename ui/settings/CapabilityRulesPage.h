// The form for the capability rules: composite weights, watch-list thresholds, the
// benchmark, stage thresholds and the sub-indicator scales, edited without a double.
#pragma once

#include "capability/CapabilityRules.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

namespace cs {

class CapabilityRulesPage : public QWidget {
    Q_OBJECT

public:
    explicit CapabilityRulesPage(QWidget *parent = nullptr);

    void load(const CapabilityRules &rules);
    // What the form holds. A field whose text cannot be read keeps the value it
    // last held; inputProblems() names it, and callers must not store rules then.
    CapabilityRules rules() const;
    // Sentences for fields whose text cannot be read (an amount such as "12abc").
    QStringList inputProblems() const;

    // Where the fixed benchmark fields start when the stored rules have none (today's
    // excellent-partner averages, say), so switching to a fixed benchmark starts there.
    void suggestFixedBenchmark(const PerDimension<int> &tenths);

signals:
    // The user edited a field or restored the defaults (not emitted by load()).
    void changed();

private:
    QWidget *section(const QString &title, const QString &explanation, QLayout *content);
    QWidget *weightsSection();
    QWidget *watchSection();
    QWidget *benchmarkSection();
    QWidget *stageSection();
    QWidget *scalesSection();
    void restoreDefaults();
    void updateBenchmarkEnabled();
    void onEdited();

    bool m_loading = false;
    // The stored threshold as read: a fraction no per-mille field can show (2/3) is
    // kept as long as the field still shows its rounding.
    Ratio m_loadedAchievement;

    PerDimension<QSpinBox *> m_weights {};
    QSpinBox *m_weakBelow = nullptr;
    QSpinBox *m_dropAtLeast = nullptr;
    QSpinBox *m_achievementBelow = nullptr; // per mille
    QSpinBox *m_achievementQuarters = nullptr;
    QSpinBox *m_staleAfterDays = nullptr;
    QButtonGroup *m_benchmarkChoice = nullptr;
    QRadioButton *m_excellent = nullptr;
    QRadioButton *m_fixed = nullptr;
    QLineEdit *m_excellentSales = nullptr;
    Money m_lastSales; // the amount rules() uses while the field cannot be read
    PerDimension<QSpinBox *> m_fixedBenchmark {};
    QSpinBox *m_growthFrom = nullptr;
    QSpinBox *m_expertFrom = nullptr;
    QComboBox *m_expertCertification = nullptr;
    struct ScaleRow {
        QSpinBox *floor = nullptr;
        QSpinBox *target = nullptr;
        QSpinBox *weight = nullptr;
    };
    PerSubIndicator<ScaleRow> m_scales {};
    QPushButton *m_restoreDefaults = nullptr;
};

} // namespace cs
