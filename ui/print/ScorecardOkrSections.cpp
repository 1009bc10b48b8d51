// The OKR and improvement-note blocks of the printed scorecard, kept apart from
// ScorecardSections.cpp so each file stays readable.
#include "print/ScorecardRenderer.h"
#include "print/ScorecardSections.h"

namespace cs::ScorecardSections {

namespace {

constexpr int maxObjectives = 3;
constexpr qreal objectiveLine = 10;
constexpr qreal keyResultLine = 8;
constexpr qreal barWidth = 64;

QString percentLabel(const std::optional<Ratio> &progress)
{
    return progress ? ScorecardRenderer::tr("%1 %").arg(progressPercent(*progress)) : dash();
}

void progressBar(QPainter &p, const QRectF &rect, Ratio progress)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe3, 0xe7, 0xec));
    p.drawRect(rect);
    // Drawing only: the width comes from the exact ratio, nothing is decided by it.
    const qreal filled = rect.width() * qreal(progress.num) / qreal(progress.den);
    p.setBrush(progress.num == progress.den ? up() : QColor(0x1f, 0x5f, 0xa8));
    p.drawRect(QRectF(rect.left(), rect.top(), filled, rect.height()));
    p.restore();
}

QString keyResultText(const KeyResult &k)
{
    QString values =
        ScorecardRenderer::tr("%1 / %2").arg(formatOkrNumber(k.current), formatOkrNumber(k.target));
    if (!k.unit.isEmpty())
        values += QLatin1Char(' ') + k.unit;
    return ScorecardRenderer::tr("%1 — %2 (%3 %)")
        .arg(k.title, values)
        .arg(progressPercent(keyResultProgress(k)));
}

} // namespace

void okrs(QPainter &p, const ScorecardCard &card, const QRectF &area)
{
    sectionTitle(p, area, ScorecardRenderer::tr("OKRs"));
    qreal y = area.top() + 18;
    if (card.objectives.isEmpty()) {
        text(p, QRectF(area.left(), y, area.width(), 11), Qt::AlignLeft | Qt::AlignVCenter,
            ScorecardRenderer::tr("No OKRs for this quarter."), 7.5, muted());
        return;
    }
    qreal needed = 0;
    for (const Objective &o : card.objectives.mid(0, maxObjectives))
        needed += objectiveLine + keyResultLine * o.keyResults.size();
    const bool overflow = card.objectives.size() > maxObjectives || y + needed > area.bottom();
    // One line is kept for "+N more" so what is left out is never silent.
    const qreal bottom = overflow ? area.bottom() - keyResultLine : area.bottom();
    int shown = 0;
    int hiddenKeyResults = 0;
    for (const Objective &o : card.objectives.mid(0, maxObjectives)) {
        if (y + objectiveLine > bottom)
            break;
        ++shown;
        const std::optional<Ratio> progress = objectiveProgress(o);
        const qreal titleWidth = area.width() - barWidth - 40;
        text(p, QRectF(area.left(), y, titleWidth, objectiveLine), Qt::AlignLeft | Qt::AlignVCenter, o.title,
            7.5, ink(), true);
        if (progress)
            progressBar(
                p, QRectF(area.right() - barWidth - 34, y + objectiveLine / 2 - 2, barWidth, 4), *progress);
        text(p, QRectF(area.right() - 30, y, 30, objectiveLine), Qt::AlignRight | Qt::AlignVCenter,
            progress ? percentLabel(progress) : ScorecardRenderer::tr("no key results"), 7,
            progress ? ink() : muted(), progress.has_value(), !progress);
        y += objectiveLine;
        for (const KeyResult &k : o.keyResults) {
            if (y + keyResultLine > bottom) {
                ++hiddenKeyResults;
                continue;
            }
            text(p, QRectF(area.left() + 8, y, area.width() - 8, keyResultLine),
                Qt::AlignLeft | Qt::AlignVCenter, keyResultText(k), 6.5, muted());
            y += keyResultLine;
        }
    }
    QStringList more;
    if (const qsizetype hidden = card.objectives.size() - shown; hidden > 0)
        more << ScorecardRenderer::tr("+%n more objective(s)", "", int(hidden));
    if (hiddenKeyResults > 0)
        more << ScorecardRenderer::tr("+%n more key result(s)", "", hiddenKeyResults);
    if (!more.isEmpty())
        text(p, QRectF(area.left(), y, area.width(), keyResultLine), Qt::AlignLeft | Qt::AlignVCenter,
            more.join(QStringLiteral(" · ")), 6.5, muted(), false, true);
}

void improvementNotes(QPainter &p, const ScorecardCard &card, const QRectF &area)
{
    sectionTitle(p, area, ScorecardRenderer::tr("Improvement notes"));
    const qreal top = area.top() + 18;
    if (card.improvementNote.trimmed().isEmpty()) {
        text(p, QRectF(area.left(), top, area.width(), 11), Qt::AlignLeft | Qt::AlignVCenter,
            ScorecardRenderer::tr("No improvement notes for this quarter."), 7.5, muted());
        return;
    }
    paragraphs(p, card.improvementNote.split(QLatin1Char('\n'), Qt::SkipEmptyParts), area.left(),
        area.width(), top, area.bottom(), 7, ink(), false, {});
}

} // namespace cs::ScorecardSections
