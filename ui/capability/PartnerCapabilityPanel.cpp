#include "capability/PartnerCapabilityPanel.h"

#include "WorkbookSession.h"
#include "capability/CapabilityRadar.h"
#include "capability/CapabilityScoreGrid.h"
#include "capability/CapabilityTrendChart.h"
#include "capability/RichText.h"
#include "capability/Tenths.h"
#include "capability/WatchHistory.h"
#include "partners/PartnerTableModel.h"

#include <QBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>

namespace cs {

namespace {

// Below this width the boxes under the charts stack instead of sitting side by side; the
// charts themselves stack below what the radar needs, which depends on the language.
constexpr int boxesSideBySideFrom = 760;

using RichText::coloured;
const QString muted = RichText::muted();

// Replaces the labels in `lines` with one per text, each wrapping.
void setLines(QVBoxLayout *lines, const QStringList &texts, const QString &objectName)
{
    while (QLayoutItem *item = lines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &text : texts) {
        auto *label = new QLabel(QStringLiteral("• ") + text);
        label->setObjectName(objectName);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        lines->addWidget(label);
    }
}

} // namespace

PartnerCapabilityPanel::PartnerCapabilityPanel(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_placeholder = new QLabel(tr("Select a partner to see its capability."), this);
    m_placeholder->setObjectName(QStringLiteral("capabilityPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildContent());

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(
        &session, &WorkbookSession::capabilityChanged, this, &PartnerCapabilityPanel::onCapabilityChanged);
}

QWidget *PartnerCapabilityPanel::buildContent()
{
    auto *content = new QWidget;
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);

    m_radar = new CapabilityRadar(content);
    m_trend = new CapabilityTrendChart(content);
    m_charts = new QBoxLayout(QBoxLayout::LeftToRight);
    m_charts->addWidget(m_radar, 1);
    m_charts->addWidget(m_trend, 1);

    auto *stageBox = new QGroupBox(tr("Suggested stage"), content);
    m_stage = new QLabel(stageBox);
    m_stage->setObjectName(QStringLiteral("suggestedStage"));
    m_stage->setWordWrap(true);
    (new QVBoxLayout(stageBox))->addWidget(m_stage);

    auto *watchBox = new QGroupBox(tr("Watch list"), content);
    m_watchLines = new QVBoxLayout(watchBox);
    m_notices = new QGroupBox(tr("Notices"), content);
    m_noticeLines = new QVBoxLayout(m_notices);

    auto *left = new QVBoxLayout;
    left->addWidget(stageBox);
    left->addWidget(watchBox);
    left->addWidget(m_notices);
    left->addStretch(1);
    m_lower = new QBoxLayout(QBoxLayout::LeftToRight);
    m_lower->addLayout(left, 1);
    m_lower->addWidget(buildHistory(), 1);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    m_scores = new CapabilityScoreGrid(content);
    layout->addWidget(m_scores);
    layout->addLayout(m_charts, 3);
    layout->addLayout(m_lower, 2);
    return content;
}

QGroupBox *PartnerCapabilityPanel::buildHistory()
{
    auto *box = new QGroupBox(tr("Assessment history"));
    m_history = new QTableWidget(0, 1 + dimensionCount, box);
    m_history->setObjectName(QStringLiteral("assessmentHistory"));
    QStringList headings { tr("Date") };
    for (const Dimension d : allDimensions)
        headings.append(labelOf(d));
    m_history->setHorizontalHeaderLabels(headings);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setAlternatingRowColors(true);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->setMinimumHeight(160);

    m_add = new QPushButton(tr("Add…"), box);
    m_edit = new QPushButton(tr("Edit…"), box);
    m_delete = new QPushButton(tr("Delete"), box);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_history);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { emit addAssessmentRequested(m_partnerId); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QDate date = selectedDate(); date.isValid())
            emit editAssessmentRequested(m_partnerId, date);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const QDate date = selectedDate(); date.isValid())
            emit deleteAssessmentRequested(m_partnerId, date);
    });
    connect(m_history, &QTableWidget::itemSelectionChanged, this, &PartnerCapabilityPanel::updateButtons);
    connect(m_history, &QTableWidget::itemDoubleClicked, m_edit, [this] {
        if (m_edit->isEnabled())
            m_edit->click();
    });
    updateButtons();
    return box;
}

void PartnerCapabilityPanel::showPartner(qint64 partnerId)
{
    m_partnerId = partnerId;
    m_stale = true;
    if (isVisible())
        refresh();
}

void PartnerCapabilityPanel::setEditingEnabled(bool enabled)
{
    m_editingEnabled = enabled;
    updateButtons();
    // The watch box gains or loses its buttons; the model itself has not changed.
    m_stale = true;
    if (isVisible())
        refresh();
}

