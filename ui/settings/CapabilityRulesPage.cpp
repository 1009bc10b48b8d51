#include "settings/CapabilityRulesPage.h"

#include "ChoiceCombo.h"
#include "capability/Tenths.h"
#include "import/ExactDecimal.h"
#include "import/ValueParsers.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

namespace {

// Whole numbers of a stored unit shown with `decimals` decimals (tenths: 45 as "4.5").
// The text is read exactly, never through a double: "4.5" is 45, "4.55" is refused
// while typing rather than rounded, and full-width digits are accepted.
class DecimalSpinBox : public QSpinBox {
public:
    DecimalSpinBox(int decimals, int minimum, int maximum, QWidget *parent)
        : QSpinBox(parent)
        , m_decimals(decimals)
    {
        setRange(minimum, maximum);
        setAlignment(Qt::AlignRight);
        setAccelerated(true);
    }

protected:
    QString textFromValue(int value) const override
    {
        return m_decimals == 0 ? QString::number(value) : formatTenths(value);
    }

    int valueFromText(const QString &text) const override { return int(read(text).value_or(value())); }

    QValidator::State validate(QString &text, int &) const override
    {
        const QString plain = withoutSuffix(text);
        if (plain.isEmpty() || plain == QStringLiteral("."))
            return QValidator::Intermediate;
        if (plain.contains(QLatin1Char('e'), Qt::CaseInsensitive) || plain.startsWith(QLatin1Char('+')))
            return QValidator::Invalid;
        const auto decimal = parseDecimal(plain, false);
        if (!decimal || decimal->negative() || !decimal->wholeAt(m_decimals))
            return QValidator::Invalid;
        const auto value = decimal->scaled(m_decimals);
        if (!value || *value > maximum())
            return QValidator::Invalid;
        return *value < minimum() ? QValidator::Intermediate : QValidator::Acceptable;
    }

private:
    QString withoutSuffix(const QString &text) const
    {
        QString plain = text;
        if (!suffix().isEmpty() && plain.endsWith(suffix()))
            plain.chop(suffix().size());
        return ValueParsers::normaliseText(plain);
    }

    std::optional<qint64> read(const QString &text) const
    {
        const auto decimal = parseDecimal(withoutSuffix(text), false);
        if (!decimal || !decimal->wholeAt(m_decimals))
            return std::nullopt;
        return decimal->scaled(m_decimals);
    }

