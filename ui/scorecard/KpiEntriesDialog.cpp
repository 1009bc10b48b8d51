#include "scorecard/KpiEntriesDialog.h"

#include "WorkbookSession.h"
#include "incentives/ProblemList.h"
#include "scorecard/KpiValueText.h"
#include "storage/ScorecardStore.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace cs {

namespace {

enum Column { KpiColumn, UnitColumn, ActualColumn, TargetColumn, ReadingColumn };

void markInvalid(QLineEdit *edit, bool invalid)
{
    edit->setStyleSheet(invalid ? QStringLiteral("QLineEdit { background: #f8d7d7; }") : QString());
}

} // namespace

KpiEntriesDialog::KpiEntriesDialog(
    WorkbookSession &session, qint64 partnerId, Quarter quarter, const QString &partnerName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_partnerId(partnerId)
    , m_quarter(quarter)
    , m_problems(makeProblemList(QStringLiteral("entryProblems"), this))
{
    setWindowTitle(tr("KPI Values — %1, %2").arg(partnerName, quarter.label()));
    const ScorecardStore store(session.workbook());
    const QHash<QString, KpiValue> stored = store.entries(partnerId, quarter);
    // The measure, not the source, decides what the scorecard reads entered values for.
    for (const KpiDefinition &kpi : store.catalogue().kpis)
        if (kpi.measure == KpiMeasure::Entered)
            m_rows.append(Row { kpi, stored.value(kpi.code), nullptr, nullptr, nullptr });

    auto *intro = new QLabel(tr("Values entered for %1 in %2. An empty target uses the catalogue's default "
                                "target, shown in grey; with both actual and target empty the value is "
                                "removed and the card shows the KPI as missing.")
                                 .arg(partnerName, quarter.label()),
        this);
    intro->setWordWrap(true);
    QSet<KpiValueText::Kind> kinds;
    for (const Row &row : std::as_const(m_rows))
        kinds.insert(KpiValueText::kindOf(row.kpi));
    QStringList rules;
    for (KpiValueText::Kind kind :
        { KpiValueText::Kind::Percent, KpiValueText::Kind::Number, KpiValueText::Kind::Money })
        if (kinds.contains(kind))
            rules.append(KpiValueText::rule(kind));
    auto *rule = new QLabel(rules.join(QLatin1Char('\n')), this);
    rule->setObjectName(QStringLiteral("entryRules"));
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &KpiEntriesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &KpiEntriesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rule);
    if (m_rows.isEmpty()) {
        auto *none = new QLabel(tr("The KPI catalogue has no KPI entered per partner. Add one with Tools → "
                                   "KPI Catalogue…"),
            this);
        none->setWordWrap(true);
        layout->addWidget(none);
    } else {
        layout->addWidget(buildTable(), 1);
    }
    layout->addWidget(m_problems);
    layout->addStretch();
    layout->addWidget(buttons);
    validate();
    resize(820, 360);
}

QWidget *KpiEntriesDialog::buildTable()
{
    auto *table = new QWidget;
    auto *grid = new QGridLayout(table);
    grid->setHorizontalSpacing(12);
    const QString headers[] = { tr("KPI"), tr("Unit"), tr("Actual"), tr("Target"), tr("Reading") };
    for (int column = KpiColumn; column <= ReadingColumn; ++column) {
        auto *header = new QLabel(headers[column], table);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, column);
    }
    int line = 1;
    for (Row &row : m_rows) {
        auto *name = new QLabel(row.kpi.name(), table);
        name->setToolTip(labelOf(row.kpi.family));
        auto *unit = new QLabel(row.kpi.unit.isEmpty() ? tr("number") : row.kpi.unit, table);
        row.actual = new QLineEdit(table);
        row.actual->setObjectName(QStringLiteral("actual_%1").arg(row.kpi.code));
        row.target = new QLineEdit(table);
        row.target->setObjectName(QStringLiteral("target_%1").arg(row.kpi.code));
        for (QLineEdit *edit : { row.actual, row.target }) {
            edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            edit->setMinimumWidth(120);
        }
        if (row.stored.actual)
            row.actual->setText(KpiValueText::format(row.kpi, *row.stored.actual));
        if (row.stored.target)
            row.target->setText(KpiValueText::format(row.kpi, *row.stored.target));
        if (row.kpi.target)
            row.target->setPlaceholderText(KpiValueText::format(row.kpi, *row.kpi.target));
        row.reading = new QLabel(table);
        row.reading->setObjectName(QStringLiteral("reading_%1").arg(row.kpi.code));
        row.reading->setWordWrap(true);
        row.reading->setMinimumWidth(260);
        grid->addWidget(name, line, KpiColumn);
        grid->addWidget(unit, line, UnitColumn);
        grid->addWidget(row.actual, line, ActualColumn);
        grid->addWidget(row.target, line, TargetColumn);
        grid->addWidget(row.reading, line, ReadingColumn);
        ++line;
    }
    // Connected once every row exists: validate() reads them all.
    for (const Row &row : std::as_const(m_rows))
        for (QLineEdit *edit : { row.actual, row.target })
            connect(edit, &QLineEdit::textChanged, this, &KpiEntriesDialog::validate);
    grid->setColumnStretch(ReadingColumn, 1);
    grid->setRowStretch(line, 1);
    // Many entered KPIs scroll rather than push the buttons off the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(table);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QStringList KpiEntriesDialog::codes() const
{
    QStringList codes;
    for (const Row &row : m_rows)
        codes.append(row.kpi.code);
    return codes;
}

