#include "incentives/BudgetGauge.h"

#include "incentive/Percent.h"
#include "incentives/ShortAmount.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cs {

namespace {

const QColor normalColour(46, 125, 170);
const QColor warningColour(230, 150, 20);
const QColor overColour(198, 40, 40);
constexpr int barHeight = 8;

} // namespace

BudgetGauge::BudgetGauge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BudgetGauge::setUse(const BudgetUse &use)
{
    m_use = use;
    QString share;
    if (use.budget.fen() > 0)
        share = QStringLiteral(" (%1)").arg(formatRatioPercent(use.spent.fen(), use.budget.fen()));
    m_text = tr("%1 of %2%3", "spent of budget (share)")
                 .arg(shortAmount(use.spent), shortAmount(use.budget), share);
    if (const auto roi = use.roi())
        m_text += QStringLiteral(" · ") + tr("ROI %1").arg(formatRoi(roi->first, roi->second));
    setToolTip(tr("Incentives settled for %1 against the quarter's budget of %2.\n"
                  "The bar turns amber at 90 % of the budget and red above it.\n"
                  "ROI: the channel's sales growth over the same quarter last year (%3 → %4) "
                  "per yuan of incentives.")
                   .arg(use.quarter.label(), use.budget.toString(), use.salesLastYear.toString(),
                       use.sales.toString()));
    update();
}

void BudgetGauge::clear()
{
    m_use.reset();
    m_text.clear();
    setToolTip({});
    update();
}

QColor BudgetGauge::barColour() const
{
    if (m_use && m_use->over())
        return overColour;
    if (m_use && m_use->warning())
        return warningColour;
    return normalColour;
}

QSize BudgetGauge::sizeHint() const
{
    return { 420, fontMetrics().height() + barHeight + 6 };
}

QSize BudgetGauge::minimumSizeHint() const
{
    return { 200, sizeHint().height() };
}

void BudgetGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(1, 0, -1, 0);
    const int textHeight = fontMetrics().height();
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(area.left(), 0, area.width(), textHeight), Qt::AlignLeft | Qt::AlignVCenter,
        fontMetrics().elidedText(m_text, Qt::ElideRight, area.width()));

    const QRectF bar(area.left(), textHeight + 4, area.width(), barHeight);
    QPainterPath track;
    track.addRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
    painter.fillPath(track, palette().color(QPalette::Mid).lighter(140));
    if (!m_use || m_use->budget.fen() <= 0)
        return;

    // The bar spans 0 … max(budget, spent) × 1.0; a double is fine for drawing.
    const double budget = double(m_use->budget.fen());
    const double spent = double(std::max<qint64>(m_use->spent.fen(), 0));
    const double scale = std::max(budget, spent);
    QPainterPath filled;
    filled.addRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * spent / scale, bar.height()),
        barHeight / 2.0, barHeight / 2.0);
    painter.setClipPath(track);
    painter.fillPath(filled, barColour());
    painter.setClipping(false);

    // The 90 % warning mark and, when spending ran over, the budget's own end.
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
    const double warnX = bar.left() + bar.width() * 0.9 * budget / scale;
    painter.drawLine(QPointF(warnX, bar.top() - 2), QPointF(warnX, bar.bottom() + 2));
    if (spent > budget) {
        const double endX = bar.left() + bar.width() * budget / scale;
        painter.setPen(QPen(overColour.darker(130), 2));
        painter.drawLine(QPointF(endX, bar.top() - 3), QPointF(endX, bar.bottom() + 3));
    }
}

} // namespace cs
