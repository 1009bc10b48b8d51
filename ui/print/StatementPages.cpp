#include "print/StatementPages.h"

#include "incentive/Percent.h"
#include "print/ReportPaint.h"

#include <QImage>
#include <QLocale>

namespace cs {

using namespace ReportPaint;

namespace {

constexpr qreal margin = ReportPage::margin;
constexpr qreal width = ReportPage::contentWidth;
constexpr qreal bottom = ReportPage::contentBottom;
constexpr qreal figuresTop = 128;
constexpr qreal figuresHeight = 46;
constexpr qreal exceptionsTop = figuresTop + figuresHeight + 12;
constexpr qreal continuedTableTop = 100;
constexpr qreal tableHeadHeight = 16;
constexpr qreal rowHeight = 15;
constexpr qreal lineGap = 6;
constexpr qreal explanationIndent = 8;
constexpr qreal explanationPoints = 7.5;
constexpr qreal exceptionPoints = 8;
constexpr qreal totalHeight = 20;
constexpr qreal noteHeight = 26;
constexpr qreal signatureHeight = 44;

const QColor headFill(0x1f, 0x3a, 0x5f);
const QColor boxFill(0xf3, 0xf6, 0xf9);
const QColor boxLine(0xd8, 0xde, 0xe5);
const QColor warningFill(0xff, 0xf3, 0xd6);
const QColor warningLine(0xe6, 0xb4, 0x4c);
const QColor closedColour(0x2e, 0x8b, 0x57);
const QColor previewColour(0xb9, 0x6a, 0x00);

// Columns of the lines table as fractions of its width: component, base, rate, amount.
constexpr qreal columnStops[] = { 0, 0.46, 0.68, 0.78, 1 };

QRectF column(qreal y, qreal height, int i)
{
    const qreal l = margin + width * columnStops[i];
    const qreal r = margin + width * columnStops[i + 1];
    return QRectF(l + 4, y, r - l - 8, height);
}

QColor amountColour(Money amount)
{
    return amount.fen() < 0 ? down() : ink();
}

qreal explanationWidth()
{
    return width - 2 * explanationIndent;
}

qreal exceptionWidth()
{
    return width - 20;
}

} // namespace

StatementPages::StatementPages(
    QList<PartnerStatement> statements, StatementHtml::Status status, ReportBranding branding)
    : m_statements(std::move(statements))
    , m_status(std::move(status))
    , m_branding(std::move(branding))
{
    layOut();
}

QString StatementPages::title() const
{
    if (m_statements.size() == 1)
        return tr("Incentive statement %1 %2")
            .arg(m_statements.front().code, m_statements.front().quarter.label());
    return tr("Incentive statements %1")
        .arg(m_statements.isEmpty() ? QString() : m_statements.front().quarter.label());
}

// Measures every wrapped sentence once, at page units (a 72 dpi image: one point a
// pixel), and breaks pages from those heights; painting then uses the same heights.
void StatementPages::layOut()
{
    QImage scratch(8, 8, QImage::Format_ARGB32);
    scratch.setDotsPerMeterX(qRound(72 / 0.0254));
    scratch.setDotsPerMeterY(qRound(72 / 0.0254));
    QPainter measure(&scratch);
    for (int si = 0; si < m_statements.size(); ++si) {
        const PartnerStatement &s = m_statements[si];
        QList<qreal> heights;
        for (const StatementLine &line : s.lines)
            heights.append(
                wrappedHeight(measure, explainLine(line), explanationWidth(), explanationPoints) + 1);
        m_explanationHeights.append(heights);
        qreal exceptions = 0;
        for (const StatementException e : s.exceptions)
            exceptions += wrappedHeight(measure, tr("⚠ %1: %2").arg(labelOf(e), explainException(e)),
                              exceptionWidth(), exceptionPoints)
                + 3;
        m_exceptionHeights.append(exceptions > 0 ? exceptions + 10 : 0);

        Page page { si, 0, 0, true, false };
        qreal y = exceptionsTop + (exceptions > 0 ? m_exceptionHeights.back() + 10 : 0) + tableHeadHeight;
        if (s.lines.isEmpty())
            y += rowHeight + lineGap;
        for (int li = 0; li < s.lines.size(); ++li) {
            const qreal h = rowHeight + heights[li] + lineGap;
            if (y + h > bottom && li > page.firstLine) {
                page.endLine = li;
                m_pages.append(page);
                page = Page { si, li, li, false, false };
                y = continuedTableTop + tableHeadHeight;
            }
            y += h;
        }
        page.endLine = int(s.lines.size());
        if (y + totalHeight + noteHeight + signatureHeight > bottom) {
            // The total never sits alone far from its lines' page: it opens the next
            // page under the table head, where a reader looks for it.
            m_pages.append(page);
            page = Page { si, page.endLine, page.endLine, false, false };
        }
        page.last = true;
        m_pages.append(page);
    }
}

qreal StatementPages::paintHead(QPainter &p, int statement) const
{
    const PartnerStatement &s = m_statements[statement];
    text(p, QRectF(margin, 74, width - 210, 22), Qt::AlignLeft | Qt::AlignVCenter, s.name, 15, ink(), true);
    const QString status = StatementHtml::statusText(m_status);
    text(p, QRectF(margin + width - 210, 74, 210, 22), Qt::AlignRight | Qt::AlignVCenter, status, 9,
        m_status.closed ? closedColour : previewColour, true);

    const QList<std::pair<QString, QString>> facts { { tr("Code"), s.code },
        { tr("Tier"), s.tier ? labelOf(*s.tier) : dash() },
        { tr("Region"), s.region.isEmpty() ? dash() : s.region },
        { tr("Period"),
            tr("%1 – %2").arg(
                s.quarter.firstDay().toString(Qt::ISODate), s.quarter.lastDay().toString(Qt::ISODate)) } };
    const qreal cell = width / facts.size();
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const qreal x = margin + cell * i;
        text(p, QRectF(x, 100, cell - 6, 9), Qt::AlignLeft | Qt::AlignVCenter, facts[i].first, 6.5, muted());
        text(p, QRectF(x, 109, cell - 6, 13), Qt::AlignLeft | Qt::AlignVCenter, facts[i].second, 9, ink());
    }

