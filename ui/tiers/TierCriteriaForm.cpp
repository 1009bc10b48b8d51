#include "tiers/TierCriteriaForm.h"

#include "capability/Tenths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cs {

namespace {

QSpinBox *pointsSpin(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 100);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return spin;
}

QString placeholderOf(TierCriterion c)
{
    switch (c) {
    case TierCriterion::TrailingSales:
    case TierCriterion::BrandInvestment:
        return TierCriteriaForm::tr("Amount in yuan");
    case TierCriterion::MarketCoverage:
        return TierCriteriaForm::tr("Percentage");
    case TierCriterion::ServiceCapability:
        return TierCriteriaForm::tr("Score 0–10");
    case TierCriterion::Certification:
        break;
    }
    return {};
}

QLabel *columnTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    return label;
}

} // namespace

TierCriteriaForm::TierCriteriaForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildCriteria());
    layout->addWidget(buildTiers());
    load(defaultTierCriteria());
}

QWidget *TierCriteriaForm::buildCriteria()
{
    auto *box = new QGroupBox(tr("Criteria"), this);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(10);
    grid->addWidget(columnTitle(tr("Criterion"), box), 0, 0);
    grid->addWidget(columnTitle(tr("Weight"), box), 0, 1);
    grid->addWidget(columnTitle(tr("Full marks at"), box), 0, 2);
    for (Tier tier : rankedTiers)
        grid->addWidget(columnTitle(tr("%1 minimum").arg(labelOf(tier)), box), 0, 3 + int(tier));

    for (TierCriterion c : allTierCriteria) {
        Row &row = m_rows[size_t(c)];
        const int line = 1 + int(c);
        auto *name = new QLabel(labelOf(c), box);
        name->setToolTip(criterionDescription(c));
        grid->addWidget(name, line, 0);
        row.weight = pointsSpin(box);
        row.weight->setObjectName(QStringLiteral("weight_") + codeOf(c));
        row.weight->setToolTip(tr("Points of 100 this criterion can add to the score"));
        grid->addWidget(row.weight, line, 1);
        connect(row.weight, &QSpinBox::valueChanged, this, &TierCriteriaForm::edited);
        if (c == TierCriterion::Certification) {
            auto *byLevel = new QLabel(tr("Points by level, below"), box);
            byLevel->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(byLevel, line, 2);
            for (Tier tier : rankedTiers) {
                auto *combo = new QComboBox(box);
                combo->setObjectName(QStringLiteral("minimum_certification_") + codeOf(tier));
                combo->addItem(tr("No minimum"), QVariant());
                for (Certification level : allOf<Certification>())
                    combo->addItem(labelOf(level), qint64(certificationLevel(level).num));
                row.levels[size_t(tier)] = combo;
                grid->addWidget(combo, line, 3 + int(tier));
                connect(combo, &QComboBox::currentIndexChanged, this, &TierCriteriaForm::edited);
            }
            continue;
        }
        row.fullMarks.edit = new QLineEdit(box);
        row.fullMarks.edit->setObjectName(QStringLiteral("full_") + codeOf(c));
        row.fullMarks.edit->setPlaceholderText(placeholderOf(c));
        row.fullMarks.edit->setToolTip(tr("The value that earns the full sub-score of 100; less earns "
                                          "proportionally less"));
        grid->addWidget(row.fullMarks.edit, line, 2);
        connect(row.fullMarks.edit, &QLineEdit::textChanged, this, &TierCriteriaForm::edited);
        for (Tier tier : rankedTiers) {
            ValueField &field = row.minimum[size_t(tier)];
            field.edit = new QLineEdit(box);
            field.edit->setObjectName(QStringLiteral("minimum_%1_%2").arg(codeOf(c), codeOf(tier)));
            field.edit->setPlaceholderText(tr("No minimum"));
            field.edit->setToolTip(tr("%1 requires at least this value (%2); empty: no minimum. A tier also "
                                      "requires the minimums of the tiers below it.")
                                       .arg(labelOf(tier), placeholderOf(c).toLower()));
            grid->addWidget(field.edit, line, 3 + int(tier));
            connect(field.edit, &QLineEdit::textChanged, this, &TierCriteriaForm::edited);
        }
    }

    m_weightSum = new QLabel(box);
    m_weightSum->setObjectName(QStringLiteral("weightSum"));
    grid->addWidget(m_weightSum, 1 + tierCriterionCount, 1, 1, 2);

    auto *points = new QHBoxLayout;
    points->addWidget(new QLabel(tr("Certification points:"), box));
    for (int level = 0; level < 4; ++level) {
        const QString name = level == 0 ? tr("None") : labelOf(*certificationOfLevel(ratioOf(level)));
        auto *label = new QLabel(name, box);
        m_points[size_t(level)] = pointsSpin(box);
        m_points[size_t(level)]->setObjectName(QStringLiteral("points_%1").arg(level));
        label->setBuddy(m_points[size_t(level)]);
        points->addSpacing(8);
        points->addWidget(label);
        points->addWidget(m_points[size_t(level)]);
        connect(m_points[size_t(level)], &QSpinBox::valueChanged, this, &TierCriteriaForm::edited);
    }
    points->addStretch(1);
    grid->addLayout(points, 2 + tierCriterionCount, 0, 1, 3 + rankedTierCount);
    grid->setColumnStretch(2, 1);
    for (int column = 3; column < 3 + rankedTierCount; ++column)
        grid->setColumnStretch(column, 1);
    return box;
}

