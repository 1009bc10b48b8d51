#include "incentives/PolicyForm.h"

#include "ChoiceCombo.h"
#include "incentive/Percent.h"
#include "incentives/BandsEditor.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs {

namespace {

enum SpecialColumn { LineColumn, FromColumn, ToColumn, RateColumn, SpecialColumnCount };
enum PenaltyHow { FixedAmount, ForfeitShare };

// Product lines come from the ledger, but a launch can be set up before its first sale.
class ProductLineDelegate : public QStyledItemDelegate {
public:
    ProductLineDelegate(const QStringList *lines, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_lines(lines)
    {
    }

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != LineColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(*m_lines);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(index.data().toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText().trimmed());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    const QStringList *m_lines;
};

QLineEdit *field(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaximumWidth(180);
    return edit;
}

void readRate(const QLineEdit *edit, const QString &what, qint64 *into, QStringList *problems)
{
    QString error;
    if (const std::optional<qint64> bp = parseRateBp(edit->text(), &error))
        *into = *bp;
    else if (problems)
        problems->append(PolicyForm::tr("%1: %2").arg(what, error));
}

void readMoney(const QLineEdit *edit, const QString &what, Money *into, QStringList *problems)
{
    QString error;
    if (const std::optional<Money> m = Money::parse(edit->text(), &error))
        *into = *m;
    else if (problems)
        problems->append(PolicyForm::tr("%1: %2").arg(what, error));
}

} // namespace

PolicyForm::PolicyForm(QWidget *parent)
    : QTabWidget(parent)
{
    addTab(buildBandsTab(), tr("Achievement and growth"));
    addTab(buildSpecialsTab(), tr("Special rebates and discounts"));
    addTab(buildSupportTab(), tr("Co-funding, penalties and budget"));
}

QWidget *PolicyForm::buildBandsTab()
{
    auto *page = new QWidget;
    m_achievement = new BandsEditor(page);
    m_achievement->setObjectName(QStringLiteral("achievementBands"));
    m_mode = makeChoiceCombo<RebateMode>(QString(), page);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->setToolTip(tr("Whole amount: the band's rate applies to all of the period's sales. "
                          "Progressive: each slice of sales earns the rate of the band it falls in."));
    m_cadence = makeChoiceCombo<Cadence>(QString(), page);
    m_cadence->setObjectName(QStringLiteral("cadence"));
    m_cadence->setToolTip(
        tr("Annual: settled once, in the fourth quarter, on the year's summed targets and sales."));
    auto *achievementBox = new QGroupBox(tr("Target-achievement rebate (actual sales / target)"), page);
    auto *achievementForm = new QFormLayout;
    achievementForm->addRow(tr("Mode:"), m_mode);
    achievementForm->addRow(tr("Settled:"), m_cadence);
    auto *a = new QVBoxLayout(achievementBox);
    a->addWidget(m_achievement, 1);
    a->addLayout(achievementForm);

    m_growth = new BandsEditor(page);
    m_growth->setObjectName(QStringLiteral("growthBands"));
    auto *growthBox = new QGroupBox(tr("Quarterly growth rebate (year over year, on top)"), page);
    auto *growthCaption = new QLabel(tr("Growth compares the quarter's sales with the same quarter last "
                                        "year. No bands: no growth rebate."),
        growthBox);
    growthCaption->setWordWrap(true);
    growthCaption->setForegroundRole(QPalette::PlaceholderText);
    auto *g = new QVBoxLayout(growthBox);
    g->addWidget(m_growth, 1);
    g->addWidget(growthCaption);

    auto *layout = new QHBoxLayout(page);
    layout->addWidget(achievementBox, 1);
    layout->addWidget(growthBox, 1);

    connect(m_achievement, &BandsEditor::changed, this, &PolicyForm::edited);
    connect(m_growth, &BandsEditor::changed, this, &PolicyForm::edited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PolicyForm::edited);
    connect(m_cadence, &QComboBox::currentIndexChanged, this, &PolicyForm::edited);
    return page;
}

QWidget *PolicyForm::buildSpecialsTab()
{
    auto *page = new QWidget;
    m_specials = new QTableWidget(0, SpecialColumnCount, page);
    m_specials->setObjectName(QStringLiteral("specials"));
    m_specials->setHorizontalHeaderLabels({ tr("Product line"), tr("From"), tr("To"), tr("Rate %") });
    m_specials->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_specials->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_specials->setSelectionMode(QAbstractItemView::SingleSelection);
    m_specials->setItemDelegate(new ProductLineDelegate(&m_productLines, m_specials));
    connect(m_specials, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading)
            return;
        if (item->column() == RateColumn)
            if (const std::optional<qint64> bp = parseRateBp(item->text().trimmed())) {
                const QSignalBlocker block(m_specials);
                item->setText(formatRateBp(*bp));
            }
        edited();
    });

    auto *add = new QPushButton(tr("Add special rebate"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        const QDate start = QDate::currentDate();
        addSpecial({ m_productLines.value(0), start, start.addMonths(6).addDays(-1), 1000 });
        edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_specials->currentRow() >= 0) {
            m_specials->removeRow(m_specials->currentRow());
            edited();
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *specialsBox =
        new QGroupBox(tr("Special rebates: a rate on one product line's sales within dates"), page);
    auto *s = new QVBoxLayout(specialsBox);
    s->addWidget(m_specials, 1);
    s->addLayout(buttons);

    m_newCustomerBonus = field(QStringLiteral("newCustomerBonus"), page);
    m_cashDiscount = field(QStringLiteral("cashDiscount"), page);
    auto *otherBox = new QGroupBox(tr("Other rebates"), page);
    auto *form = new QFormLayout(otherBox);
    form->addRow(tr("Bonus per new customer:"), m_newCustomerBonus);
    form->addRow(tr("Cash discount on collections:"), m_cashDiscount);
    connect(m_newCustomerBonus, &QLineEdit::textChanged, this, &PolicyForm::edited);
    connect(m_cashDiscount, &QLineEdit::textChanged, this, &PolicyForm::edited);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(specialsBox, 1);
    layout->addWidget(otherBox);
    return page;
}

QWidget *PolicyForm::buildSupportTab()
{
    auto *page = new QWidget;
    auto *coFundingBox =
        new QGroupBox(tr("Joint-marketing co-funding: share of a claim paid, by tier"), page);
    auto *c = new QFormLayout(coFundingBox);
    for (const Tier tier : allOf<Tier>()) {
        auto *edit = field(QStringLiteral("coFunding_") + codeOf(tier), coFundingBox);
        m_coFunding.append(edit);
        c->addRow(tr("%1:").arg(labelOf(tier)), edit);
        connect(edit, &QLineEdit::textChanged, this, &PolicyForm::edited);
    }

    auto *penaltyBox =
        new QGroupBox(tr("Penalties catalogue: what a recorded penalty costs by default"), page);
    auto *p = new QGridLayout(penaltyBox);
    for (const PenaltyKind kind : allOf<PenaltyKind>()) {
        const int row = int(m_penaltyHow.size());
        auto *how = new QComboBox(penaltyBox);
        how->setObjectName(QStringLiteral("penaltyHow_") + codeOf(kind));
        how->addItem(tr("Fixed amount"), FixedAmount);
        how->addItem(tr("Share of the quarter's rebates forfeited"), ForfeitShare);
        auto *value = field(QStringLiteral("penaltyValue_") + codeOf(kind), penaltyBox);
        m_penaltyHow.append(how);
        m_penaltyValue.append(value);
        p->addWidget(new QLabel(tr("%1:").arg(labelOf(kind)), penaltyBox), row, 0);
        p->addWidget(how, row, 1);
        p->addWidget(value, row, 2);
        connect(how, &QComboBox::currentIndexChanged, this, &PolicyForm::edited);
        connect(value, &QLineEdit::textChanged, this, &PolicyForm::edited);
    }
    p->setColumnStretch(3, 1);

    m_budget = field(QStringLiteral("budget"), page);
    auto *budgetBox = new QGroupBox(tr("Budget"), page);
    auto *b = new QFormLayout(budgetBox);
    b->addRow(tr("Incentive budget per quarter:"), m_budget);
    connect(m_budget, &QLineEdit::textChanged, this, &PolicyForm::edited);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(coFundingBox);
    layout->addWidget(penaltyBox);
    layout->addWidget(budgetBox);
    layout->addStretch(1);
    return page;
}

void PolicyForm::setProductLines(const QStringList &lines)
{
    m_productLines = lines;
}

void PolicyForm::addSpecial(const SpecialRebate &special)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_specials->rowCount();
    m_specials->insertRow(row);
    m_specials->setItem(row, LineColumn, new QTableWidgetItem(special.productLine));
    for (const auto &[column, date] :
        { std::pair(FromColumn, special.from), std::pair(ToColumn, special.to) }) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole, date);
        m_specials->setItem(row, column, item);
    }
    auto *rate = new QTableWidgetItem(formatRateBp(special.rateBp));
    rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_specials->setItem(row, RateColumn, rate);
    m_loading = wasLoading;
}

