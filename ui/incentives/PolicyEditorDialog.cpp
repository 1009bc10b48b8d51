#include "incentives/PolicyEditorDialog.h"

#include "WorkbookSession.h"
#include "incentives/NewVersionDialog.h"
#include "incentives/PolicyForm.h"
#include "incentives/ProblemList.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

namespace {

enum VersionColumn { EffectiveColumn, NoteColumn, CreatedColumn, VersionColumnCount };

Quarter thisQuarter()
{
    return Quarter::containing(QDate::currentDate());
}

// The ledger's product lines of the last year, for the special-rebate combo. A
// workbook that cannot be read here still lets the user type a line.
QStringList ledgerProductLines(WorkbookSession &session)
{
    QList<Quarter> quarters;
    for (Quarter q = thisQuarter(); quarters.size() < 4; q = q.previous())
        quarters.prepend(q);
    QSet<QString> lines;
    try {
        const SettlementInputs inputs = session.incentives().loadInputs(quarters);
        for (const PartnerFacts &p : inputs.partners)
            for (const auto &byLine : p.lineSales)
                for (auto it = byLine.begin(); it != byLine.end(); ++it)
                    lines.insert(it.key());
    } catch (const StorageError &) {
    }
    QStringList sorted(lines.begin(), lines.end());
    sorted.sort();
    return sorted;
}

} // namespace

