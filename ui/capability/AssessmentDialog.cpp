#include "capability/AssessmentDialog.h"

#include "capability/Tenths.h"
#include "import/ValueParsers.h"
#include "money/Money.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cs {

namespace {

SheetCell typed(const QLineEdit *field)
{
    return SheetCell { SheetCell::Kind::Text, field->text(), {} };
}

// The same readers as the import, so "8.7分", "35%" and "4h" mean the same typed here.
Parsed<qint64> readSubIndicator(SubIndicator s, const SheetCell &cell)
{
    if (isPercentage(s)) {
        const Parsed<Ratio> ratio = ValueParsers::parsePercentage(cell);
        if (!ratio)
            return Parsed<qint64>::failure(ratio.error);
        return Parsed<qint64>::success(perMille(*ratio));
    }
    if (decimalsOf(s) == 0)
        return ValueParsers::parseCount(cell);
    return ValueParsers::parseTenths(cell);
}

QString placeholderFor(SubIndicator s)
{
    switch (s) {
    case SubIndicator::CoreProducts:
        return AssessmentDialog::tr("e.g. 5");
    case SubIndicator::ExamScore:
        return AssessmentDialog::tr("0–100, e.g. 86.5");
    case SubIndicator::Visits:
        return AssessmentDialog::tr("e.g. 12");
    case SubIndicator::Conversion:
        return AssessmentDialog::tr("e.g. 25%");
    case SubIndicator::ResponseHours:
        return AssessmentDialog::tr("hours, e.g. 6.5");
    case SubIndicator::Satisfaction:
        return AssessmentDialog::tr("e.g. 92%");
    }
    return {};
}

} // namespace

AssessmentDialog::AssessmentDialog(const Assessment &initial, const QString &partnerLabel,
    const PerSubIndicator<SubIndicatorScale> &scales, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_scales(scales)
{
    setWindowTitle(initial.id == 0 ? tr("New Assessment") : tr("Edit Assessment"));
    auto *layout = new QVBoxLayout(this);
    // The "uses …" lines wrap as the user types: let the dialog grow with them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto *title = new QLabel(partnerLabel, this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    layout->addWidget(title);

    auto *top = new QFormLayout;
    m_date = new QDateEdit(initial.date.isValid() ? initial.date : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_assessor = new QLineEdit(initial.assessor, this);
    top->addRow(tr("&Date:"), m_date);
    top->addRow(tr("&Assessor:"), m_assessor);
    layout->addLayout(top);

    auto *hint =
        new QLabel(tr("Enter a score from 0 to 10, or leave it empty and enter the measured "
                      "sub-indicators: the score is then derived from them. An entered score always wins."),
            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    for (const Dimension d : allDimensions)
        layout->addWidget(dimensionBox(d));

    m_note = new QPlainTextEdit(initial.note, this);
    m_note->setPlaceholderText(tr("What was observed, what was agreed"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);
    auto *noteForm = new QFormLayout;
    noteForm->addRow(tr("&Note:"), m_note);
    layout->addLayout(noteForm);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refresh();
}

QWidget *AssessmentDialog::dimensionBox(Dimension d)
{
    auto *box = new QGroupBox(labelOf(d), this);
    auto *form = new QFormLayout(box);
    auto *score = new QLineEdit(box);
    if (const auto &entered = m_initial.entered[int(d)])
        score->setText(formatTenths(*entered));
    score->setPlaceholderText(tr("derived from the sub-indicators"));
    m_scores[int(d)] = score;
    form->addRow(tr("Score:"), score);
    connect(score, &QLineEdit::textChanged, this, &AssessmentDialog::refresh);
    for (const SubIndicator s : allSubIndicators) {
        if (dimensionOf(s) != d)
            continue;
        auto *field = new QLineEdit(box);
        if (const auto &value = m_initial.subIndicators[int(s)])
            field->setText(
                subIndicatorNumber(s, *value) + (isPercentage(s) ? QStringLiteral("%") : QString()));
        field->setPlaceholderText(placeholderFor(s));
        m_subIndicators[int(s)] = field;
        form->addRow(labelOf(s) + QLatin1Char(':'), field);
        connect(field, &QLineEdit::textChanged, this, &AssessmentDialog::refresh);
    }
    auto *used = new QLabel(box);
    used->setWordWrap(true);
    m_used[int(d)] = used;
    form->addRow(used);
    return box;
}

Assessment AssessmentDialog::read(QStringList *problems) const
{
    Assessment a = m_initial;
    a.date = m_date->date();
    a.assessor = m_assessor->text().trimmed();
    a.note = m_note->toPlainText().trimmed();
    for (const Dimension d : allDimensions) {
        a.entered[int(d)].reset();
        const SheetCell cell = typed(m_scores[int(d)]);
        if (cell.isEmpty())
            continue;
        if (const Parsed<qint32> score = ValueParsers::parseScore(cell))
            a.entered[int(d)] = *score;
        else
            problems->append(tr("%1: %2").arg(labelOf(d), score.error));
    }
    for (const SubIndicator s : allSubIndicators) {
        a.subIndicators[int(s)].reset();
        const SheetCell cell = typed(m_subIndicators[int(s)]);
        if (cell.isEmpty())
            continue;
        if (const Parsed<qint64> value = readSubIndicator(s, cell))
            a.subIndicators[int(s)] = *value;
        else
            problems->append(tr("%1: %2").arg(labelOf(s), value.error));
    }
    return a;
}

void AssessmentDialog::refresh()
{
    QStringList ignored;
    const Assessment a = read(&ignored);
    for (const Dimension d : allDimensions) {
        QString text;
        if (a.entered[int(d)]) {
            text = tr("Uses the entered score %1.").arg(formatTenths(*a.entered[int(d)]));
        } else if (const auto derived = SubIndicatorScores::derive(d, a.subIndicators, m_scales)) {
            text =
                tr("Uses %1, derived: %2.")
                    .arg(formatTenths(*derived), SubIndicatorScores::explain(d, a.subIndicators, m_scales));
        } else {
            text = tr("Needs a score or a sub-indicator.");
        }
        m_used[int(d)]->setText(text);
    }
}

void AssessmentDialog::accept()
{
    m_problems.clear();
    const Assessment a = read(&m_problems);
    if (m_problems.isEmpty())
        m_problems = Assessments::validate(a);
    if (!m_problems.isEmpty()) {
        m_problemLabel->setText(m_problems.join(QLatin1Char('\n')));
        m_problemLabel->show();
        return;
    }
    m_result = a;
    QDialog::accept();
}

} // namespace cs
