#include "print/ScorecardSections.h"

#include "capability/Tenths.h"
#include "print/ScorecardCharts.h"
#include "print/ScorecardRenderer.h"

#include <QFontMetricsF>

namespace cs::ScorecardSections {

namespace {

const QColor familyFill(0xe8, 0xee, 0xf4);
const QColor headFill(0x1f, 0x3a, 0x5f);

// Columns of the KPI table as fractions of its width: name, weight, target, actual, score, trend.
constexpr qreal columnStops[] = { 0, 0.38, 0.47, 0.645, 0.82, 0.93, 1 };

QRectF column(const QRectF &row, int i)
{
    const qreal l = row.left() + row.width() * columnStops[i];
    const qreal r = row.left() + row.width() * columnStops[i + 1];
    return QRectF(l + 4, row.top(), r - l - 8, row.height());
}

QString percent(Ratio r)
{
    return QStringLiteral("%1 %").arg(formatTenths(perMille(r)));
}

QString formatValue(const KpiDefinition &def, Ratio value)
{
    // Sales achievement compares amounts: its actual and target are fen.
    if (def.measure == KpiMeasure::SalesAchievement || def.unit == QStringLiteral("¥"))
        return Money::fromFen(roundHalfAway(value)).toString();
    if (def.unit == QStringLiteral("%"))
        return percent(value);
    const QString number = value.den == 1 ? QString::number(value.num) : formatOneDecimal(value);
    if (def.unit == QStringLiteral("h"))
        return ScorecardRenderer::tr("%1 h").arg(formatOneDecimal(value));
    return def.unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, def.unit);
}

} // namespace

Ratio absolute(Ratio value)
{
    return Ratio { value.num < 0 ? -value.num : value.num, value.den };
}

QString arrow(Ratio change)
{
    return change.num > 0 ? QStringLiteral("▲") : change.num < 0 ? QStringLiteral("▼") : QStringLiteral("=");
}