void PolicyForm::load(const IncentivePolicy &policy)
{
    m_loading = true;
    m_achievement->setBands(policy.achievementBands);
    selectChoice(m_mode, std::optional(policy.mode));
    selectChoice(m_cadence, std::optional(policy.cadence));
    m_growth->setBands(policy.growthBands);
    m_specials->setRowCount(0);
    for (const SpecialRebate &s : policy.specials)
        addSpecial(s);
    m_newCustomerBonus->setText(policy.newCustomerBonus.toString());
    m_cashDiscount->setText(formatRateBp(policy.cashDiscountBp));
    for (const Tier tier : allOf<Tier>())
        m_coFunding[int(tier)]->setText(formatRateBp(policy.coFundingFor(tier)));
    for (const PenaltyKind kind : allOf<PenaltyKind>()) {
        const PenaltyRule *rule = policy.penaltyRule(kind);
        const bool forfeit = rule && rule->forfeitBp != 0;
        m_penaltyHow[int(kind)]->setCurrentIndex(forfeit ? ForfeitShare : FixedAmount);
        m_penaltyValue[int(kind)]->setText(
            forfeit ? formatRateBp(rule->forfeitBp) : (rule ? rule->fixed : Money()).toString());
    }
    m_budget->setText(policy.quarterlyBudget.toString());
    m_loading = false;
}

