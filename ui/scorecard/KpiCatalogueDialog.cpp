#include "scorecard/KpiCatalogueDialog.h"

#include "WorkbookSession.h"
#include "incentives/ProblemList.h"
#include "scorecard/KpiCatalogueDelegate.h"
#include "scorecard/KpiCatalogueModel.h"
#include "storage/ScorecardStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace cs {

namespace {

QSpinBox *weightSpin(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 100);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return spin;
}

void markSum(QLabel *label, const QString &text, bool good)
{
    label->setText(text);
    label->setStyleSheet(good ? QString() : QStringLiteral("QLabel { color: #b01e1e; font-weight: bold; }"));
}

} // namespace

KpiCatalogueDialog::KpiCatalogueDialog(WorkbookSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new KpiCatalogueModel(this))
    , m_table(new QTableView(this))
    , m_problems(makeProblemList(QStringLiteral("catalogueProblems"), this))
    , m_ready(new QLabel(tr("The weights add up: OK saves the catalogue."), this))
    , m_remove(new QPushButton(tr("&Remove KPI"), this))
{
    setWindowTitle(tr("KPI Catalogue"));
    auto *intro =
        new QLabel(tr("The KPIs every quarterly scorecard is scored with. The KPI weights of a "
                      "family add up to 100, and so do the five family weights. Double-click a cell "
                      "to change it; grey cells follow from the measure."),
            this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("kpiCatalogue"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new KpiCatalogueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false); // bold titles of the selected row would not fit
    header->setMinimumSectionSize(40);

    auto *add = new QPushButton(tr("&Add KPI"), this);
    add->setObjectName(QStringLiteral("addKpi"));
    add->setToolTip(tr("A KPI whose values are entered per partner and quarter (Scorecards → Enter KPI "
                       "Values…), in the family of the selected KPI."));
    m_remove->setObjectName(QStringLiteral("removeKpi"));
    m_remove->setToolTip(tr("Values already entered for the KPI stay in the workbook, unused."));
    auto *defaults = new QPushButton(tr("Restore &Defaults"), this);
    defaults->setObjectName(QStringLiteral("restoreDefaults"));
    defaults->setToolTip(tr("The eleven default KPIs, weights and grade thresholds; saved only with OK."));
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(m_remove);
    tableButtons->addStretch(1);
    tableButtons->addWidget(defaults);

    m_ready->setObjectName(QStringLiteral("catalogueReady"));
    m_ready->setWordWrap(true);
    m_ready->setForegroundRole(QPalette::PlaceholderText);
    auto *status = new QVBoxLayout;
    status->addWidget(m_problems);
    status->addWidget(m_ready);
    status->addStretch(1);
    auto *lower = new QHBoxLayout;
    lower->addWidget(buildFamilies(), 0, Qt::AlignTop);
    lower->addWidget(buildGrades(), 0, Qt::AlignTop);
    lower->addLayout(status, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addLayout(lower);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        const QModelIndex name = m_model->index(addKpi(), KpiCatalogueModel::NameZhColumn);
        m_table->setCurrentIndex(name);
        m_table->edit(name);
    });
    connect(m_remove, &QPushButton::clicked, this, &KpiCatalogueDialog::removeSelectedKpi);
    connect(defaults, &QPushButton::clicked, this, &KpiCatalogueDialog::restoreDefaults);
    connect(m_model, &KpiCatalogueModel::edited, this, &KpiCatalogueDialog::validate);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &KpiCatalogueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &KpiCatalogueDialog::reject);

    QStringList stored;
    setCatalogue(ScorecardStore(session.workbook()).catalogue(&stored));
    // A damaged stored catalogue was replaced by the defaults: say so above the table.
    if (!stored.isEmpty())
        intro->setText(intro->text() + QLatin1Char('\n') + stored.join(QLatin1Char(' ')));
    // Fits 1200 pixels with the longest default texts; the new product line takes the rest.
    const int widths[] = { 100, 155, 130, 85, 58, 130, 170, 42, 105, 95 };
    for (int column = 0; column < KpiCatalogueModel::ProductLineColumn; ++column)
        m_table->setColumnWidth(column, widths[column]);
    resize(1200, 700);
}

