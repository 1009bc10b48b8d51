#include "dashboard/DashboardChartView.h"

#include "AdoptChart.h"
#include "dashboard/DashboardStyle.h"

#include <QAbstractAxis>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QToolTip>

namespace cs {

DashboardChartView::DashboardChartView(const QString &title, QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(6, 4, 8, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    adoptChart(*this, m_chart);
}

QFont DashboardChartView::smallFont() const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    return small;
}

void DashboardChartView::styleAxis(QAbstractAxis *axis, const QString &title)
{
    for (auto &entry : m_axes)
        if (entry.first == axis) {
            entry.second = title;
            axis->setTitleText(title);
            return;
        }
    m_axes.append({ axis, title });
    axis->setTitleText(title);
    axis->setGridLineColor(DashboardStyle::grid());
    axis->setLinePenColor(DashboardStyle::grid().darker(115));
}

void DashboardChartView::applyStyle()
{
    const QColor text = palette().color(QPalette::WindowText);
    QFont title = font();
    title.setBold(true);
    m_chart->setTitleFont(title);
    m_chart->setTitleBrush(text);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->legend()->setFont(smallFont());
    m_chart->legend()->setLabelColor(text);
    QFont axisTitle = smallFont();
    axisTitle.setBold(false);
    for (const auto &[axis, name] : std::as_const(m_axes)) {
        axis->setLabelsFont(smallFont());
        axis->setLabelsColor(text);
        axis->setTitleFont(axisTitle);
        axis->setTitleBrush(palette().color(QPalette::PlaceholderText));
    }
}

void DashboardChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        applyStyle();
    QChartView::changeEvent(event);
}

void DashboardChartView::showTip(bool entered, const QString &text)
{
    if (!entered) {
        QToolTip::hideText();
        unsetCursor();
        return;
    }
    setCursor(Qt::PointingHandCursor);
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace cs
