#include "partners/PartnerEditor.h"

#include "ChoiceCombo.h"
#include "partners/PartnerTableModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace cs {

namespace {

// The earliest date stands for "unknown": QDateEdit cannot hold a null date.
const QDate unknownDate(1900, 1, 1);

QComboBox *editableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setFilterMode(Qt::MatchContains);
    return combo;
}

void setComboItems(QComboBox *combo, const QStringList &items)
{
    const QString current = combo->currentText();
    combo->clear();
    combo->addItems(items);
    combo->setCurrentText(current);
}

} // namespace

PartnerEditor::PartnerEditor(const PartnerTableModel &model, const PartnerLookup &lookup, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_validator(lookup)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_code = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_type = makeChoiceCombo<PartnerType>(QString(), this);
    m_region = editableCombo(this);
    m_tier = makeChoiceCombo<Tier>(tr("—"), this);
    m_certification = makeChoiceCombo<Certification>(tr("—"), this);
    m_stage = makeChoiceCombo<Stage>(tr("—"), this);
    m_mentor = editableCombo(this);
    m_parent = editableCombo(this);
    m_joinDate = new QDateEdit(this);
    m_joinDate->setCalendarPopup(true);
    m_joinDate->setMinimumDate(unknownDate);
    m_joinDate->setSpecialValueText(tr("Unknown"));
    m_joinDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_status = makeChoiceCombo<PartnerStatus>(QString(), this);
    m_contactName = new QLineEdit(this);
    m_contactPhone = new QLineEdit(this);
    m_contactEmail = new QLineEdit(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);
    m_code->setPlaceholderText(tr("e.g. HD-0001"));
    m_parent->lineEdit()->setPlaceholderText(tr("None: reports to the manufacturer"));

    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(form, PartnerField::Code, m_code);
    addRow(form, PartnerField::Name, m_name);
    addRow(form, PartnerField::Type, m_type);
    addRow(form, PartnerField::Region, m_region);
    addRow(form, PartnerField::Tier, m_tier);
    addRow(form, PartnerField::Certification, m_certification);
    addRow(form, PartnerField::Stage, m_stage);
    addRow(form, PartnerField::Mentor, m_mentor);
    addRow(form, PartnerField::Parent, m_parent);
    addRow(form, PartnerField::JoinDate, m_joinDate);
    addRow(form, PartnerField::Status, m_status);
    addRow(form, PartnerField::ContactName, m_contactName);
    addRow(form, PartnerField::ContactPhone, m_contactPhone);
    addRow(form, PartnerField::ContactEmail, m_contactEmail);
    addRow(form, PartnerField::Notes, m_notes);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_timestamps = new QLabel(this);
    m_timestamps->setForegroundRole(QPalette::PlaceholderText);
    m_saveButton = new QPushButton(this);
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Ctrl+Enter"));
    m_revertButton = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_timestamps);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &PartnerEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        if (m_loaded.id == 0)
            emit cancelNewRequested();
        else
            revert();
    });
    for (auto *shortcut : { new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this),
             new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this) }) {
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &PartnerEditor::save);
    }

    const auto edited = [this] {
        onEdited();
    };
    for (QLineEdit *edit : { m_code, m_name, m_contactName, m_contactPhone, m_contactEmail })
        connect(edit, &QLineEdit::textEdited, this, edited);
    for (QComboBox *combo : { m_type, m_tier, m_certification, m_stage, m_status })
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    for (QComboBox *combo : { m_region, m_mentor, m_parent })
        connect(combo, &QComboBox::currentTextChanged, this, edited);
    connect(m_joinDate, &QDateEdit::dateChanged, this, edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
    // A field is "touched" once the user leaves it, so "required" shows for fields they skipped.
    connect(m_code, &QLineEdit::editingFinished, this, [this] {
        m_touched[PartnerField::Code] = true;
        validate();
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        m_touched[PartnerField::Name] = true;
        validate();
    });

    refreshChoices();
    clear();
}

void PartnerEditor::addRow(QFormLayout *form, PartnerField field, QWidget *editor)
{
    // Stable names let tests and accessibility tools find a field's editor and its message.
    editor->setObjectName(QStringLiteral("field-%1").arg(int(field)));
    auto *problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("problem-%1").arg(int(field)));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    problem->hide();
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(editor);
    column->addWidget(problem);
    auto *label = new QLabel(fieldLabel(field) + QLatin1Char(':'), this);
    label->setBuddy(editor);
    form->addRow(label, column);
    m_problemLabels.insert(field, problem);
}

void PartnerEditor::refreshChoices()
{
    const bool wasLoading = std::exchange(m_loading, true);
    setComboItems(m_region, m_model.regions());
    setComboItems(m_mentor, m_model.mentors());
    // Parents are chosen by "code  name"; the item data carries the id.
    const QString current = m_parent->currentText();
    m_parent->clear();
    m_parent->addItem(QString(), qint64(0));
    QList<const Partner *> sorted;
    for (const Partner &p : m_model.partners())
        sorted.append(&p);
    std::sort(
        sorted.begin(), sorted.end(), [](const Partner *a, const Partner *b) { return a->code < b->code; });
    for (const Partner *p : std::as_const(sorted))
        m_parent->addItem(p->code + QStringLiteral("  ") + p->name, p->id);
    m_parent->setCurrentText(current);
    m_loading = wasLoading;
}

void PartnerEditor::load(const Partner &partner)
{
    m_loaded = partner;
    m_touched.clear();
    m_showAllProblems = false;
    setForm(partner);
    updateHeading();
    showProblems({});
    onEdited();
}

