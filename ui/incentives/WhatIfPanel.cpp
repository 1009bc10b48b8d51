#include "incentives/WhatIfPanel.h"

#include "WorkbookSession.h"
#include "incentive/Percent.h"
#include "incentive/Settlement.h"
#include "incentive/WhatIf.h"
#include "incentives/ShortAmount.h"
#include "incentives/WhatIfChart.h"
#include "storage/StorageError.h"

#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace cs {

namespace {
enum LineColumn { ComponentColumn, AmountColumn, ExplanationColumn, LineColumnCount };
constexpr int chartSamples = 200;
// The slider moves in whole yuan at least; more positions than this a mouse cannot tell apart.
constexpr qint64 maxPositions = 200000;

QString partnerEntry(const QString &code, const QString &name)
{
    return code + QStringLiteral("  ") + name;
}
} // namespace

WhatIfPanel::WhatIfPanel(WorkbookSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_partnerEdit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_partnerInfo(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_salesEdit(new QLineEdit(this))
    , m_salesError(new QLabel(this))
    , m_achievement(new QLabel(this))
    , m_lines(new QTableWidget(0, LineColumnCount, this))
    , m_total(new QLabel(this))
    , m_next(new QLabel(this))
    , m_chart(new WhatIfChart(this))
{
    m_partnerEdit->setObjectName(QStringLiteral("whatIfPartner"));
    m_partnerEdit->setPlaceholderText(tr("Partner code or name"));
    m_partnerEdit->setClearButtonEnabled(true);
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_partnerEdit->setCompleter(m_completer);
    connect(
        m_completer, qOverload<const QString &>(&QCompleter::activated), this, &WhatIfPanel::partnerPicked);
    connect(m_partnerEdit, &QLineEdit::returnPressed, this, &WhatIfPanel::partnerPicked);
    m_partnerInfo->setObjectName(QStringLiteral("whatIfPartnerInfo"));
    m_partnerInfo->setWordWrap(true);

    m_slider->setObjectName(QStringLiteral("whatIfSlider"));
    m_salesEdit->setObjectName(QStringLiteral("whatIfSales"));
    m_salesEdit->setMaximumWidth(200);
    m_salesEdit->setAlignment(Qt::AlignRight);
    m_salesError->setStyleSheet(QStringLiteral("QLabel { color: #b01e1e; }"));
    m_salesError->hide();
    connect(m_slider, &QSlider::valueChanged, this, &WhatIfPanel::sliderMoved);
    connect(m_salesEdit, &QLineEdit::textChanged, this, &WhatIfPanel::salesTyped);

    m_achievement->setObjectName(QStringLiteral("whatIfAchievement"));
    m_achievement->setWordWrap(true);
    m_next->setObjectName(QStringLiteral("whatIfNext"));
    m_next->setWordWrap(true);
    m_next->setStyleSheet(QStringLiteral("QLabel { font-size: 15pt; font-weight: bold; color: #1f5f8b;"
                                         " background: #eef4fb; border: 1px solid #c5d8ee;"
                                         " border-radius: 4px; padding: 8px; }"));
    m_total->setObjectName(QStringLiteral("whatIfTotal"));
    m_total->setStyleSheet(QStringLiteral("QLabel { font-size: 13pt; font-weight: bold; }"));

    m_lines->setObjectName(QStringLiteral("whatIfLines"));
    m_lines->setHorizontalHeaderLabels({ tr("Component"), tr("Amount"), tr("Why") });
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setWordWrap(true);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(ExplanationColumn, QHeaderView::Stretch);
    // Wrapped explanations need their height again whenever the column's width changes.
    // Queued: while the header is resizing, the new width is not yet what rows are measured with.
    connect(m_lines->horizontalHeader(), &QHeaderView::sectionResized, m_lines,
        &QTableView::resizeRowsToContents, Qt::QueuedConnection);

    auto *top = new QGridLayout;
    top->addWidget(new QLabel(tr("Partner:"), this), 0, 0);
    top->addWidget(m_partnerEdit, 0, 1);
    top->addWidget(m_partnerInfo, 0, 2);
    top->addWidget(new QLabel(tr("Sales in the quarter:"), this), 1, 0);
    top->addWidget(m_salesEdit, 1, 1);
    top->addWidget(m_slider, 1, 2);
    top->addWidget(m_salesError, 2, 1, 1, 2);
    top->setColumnMinimumWidth(1, 220);
    top->setColumnStretch(2, 1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_achievement);
    left->addWidget(m_lines, 1);
    left->addWidget(m_total, 0, Qt::AlignRight);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_chart, 2);

    auto *caption = new QLabel(tr("What-if — nothing here is stored."), this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addLayout(top);
    layout->addWidget(m_next);
    layout->addLayout(columns, 1);

    auto refillPartners = [this] {
        QStringList entries;
        for (const Partner &p : m_session.partners().all())
            entries.append(partnerEntry(p.code, p.name));
        static_cast<QStringListModel *>(m_completer->model())->setStringList(entries);
    };
    refillPartners();
    auto dropInputs = [this] {
        m_inputs.reset();
        m_policy.reset();
        m_partnerIndex = -1; // pointed into the inputs just dropped
        // Reading the quarter again is for someone looking; a hidden pane waits until shown.
        m_stale = !isVisible();
        if (!m_stale)
            reload();
    };
    connect(&session, &WorkbookSession::partnersChanged, this, refillPartners);
    connect(&session, &WorkbookSession::partnersChanged, this, dropInputs);
    connect(&session, &WorkbookSession::incentivesChanged, this, dropInputs);
    showNothing(tr("Pick a partner to see what they earn at a sales figure."));
}

void WhatIfPanel::setQuarter(Quarter quarter)
{
    if (quarter == m_quarter)
        return;
    m_quarter = quarter;
    reload();
}

void WhatIfPanel::setPartner(qint64 partnerId)
{
    if (partnerId == m_partnerId && m_partnerIndex >= 0)
        return;
    m_partnerId = partnerId;
    if (const std::optional<Partner> p = m_session.partners().byId(partnerId)) {
        const QSignalBlocker block(m_partnerEdit);
        m_partnerEdit->setText(partnerEntry(p->code, p->name));
    }
    reload();
}

void WhatIfPanel::partnerPicked()
{
    // An entry is "CODE  Name"; a typed code alone finds the partner too.
    const QString text = m_partnerEdit->text().trimmed();
    const QString code = text.section(QLatin1Char(' '), 0, 0);
    if (code.isEmpty())
        return;
    if (const std::optional<Partner> p = m_session.partners().byCode(code))
        setPartner(p->id);
}

void WhatIfPanel::showNothing(const QString &why)
{
    m_partnerIndex = -1;
    m_partnerInfo->setText(why);
    m_achievement->clear();
    m_lines->setRowCount(0);
    m_total->clear();
    m_next->hide();
    m_chart->clear();
    m_slider->setEnabled(false);
    m_salesEdit->setEnabled(false);
}

void WhatIfPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void WhatIfPanel::reload()
{
    m_stale = false;
    if (!m_quarter.isValid() || m_partnerId == 0) {
        showNothing(tr("Pick a partner to see what they earn at a sales figure."));
        return;
    }
    if (!m_inputs || m_inputsQuarter != m_quarter) {
        m_policy.reset();
        try {
            m_inputs = m_session.incentives().loadInputs({ m_quarter });
            m_inputsQuarter = m_quarter;
        } catch (const StorageError &e) {
            m_inputs.reset();
            showNothing(tr("The workbook could not be read: %1").arg(e.message()));
            return;
        }
    }
    if (!m_policy) {
        const PolicyHistory history = m_session.incentives().policies();
        if (const IncentivePolicy *p = history.inForce(m_quarter))
            m_policy = *p;
    }
    if (!m_policy) {
        showNothing(tr("No incentive policy is in force for %1.").arg(m_quarter.label()));
        return;
    }
    const auto found = std::find_if(m_inputs->partners.cbegin(), m_inputs->partners.cend(),
        [this](const PartnerFacts &p) { return p.id == m_partnerId; });
    if (found == m_inputs->partners.cend()) {
        showNothing(tr("This partner has no statement in %1: not yet joined, or churned without results.")
                        .arg(m_quarter.label()));
        return;
    }
    m_partnerIndex = int(found - m_inputs->partners.cbegin());
    const PartnerFacts &facts = *found;
    const auto result = facts.results.constFind(m_quarter);
    const bool hasResults = result != facts.results.cend();
    const Money target = hasResults ? result->target : Money();
    const Money actual = hasResults ? result->sales : Money();

    QStringList info { facts.code + QStringLiteral(" ") + facts.name };
    if (facts.tier)
        info.append(labelOf(*facts.tier));
    if (!facts.region.isEmpty())
        info.append(facts.region);
    info.append(hasResults
            ? tr("%1: target %2, actual %3").arg(m_quarter.label(), target.toString(), actual.toString())
            : tr("%1: no results reported").arg(m_quarter.label()));
    m_partnerInfo->setText(info.join(QStringLiteral(" · ")));

    // Room to double the larger of target and actual, where the interesting bands are.
    m_sliderMax = Money::fromFen(std::max(target.fen(), actual.fen()) * 2);
    if (m_sliderMax.fen() <= 0)
        m_sliderMax = Money::fromFen(100000000); // ¥1,000,000: something to drag through
    m_slider->setEnabled(true);
    m_salesEdit->setEnabled(true);
    rescale(m_sliderMax);
    setSales(actual);
}

Money WhatIfPanel::salesAt(int position) const
{
    const qint64 positions = m_slider->maximum();
    // Whole yuan, proportional; 128 bits because fen × positions overflows 64 bits for big partners.
    const qint64 yuan = divRoundHalfAway(Int128(m_sliderMax.fen()) * position, Int128(positions) * 100);
    return Money::fromFen(yuan * 100);
}

int WhatIfPanel::positionOf(Money sales) const
{
    const qint64 positions = m_slider->maximum();
    if (m_sliderMax.fen() <= 0)
        return 0;
    const qint64 p =
        divRoundHalfAway(Int128(std::max<qint64>(sales.fen(), 0)) * positions, m_sliderMax.fen());
    return int(std::clamp<qint64>(p, 0, positions));
}

void WhatIfPanel::setSales(Money sales)
{
    if (m_partnerIndex < 0)
        return;
    m_syncing = true;
    if (sales > m_sliderMax)
        rescale(sales);
    m_sales = sales;
    m_salesEdit->setText(sales.toString());
    m_slider->setValue(positionOf(sales));
    m_salesError->hide();
    m_syncing = false;
    recompute();
}

void WhatIfPanel::rescale(Money atLeast)
{
    // A quarter more than asked for, so the figure does not sit at the very end.
    if (atLeast > m_sliderMax) {
        const Int128 wanted = Int128(atLeast.fen()) * 5 / 4;
        m_sliderMax =
            Money::fromFen(qint64(std::min<Int128>(wanted, std::numeric_limits<qint64>::max() / 2)));
    }
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, int(std::clamp<qint64>(m_sliderMax.fen() / 100, 1, maxPositions)));
    m_slider->setPageStep(std::max(1, m_slider->maximum() / 20));
    drawCurve();
}

void WhatIfPanel::sliderMoved(int position)
{
    if (m_syncing || m_partnerIndex < 0)
        return;
    m_syncing = true;
    m_sales = salesAt(position);
    m_salesEdit->setText(m_sales.toString());
    m_salesError->hide();
    m_syncing = false;
    recompute();
}

void WhatIfPanel::salesTyped()
{
    if (m_syncing || m_partnerIndex < 0)
        return;
    QString error;
    const std::optional<Money> sales = Money::parse(m_salesEdit->text(), &error);
    if (sales && sales->fen() < 0)
        error = tr("Sales cannot be negative.");
    if (!sales || sales->fen() < 0) {
        m_salesError->setText(error);
        m_salesError->show();
        return;
    }
    m_salesError->hide();
    m_sales = *sales;
    m_syncing = true;
    if (*sales > m_sliderMax)
        rescale(*sales);
    m_slider->setValue(positionOf(*sales));
    m_syncing = false;
    recompute();
}

void WhatIfPanel::drawCurve()
{
    const PartnerFacts &facts = m_inputs->partners[m_partnerIndex];
    QList<std::pair<Money, Money>> points;
    for (int i = 0; i <= chartSamples; ++i) {
        const Money sales = Money::fromFen(qint64(Int128(m_sliderMax.fen()) * i / chartSamples));
        const PartnerStatement s = Settlement::settlePartner(*m_policy, facts, *m_inputs, m_quarter, sales);
        points.append({ sales, s.total() });
    }
    const auto result = facts.results.constFind(m_quarter);
    m_chart->setCurve(points, result != facts.results.cend() ? result->target : Money());
}

void WhatIfPanel::recompute()
{
    if (m_partnerIndex < 0)
        return;
    const WhatIfResult r =
        whatIf(*m_policy, m_inputs->partners[m_partnerIndex], *m_inputs, m_quarter, m_sales);
    const PartnerStatement &s = r.statement;

    const StatementLine *achievement = s.achievementLine();
    if (s.target && s.target->fen() > 0) {
        const QString ratio = formatRatioPercent(m_sales.fen(), s.target->fen());
        const QString band = achievement && achievement->band
            ? tr("band %1 → %2")
                  .arg(bandRangeText(*achievement->band), formatRateBp(achievement->band->rateBp))
            : tr("below every band: no achievement rebate");
        m_achievement->setText(tr("Achievement %1 (%2 of the %3 target), %4.")
                                   .arg(ratio, m_sales.toString(), s.target->toString(), band));
    } else {
        QStringList why;
        for (const StatementException e : s.exceptions)
            why.append(explainException(e));
        m_achievement->setText(why.join(QLatin1Char(' ')));
    }

    m_lines->setRowCount(0);
    for (const StatementLine &line : s.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lines->setItem(row, ComponentColumn, new QTableWidgetItem(labelOf(line.component)));
        auto *amount = new QTableWidgetItem(line.amount.toString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, AmountColumn, amount);
        m_lines->setItem(row, ExplanationColumn, new QTableWidgetItem(explainLine(line)));
    }
    m_lines->resizeRowsToContents();
    m_total->setText(tr("Total: %1").arg(s.total().toString()));

    if (r.next)
        m_next->setText(tr("%1 more sales reaches the %2 band, worth %3 more.")
                            .arg(shortAmount(r.next->moreSales), bandRangeText(r.next->band),
                                shortAmount(r.next->moreTotal)));
    else if (achievement && achievement->band)
        m_next->setText(tr("Top band reached: %1 earns the highest achievement rate, %2.")
                            .arg(bandRangeText(*achievement->band), formatRateBp(achievement->band->rateBp)));
    else
        m_next->setText(
            tr("No next band: without a target above zero there is no achievement rebate to reach."));
    m_next->show();
    m_chart->setMarker(m_sales, s.total());
}

QString WhatIfPanel::totalText() const
{
    return m_total->text();
}

QString WhatIfPanel::nextBandText() const
{
    return m_next->isHidden() ? QString() : m_next->text();
}

} // namespace cs