    int m_decimals;
};

// Every number field is a DecimalSpinBox, whole numbers too, so each reads full-width digits.
QSpinBox *numberBox(const QString &name, int decimals, int minimum, int maximum, QWidget *parent)
{
    auto *spin = new DecimalSpinBox(decimals, minimum, maximum, parent);
    spin->setObjectName(name);
    return spin;
}

QSpinBox *tenthsBox(const QString &name, int minimum, QWidget *parent)
{
    return numberBox(name, 1, minimum, 100, parent);
}

// Amounts are typed in yuan with at most two decimals: Money::parse would round a
// third one, and a threshold should be what was typed.
std::optional<Money> readAmount(const QString &text, QString *why)
{
    const auto amount = Money::parse(text, why);
    if (!amount)
        return std::nullopt;
    const QString plain = ValueParsers::normaliseText(text);
    const qsizetype point = plain.lastIndexOf(QLatin1Char('.'));
    qsizetype decimals = 0;
    if (point >= 0)
        while (point + 1 + decimals < plain.size() && plain[point + 1 + decimals].isDigit())
            ++decimals;
    if (decimals > 2) {
        *why = CapabilityRulesPage::tr("An amount has at most two decimals (fen).");
        return std::nullopt;
    }
    return amount;
}

QLabel *unitLabelFor(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A field with its unit after it, kept at the field's own width.
QHBoxLayout *withUnit(QWidget *field, const QString &unit)
{
    auto *row = new QHBoxLayout;
    row->addWidget(field);
    if (!unit.isEmpty())
        row->addWidget(unitLabelFor(unit, field->parentWidget()));
    row->addStretch();
    return row;
}

// Fields of one form line up on both edges.
void sameWidth(const QList<QSpinBox *> &spins)
{
    int width = 0;
    for (QSpinBox *spin : spins)
        width = std::max(width, spin->sizeHint().width());
    for (QSpinBox *spin : spins)
        spin->setFixedWidth(width);
}

QFormLayout *formLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

} // namespace

CapabilityRulesPage::CapabilityRulesPage(QWidget *parent)
    : QWidget(parent)
{
    // Two rows of three so that the whole form fits a 1366×768 screen; boxes in a row
    // share its height.
    auto *sections = new QGridLayout;
    sections->addWidget(weightsSection(), 0, 0);
    sections->addWidget(watchSection(), 0, 1);
    sections->addWidget(benchmarkSection(), 0, 2);
    sections->addWidget(scalesSection(), 1, 0, 1, 2);
    sections->addWidget(stageSection(), 1, 2);

    // Created after the sections: tab order is creation order.
    m_restoreDefaults = new QPushButton(tr("Restore Defaults"), this);
    m_restoreDefaults->setObjectName(QStringLiteral("restoreDefaults"));
    m_restoreDefaults->setToolTip(
        tr("Puts every rule back to its default; nothing is stored until you apply."));
    connect(m_restoreDefaults, &QPushButton::clicked, this, &CapabilityRulesPage::restoreDefaults);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_restoreDefaults);
    bottom->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sections);
    layout->addLayout(bottom);
    layout->addStretch();

    QList<QSpinBox *> formFields { m_weakBelow, m_dropAtLeast, m_achievementBelow, m_achievementQuarters,
        m_staleAfterDays, m_growthFrom, m_expertFrom };
    for (const Dimension d : allDimensions)
        formFields << m_weights[int(d)] << m_fixedBenchmark[int(d)];
    sameWidth(formFields);

    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &CapabilityRulesPage::onEdited);
    connect(m_excellentSales, &QLineEdit::textEdited, this, &CapabilityRulesPage::onEdited);
    connect(m_excellentSales, &QLineEdit::editingFinished, this, [this] {
        QString why;
        if (const auto amount = readAmount(m_excellentSales->text(), &why))
            m_excellentSales->setText(amount->toString()); // shows how it was read
    });
    connect(m_expertCertification, &QComboBox::currentIndexChanged, this, &CapabilityRulesPage::onEdited);
    connect(m_benchmarkChoice, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        updateBenchmarkEnabled();
        if (checked)
            onEdited();
    });

    load(CapabilityRules());
}

QWidget *CapabilityRulesPage::section(const QString &title, const QString &explanation, QLayout *content)
{
    auto *box = new QGroupBox(title, this);
    auto *about = new QLabel(explanation, box);
    about->setWordWrap(true);
    about->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(about);
    layout->addSpacing(4);
    layout->addLayout(content);
    layout->addStretch(); // boxes sharing a row keep their fields at the top
    return box;
}

QWidget *CapabilityRulesPage::weightsSection()
{
    auto *form = formLayout();
    for (const Dimension d : allDimensions) {
        m_weights[int(d)] = numberBox(QStringLiteral("weight-") + codeOf(d), 0, 0, 100, this);
        form->addRow(labelOf(d) + QLatin1Char(':'), m_weights[int(d)]);
    }
    return section(tr("Composite weights"),
        tr("The composite score is the weighted average of the three dimension scores. "
           "A weight of 0 leaves that dimension out."),
        form);
}