void PolicyForm::edited()
{
    if (!m_loading)
        emit changed();
}

IncentivePolicy PolicyForm::rules(const IncentivePolicy &base) const
{
    IncentivePolicy p = base;
    p.achievementBands = m_achievement->bands();
    p.mode = choiceOf<RebateMode>(m_mode).value_or(RebateMode::WholeAmount);
    p.cadence = choiceOf<Cadence>(m_cadence).value_or(Cadence::Quarterly);
    p.growthBands = m_growth->bands();

    p.specials.clear();
    for (int row = 0; row < m_specials->rowCount(); ++row) {
        SpecialRebate s;
        s.productLine = m_specials->item(row, LineColumn)->text().trimmed();
        s.from = m_specials->item(row, FromColumn)->data(Qt::EditRole).toDate();
        s.to = m_specials->item(row, ToColumn)->data(Qt::EditRole).toDate();
        s.rateBp = parseRateBp(m_specials->item(row, RateColumn)->text()).value_or(0);
        p.specials.append(s);
    }
    readMoney(m_newCustomerBonus, QString(), &p.newCustomerBonus, nullptr);
    readRate(m_cashDiscount, QString(), &p.cashDiscountBp, nullptr);
    for (const Tier tier : allOf<Tier>())
        readRate(m_coFunding[int(tier)], QString(), &p.coFundingBp[size_t(tier)], nullptr);
    p.penalties.clear();
    for (const PenaltyKind kind : allOf<PenaltyKind>()) {
        PenaltyRule rule;
        rule.kind = kind;
        if (const PenaltyRule *old = base.penaltyRule(kind))
            rule = *old;
        if (m_penaltyHow[int(kind)]->currentIndex() == ForfeitShare) {
            readRate(m_penaltyValue[int(kind)], QString(), &rule.forfeitBp, nullptr);
            rule.fixed = Money();
        } else {
            readMoney(m_penaltyValue[int(kind)], QString(), &rule.fixed, nullptr);
            rule.forfeitBp = 0;
        }
        p.penalties.append(rule);
    }
    readMoney(m_budget, QString(), &p.quarterlyBudget, nullptr);
    return p;
}

QStringList PolicyForm::inputProblems() const
{
    QStringList problems;
    for (const QString &cell : m_achievement->unreadableCells())
        problems.append(tr("Achievement bands: %1").arg(cell));
    for (const QString &cell : m_growth->unreadableCells())
        problems.append(tr("Growth bands: %1").arg(cell));
    for (int row = 0; row < m_specials->rowCount(); ++row) {
        const QString what = tr("Special rebate %1").arg(row + 1);
        if (m_specials->item(row, LineColumn)->text().trimmed().isEmpty())
            problems.append(tr("%1: no product line.").arg(what));
        QString error;
        if (!parseRateBp(m_specials->item(row, RateColumn)->text(), &error))
            problems.append(tr("%1: %2").arg(what, error));
    }
    IncentivePolicy scratch;
    readMoney(m_newCustomerBonus, tr("Bonus per new customer"), &scratch.newCustomerBonus, &problems);
    readRate(m_cashDiscount, tr("Cash discount"), &scratch.cashDiscountBp, &problems);
    for (const Tier tier : allOf<Tier>())
        readRate(m_coFunding[int(tier)], tr("Co-funding share for %1").arg(labelOf(tier)),
            &scratch.coFundingBp[size_t(tier)], &problems);
    for (const PenaltyKind kind : allOf<PenaltyKind>()) {
        const QString what = tr("Penalty for %1").arg(labelOf(kind));
        if (m_penaltyHow[int(kind)]->currentIndex() == ForfeitShare) {
            qint64 bp = 0;
            readRate(m_penaltyValue[int(kind)], what, &bp, &problems);
            if (bp == 0 && parseRateBp(m_penaltyValue[int(kind)]->text()))
                problems.append(
                    tr("%1: forfeiting 0 % costs nothing; choose a fixed amount of ¥0.00 instead.")
                        .arg(what));
        } else {
            Money m;
            readMoney(m_penaltyValue[int(kind)], what, &m, &problems);
        }
    }
    readMoney(m_budget, tr("Budget per quarter"), &scratch.quarterlyBudget, &problems);
    return problems;
}

} // namespace cs