QDate PartnerCapabilityPanel::selectedDate() const
{
    const QList<QTableWidgetItem *> selected = m_history->selectedItems();
    if (selected.isEmpty())
        return {};
    return m_history->item(selected.front()->row(), 0)->data(Qt::UserRole).toDate();
}

void PartnerCapabilityPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PartnerCapabilityPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool sideBySide = width() >= 2 * m_radar->comfortableWidth() + 40;
    m_charts->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    const bool wide = width() >= boxesSideBySideFrom;
    m_lower->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_scores->setNarrow(!wide);
    // Stacked, the panel scrolls: the charts keep a height they can be read at.
    m_radar->setMinimumHeight(sideBySide ? 280 : 340);
    m_trend->setMinimumHeight(sideBySide ? 240 : 300);
}

void PartnerCapabilityPanel::onCapabilityChanged()
{
    m_indexById.clear();
    m_stale = true;
    if (isVisible())
        refresh();
}

const PartnerCapability *PartnerCapabilityPanel::findPartner()
{
    const CapabilityOverview &overview = m_session.capability();
    if (m_indexById.isEmpty())
        for (qsizetype i = 0; i < overview.partners.size(); ++i)
            m_indexById.insert(overview.partners[i].partnerId, i);
    const qsizetype index = m_indexById.value(m_partnerId, -1);
    return index >= 0 ? &overview.partners[index] : nullptr;
}

void PartnerCapabilityPanel::refresh()
{
    m_stale = false;
    const PartnerCapability *p = m_partnerId != 0 ? findPartner() : nullptr;
    if (!p) {
        m_pages->setCurrentWidget(m_placeholder);
        m_history->setRowCount(0);
        updateButtons();
        return;
    }
    const CapabilityOverview &overview = m_session.capability();
    showHeader(*p);
    m_scores->showPartner(*p, overview);
    m_radar->showScores(p->code, p->latest ? std::optional(p->latest->tenths) : std::nullopt,
        overview.benchmark, overview.channelAverage);
    const QList<AssessmentRecord> history =
        CapabilityInputs::history(m_session.workbook(), m_partnerId, m_session.capability().rules.scales);
    m_trend->showHistory(history, overview.rules.weakBelowTenths);
    showStage(*p);
    showWatch(*p);
    showNotices(*p);
    showHistory(history);
    m_pages->setCurrentIndex(1);
}

void PartnerCapabilityPanel::showHeader(const PartnerCapability &p)
{
    m_title->setText(tr("%1 %2").arg(p.code, p.name));
    QStringList facts;
    if (p.status != PartnerStatus::Active)
        facts.append(tr("Status: %1").arg(labelOf(p.status)));
    if (!p.latest) {
        facts.append(tr("Not assessed yet"));
    } else {
        const auto date = [](const AssessmentRecord &a) {
            return a.date.toString(Qt::ISODate);
        };
        facts.append(tr("Latest assessment %1").arg(date(*p.latest)));
        facts.append(tr("composite %1").arg(formatTenths(*p.compositeTenths)));
        if (p.previous)
            facts.append(tr("previous %1").arg(date(*p.previous)));
        if (p.threeMonthsEarlier)
            facts.append(tr("three months before: %1").arg(date(*p.threeMonthsEarlier)));
    }
    m_summary->setText(facts.join(QStringLiteral(" · ")));
}

void PartnerCapabilityPanel::showStage(const PartnerCapability &p)
{
    QString text =
        p.stage.stage ? QStringLiteral("<b>%1</b>").arg(labelOf(*p.stage.stage).toHtmlEscaped()) : tr("None");
    if (const Partner *partner = m_session.partnerModel()->partnerById(m_partnerId);
        partner && partner->stage)
        text += QLatin1Char(' ') + coloured(muted, tr("(recorded: %1)").arg(labelOf(*partner->stage)));
    m_stage->setText(text + QStringLiteral("<br>") + p.stage.reason.toHtmlEscaped());
}