const KpiEntriesDialog::Row *KpiEntriesDialog::rowOf(const QString &code) const
{
    for (const Row &row : m_rows)
        if (row.kpi.code == code)
            return &row;
    return nullptr;
}

QLineEdit *KpiEntriesDialog::actualEdit(const QString &code) const
{
    const Row *row = rowOf(code);
    return row ? row->actual : nullptr;
}

QLineEdit *KpiEntriesDialog::targetEdit(const QString &code) const
{
    const Row *row = rowOf(code);
    return row ? row->target : nullptr;
}

QLabel *KpiEntriesDialog::readingLabel(const QString &code) const
{
    const Row *row = rowOf(code);
    return row ? row->reading : nullptr;
}

std::optional<Ratio> KpiEntriesDialog::read(
    const Row &row, const QLineEdit *edit, const std::optional<Ratio> &stored, QString *error) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (stored && text == KpiValueText::format(row.kpi, *stored))
        return stored;
    const Parsed<Ratio> parsed = KpiValueText::parse(row.kpi, text);
    if (!parsed && error)
        *error = parsed.error;
    return parsed.value;
}

std::optional<QHash<QString, KpiValue>> KpiEntriesDialog::values() const
{
    QHash<QString, KpiValue> values;
    for (const Row &row : m_rows) {
        QString actualError;
        QString targetError;
        const std::optional<Ratio> actual = read(row, row.actual, row.stored.actual, &actualError);
        const std::optional<Ratio> target = read(row, row.target, row.stored.target, &targetError);
        if (!actualError.isEmpty() || !targetError.isEmpty())
            return std::nullopt;
        values.insert(row.kpi.code, KpiValue { actual, target });
    }
    return values;
}

QStringList KpiEntriesDialog::problems() const
{
    QStringList problems;
    for (const Row &row : m_rows) {
        QString error;
        read(row, row.actual, row.stored.actual, &error);
        if (!error.isEmpty())
            problems.append(tr("%1, actual: %2").arg(row.kpi.name(), error));
        error.clear();
        read(row, row.target, row.stored.target, &error);
        if (!error.isEmpty())
            problems.append(tr("%1, target: %2").arg(row.kpi.name(), error));
    }
    return problems;
}

void KpiEntriesDialog::validate()
{
    for (const Row &row : std::as_const(m_rows)) {
        QString actualError;
        QString targetError;
        const std::optional<Ratio> actual = read(row, row.actual, row.stored.actual, &actualError);
        const std::optional<Ratio> target = read(row, row.target, row.stored.target, &targetError);
        markInvalid(row.actual, !actualError.isEmpty());
        markInvalid(row.target, !targetError.isEmpty());
        QString reading;
        if (!actualError.isEmpty() || !targetError.isEmpty())
            reading = tr("Cannot be read: see below.");
        else if (!actual && !target)
            reading = tr("No value: the card shows the KPI as missing.");
        else {
            const QString targetText = target ? KpiValueText::format(row.kpi, *target)
                : row.kpi.target ? tr("%1 (default)").arg(KpiValueText::format(row.kpi, *row.kpi.target))
                                 : tr("no target");
            reading = actual
                ? tr("Read as %1, target %2").arg(KpiValueText::format(row.kpi, *actual), targetText)
                : tr("No actual yet; target %1").arg(targetText);
        }
        row.reading->setText(reading);
        row.reading->setForegroundRole(actualError.isEmpty() && targetError.isEmpty()
                ? QPalette::WindowText
                : QPalette::PlaceholderText);
    }
    const QStringList list = problems();
    showProblemList(m_problems, list);
    m_ok->setEnabled(list.isEmpty());
}

void KpiEntriesDialog::accept()
{
    const std::optional<QHash<QString, KpiValue>> typed = values();
    if (!typed)
        return;
    if (m_session.attempt(
            [&] { ScorecardStore(m_session.workbook()).setEntries(m_partnerId, m_quarter, *typed); }))
        QDialog::accept();
}

} // namespace cs
