#include "incentives/ScenarioPanel.h"

#include "ChoiceCombo.h"
#include "WorkbookSession.h"
#include "incentive/Percent.h"
#include "incentives/BandsEditor.h"
#include "incentives/NewVersionDialog.h"
#include "incentives/ProblemList.h"
#include "incentives/ScenarioCostChart.h"
#include "incentives/ShortAmount.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs {

namespace {

enum CostColumn { CurrentColumn, ScenarioColumn, DifferenceColumn, CostColumnCount };
enum MoveColumn {
    CodeColumn,
    NameColumn,
    TierColumn,
    BandBeforeColumn,
    BandAfterColumn,
    TotalBeforeColumn,
    TotalAfterColumn,
    MoveColumnCount
};

QTableWidgetItem *amountItem(Money amount)
{
    auto *item = new QTableWidgetItem(amount.toString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString bandText(const std::optional<Band> &band)
{
    return band ? ScenarioPanel::tr("%1 (%2)").arg(bandRangeText(*band), formatRateBp(band->rateBp))
                : ScenarioPanel::tr("below every band");
}

QString signedAmount(Money m)
{
    return m.fen() > 0 ? QStringLiteral("+") + m.toString() : m.toString();
}

} // namespace

ScenarioPanel::ScenarioPanel(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_copy(new QPushButton(tr("Copy current policy"), this))
    , m_saveVersion(new QPushButton(tr("Save as new policy version…"), this))
    , m_banner(new QLabel(this))
    , m_achievement(new BandsEditor(this))
    , m_mode(makeChoiceCombo<RebateMode>(QString(), this))
    , m_growth(new BandsEditor(this))
    , m_cashDiscount(new QLineEdit(this))
    , m_newCustomerBonus(new QLineEdit(this))
    , m_problems(makeProblemList(QStringLiteral("scenarioProblems"), this))
    , m_costs(new QTableWidget(0, CostColumnCount, this))
    , m_chart(new ScenarioCostChart(this))
    , m_difference(new QLabel(this))
    , m_moves(new QTableWidget(0, MoveColumnCount, this))
{
    m_banner->setObjectName(QStringLiteral("scenarioBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { color: #7a5b00; background: #fff6d5; border: 1px solid "
                       "#e6cf80; border-radius: 4px; padding: 6px; font-weight: bold; }"));
    m_copy->setObjectName(QStringLiteral("copyPolicy"));
    m_saveVersion->setObjectName(QStringLiteral("saveScenario"));
    connect(m_copy, &QPushButton::clicked, this, &ScenarioPanel::copyCurrentPolicy);
    connect(m_saveVersion, &QPushButton::clicked, this, &ScenarioPanel::saveAsVersion);
    auto *top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_copy);
    top->addWidget(m_saveVersion);

    m_achievement->setObjectName(QStringLiteral("scenarioAchievementBands"));
    m_growth->setObjectName(QStringLiteral("scenarioGrowthBands"));
    m_mode->setObjectName(QStringLiteral("scenarioMode"));
    m_cashDiscount->setObjectName(QStringLiteral("scenarioCashDiscount"));
    m_newCustomerBonus->setObjectName(QStringLiteral("scenarioNewCustomerBonus"));
    auto *achievementBox = new QGroupBox(tr("Achievement bands"), this);
    auto *a = new QVBoxLayout(achievementBox);
    a->addWidget(m_achievement);
    auto *growthBox = new QGroupBox(tr("Growth bands (year over year)"), this);
    auto *g = new QVBoxLayout(growthBox);
    g->addWidget(m_growth);
    auto *form = new QFormLayout;
    form->addRow(tr("Achievement mode:"), m_mode);
    form->addRow(tr("Cash discount:"), m_cashDiscount);
    form->addRow(tr("Bonus per new customer:"), m_newCustomerBonus);
    auto *editor = new QVBoxLayout;
    editor->addWidget(achievementBox, 3);
    editor->addLayout(form);
    editor->addWidget(growthBox, 2);
    editor->addWidget(m_problems);

    connect(m_achievement, &BandsEditor::changed, this, &ScenarioPanel::scenarioEdited);
    connect(m_growth, &BandsEditor::changed, this, &ScenarioPanel::scenarioEdited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ScenarioPanel::scenarioEdited);
    connect(m_cashDiscount, &QLineEdit::textChanged, this, &ScenarioPanel::scenarioEdited);
    connect(m_newCustomerBonus, &QLineEdit::textChanged, this, &ScenarioPanel::scenarioEdited);

    m_costs->setObjectName(QStringLiteral("scenarioCosts"));
    m_costs->setHorizontalHeaderLabels({ tr("Current policy"), tr("Scenario"), tr("Difference") });
    QStringList rows { tr("Total") };
    for (const Tier tier : allOf<Tier>())
        rows.append(labelOf(tier));
    rows.append(tr("No tier"));
    m_costs->setRowCount(int(rows.size()));
    m_costs->setVerticalHeaderLabels(rows);
    m_costs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_costs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_costs->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_costs->setFixedHeight(m_costs->horizontalHeader()->sizeHint().height()
        + m_costs->verticalHeader()->defaultSectionSize() * int(rows.size()) + 4);
    m_difference->setObjectName(QStringLiteral("scenarioDifference"));
    m_difference->setWordWrap(true);
    m_difference->setStyleSheet(QStringLiteral("QLabel { font-size: 12pt; font-weight: bold; }"));

    m_moves->setObjectName(QStringLiteral("scenarioMoves"));
    m_moves->setHorizontalHeaderLabels({ tr("Code"), tr("Name"), tr("Tier"), tr("Band now"),
        tr("Band in scenario"), tr("Total now"), tr("Total in scenario") });
    m_moves->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_moves->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_moves->verticalHeader()->hide();
    m_moves->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_moves->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_moves->setAlternatingRowColors(true);
    auto *movesBox = new QGroupBox(tr("Partners whose achievement band changes"), this);
    auto *m = new QVBoxLayout(movesBox);
    m->addWidget(m_moves);

    auto *costColumn = new QVBoxLayout;
    costColumn->addWidget(m_costs);
    costColumn->addWidget(m_difference);
    costColumn->addStretch(1);
    auto *costRow = new QHBoxLayout;
    costRow->addLayout(costColumn, 5);
    costRow->addWidget(m_chart, 4);
    auto *results = new QVBoxLayout;
    results->addLayout(costRow);
    results->addWidget(movesBox, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(editor, 2);
    columns->addLayout(results, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    auto dropInputs = [this] {
        m_inputs.reset();
        // Settling the channel twice is for someone looking; a hidden pane waits until shown.
        m_stale = !isVisible();
        if (!m_stale)
            reload();
    };
    connect(&session, &WorkbookSession::incentivesChanged, this, dropInputs);
    connect(&session, &WorkbookSession::partnersChanged, this, dropInputs);
    reload();
}

void ScenarioPanel::setQuarter(Quarter quarter)
{
    if (quarter == m_quarter)
        return;
    m_quarter = quarter;
    reload();
}

void ScenarioPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ScenarioPanel::reload()
{
    m_stale = false;
    m_current.reset();
    if (m_quarter.isValid()) {
        const PolicyHistory history = m_session.incentives().policies();
        if (const IncentivePolicy *p = history.inForce(m_quarter))
            m_current = *p;
        if (m_current && (!m_inputs || m_inputsQuarter != m_quarter)) {
            try {
                m_inputs = m_session.incentives().loadInputs({ m_quarter });
                m_inputsQuarter = m_quarter;
            } catch (const StorageError &e) {
                m_inputs.reset();
                m_banner->setText(tr("The workbook could not be read: %1").arg(e.message()));
            }
        }
    }
    m_copy->setEnabled(m_current.has_value());
    // A scenario is a copy of the version in force: another quarter under another
    // version starts again from that one, or the comparison would show changes the
    // manager never made (and saving would drop the version's other rules).
    if (m_current && (!m_base || m_base->id != m_current->id))
        copyCurrentPolicy();
    else
        compare();
}

void ScenarioPanel::copyCurrentPolicy()
{
    if (!m_current)
        return;
    m_base = *m_current;
    m_loading = true;
    m_achievement->setBands(m_base->achievementBands);
    selectChoice(m_mode, std::optional(m_base->mode));
    m_growth->setBands(m_base->growthBands);
    m_cashDiscount->setText(formatRateBp(m_base->cashDiscountBp));
    m_newCustomerBonus->setText(m_base->newCustomerBonus.toString());
    m_loading = false;
    compare();
}

std::optional<IncentivePolicy> ScenarioPanel::scenario() const
{
    if (!m_base)
        return std::nullopt;
    IncentivePolicy p = *m_base;
    p.id = 0;
    p.note.clear();
    p.createdAt = {};
    p.achievementBands = m_achievement->bands();
    p.mode = choiceOf<RebateMode>(m_mode).value_or(RebateMode::WholeAmount);
    p.growthBands = m_growth->bands();
    p.cashDiscountBp = parseRateBp(m_cashDiscount->text()).value_or(p.cashDiscountBp);
    p.newCustomerBonus = Money::parse(m_newCustomerBonus->text()).value_or(p.newCustomerBonus);
    return p;
}

QStringList ScenarioPanel::problems() const
{
    QStringList problems;
    for (const QString &cell : m_achievement->unreadableCells())
        problems.append(tr("Achievement bands: %1").arg(cell));
    for (const QString &cell : m_growth->unreadableCells())
        problems.append(tr("Growth bands: %1").arg(cell));
    QString error;
    if (!parseRateBp(m_cashDiscount->text(), &error))
        problems.append(tr("Cash discount: %1").arg(error));
    if (!Money::parse(m_newCustomerBonus->text(), &error))
        problems.append(tr("Bonus per new customer: %1").arg(error));
    if (problems.isEmpty())
        if (const std::optional<IncentivePolicy> p = scenario())
            problems = policyProblems(*p);
    return problems;
}

void ScenarioPanel::scenarioEdited()
{
    if (!m_loading)
        compare();
}

void ScenarioPanel::compare()
{
    m_comparison.reset();
    QStringList found;
    if (m_base)
        found = problems();
    showProblemList(m_problems, found);
    if (m_current && m_inputs && m_base && found.isEmpty())
        m_comparison = compareScenario(*m_current, *scenario(), *m_inputs, m_quarter);
    m_saveVersion->setEnabled(m_base.has_value() && found.isEmpty());
    showComparison();
}

void ScenarioPanel::showComparison()
{
    if (!m_current)
        m_banner->setText(m_quarter.isValid()
                ? tr("No incentive policy is in force for %1: there is nothing to compare with.")
                      .arg(m_quarter.label())
                : tr("Pick a quarter to compare a scenario with its policy."));
    else
        m_banner->setText(
            tr("Scenario — not applied. It is compared with the policy in force for %1 (effective "
               "from %2); nothing is stored unless you save it as a new policy version.")
                .arg(m_quarter.label(), m_current->effectiveFrom.label()));
    m_moves->setRowCount(0);
    if (!m_comparison) {
        for (int row = 0; row < m_costs->rowCount(); ++row)
            for (int column = 0; column < CostColumnCount; ++column)
                m_costs->setItem(row, column, new QTableWidgetItem);
        m_chart->clear();
        m_difference->setText(m_base ? tr("Fix the scenario's problems to see its cost.") : QString());
        return;
    }
    const ScenarioComparison &c = *m_comparison;
    auto costRow = [this](int row, Money current, Money scenario) {
        m_costs->setItem(row, CurrentColumn, amountItem(current));
        m_costs->setItem(row, ScenarioColumn, amountItem(scenario));
        auto *diff = new QTableWidgetItem(signedAmount(scenario - current));
        diff->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_costs->setItem(row, DifferenceColumn, diff);
    };
    costRow(0, c.current.total, c.scenario.total);
    for (const Tier tier : allOf<Tier>())
        costRow(int(tier) + 1, c.current.byTier[size_t(tier)], c.scenario.byTier[size_t(tier)]);
    costRow(m_costs->rowCount() - 1, c.current.noTier, c.scenario.noTier);
    m_chart->setComparison(c);

    const Money diff = c.scenario.total - c.current.total;
    QString text;
    if (diff.fen() == 0)
        text = tr("The scenario costs the same as the current policy in %1.").arg(m_quarter.label());
    else if (c.current.total.fen() == 0)
        text = tr("The scenario costs %1 in %2; the current policy costs nothing.")
                   .arg(shortAmount(c.scenario.total), m_quarter.label());
    else
        text = (diff.fen() > 0 ? tr("The scenario costs %1 more than the current policy in %2 (%3).")
                               : tr("The scenario costs %1 less than the current policy in %2 (%3)."))
                   .arg(shortAmount(diff.fen() > 0 ? diff : -diff), m_quarter.label(),
                       (diff.fen() > 0 ? QStringLiteral("+") : QString())
                           + formatRatioPercent(diff.fen(), c.current.total.fen()));
    text += QLatin1Char(' ') + tr("%n partner(s) move band.", nullptr, int(c.moves.size()));
    m_difference->setText(text);

    m_moves->setRowCount(int(c.moves.size()));
    for (int row = 0; row < int(c.moves.size()); ++row) {
        const BandMove &move = c.moves[row];
        m_moves->setItem(row, CodeColumn, new QTableWidgetItem(move.code));
        m_moves->setItem(row, NameColumn, new QTableWidgetItem(move.name));
        m_moves->setItem(row, TierColumn, new QTableWidgetItem(labelOf(move.tier)));
        m_moves->setItem(row, BandBeforeColumn, new QTableWidgetItem(bandText(move.before)));
        m_moves->setItem(row, BandAfterColumn, new QTableWidgetItem(bandText(move.after)));
        m_moves->setItem(row, TotalBeforeColumn, amountItem(move.totalBefore));
        m_moves->setItem(row, TotalAfterColumn, amountItem(move.totalAfter));
    }
}

void ScenarioPanel::saveAsVersion()
{
    std::optional<IncentivePolicy> p = scenario();
    if (!p || !problems().isEmpty())
        return;
    const std::optional<Quarter> lastClosed = m_session.incentives().lastClosedQuarter();
    const std::optional<Quarter> first = lastClosed ? std::optional(lastClosed->next()) : std::nullopt;
    Quarter suggested = m_quarter.isValid() ? m_quarter.next() : Quarter::containing(QDate::currentDate());
    if (first)
        suggested = std::max(suggested, *first);
    const QString explanation = first
        ? tr("The scenario becomes a new policy version. From which quarter should it apply? It must come "
             "after %1, the last closed quarter.")
              .arg(lastClosed->label())
        : tr("The scenario becomes a new policy version. From which quarter should it apply?");
    NewVersionDialog ask(explanation, first, suggested, tr("From scenario"), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    p->effectiveFrom = ask.quarter();
    p->note = ask.note();
    IncentivePolicy stored;
    if (!m_session.attempt([&] { stored = m_session.incentives().savePolicy(*p); }))
        return;
    m_session.notifyIncentivesChanged();
}

} // namespace cs