QWidget *TierCriteriaForm::buildTiers()
{
    auto *box = new QGroupBox(tr("Tiers"), this);
    auto *layout = new QVBoxLayout(box);
    auto *thresholds = new QHBoxLayout;
    thresholds->addWidget(new QLabel(tr("Least score for each tier:"), box));
    for (Tier tier : rankedTiers) {
        auto *label = new QLabel(labelOf(tier), box);
        QSpinBox *spin = pointsSpin(box);
        spin->setObjectName(QStringLiteral("threshold_") + codeOf(tier));
        label->setBuddy(spin);
        m_thresholds[size_t(tier)] = spin;
        thresholds->addSpacing(8);
        thresholds->addWidget(label);
        thresholds->addWidget(spin);
        connect(spin, &QSpinBox::valueChanged, this, &TierCriteriaForm::edited);
    }
    thresholds->addSpacing(8);
    thresholds->addWidget(new QLabel(tr("below Silver: %1").arg(labelOf(Tier::Bronze)), box));
    thresholds->addStretch(1);
    layout->addLayout(thresholds);

    m_firstYear = new QCheckBox(tr("No demotion in a partner's first year (joined less than 12 months "
                                   "before the end of the review period)"),
        box);
    m_firstYear->setObjectName(QStringLiteral("noDemotionFirstYear"));
    m_oneDown = new QCheckBox(tr("At most one tier down per review"), box);
    m_oneDown->setObjectName(QStringLiteral("atMostOneTierDown"));
    layout->addWidget(m_firstYear);
    layout->addWidget(m_oneDown);
    connect(m_firstYear, &QCheckBox::toggled, this, &TierCriteriaForm::edited);
    connect(m_oneDown, &QCheckBox::toggled, this, &TierCriteriaForm::edited);
    return box;
}

QLineEdit *TierCriteriaForm::minimumEdit(TierCriterion criterion, Tier tier) const
{
    return m_rows[size_t(criterion)].minimum[size_t(tier)].edit;
}

QComboBox *TierCriteriaForm::certificationMinimum(Tier tier) const
{
    return m_rows[size_t(TierCriterion::Certification)].levels[size_t(tier)];
}

void TierCriteriaForm::setField(ValueField &field, TierCriterion criterion, const std::optional<Ratio> &value)
{
    field.loaded = value;
    field.loadedText = value ? formatCriterionValue(criterion, *value) : QString();
    field.edit->setText(field.loadedText);
}

bool TierCriteriaForm::readField(
    const ValueField &field, TierCriterion criterion, std::optional<Ratio> *value, QString *problem) const
{
    const QString text = field.edit->text().trimmed();
    if (text == field.loadedText) {
        *value = field.loaded;
        return true;
    }
    if (text.isEmpty()) {
        *value = std::nullopt;
        return true;
    }
    *value = parseCriterionValue(criterion, text, problem);
    return value->has_value();
}

