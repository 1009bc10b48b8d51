#include "settings/CapabilityRulesDialog.h"

#include "WorkbookSession.h"
#include "capability/Tenths.h"
#include "settings/CapabilityRulesPage.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

namespace {

// Plain text: load problems quote what the file holds, which must not be read as HTML.
QLabel *messageLabel(const QString &name, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

QString bulleted(const QStringList &sentences)
{
    QStringList lines;
    for (const QString &s : sentences)
        lines.append(QStringLiteral("• ") + s);
    return lines.join(QLatin1Char('\n'));
}

// Whole-number tenths for the fixed fields; the benchmark itself stays exact.
PerDimension<int> rounded(const ScoreAverages &averages)
{
    PerDimension<int> tenths {};
    for (const Dimension d : allDimensions)
        tenths[int(d)] = int(roundHalfAway(averages[int(d)]));
    return tenths;
}

} // namespace

CapabilityRulesDialog::CapabilityRulesDialog(WorkbookSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Capability Rules"));
    m_stored = CapabilityRules::load(session.workbook(), &m_loadProblems);
    m_storedIsUsable = m_loadProblems.isEmpty();

    m_problemsLabel = messageLabel(QStringLiteral("loadProblems"),
        QStringLiteral("QLabel { color: #7a5b00; background: #fff6d5; border: 1px solid #e6cf80;"
                       " border-radius: 4px; padding: 6px; }"),
        this);
    if (!m_loadProblems.isEmpty()) {
        m_problemsLabel->setText(
            tr("Some stored rules could not be used; the form shows the defaults in their place. "
               "Storing the form replaces them.")
            + QLatin1Char('\n') + bulleted(m_loadProblems));
        m_problemsLabel->show();
    }
    m_errorsLabel = messageLabel(QStringLiteral("errors"),
        QStringLiteral("QLabel { color: #c0392b; background: #fdecea; border: 1px solid #f0b8b0;"
                       " border-radius: 4px; padding: 6px; }"),
        this);

    m_page = new CapabilityRulesPage;
    m_page->load(m_stored);
    if (!m_stored.fixedBenchmarkTenths) {
        const CapabilityOverview &overview = session.capability();
        if (overview.benchmark && overview.benchmarkSource == BenchmarkSource::ExcellentPartners)
            m_page->suggestFixedBenchmark(rounded(*overview.benchmark));
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("rulesScroll"));
    scroll->setWidget(m_page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    QPushButton *applyButton = m_buttons->button(QDialogButtonBox::Apply);
    applyButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CapabilityRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CapabilityRulesDialog::reject);
    connect(applyButton, &QPushButton::clicked, this, &CapabilityRulesDialog::apply);
    connect(
        m_page, &CapabilityRulesPage::changed, applyButton, [applyButton] { applyButton->setEnabled(true); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);

    fitToScreen();
}

bool CapabilityRulesDialog::apply()
{
    const CapabilityRules rules = m_page->rules();
    QStringList errors = m_page->inputProblems() + rules.validate();
    if (errors.isEmpty()) {
        try {
            rules.save(m_session.workbook(), &errors);
        } catch (const StorageError &e) {
            errors = QStringList { tr("The rules could not be stored: %1").arg(e.message()) };
        }
    }
    showErrors(errors);
    if (!errors.isEmpty())
        return false;
    m_stored = rules;
    m_storedIsUsable = true;
    m_problemsLabel->hide();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    m_session.invalidateCapability();
    return true;
}

void CapabilityRulesDialog::accept()
{
    // Unedited and readable: storing the same rules again would only make every view recompute.
    const bool unchanged =
        m_storedIsUsable && m_page->inputProblems().isEmpty() && m_page->rules() == m_stored;
    if (unchanged || apply())
        QDialog::accept();
}

void CapabilityRulesDialog::showErrors(const QStringList &errors)
{
    m_errors = errors;
    m_errorsLabel->setText(errors.isEmpty()
            ? QString()
            : tr("The rules were not stored:") + QLatin1Char('\n') + bulleted(errors));
    m_errorsLabel->setVisible(!errors.isEmpty());
    if (!errors.isEmpty() && isVisible())
        fitToScreen(); // grows to keep the form unscrolled under the list, where the screen allows
}

// Opens at the size the whole form needs, and scrolls only on a screen too small for it.
void CapabilityRulesDialog::fitToScreen()
{
    auto *scroll = findChild<QScrollArea *>(QStringLiteral("rulesScroll"));
    const int scrollBar = scroll->verticalScrollBar()->sizeHint().width();
    const QSize wanted = sizeHint() - scroll->sizeHint() + m_page->sizeHint() + QSize(scrollBar, 0);
    const QRect available = screen()->availableGeometry();
    // The screen's geometry includes the window frame and title bar: leave room for them.
    const QSize room = available.size() - QSize(16, 48);
    // Never shrinks what the user made larger.
    resize(wanted.expandedTo(isVisible() ? size() : QSize()).boundedTo(room));
    const int below = geometry().bottom() + 8 - available.bottom();
    if (isVisible() && below > 0)
        move(x(), std::max(available.top() + 40, y() - below));
}

} // namespace cs
