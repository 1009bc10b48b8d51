#include "dashboard/DashboardPages.h"

#include "dashboard/DashboardPrintCharts.h"
#include "dashboard/DashboardStyle.h"
#include "dashboard/DashboardTiles.h"
#include "print/ReportPaint.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPath>
#include <QTextLayout>

namespace cs {

using namespace ReportPaint;

namespace {

constexpr qreal margin = ReportPage::margin;
constexpr qreal width = ReportPage::contentWidth;
constexpr qreal tilesTop = ReportPage::contentTop + 6;
constexpr qreal tileHeight = 84;
constexpr qreal gap = 8;
constexpr int columns = 4;
constexpr qreal chartsTop = tilesTop + 2 * tileHeight + gap + 16;
constexpr qreal noteHeight = 22;
constexpr qreal chartGap = 14;

// Word-wrapped lines from the top of `rect`, as many as fit, the last elided: a long
// sentence keeps its start readable (ReportPaint::paragraphs would drop to one line).
void clampedText(QPainter &p, const QString &str, const QRectF &rect, qreal points, const QColor &colour)
{
    const QFont font = printFont(p, points);
    p.setFont(font);
    p.setPen(colour);
    const QFontMetricsF fm(font, p.device());
    const qreal step = fm.lineSpacing();
    QTextLayout layout(str, font, p.device());
    layout.beginLayout();
    qreal y = rect.top();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        const bool last = y + 2 * step > rect.bottom();
        QString piece = str.mid(line.textStart(), last ? -1 : line.textLength()).trimmed();
        if (last)
            piece = fm.elidedText(piece, Qt::ElideRight, rect.width());
        p.drawText(QRectF(rect.left(), y, rect.width(), step), Qt::AlignLeft | Qt::AlignVCenter, piece);
        y += step;
        if (last)
            break;
    }
    layout.endLayout();
}

void paintTile(QPainter &p, const QRectF &box, const DashboardTile &tile, DashboardShade shade)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(box, 4, 4);
    p.fillPath(outline, QColor(0xf6, 0xf8, 0xfa));
    p.setClipPath(outline);
    p.fillRect(QRectF(box.left(), box.top(), 3, box.height()), DashboardStyle::colourOf(shade));
    p.setClipping(false);
    p.setPen(QPen(rule(), 0.6));
    p.drawPath(outline);
    p.restore();

    const qreal left = box.left() + 10;
    const qreal inner = box.width() - 16;
    text(p, QRectF(left, box.top() + 6, inner, 10), Qt::AlignLeft | Qt::AlignVCenter, tile.title, 7, ink(),
        true);
    // The verdict on the value's line, right-aligned; the target under it.
    const QString word = DashboardStyle::wordOf(tile, shade);
    const QRectF valueLine(left, box.top() + 17, inner, 22);
    text(p, valueLine, Qt::AlignRight | Qt::AlignBottom, word, 6.2,
        DashboardStyle::colourOf(shade).darker(110), true);
    const QFontMetricsF small(printFont(p, 6.2), p.device());
    const qreal wordWidth = word.isEmpty() ? 0 : small.horizontalAdvance(word) + 6;
    text(p, valueLine.adjusted(0, 0, -wordWidth, 0), Qt::AlignLeft | Qt::AlignVCenter, tile.value, 15, ink(),
        true);
    if (!tile.target.isEmpty()) {
        // "Target: " only where the whole target still fits after it.
        const QString labelled = DashboardPages::tr("Target: %1").arg(tile.target);
        const QString shown = small.horizontalAdvance(labelled) <= inner ? labelled : tile.target;
        text(
            p, QRectF(left, box.top() + 39, inner, 9), Qt::AlignLeft | Qt::AlignVCenter, shown, 6.2, muted());
    }
    clampedText(p, tile.sentence, QRectF(left, box.top() + 50, inner, box.height() - 54), 5.8, muted());
}

} // namespace

DashboardPages::DashboardPages(DashboardFigures figures, ReportBranding branding)
    : m_figures(std::move(figures))
    , m_branding(std::move(branding))
{
}

QString DashboardPages::title() const
{
    return tr("Channel dashboard %1").arg(m_figures.period.label());
}

void DashboardPages::paint(QPainter &p, int, const QDate &printed) const
{
    p.save();
    p.fillRect(ReportPage::pageRect(), Qt::white);
    const DashboardPeriod &period = m_figures.period;
    const QString first = period.firstDay().toString(Qt::ISODate);
    // A period still running shows the days it covers so far.
    const QString detail = m_figures.asOf < period.lastDay()
        ? tr("%1 – %2 (to date)").arg(first, m_figures.asOf.toString(Qt::ISODate))
        : tr("%1 – %2").arg(first, period.lastDay().toString(Qt::ISODate));
    ReportPage::header(p, m_branding, tr("Channel Dashboard"), period.label(), detail);

    paintTiles(p, QRectF(margin, tilesTop, width, 2 * tileHeight + gap));

    const qreal chartsBottom = ReportPage::contentBottom - noteHeight - 6;
    const qreal chartWidth = (width - chartGap) / 2;
    const qreal chartHeight = (chartsBottom - chartsTop - chartGap) / 2;
    const qreal right = margin + chartWidth + chartGap;
    const qreal lower = chartsTop + chartHeight + chartGap;
    DashboardPrintCharts::sales(p, QRectF(margin, chartsTop, chartWidth, chartHeight), m_figures);
    DashboardPrintCharts::achievement(p, QRectF(right, chartsTop, chartWidth, chartHeight), m_figures);
    DashboardPrintCharts::tiers(p, QRectF(margin, lower, chartWidth, chartHeight), m_figures);
    DashboardPrintCharts::regions(p, QRectF(right, lower, chartWidth, chartHeight), m_figures);

    paragraphs(p, { note(m_figures) }, margin, width, ReportPage::contentBottom - noteHeight,
        ReportPage::contentBottom, 6, muted(), true, {});
    ReportPage::footer(p, m_branding, tr("Channel dashboard %1").arg(period.label()), 1, 1, printed);
    p.restore();
}

void DashboardPages::paintTiles(QPainter &p, const QRectF &area) const
{
    const QList<DashboardTile> tiles = DashboardTiles::of(m_figures);
    const qreal tileWidth = (area.width() - gap * (columns - 1)) / columns;
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const int row = int(i / columns);
        const int column = int(i % columns);
        const QRectF box(area.left() + column * (tileWidth + gap), area.top() + row * (tileHeight + gap),
            tileWidth, tileHeight);
        paintTile(p, box, tiles[i], DashboardStyle::shadeOf(tiles[i], m_figures));
    }
}

QString DashboardPages::note(const DashboardFigures &figures)
{
    const QLocale locale;
    const TargetAchievement &m = figures.meeting;
    return tr("Active partners: not churned on %1. Target achievement judges the %2 active partners with "
              "results and a target above zero in %3 (%4 without results and %5 with a zero target left "
              "out). Capability: each active partner's latest assessment on or before %1; %6 not assessed.")
        .arg(figures.asOf.toString(Qt::ISODate), locale.toString(m.judged), figures.period.label(),
            locale.toString(m.noResultsCodes.size()), locale.toString(m.zeroTargetCodes.size()),
            locale.toString(figures.unassessed));
}

QImage DashboardPages::image(qreal scale, const QDate &printed) const
{
    QImage image(QSize(qRound(ReportPage::width * scale), qRound(ReportPage::height * scale)),
        QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paint(painter, 0, printed);
    return image;
}

} // namespace cs