void TierCriteriaForm::load(const TierCriteria &criteria)
{
    m_loading = true;
    m_loaded = criteria;
    for (TierCriterion c : allTierCriteria) {
        Row &row = m_rows[size_t(c)];
        const TierCriterionRule &rule = criteria.rule(c);
        row.weight->setValue(int(rule.weight));
        for (Tier tier : rankedTiers) {
            const std::optional<Ratio> &minimum = rule.minimum[size_t(tier)];
            if (c == TierCriterion::Certification) {
                QComboBox *combo = row.levels[size_t(tier)];
                const int index = minimum ? combo->findData(qint64(roundHalfAway(*minimum))) : 0;
                combo->setCurrentIndex(std::max(index, 0));
            } else {
                setField(row.minimum[size_t(tier)], c, minimum);
            }
        }
        if (c != TierCriterion::Certification)
            setField(row.fullMarks, c, rule.fullMarksAt);
    }
    for (int level = 0; level < 4; ++level)
        m_points[size_t(level)]->setValue(int(criteria.certificationPoints[size_t(level)]));
    for (Tier tier : rankedTiers)
        m_thresholds[size_t(tier)]->setValue(int(criteria.thresholds[size_t(tier)]));
    m_firstYear->setChecked(criteria.noDemotionInFirstYear);
    m_oneDown->setChecked(criteria.atMostOneTierDown);
    m_loading = false;
    edited();
}

TierCriteria TierCriteriaForm::criteria() const
{
    TierCriteria c = m_loaded;
    for (TierCriterion criterion : allTierCriteria) {
        const Row &row = m_rows[size_t(criterion)];
        TierCriterionRule &rule = c.rule(criterion);
        rule.weight = row.weight->value();
        for (Tier tier : rankedTiers) {
            std::optional<Ratio> &minimum = rule.minimum[size_t(tier)];
            if (criterion == TierCriterion::Certification) {
                const QVariant level = row.levels[size_t(tier)]->currentData();
                minimum = level.isValid() ? std::optional<Ratio>(ratioOf(level.toLongLong())) : std::nullopt;
                continue;
            }
            std::optional<Ratio> value;
            QString ignored;
            if (readField(row.minimum[size_t(tier)], criterion, &value, &ignored))
                minimum = value;
        }
        if (criterion != TierCriterion::Certification) {
            std::optional<Ratio> value;
            QString ignored;
            if (readField(row.fullMarks, criterion, &value, &ignored) && value)
                rule.fullMarksAt = *value;
        }
    }
    for (int level = 0; level < 4; ++level)
        c.certificationPoints[size_t(level)] = m_points[size_t(level)]->value();
    for (Tier tier : rankedTiers)
        c.thresholds[size_t(tier)] = m_thresholds[size_t(tier)]->value();
    c.noDemotionInFirstYear = m_firstYear->isChecked();
    c.atMostOneTierDown = m_oneDown->isChecked();
    return c;
}

QStringList TierCriteriaForm::inputProblems() const
{
    QStringList problems;
    for (TierCriterion criterion : allTierCriteria) {
        if (criterion == TierCriterion::Certification)
            continue;
        const Row &row = m_rows[size_t(criterion)];
        std::optional<Ratio> value;
        QString problem;
        if (!readField(row.fullMarks, criterion, &value, &problem))
            problems << tr("%1, full marks: %2").arg(labelOf(criterion), problem);
        else if (!value)
            problems << tr("%1: say at which value it earns full marks.").arg(labelOf(criterion));
        for (Tier tier : rankedTiers)
            if (!readField(row.minimum[size_t(tier)], criterion, &value, &problem))
                problems << tr("%1, %2 minimum: %3").arg(labelOf(criterion), labelOf(tier), problem);
    }
    return problems;
}

void TierCriteriaForm::edited()
{
    if (m_loading)
        return;
    qint64 sum = 0;
    for (const Row &row : m_rows)
        sum += row.weight->value();
    m_weightSum->setText(tr("Weights add up to %1 of 100").arg(sum));
    m_weightSum->setStyleSheet(sum == 100 ? QStringLiteral("QLabel { color: #555555; }")
                                          : QStringLiteral("QLabel { color: #b01e1e; font-weight: bold; }"));
    emit changed();
}

} // namespace cs