qreal kpiTable(QPainter &p, const ScorecardCard &card, const QRectF &area)
{
    const KpiCatalogue catalogue = card.catalogue.kpis.isEmpty() ? defaultCatalogue() : card.catalogue;
    const PartnerScore &s = card.score;
    int rows = 0;
    for (const FamilyScore &f : s.families)
        if (std::any_of(catalogue.kpis.cbegin(), catalogue.kpis.cend(),
                [&](const KpiDefinition &k) { return k.family == f.family; }))
            ++rows;
    rows += int(catalogue.kpis.size()) + 1;
    // The notes below need room too; a longer catalogue squeezes the rows, never the page.
    const qreal notesRoom = s.notes.isEmpty() ? 0 : 10 + 10 * std::min<qsizetype>(s.notes.size(), 4);
    const qreal rowHeight = std::min<qreal>(15, (area.height() - notesRoom) / rows);
    const qreal size = std::min<qreal>(8, rowHeight * 0.6);

    qreal y = area.top();
    QRectF row(area.left(), y, area.width(), rowHeight + 1);
    p.fillRect(row, headFill);
    const QStringList heads { ScorecardRenderer::tr("KPI"), ScorecardRenderer::tr("Weight"),
        ScorecardRenderer::tr("Target"), ScorecardRenderer::tr("Actual"), ScorecardRenderer::tr("Score"),
        ScorecardRenderer::tr("Trend") };
    for (int c = 0; c < heads.size(); ++c)
        text(p, column(row, c),
            (c == 0          ? Qt::AlignLeft
                    : c == 5 ? Qt::AlignHCenter
                             : Qt::AlignRight)
                | Qt::AlignVCenter,
            heads[c], size - 0.5, Qt::white, true);
    y = row.bottom();

    for (const FamilyScore &f : s.families) {
        QList<qsizetype> members;
        for (qsizetype i = 0; i < catalogue.kpis.size(); ++i)
            if (catalogue.kpis[i].family == f.family)
                members << i;
        if (members.isEmpty())
            continue;
        row = QRectF(area.left(), y, area.width(), rowHeight);
        p.fillRect(row, familyFill);
        text(p, column(row, 0), Qt::AlignLeft | Qt::AlignVCenter, labelOf(f.family), size, ink(), true);
        text(p, column(row, 1), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %").arg(f.weight), size,
            ink(), true);
        text(p, column(row, 4), Qt::AlignRight | Qt::AlignVCenter,
            f.score ? formatOneDecimal(*f.score) : dash(), size, ink(), true);
        y += rowHeight;
        for (qsizetype i : members) {
            const KpiDefinition &def = catalogue.kpis[i];
            const KpiScore *k = i < s.kpis.size() && s.kpis[i].code == def.code ? &s.kpis[i] : nullptr;
            row = QRectF(area.left(), y, area.width(), rowHeight);
            QString name = def.name();
            if (def.direction == KpiDirection::LowerIsBetter)
                name = ScorecardRenderer::tr("%1 (lower is better)").arg(name);
            text(p, column(row, 0).adjusted(8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, name, size, ink());
            text(p, column(row, 1), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %").arg(def.weight),
                size, muted());
            const std::optional<Ratio> target = k ? k->target : def.target;
            text(p, column(row, 2), Qt::AlignRight | Qt::AlignVCenter,
                target ? formatValue(def, *target) : dash(), size, muted());
            const bool hasActual = k && k->actual;
            text(p, column(row, 3), Qt::AlignRight | Qt::AlignVCenter,
                hasActual ? formatValue(def, *k->actual) : dash(), size, ink());
            if (k && k->score) {
                text(p, column(row, 4), Qt::AlignRight | Qt::AlignVCenter, formatOneDecimal(*k->score), size,
                    ink(), true);
                if (card.previousKpiScores.contains(def.code)) {
                    const Ratio change = *k->score - card.previousKpiScores.value(def.code);
                    text(p, column(row, 5), Qt::AlignHCenter | Qt::AlignVCenter, arrow(change), size + 2,
                        change.num > 0       ? up()
                            : change.num < 0 ? down()
                                             : muted());
                }
            } else {
                text(p, column(row, 4), Qt::AlignRight | Qt::AlignVCenter, ScorecardRenderer::tr("no data"),
                    size, muted(), false, true);
            }
            p.setPen(QPen(rule(), 0.5));
            p.drawLine(QPointF(row.left(), row.bottom()), QPointF(row.right(), row.bottom()));
            y += rowHeight;
        }
    }
    if (!s.notes.isEmpty())
        y = paragraphs(p, s.notes, area.left(), area.width(), y + 4, area.bottom(), 7, muted(), true,
            QStringLiteral("* "));
    return y;
}

void incentiveSummary(QPainter &p, const ScorecardCard &card, const QRectF &area)
{
    QString title = ScorecardRenderer::tr("Incentive");
    if (card.statement)
        title = ScorecardRenderer::tr("Incentive · %1")
                    .arg(card.statementClosed ? ScorecardRenderer::tr("closed")
                                              : ScorecardRenderer::tr("preview"));
    sectionTitle(p, area, title);
    qreal y = area.top() + 18;
    const qreal line = 11.5;
    if (!card.statement) {
        paragraphs(p,
            { ScorecardRenderer::tr("No incentive statement: no policy is in force for this quarter.") },
            area.left(), area.width(), y, area.bottom(), 7.5, muted(), false, {});
        return;
    }
    const PartnerStatement &st = *card.statement;
    if (st.target && st.sales) {
        text(p, QRectF(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            ScorecardRenderer::tr("Sales %1 against a target of %2")
                .arg(st.sales->toString(), st.target->toString()),
            7.5, muted());
        y += line + 2;
    }
    QStringList exceptions;
    for (StatementException e : st.exceptions)
        exceptions << explainException(e);
    if (!exceptions.isEmpty())
        y = paragraphs(p, exceptions, area.left(), area.width(), y, area.bottom() - 2 * line, 7, down(),
            false, QStringLiteral("⚠ "));
    for (const Choice<Component> &c : choicesOf<Component>()) {
        if (std::none_of(st.lines.cbegin(), st.lines.cend(),
                [&](const StatementLine &l) { return l.component == c.value; }))
            continue;
        if (y + 2 * line > area.bottom())
            break;
        const Money amount = st.amountOf(c.value);
        text(p, QRectF(area.left(), y, area.width() * 0.6, line), Qt::AlignLeft | Qt::AlignVCenter,
            labelOf(c.value), 7.5, ink());
        text(p, QRectF(area.left() + area.width() * 0.6, y, area.width() * 0.4, line),
            Qt::AlignRight | Qt::AlignVCenter, amount.toString(), 7.5, amount.fen() < 0 ? down() : ink());
        y += line;
    }
    p.setPen(QPen(ink(), 0.6));
    p.drawLine(QPointF(area.left(), y + 1), QPointF(area.right(), y + 1));
    text(p, QRectF(area.left(), y + 2, area.width() * 0.6, line + 2), Qt::AlignLeft | Qt::AlignVCenter,
        ScorecardRenderer::tr("Total"), 8, ink(), true);
    text(p, QRectF(area.left() + area.width() * 0.6, y + 2, area.width() * 0.4, line + 2),
        Qt::AlignRight | Qt::AlignVCenter, st.total().toString(), 8, ink(), true);
}

void watchList(QPainter &p, const ScorecardCard &card, const QRectF &area)
{
    sectionTitle(p, area, ScorecardRenderer::tr("Watch list"));
    const qreal top = area.top() + 18;
    if (card.watchReasons.isEmpty()) {
        text(p, QRectF(area.left(), top, area.width(), 11), Qt::AlignLeft | Qt::AlignVCenter,
            ScorecardRenderer::tr("Not on the watch list."), 7.5, muted());
        return;
    }
    paragraphs(p, card.watchReasons, area.left(), area.width(), top, area.bottom(), 7.5, down(), false,
        QStringLiteral("• "));
}

} // namespace cs::ScorecardSections