QWidget *KpiCatalogueDialog::buildFamilies()
{
    auto *box = new QGroupBox(tr("Family weights"), this);
    auto *grid = new QGridLayout(box);
    grid->setColumnMinimumWidth(2, 150);
    for (KpiFamily family : allOf<KpiFamily>()) {
        const int row = int(family);
        const size_t i = size_t(family);
        m_familyWeights[i] = weightSpin(box);
        m_familyWeights[i]->setObjectName(QStringLiteral("familyWeight_%1").arg(codeOf(family)));
        m_familySums[i] = new QLabel(box);
        m_familySums[i]->setObjectName(QStringLiteral("familySum_%1").arg(codeOf(family)));
        auto *label = new QLabel(labelOf(family), box);
        label->setBuddy(m_familyWeights[i]);
        grid->addWidget(label, row, 0);
        grid->addWidget(m_familyWeights[i], row, 1);
        grid->addWidget(m_familySums[i], row, 2);
        connect(m_familyWeights[i], &QSpinBox::valueChanged, this, &KpiCatalogueDialog::validate);
    }
    m_familyTotal = new QLabel(box);
    m_familyTotal->setObjectName(QStringLiteral("familyTotal"));
    grid->addWidget(new QLabel(tr("Total"), box), 5, 0);
    grid->addWidget(m_familyTotal, 5, 1, 1, 2);
    return box;
}

QWidget *KpiCatalogueDialog::buildGrades()
{
    auto *box = new QGroupBox(tr("Grades by overall score"), this);
    auto *form = new QFormLayout(box);
    const QString labels[] = { tr("A from:"), tr("B from:"), tr("C from:") };
    for (size_t i = 0; i < m_grades.size(); ++i) {
        m_grades[i] = weightSpin(box);
        m_grades[i]->setObjectName(QStringLiteral("grade%1").arg(QChar(u'A' + int(i))));
        form->addRow(labels[i], m_grades[i]);
        connect(m_grades[i], &QSpinBox::valueChanged, this, &KpiCatalogueDialog::validate);
    }
    auto *below = new QLabel(tr("Below C: D"), box);
    below->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(below);
    return box;
}

KpiCatalogue KpiCatalogueDialog::catalogue() const
{
    KpiCatalogue c;
    c.kpis = m_model->kpis();
    for (size_t i = 0; i < c.familyWeights.size(); ++i)
        c.familyWeights[i] = m_familyWeights[i]->value();
    c.grades = GradeThresholds { m_grades[0]->value(), m_grades[1]->value(), m_grades[2]->value() };
    return c;
}

void KpiCatalogueDialog::setCatalogue(const KpiCatalogue &catalogue)
{
    m_loading = true;
    m_model->setKpis(catalogue.kpis);
    for (size_t i = 0; i < catalogue.familyWeights.size(); ++i)
        m_familyWeights[i]->setValue(int(catalogue.familyWeights[i]));
    m_grades[0]->setValue(int(catalogue.grades.a));
    m_grades[1]->setValue(int(catalogue.grades.b));
    m_grades[2]->setValue(int(catalogue.grades.c));
    m_loading = false;
    m_remove->setEnabled(false);
    validate();
}

void KpiCatalogueDialog::restoreDefaults()
{
    setCatalogue(defaultCatalogue());
}

int KpiCatalogueDialog::addKpi()
{
    const QModelIndex current = m_table->currentIndex();
    const KpiFamily family = current.isValid()
        ? KpiFamily(m_model->index(current.row(), KpiCatalogueModel::FamilyColumn).data(Qt::EditRole).toInt())
        : KpiFamily::Operations;
    return m_model->addEnteredKpi(family);
}

void KpiCatalogueDialog::removeSelectedKpi()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_model->removeKpi(current.row());
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

QStringList KpiCatalogueDialog::problems() const
{
    return m_model->unreadableCells() + catalogueProblems(catalogue());
}

void KpiCatalogueDialog::validate()
{
    if (m_loading)
        return;
    const QLocale locale;
    qint64 total = 0;
    for (KpiFamily family : allOf<KpiFamily>()) {
        const size_t i = size_t(family);
        total += m_familyWeights[i]->value();
        const int count = m_model->kpiCount(family);
        const qint64 sum = m_model->weightSum(family);
        if (count == 0)
            markSum(m_familySums[i], tr("no KPI"), m_familyWeights[i]->value() == 0);
        else
            markSum(m_familySums[i], tr("KPI weights: %1").arg(locale.toString(sum)), sum == 100);
        m_familySums[i]->setToolTip(
            tr("KPIs in the family: %1. Their weights must add up to 100.").arg(locale.toString(count)));
    }
    markSum(m_familyTotal, tr("%1 of 100").arg(locale.toString(total)), total == 100);

    const QStringList list = problems();
    showProblemList(m_problems, list);
    m_ready->setVisible(list.isEmpty());
    if (m_ok)
        m_ok->setEnabled(list.isEmpty());
}

void KpiCatalogueDialog::accept()
{
    if (!problems().isEmpty())
        return;
    const KpiCatalogue edited = catalogue();
    if (m_session.attempt([&] { ScorecardStore(m_session.workbook()).saveCatalogue(edited); }))
        QDialog::accept();
}

} // namespace cs