void PartnerCapabilityPanel::showWatch(const PartnerCapability &p)
{
    QStringList reasons;
    for (const WatchHit &hit : p.watch)
        reasons.append(hit.reason);
    setLines(m_watchLines, reasons, QStringLiteral("watchReason"));
    // Each entry can be cleared with a note; the button sits under its reason.
    for (qsizetype i = 0; m_editingEnabled && i < p.watch.size(); ++i) {
        auto *clear = new QPushButton(tr("Clear with a note…"));
        clear->setObjectName(QStringLiteral("clearWatch"));
        clear->setFlat(true);
        clear->setStyleSheet(
            QStringLiteral("QPushButton { color: palette(link); text-align: left; padding: 0 12px; }"));
        const WatchHit hit = p.watch[i];
        connect(clear, &QPushButton::clicked, this,
            [this, hit] { emit clearWatchEntryRequested(m_partnerId, hit); });
        m_watchLines->insertWidget(int(2 * i + 1), clear);
    }
    if (reasons.isEmpty()) {
        auto *none = new QLabel(p.status == PartnerStatus::Churned
                ? tr("Not on the watch list: churned partners are no longer watched.")
                : tr("Not on the watch list."));
        none->setObjectName(QStringLiteral("notWatched"));
        m_watchLines->addWidget(none);
    }
    // One read of this partner's own data serves both histories below.
    const CapabilityOverview &overview = m_session.capability();
    const QList<PartnerInputs> inputs =
        CapabilityInputs::load(m_session.workbook(), overview.asOf, overview.rules.scales, m_partnerId);
    if (inputs.isEmpty())
        return;
    showWatchHistory(inputs.front());
    // The history of clearances, newest first; those still in force say so.
    const QList<WatchClearance> &history = inputs.front().clearances;
    for (auto c = history.crbegin(); c != history.crend(); ++c) {
        const bool inForce = std::any_of(p.cleared.cbegin(), p.cleared.cend(),
            [&](const ClearedHit &h) { return h.clearance.id == c->id; });
        auto *line = new QLabel(coloured(muted,
            (inForce ? tr("Cleared on %1: %2 Note: %3") : tr("Cleared on %1 (since superseded): %2 Note: %3"))
                .arg(c->asOf.toString(Qt::ISODate), c->reason, c->note)));
        line->setObjectName(QStringLiteral("watchClearance"));
        line->setWordWrap(true);
        m_watchLines->addWidget(line);
    }
}

// When the partner was on the list, newest first: the rules replayed over its own data.
void PartnerCapabilityPanel::showWatchHistory(const PartnerInputs &partner)
{
    const CapabilityOverview &overview = m_session.capability();
    const QList<WatchPeriod> periods = watchHistory(partner, overview.rules, overview.asOf);
    constexpr qsizetype shown = 8; // the panel is a summary; the rest is older still
    if (!periods.isEmpty()) {
        auto *heading = new QLabel(tr("History of entries:"));
        heading->setObjectName(QStringLiteral("watchHistoryHeading"));
        m_watchLines->addWidget(heading);
    }
    for (qsizetype i = periods.size() - 1; i >= 0 && i >= periods.size() - shown; --i) {
        const WatchPeriod &w = periods[i];
        const QString span = w.to.isValid()
            ? tr("%1 – %2").arg(w.from.toString(Qt::ISODate), w.to.toString(Qt::ISODate))
            : tr("since %1").arg(w.from.toString(Qt::ISODate));
        auto *line = new QLabel(coloured(muted, tr("%1: %2").arg(span, w.reason)));
        line->setObjectName(QStringLiteral("watchPeriod"));
        line->setWordWrap(true);
        m_watchLines->addWidget(line);
    }
}

void PartnerCapabilityPanel::showNotices(const PartnerCapability &p)
{
    setLines(m_noticeLines, p.notices, QStringLiteral("notice"));
    m_notices->setVisible(!p.notices.isEmpty());
}

void PartnerCapabilityPanel::showHistory(const QList<AssessmentRecord> &history)
{
    m_history->clearSelection();
    m_history->setRowCount(int(history.size()));
    for (qsizetype i = 0; i < history.size(); ++i) {
        const AssessmentRecord &a = history[history.size() - 1 - i]; // newest first
        const int row = int(i);
        auto *date = new QTableWidgetItem(a.date.toString(Qt::ISODate));
        date->setData(Qt::UserRole, a.date);
        m_history->setItem(row, 0, date);
        for (int d = 0; d < dimensionCount; ++d) {
            auto *score = new QTableWidgetItem(formatTenths(a.tenths[d]));
            score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // Which score was used: a derived one is set in italics and says so.
            if (a.source[d] == ScoreSource::Derived) {
                QFont italic = score->font();
                italic.setItalic(true);
                score->setFont(italic);
                score->setToolTip(tr("Derived from the sub-indicators (no score was entered)"));
            }
            m_history->setItem(row, 1 + d, score);
        }
    }
    updateButtons();
}

void PartnerCapabilityPanel::updateButtons()
{
    const bool partner = m_editingEnabled && m_partnerId != 0;
    const bool row = partner && selectedDate().isValid();
    m_add->setEnabled(partner);
    m_edit->setEnabled(row);
    m_delete->setEnabled(row);
}

} // namespace cs