    const QRectF box(margin, figuresTop, width, figuresHeight);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(boxLine, 0.6));
    p.setBrush(boxFill);
    p.drawRoundedRect(box, 4, 4);
    p.restore();
    QString achieved = dash();
    if (s.target && s.sales && s.target->fen() > 0)
        achieved = formatRatioPercent(s.sales->fen(), s.target->fen());
    const Money total = s.total();
    const QList<std::pair<QString, QString>> figures { { tr("Target"),
                                                           s.target ? s.target->toString() : dash() },
        { tr("Sales"), s.sales ? s.sales->toString() : dash() }, { tr("Achieved"), achieved } };
    const qreal figureWidth = (width - 190) / figures.size();
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const qreal x = box.left() + 12 + figureWidth * i;
        text(p, QRectF(x, box.top() + 8, figureWidth - 8, 10), Qt::AlignLeft | Qt::AlignVCenter,
            figures[i].first, 7, muted());
        text(p, QRectF(x, box.top() + 20, figureWidth - 8, 16), Qt::AlignLeft | Qt::AlignVCenter,
            figures[i].second, 11, ink(), true);
    }
    const QRectF totalBox(box.right() - 190, box.top(), 178, box.height());
    text(p, QRectF(totalBox.left(), box.top() + 8, totalBox.width(), 10), Qt::AlignRight | Qt::AlignVCenter,
        tr("Total payable"), 7, muted());
    text(p, QRectF(totalBox.left(), box.top() + 18, totalBox.width(), 22), Qt::AlignRight | Qt::AlignVCenter,
        total.toString(), 17, amountColour(total), true);

    qreal y = exceptionsTop;
    if (!s.exceptions.isEmpty()) {
        const QRectF warn(margin, y, width, m_exceptionHeights[statement]);
        p.save();
        p.setPen(QPen(warningLine, 0.6));
        p.setBrush(warningFill);
        p.drawRect(warn);
        p.restore();
        qreal ey = y + 5;
        for (const StatementException e : s.exceptions)
            ey = paragraphs(p, { tr("⚠ %1: %2").arg(labelOf(e), explainException(e)) }, margin + 10,
                     exceptionWidth(), ey, warn.bottom(), exceptionPoints, ink(), false, QString())
                + 1.5;
        y = warn.bottom() + 10;
    }
    return y;
}

qreal StatementPages::paintContinued(QPainter &p, const PartnerStatement &s) const
{
    text(p, QRectF(margin, 74, width, 18), Qt::AlignLeft | Qt::AlignVCenter,
        tr("%1 (%2) — continued").arg(s.name, s.code), 11, ink(), true);
    return continuedTableTop;
}