QWidget *CapabilityRulesPage::watchSection()
{
    m_weakBelow = tenthsBox(QStringLiteral("weakBelow"), 0, this);
    m_weakBelow->setToolTip(tr("A dimension scoring exactly this is not weak."));
    m_dropAtLeast = tenthsBox(QStringLiteral("dropAtLeast"), 1, this);
    m_dropAtLeast->setToolTip(tr("Compared between the two latest assessments."));
    m_achievementBelow = numberBox(QStringLiteral("achievementBelow"), 1, 1, 10'000, this); // per mille
    m_achievementBelow->setSingleStep(10);
    m_achievementBelow->setSuffix(QStringLiteral(" %"));
    m_achievementBelow->setToolTip(
        tr("Actual sales divided by the target, in every one of the quarters below."));
    m_achievementQuarters = numberBox(QStringLiteral("achievementQuarters"), 0, 1, 8, this);
    m_staleAfterDays = numberBox(QStringLiteral("staleAfterDays"), 0, 1, 3660, this);

    auto *form = formLayout();
    form->addRow(tr("A dimension scores below:"), m_weakBelow);
    form->addRow(tr("A dimension falls by at least:"), m_dropAtLeast);
    form->addRow(tr("Target achievement below:"), m_achievementBelow);
    form->addRow(tr("In consecutive quarters:"), m_achievementQuarters);
    form->addRow(tr("No assessment for more than:"), withUnit(m_staleAfterDays, tr("days")));
    return section(tr("Watch list"), tr("A partner goes on the watch list when any of these holds."), form);
}

QWidget *CapabilityRulesPage::benchmarkSection()
{
    // Created in reading order, which is the tab order.
    m_excellent = new QRadioButton(tr("Average of excellent partners"), this);
    m_excellent->setObjectName(QStringLiteral("excellentBenchmark"));
    m_excellentSales = new QLineEdit(this);
    m_excellentSales->setObjectName(QStringLiteral("excellentSales"));
    m_excellentSales->setAlignment(Qt::AlignRight);
    m_excellentSales->setMinimumWidth(
        m_excellentSales->fontMetrics().horizontalAdvance(QStringLiteral("¥000,000,000,000.00")) + 12);
    m_fixed = new QRadioButton(tr("Fixed scores"), this);
    m_fixed->setObjectName(QStringLiteral("fixedBenchmark"));
    m_benchmarkChoice = new QButtonGroup(this);
    m_benchmarkChoice->addButton(m_excellent);
    m_benchmarkChoice->addButton(m_fixed);

    auto *excellentForm = formLayout();
    excellentForm->setContentsMargins(24, 0, 0, 0); // under its radio button
    excellentForm->addRow(tr("Last four quarters' sales above:"), m_excellentSales);

    auto *fixedForm = formLayout();
    fixedForm->setContentsMargins(24, 0, 0, 0);
    for (const Dimension d : allDimensions) {
        auto *spin = tenthsBox(QStringLiteral("fixed-") + codeOf(d), 0, this);
        spin->setValue(80); // a start until a stored or suggested benchmark replaces it
        m_fixedBenchmark[int(d)] = spin;
        fixedForm->addRow(labelOf(d) + QLatin1Char(':'), spin);
    }

    auto *layout = new QVBoxLayout;
    layout->addWidget(m_excellent);
    layout->addLayout(excellentForm);
    layout->addWidget(m_fixed);
    layout->addLayout(fixedForm);
    return section(
        tr("Benchmark"), tr("Each partner's gap is measured against this benchmark, per dimension."), layout);
}

QWidget *CapabilityRulesPage::stageSection()
{
    m_growthFrom = tenthsBox(QStringLiteral("growthFrom"), 0, this);
    m_expertFrom = tenthsBox(QStringLiteral("expertFrom"), 0, this);
    m_expertCertification = makeChoiceCombo<Certification>(QString(), this);
    m_expertCertification->setObjectName(QStringLiteral("expertCertification"));

    auto *form = formLayout();
    form->addRow(tr("Growth from composite:"), m_growthFrom);
    form->addRow(tr("Expert from composite:"), m_expertFrom);
    form->addRow(tr("Expert needs certification:"), withUnit(m_expertCertification, tr("or higher")));
    return section(tr("Cultivation stage"),
        tr("The suggested stage follows the composite score. Without the certification, "
           "a partner above the expert threshold is suggested growth."),
        form);
}

QWidget *CapabilityRulesPage::scalesSection()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    const QStringList headers { tr("Dimension"), tr("Sub-indicator"), tr("Floor"), tr("Target"), tr("Unit"),
        tr("Weight") };
    const QStringList tips { QString(), QString(), tr("A value at the floor scores 0.0."),
        tr("A value at the target scores 10.0."), QString(),
        tr("Relative to the other sub-indicator of the same dimension.") };
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QLabel(headers[c], this);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setToolTip(tips[c]);
        const bool number = c == 2 || c == 3 || c == 5;
        grid->addWidget(header, 0, c, (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
    }
    QList<QSpinBox *> values;
    for (const SubIndicator s : allSubIndicators) {
        // A rule above each dimension's pair of rows; the pair shares one dimension label.
        const int row = 1 + int(s) + int(s) / 2 + 1;
        if (int(s) % 2 == 0) {
            auto *rule = new QFrame(this);
            rule->setFrameShape(QFrame::HLine);
            rule->setFrameShadow(QFrame::Sunken);
            grid->addWidget(rule, row - 1, 0, 1, headers.size());
            grid->addWidget(new QLabel(labelOf(dimensionOf(s)), this), row, 0, 2, 1, Qt::AlignVCenter);
        }
        grid->addWidget(new QLabel(labelOf(s), this), row, 1);
        const QString code = codeOf(s);
        const int top = int(maximumOf(s).value_or(decimalsOf(s) == 0 ? 9'999 : 99'999));
        ScaleRow &r = m_scales[int(s)];
        r.floor = numberBox(QStringLiteral("floor-") + code, decimalsOf(s), 0, top, this);
        r.target = numberBox(QStringLiteral("target-") + code, decimalsOf(s), 0, top, this);
        for (QSpinBox *spin : { r.floor, r.target }) {
            spin->setSingleStep(decimalsOf(s) == 0 ? 1 : 10); // one whole unit per step
            values.append(spin);
        }
        r.weight = numberBox(QStringLiteral("scaleWeight-") + code, 0, 1, 100, this);
        // The grid has no label beside each field: name them for screen readers.
        r.floor->setAccessibleName(tr("Floor of %1").arg(labelOf(s)));
        r.target->setAccessibleName(tr("Target of %1").arg(labelOf(s)));
        r.weight->setAccessibleName(tr("Weight of %1").arg(labelOf(s)));
        const QString unit = unitLabel(s);
        grid->addWidget(r.floor, row, 2, Qt::AlignRight);
        grid->addWidget(r.target, row, 3, Qt::AlignRight);
        grid->addWidget(unitLabelFor(unit.isEmpty() ? tr("count") : unit, this), row, 4);
        grid->addWidget(r.weight, row, 5, Qt::AlignRight);
    }
    sameWidth(values);
    grid->setColumnStretch(6, 1);
    return section(tr("Scores from sub-indicators"),
        tr("When an assessment gives no score for a dimension, it is worked out from the sub-indicators "
           "it has: the floor scores 0.0, the target 10.0, and values between score in proportion. "
           "A floor above the target means lower is better. Weights count within a dimension."),
        grid);
}

void CapabilityRulesPage::load(const CapabilityRules &rules)
{
    const bool wasLoading = std::exchange(m_loading, true);
    for (const Dimension d : allDimensions)
        m_weights[int(d)]->setValue(rules.weights[int(d)]);
    m_weakBelow->setValue(rules.weakBelowTenths);
    m_dropAtLeast->setValue(rules.dropAtLeastTenths);
    m_loadedAchievement = rules.achievementBelow;
    m_achievementBelow->setValue(int(perMille(rules.achievementBelow)));
    m_achievementQuarters->setValue(rules.achievementQuarters);
    m_staleAfterDays->setValue(rules.staleAfterDays);
    m_lastSales = rules.excellentSalesAbove;
    m_excellentSales->setText(rules.excellentSalesAbove.toString());
    (rules.fixedBenchmarkTenths ? m_fixed : m_excellent)->setChecked(true);
    if (rules.fixedBenchmarkTenths)
        for (const Dimension d : allDimensions)
            m_fixedBenchmark[int(d)]->setValue((*rules.fixedBenchmarkTenths)[int(d)]);
    m_growthFrom->setValue(rules.growthFromTenths);
    m_expertFrom->setValue(rules.expertFromTenths);
    selectChoice(m_expertCertification, std::optional(rules.expertCertification));
    for (const SubIndicator s : allSubIndicators) {
        const SubIndicatorScale &scale = rules.scales[int(s)];
        m_scales[int(s)].floor->setValue(int(scale.floor));
        m_scales[int(s)].target->setValue(int(scale.target));
        m_scales[int(s)].weight->setValue(scale.weight);
    }
    updateBenchmarkEnabled();
    m_loading = wasLoading;
}

CapabilityRules CapabilityRulesPage::rules() const
{
    CapabilityRules rules;
    for (const Dimension d : allDimensions)
        rules.weights[int(d)] = m_weights[int(d)]->value();
    rules.weakBelowTenths = m_weakBelow->value();
    rules.dropAtLeastTenths = m_dropAtLeast->value();
    rules.achievementBelow = m_achievementBelow->value() == perMille(m_loadedAchievement)
        ? m_loadedAchievement
        : exactRatio(m_achievementBelow->value(), 1000);
    rules.achievementQuarters = m_achievementQuarters->value();
    rules.staleAfterDays = m_staleAfterDays->value();
    QString why;
    rules.excellentSalesAbove = readAmount(m_excellentSales->text(), &why).value_or(m_lastSales);
    if (m_fixed->isChecked()) {
        PerDimension<int> fixed {};
        for (const Dimension d : allDimensions)
            fixed[int(d)] = m_fixedBenchmark[int(d)]->value();
        rules.fixedBenchmarkTenths = fixed;
    }
    rules.growthFromTenths = m_growthFrom->value();
    rules.expertFromTenths = m_expertFrom->value();
    rules.expertCertification =
        choiceOf<Certification>(m_expertCertification).value_or(Certification::Advanced);
    for (const SubIndicator s : allSubIndicators)
        rules.scales[int(s)] = SubIndicatorScale { m_scales[int(s)].floor->value(),
            m_scales[int(s)].target->value(), m_scales[int(s)].weight->value() };
    return rules;
}

QStringList CapabilityRulesPage::inputProblems() const
{
    QString why;
    if (readAmount(m_excellentSales->text(), &why))
        return {};
    return { tr("The sales of an excellent partner cannot be read: %1").arg(why) };
}

void CapabilityRulesPage::suggestFixedBenchmark(const PerDimension<int> &tenths)
{
    if (m_fixed->isChecked())
        return; // the stored fixed benchmark wins
    const bool wasLoading = std::exchange(m_loading, true);
    for (const Dimension d : allDimensions)
        m_fixedBenchmark[int(d)]->setValue(tenths[int(d)]);
    m_loading = wasLoading;
}

void CapabilityRulesPage::restoreDefaults()
{
    load(CapabilityRules());
    emit changed();
}

void CapabilityRulesPage::updateBenchmarkEnabled()
{
    m_excellentSales->setEnabled(m_excellent->isChecked());
    for (QSpinBox *spin : m_fixedBenchmark)
        spin->setEnabled(m_fixed->isChecked());
}

void CapabilityRulesPage::onEdited()
{
    if (!m_loading)
        emit changed();
}

} // namespace cs
