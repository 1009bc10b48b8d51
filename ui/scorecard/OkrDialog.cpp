#include "scorecard/OkrDialog.h"

#include "WorkbookSession.h"
#include "storage/OkrStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cs {

namespace {

enum Column { TitleColumn, CurrentColumn, TargetColumn, UnitColumn };

} // namespace

OkrDialog::OkrDialog(
    WorkbookSession &session, qint64 partnerId, Quarter quarter, const QString &partnerName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_partnerId(partnerId)
    , m_quarter(quarter)
{
    setWindowTitle(tr("OKRs and Notes — %1, %2").arg(partnerName, quarter.label()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Objectives and their key results (double-click to edit):"), this));
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({ tr("Title"), tr("Current"), tr("Target"), tr("Unit") });
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_tree, 3);

    auto *buttons = new QHBoxLayout;
    auto *addObjectiveButton = new QPushButton(tr("Add Objective"), this);
    m_addKeyResult = new QPushButton(tr("Add Key Result"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(addObjectiveButton);
    buttons->addWidget(m_addKeyResult);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    layout->addWidget(new QLabel(tr("Improvement notes:"), this));
    m_note = new QPlainTextEdit(this);
    layout->addWidget(m_note, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);

    connect(addObjectiveButton, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = addObjective();
        m_tree->setCurrentItem(item);
        m_tree->editItem(item, TitleColumn);
    });
    connect(m_addKeyResult, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *current = m_tree->currentItem();
        if (!current)
            return;
        QTreeWidgetItem *item = addKeyResult(current->parent() ? current->parent() : current);
        m_tree->setCurrentItem(item);
        m_tree->editItem(item, TitleColumn);
    });
    connect(m_remove, &QPushButton::clicked, this, &OkrDialog::removeSelected);
    // Objectives only have a title; their progress comes from the key results.
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item, int column) {
        if (column == TitleColumn || item->parent())
            m_tree->editItem(item, column);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OkrDialog::updateButtons);
    connect(box, &QDialogButtonBox::accepted, this, &OkrDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &OkrDialog::reject);

    const OkrStore store(session.workbook());
    for (const Objective &o : store.objectives(partnerId, quarter))
        addObjective(o);
    m_tree->expandAll();
    m_note->setPlainText(store.note(partnerId, quarter));
    m_tree->header()->resizeSection(CurrentColumn, 90);
    m_tree->header()->resizeSection(TargetColumn, 90);
    m_tree->header()->resizeSection(UnitColumn, 70);
    resize(640, 480);
    updateButtons();
}

QTreeWidgetItem *OkrDialog::addObjective(const Objective &objective)
{
    auto *item = new QTreeWidgetItem(m_tree, { objective.title });
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    QFont bold = item->font(TitleColumn);
    bold.setBold(true);
    item->setFont(TitleColumn, bold);
    for (const KeyResult &k : objective.keyResults)
        addKeyResult(item, k);
    item->setExpanded(true);
    updateButtons();
    return item;
}

QTreeWidgetItem *OkrDialog::addKeyResult(QTreeWidgetItem *objective, const KeyResult &keyResult)
{
    // A new key result starts at 0 of 1 so the numbers columns are never blank.
    const bool fresh = keyResult.title.isEmpty() && keyResult.target.num == 0;
    auto *item = new QTreeWidgetItem(objective,
        { keyResult.title, fresh ? QStringLiteral("0") : formatOkrNumber(keyResult.current),
            fresh ? QStringLiteral("1") : formatOkrNumber(keyResult.target), keyResult.unit });
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    for (int c : { CurrentColumn, TargetColumn })
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    objective->setExpanded(true);
    return item;
}

void OkrDialog::removeSelected()
{
    delete m_tree->currentItem();
    updateButtons();
}

void OkrDialog::updateButtons()
{
    m_addKeyResult->setEnabled(m_tree->currentItem() != nullptr);
    m_remove->setEnabled(m_tree->currentItem() != nullptr);
}

std::optional<QList<Objective>> OkrDialog::objectives(QString *problem) const
{
    QList<Objective> list;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *o = m_tree->topLevelItem(i);
        Objective objective;
        objective.title = o->text(TitleColumn).trimmed();
        for (int j = 0; j < o->childCount(); ++j) {
            const QTreeWidgetItem *k = o->child(j);
            KeyResult kr;
            kr.title = k->text(TitleColumn).trimmed();
            kr.unit = k->text(UnitColumn).trimmed();
            const std::optional<Ratio> current = parseOkrNumber(k->text(CurrentColumn));
            const std::optional<Ratio> target = parseOkrNumber(k->text(TargetColumn));
            if (!current || !target) {
                if (problem)
                    *problem = tr("“%1” of the key result “%2” is not a number like 12.5.")
                                   .arg(current ? k->text(TargetColumn) : k->text(CurrentColumn), kr.title);
                return std::nullopt;
            }
            kr.current = *current;
            kr.target = *target;
            objective.keyResults.append(kr);
        }
        list.append(objective);
    }
    return list;
}

QString OkrDialog::note() const
{
    return m_note->toPlainText();
}

void OkrDialog::accept()
{
    QString problem;
    const std::optional<QList<Objective>> list = objectives(&problem);
    if (!list) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    // The store refuses empty titles and targets that are not positive, with the reason.
    if (m_session.attempt([&] {
            OkrStore store(m_session.workbook());
            store.saveObjectives(m_partnerId, m_quarter, *list);
            store.saveNote(m_partnerId, m_quarter, note());
        }))
        QDialog::accept();
}

} // namespace cs