PolicyEditorDialog::PolicyEditorDialog(WorkbookSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_versionTable(new QTableWidget(0, VersionColumnCount, this))
    , m_newVersion(new QPushButton(tr("New version…"), this))
    , m_versionState(new QLabel(this))
    , m_effective(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_form(new PolicyForm(this))
    , m_problems(makeProblemList(QStringLiteral("policyProblems"), this))
{
    setWindowTitle(tr("Incentive Policy"));
    m_lastClosed = session.incentives().lastClosedQuarter();
    m_form->setProductLines(ledgerProductLines(session));

    m_versionTable->setObjectName(QStringLiteral("versions"));
    m_versionTable->setHorizontalHeaderLabels({ tr("Effective from"), tr("Note"), tr("Created") });
    m_versionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionTable->verticalHeader()->hide();
    m_versionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionTable->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    connect(m_versionTable, &QTableWidget::itemSelectionChanged, this, &PolicyEditorDialog::versionSelected);
    m_newVersion->setObjectName(QStringLiteral("newVersion"));
    m_newVersion->setToolTip(tr("Start a new version from the rules shown, effective from a later quarter."));
    connect(m_newVersion, &QPushButton::clicked, this, &PolicyEditorDialog::startNewVersion);

    auto *left = new QVBoxLayout;
    auto *versionsCaption =
        new QLabel(tr("Versions: a quarter is settled with the latest one in force for it."), this);
    versionsCaption->setWordWrap(true);
    left->addWidget(versionsCaption);
    left->addWidget(m_versionTable, 1);
    auto *legend = new QLabel(tr("Bold: the version in force for the current quarter."), this);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    left->addWidget(legend);
    left->addWidget(m_newVersion, 0, Qt::AlignLeft);

    m_versionState->setObjectName(QStringLiteral("versionState"));
    m_versionState->setWordWrap(true);
    m_versionState->setStyleSheet(QStringLiteral(
        "QLabel { background: #eef4fb; border: 1px solid #c5d8ee; border-radius: 4px; padding: 6px; }"));
    m_effective->setObjectName(QStringLiteral("effectiveFrom"));
    m_effective->setMaximumWidth(180);
    m_effective->setPlaceholderText(tr("e.g. 2027Q1"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Why this version exists"));
    auto *header = new QFormLayout;
    header->addRow(tr("Effective from:"), m_effective);
    header->addRow(tr("Note:"), m_note);
    connect(m_effective, &QLineEdit::textChanged, this, &PolicyEditorDialog::validate);
    connect(m_note, &QLineEdit::textChanged, this, &PolicyEditorDialog::validate);
    connect(m_form, &PolicyForm::changed, this, &PolicyEditorDialog::validate);

    auto *right = new QVBoxLayout;
    right->addWidget(m_versionState);
    right->addLayout(header);
    right->addWidget(m_form, 1);
    right->addWidget(m_problems);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(m_save, &QPushButton::clicked, this, &PolicyEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PolicyEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1100, 750);

    const PolicyHistory history = session.incentives().policies();
    const IncentivePolicy *now = history.inForce(thisQuarter());
    reloadVersions(now ? now->id : (history.versions().isEmpty() ? 0 : history.versions().last().id));
}

void PolicyEditorDialog::reloadVersions(qint64 selectId)
{
    // The history is kept while the loop runs: the version in force is a
    // pointer into it (a temporary here once left that pointer dangling).
    const PolicyHistory history = m_session.incentives().policies();
    m_versions = history.versions();
    const IncentivePolicy *now = history.inForce(thisQuarter());
    m_loading = true;
    m_versionTable->setRowCount(0);
    const QLocale locale;
    int selectRow = -1;
    for (const IncentivePolicy &v : m_versions) {
        const int row = m_versionTable->rowCount();
        m_versionTable->insertRow(row);
        auto *effective = new QTableWidgetItem(v.effectiveFrom.label());
        if (now && now->id == v.id) {
            QFont bold = effective->font();
            bold.setBold(true);
            effective->setFont(bold);
            effective->setToolTip(tr("In force for the current quarter"));
        }
        m_versionTable->setItem(row, EffectiveColumn, effective);
        auto *note = new QTableWidgetItem(v.note);
        note->setToolTip(v.note);
        m_versionTable->setItem(row, NoteColumn, note);
        // The date is enough to tell versions apart; the time is there on hovering.
        const QDateTime created = v.createdAt.toLocalTime();
        auto *createdItem = new QTableWidgetItem(locale.toString(created.date(), QLocale::ShortFormat));
        createdItem->setToolTip(locale.toString(created, QLocale::LongFormat));
        m_versionTable->setItem(row, CreatedColumn, createdItem);
        m_versionTable->item(row, EffectiveColumn)->setData(Qt::UserRole, v.id);
        if (v.id == selectId)
            selectRow = row;
    }
    m_loading = false;
    if (m_versions.isEmpty()) {
        IncentivePolicy defaults = defaultPolicy(thisQuarter());
        defaults.note = tr("Defaults");
        load(defaults);
        return;
    }
    if (selectRow < 0)
        selectRow = int(m_versions.size()) - 1;
    {
        // Loading directly: what the form held before is stored or deliberately dropped.
        const QSignalBlocker block(m_versionTable);
        m_versionTable->selectRow(selectRow);
    }
    load(m_versions[selectRow]);
}

bool PolicyEditorDialog::selectVersion(qint64 id)
{
    for (int row = 0; row < m_versionTable->rowCount(); ++row)
        if (m_versionTable->item(row, EffectiveColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_versionTable->selectRow(row);
            return m_loaded.id == id;
        }
    return false;
}

void PolicyEditorDialog::versionSelected()
{
    if (m_loading)
        return;
    const QList<QTableWidgetItem *> selected = m_versionTable->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    if (m_versions[row].id == m_loaded.id)
        return;
    if (hasUnsavedChanges() && !confirmDiscard()) {
        // Back to the version being edited (none selected while it is a new one).
        const QSignalBlocker block(m_versionTable);
        m_versionTable->clearSelection();
        for (int r = 0; r < int(m_versions.size()); ++r)
            if (m_versions[r].id == m_loaded.id)
                m_versionTable->selectRow(r);
        return;
    }
    load(m_versions[row]);
}

void PolicyEditorDialog::load(const IncentivePolicy &policy)
{
    m_loading = true;
    m_loaded = policy;
    m_effective->setText(policy.effectiveFrom.toString());
    m_note->setText(policy.note);
    m_form->load(policy);
    const bool frozen = policy.id != 0 && m_session.incentives().saveCreatesVersion(policy);
    if (policy.id == 0)
        m_versionState->setText(
            m_versions.isEmpty() ? tr(
                "No policy is stored in this workbook yet. These are the standard rules; Save stores them.")
                                 : tr("A new version, not stored until you save it."));
    else if (frozen)
        m_versionState->setText(tr(
            "This version settled closed quarters (the last is %1). A closed quarter keeps the policy it "
            "was settled with, so saving changes creates a new version, effective from a quarter after %1.")
                                    .arg(m_lastClosed ? m_lastClosed->label() : QString()));
    else
        m_versionState->setText(
            tr("No closed quarter was settled with this version yet: saving updates it."));
    // A frozen version's start is history; the new version's start is asked for at Save.
    m_effective->setReadOnly(frozen);
    m_loading = false;
    validate();
}

IncentivePolicy PolicyEditorDialog::editedPolicy() const
{
    IncentivePolicy p = m_form->rules(m_loaded);
    if (const std::optional<Quarter> q = Quarter::parse(m_effective->text()))
        p.effectiveFrom = *q;
    p.note = m_note->text().trimmed();
    return p;
}

QStringList PolicyEditorDialog::problems() const
{
    QStringList problems;
    QString error;
    const std::optional<Quarter> effective = Quarter::parse(m_effective->text(), &error);
    if (!effective)
        problems.append(tr("Effective from: %1").arg(error));
    problems += m_form->inputProblems();
    if (!problems.isEmpty())
        return problems; // the rules are half-read: judging them would name the wrong things
    const IncentivePolicy edited = editedPolicy();
    const bool movesStart = m_loaded.id == 0 || edited.effectiveFrom != m_loaded.effectiveFrom;
    if (movesStart && m_lastClosed && edited.effectiveFrom <= *m_lastClosed)
        problems.append(
            tr("Effective from: %1 is closed. A version can only take effect after the last closed "
               "quarter, %2, because a closed quarter keeps the policy it was settled with.")
                .arg(edited.effectiveFrom.label(), m_lastClosed->label()));
    return problems + policyProblems(edited);
}

bool PolicyEditorDialog::hasUnsavedChanges() const
{
    const IncentivePolicy edited = editedPolicy();
    return !edited.sameRules(m_loaded) || edited.note != m_loaded.note
        || m_effective->text().trimmed() != m_loaded.effectiveFrom.toString();
}

void PolicyEditorDialog::validate()
{
    if (m_loading)
        return;
    const QStringList found = problems();
    showProblemList(m_problems, found);
    m_save->setEnabled(found.isEmpty() && (m_loaded.id == 0 || hasUnsavedChanges()));
}

bool PolicyEditorDialog::confirmDiscard()
{
    return QMessageBox::question(this, tr("Discard Changes"),
               tr("The changes to this version are not saved. Discard them?"),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void PolicyEditorDialog::startNewVersion()
{
    IncentivePolicy fresh = editedPolicy(); // the rules shown, edits included
    Quarter start = m_loaded.effectiveFrom.isValid() ? m_loaded.effectiveFrom.next() : thisQuarter();
    if (m_lastClosed)
        start = std::max(start, m_lastClosed->next());
    fresh.id = 0;
    fresh.effectiveFrom = start;
    fresh.note.clear();
    fresh.createdAt = {};
    {
        const QSignalBlocker block(m_versionTable);
        m_versionTable->clearSelection();
    }
    load(fresh);
    m_note->setFocus();
}

bool PolicyEditorDialog::save()
{
    if (!problems().isEmpty())
        return false;
    IncentivePolicy edited = editedPolicy();
    if (edited.id != 0 && m_session.incentives().saveCreatesVersion(edited)) {
        const std::optional<Quarter> first =
            m_lastClosed ? std::optional(m_lastClosed->next()) : std::nullopt;
        const Quarter suggested = first ? std::max(*first, edited.effectiveFrom) : edited.effectiveFrom;
        NewVersionDialog ask(
            tr("The version effective from %1 already settled closed quarters (the last is %2). A closed "
               "quarter keeps the policy it was settled with, so these rules will be stored as a new "
               "version. "
               "From which quarter should it apply? It must come after %2.")
                .arg(m_loaded.effectiveFrom.label(), m_lastClosed ? m_lastClosed->label() : QString()),
            first, suggested, edited.note, this);
        if (ask.exec() != QDialog::Accepted)
            return false;
        edited.effectiveFrom = ask.quarter();
        edited.note = ask.note();
    }
    IncentivePolicy stored;
    if (!m_session.attempt([&] { stored = m_session.incentives().savePolicy(edited); }))
        return false;
    m_session.notifyIncentivesChanged();
    m_lastClosed = m_session.incentives().lastClosedQuarter();
    reloadVersions(stored.id);
    return true;
}

void PolicyEditorDialog::reject()
{
    if (hasUnsavedChanges() && !confirmDiscard())
        return;
    QDialog::reject();
}

} // namespace cs