void PartnerEditor::setForm(const Partner &partner)
{
    m_loading = true;
    m_code->setText(partner.code);
    m_name->setText(partner.name);
    m_type->setCurrentIndex(m_type->findData(int(partner.type)));
    m_region->setCurrentText(partner.region);
    selectChoice(m_tier, partner.tier);
    selectChoice(m_certification, partner.certification);
    selectChoice(m_stage, partner.stage);
    m_mentor->setCurrentText(partner.mentor);
    const int parentIndex = m_parent->findData(partner.parentId);
    m_parent->setCurrentIndex(parentIndex >= 0 ? parentIndex : 0);
    m_joinDate->setDate(partner.joinDate.isValid() ? partner.joinDate : unknownDate);
    m_status->setCurrentIndex(m_status->findData(int(partner.status)));
    m_contactName->setText(partner.contactName);
    m_contactPhone->setText(partner.contactPhone);
    m_contactEmail->setText(partner.contactEmail);
    if (m_notes->toPlainText() != partner.notes)
        m_notes->setPlainText(partner.notes);
    m_loading = false;
}

void PartnerEditor::updateHeading()
{
    const bool isNew = m_loaded.id == 0;
    m_title->setText(isNew ? tr("New partner") : m_loaded.name);
    m_saveButton->setText(isNew ? tr("Add partner") : tr("Save changes"));
    m_revertButton->setText(isNew ? tr("Cancel") : tr("Revert"));
    m_timestamps->setText(isNew
            ? QString()
            : tr("Created %1 · last changed %2")
                  .arg(QLocale().toString(m_loaded.createdAt.toLocalTime(), QLocale::ShortFormat),
                      QLocale().toString(m_loaded.updatedAt.toLocalTime(), QLocale::ShortFormat)));
}

void PartnerEditor::rebase(const Partner &latest)
{
    const Partner merged = mergeEdits(m_loaded, formPartner(), latest);
    m_loaded = latest;
    setForm(merged);
    updateHeading();
    onEdited();
}

void PartnerEditor::showPartner(const Partner &partner)
{
    setEnabled(true);
    load(partner);
}

void PartnerEditor::startNew()
{
    setEnabled(true);
    Partner blank;
    blank.tier = Tier::Bronze;
    blank.joinDate = QDate::currentDate();
    load(blank);
    m_code->setFocus();
}

void PartnerEditor::clear()
{
    load(Partner {});
    m_title->setText(tr("No partner selected"));
    setEnabled(false);
}

Partner PartnerEditor::formPartner() const
{
    Partner p = m_loaded;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.type = PartnerType(m_type->currentData().toInt());
    p.region = m_region->currentText().trimmed();
    p.tier = choiceOf<Tier>(m_tier);
    p.certification = choiceOf<Certification>(m_certification);
    p.stage = choiceOf<Stage>(m_stage);
    p.mentor = m_mentor->currentText().trimmed();
    // Typed text must match a listed partner exactly; otherwise keep what was there.
    const int parentIndex = m_parent->findText(m_parent->currentText());
    p.parentId = m_parent->currentText().trimmed().isEmpty() ? 0
        : parentIndex >= 0                                   ? m_parent->itemData(parentIndex).toLongLong()
                                                             : -1;
    p.joinDate = m_joinDate->date() == unknownDate ? QDate() : m_joinDate->date();
    p.status = PartnerStatus(m_status->currentData().toInt());
    p.contactName = m_contactName->text().trimmed();
    p.contactPhone = m_contactPhone->text().trimmed();
    p.contactEmail = m_contactEmail->text().trimmed();
    p.notes = m_notes->toPlainText();
    return p;
}

bool PartnerEditor::hasChanges() const
{
    // A new partner's form counts as changed only once something was typed into it.
    return isEnabled() && formPartner() != m_loaded;
}

void PartnerEditor::onEdited()
{
    if (m_loading)
        return;
    validate();
    m_saveButton->setEnabled(hasChanges());
    m_revertButton->setEnabled(hasChanges());
    emit changedStateChanged(hasChanges());
}

void PartnerEditor::validate()
{
    const Partner p = formPartner();
    QList<FieldProblem> problems;
    if (p.parentId < 0)
        problems.append({ PartnerField::Parent, tr("Choose the parent from the list, or leave it empty.") });
    else
        problems = m_validator.check(p);
    // While typing into a fresh form, "required" would nag about fields not reached yet.
    problems.removeIf([this](const FieldProblem &problem) {
        const bool empty = (problem.field == PartnerField::Code && m_code->text().trimmed().isEmpty())
            || (problem.field == PartnerField::Name && m_name->text().trimmed().isEmpty());
        return empty && !m_showAllProblems && !m_touched.value(problem.field);
    });
    showProblems(problems);
}

void PartnerEditor::showProblems(const QList<FieldProblem> &problems)
{
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        QStringList messages;
        for (const FieldProblem &problem : problems)
            if (problem.field == it.key())
                messages.append(problem.message);
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
}

bool PartnerEditor::save()
{
    // An untouched new form still validates, so Save shows what is required.
    if (!isEnabled() || (m_loaded.id != 0 && !hasChanges()))
        return false;
    m_showAllProblems = true;
    const Partner p = formPartner();
    const QList<FieldProblem> problems =
        p.parentId < 0 ? QList<FieldProblem> { { PartnerField::Parent, QString() } } : m_validator.check(p);
    validate();
    if (!problems.isEmpty()) {
        const QString name = QStringLiteral("field-%1").arg(int(problems.front().field));
        if (auto *field = findChild<QWidget *>(name))
            field->setFocus();
        return false;
    }
    return m_saveHandler && m_saveHandler(m_loaded, p);
}

void PartnerEditor::revert()
{
    load(m_loaded);
}

} // namespace cs