qreal StatementPages::paintLine(QPainter &p, const StatementLine &line, qreal y, qreal explanation) const
{
    const bool hasRate = line.rateBp != 0;
    text(p, column(y, rowHeight, 0), Qt::AlignLeft | Qt::AlignVCenter, StatementHtml::componentText(line),
        8.5, ink(), true);
    text(p, column(y, rowHeight, 1), Qt::AlignRight | Qt::AlignVCenter,
        hasRate || line.base.fen() != 0 ? line.base.toString() : dash(), 8.5, ink());
    text(p, column(y, rowHeight, 2), Qt::AlignRight | Qt::AlignVCenter,
        hasRate ? formatRateBp(line.rateBp) : dash(), 8.5, ink());
    text(p, column(y, rowHeight, 3), Qt::AlignRight | Qt::AlignVCenter, line.amount.toString(), 8.5,
        amountColour(line.amount), true);
    y += rowHeight;
    paragraphs(p, { explainLine(line) }, margin + explanationIndent, explanationWidth(), y, y + explanation,
        explanationPoints, muted(), false, QString());
    y += explanation + lineGap;
    p.setPen(QPen(rule(), 0.5));
    p.drawLine(QPointF(margin, y - lineGap / 2), QPointF(margin + width, y - lineGap / 2));
    return y;
}

qreal StatementPages::paintTotal(QPainter &p, const PartnerStatement &s, qreal y) const
{
    const Money total = s.total();
    p.fillRect(QRectF(margin, y, width, totalHeight), QColor(0xe8, 0xee, 0xf4));
    text(p, QRectF(margin + 4, y, width / 2, totalHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("Total"), 9.5,
        ink(), true);
    text(p, column(y, totalHeight, 3), Qt::AlignRight | Qt::AlignVCenter, total.toString(), 9.5,
        amountColour(total), true);
    y += totalHeight + 6;
    paragraphs(p,
        { tr("Amounts in yuan, each line rounded half away from zero to the fen; the total is the sum of the "
             "lines.") },
        margin, width, y, y + noteHeight, 7, muted(), true, QString());
    y += noteHeight;
    // Statements are handed to partners and signed back: room for both signatures.
    const qreal half = (width - 40) / 2;
    const QStringList signers { tr("Issued by (signature, date)"),
        tr("Acknowledged by the partner (signature, date)") };
    for (int i = 0; i < signers.size(); ++i) {
        const qreal x = margin + i * (half + 40);
        p.setPen(QPen(muted(), 0.5));
        p.drawLine(QPointF(x, y + 26), QPointF(x + half, y + 26));
        text(p, QRectF(x, y + 28, half, 10), Qt::AlignLeft | Qt::AlignVCenter, signers[i], 7, muted());
    }
    return y + signatureHeight;
}

void StatementPages::paint(QPainter &p, int index, const QDate &printed) const
{
    const Page &page = m_pages[index];
    const PartnerStatement &s = m_statements[page.statement];
    p.fillRect(ReportPage::pageRect(), Qt::white);
    ReportPage::header(
        p, m_branding, tr("Incentive Statement"), s.quarter.label(), tr("Channel partner programme"));

    qreal y = page.first ? paintHead(p, page.statement) : paintContinued(p, s);
    p.fillRect(QRectF(margin, y, width, tableHeadHeight), headFill);
    const QStringList heads { tr("Component"), tr("Base"), tr("Rate"), tr("Amount") };
    for (int i = 0; i < heads.size(); ++i)
        text(p, column(y, tableHeadHeight, i), (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
            heads[i], 7.5, Qt::white, true);
    y += tableHeadHeight;
    const QList<qreal> &heights = m_explanationHeights[page.statement];
    for (int li = page.firstLine; li < page.endLine; ++li)
        y = paintLine(p, s.lines[li], y, heights[li]);
    if (s.lines.isEmpty()) {
        text(p, QRectF(margin + 4, y, width - 8, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            tr("No lines: nothing is payable for this quarter."), 8.5, muted(), false, true);
        y += rowHeight + lineGap;
    }
    if (page.last)
        paintTotal(p, s, y);
    ReportPage::footer(
        p, m_branding, tr("%1 · %2").arg(s.code, s.quarter.label()), index + 1, pageCount(), printed);
}

} // namespace cs
