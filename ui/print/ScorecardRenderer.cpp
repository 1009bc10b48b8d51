#include "print/ScorecardRenderer.h"

#include "capability/Tenths.h"
#include "print/ScorecardCharts.h"
#include "print/ScorecardSections.h"

#include <QLocale>

#include <algorithm>

namespace cs {

using namespace ScorecardSections;

namespace {

constexpr qreal pageWidth = ReportPage::width;
constexpr qreal pageHeight = ReportPage::height;
constexpr qreal margin = ReportPage::margin;
constexpr qreal contentWidth = ReportPage::contentWidth;

QString grouped(int n)
{
    // Digit grouping reads the same in Chinese and English; the C locale would drop it.
    return QLocale(QLocale::English).toString(n);
}

QColor gradeColour(Grade grade)
{
    switch (grade) {
    case Grade::A:
        return QColor(0x2e, 0x8b, 0x57);
    case Grade::B:
        return QColor(0x1f, 0x5f, 0xa8);
    case Grade::C:
        return QColor(0xd9, 0x82, 0x1e);
    case Grade::D:
        return QColor(0xb8, 0x32, 0x2a);
    }
    return muted();
}

void header(QPainter &p, const ScorecardCard &card, const ReportBranding &branding)
{
    ReportPage::header(p, branding, ScorecardRenderer::tr("Partner Scorecard"), card.quarter.label(),
        ScorecardRenderer::tr("%1 – %2").arg(
            card.quarter.firstDay().toString(Qt::ISODate), card.quarter.lastDay().toString(Qt::ISODate)));
}

void partnerBlock(QPainter &p, const ScorecardCard &card)
{
    const qreal width = 350;
    text(p, QRectF(margin, 74, width, 22), Qt::AlignLeft | Qt::AlignVCenter, card.name, 15, ink(), true);
    const QList<std::pair<QString, QString>> facts { { ScorecardRenderer::tr("Code"), card.code },
        { ScorecardRenderer::tr("Tier"), card.tier ? labelOf(*card.tier) : dash() },
        { ScorecardRenderer::tr("Region"), card.region.isEmpty() ? dash() : card.region },
        { ScorecardRenderer::tr("Mentor"), card.mentor.isEmpty() ? dash() : card.mentor } };
    const qreal cell = width / facts.size();
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const qreal x = margin + cell * i;
        text(p, QRectF(x, 100, cell - 6, 9), Qt::AlignLeft | Qt::AlignVCenter, facts[i].first, 6.5, muted());
        text(p, QRectF(x, 109, cell - 6, 13), Qt::AlignLeft | Qt::AlignVCenter, facts[i].second, 9, ink());
    }
    const PartnerScore &s = card.score;
    QString ranks;
    if (s.rankChannel > 0) {
        QStringList parts {
            ScorecardRenderer::tr("channel %1 / %2").arg(grouped(s.rankChannel), grouped(card.channelSize))
        };
        if (s.rankTier > 0 && card.tier)
            parts << ScorecardRenderer::tr("tier %1 / %2").arg(grouped(s.rankTier), grouped(card.tierSize));
        if (s.rankRegion > 0 && !card.region.isEmpty())
            parts << ScorecardRenderer::tr("region %1 / %2")
                         .arg(grouped(s.rankRegion), grouped(card.regionSize));
        ranks = ScorecardRenderer::tr("Rank: %1").arg(parts.join(QStringLiteral(" · ")));
    } else {
        ranks = ScorecardRenderer::tr("Not ranked: no KPI has data for this quarter.");
    }
    text(p, QRectF(margin, 127, width, 12), Qt::AlignLeft | Qt::AlignVCenter, ranks, 8, ink());
}

void scoreBox(QPainter &p, const ScorecardCard &card)
{
    const QRectF box(pageWidth - margin - 175, 74, 175, 68);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xd8, 0xde, 0xe5), 0.6));
    p.setBrush(QColor(0xf3, 0xf6, 0xf9));
    p.drawRoundedRect(box, 4, 4);
    p.restore();
    const PartnerScore &s = card.score;
    text(p, QRectF(box.left() + 10, box.top() + 5, 110, 10), Qt::AlignLeft | Qt::AlignVCenter,
        ScorecardRenderer::tr("Overall score"), 7, muted());
    text(p, QRectF(box.left() + 10, box.top() + 14, 110, 34), Qt::AlignLeft | Qt::AlignVCenter,
        s.overall ? formatOneDecimal(*s.overall) : dash(), 28, ink(), true);
    QString change;
    QColor changeColour = muted();
    if (s.change) {
        change = QStringLiteral("%1 %2").arg(arrow(*s.change), formatOneDecimal(absolute(*s.change)));
        changeColour = s.change->num > 0 ? up() : s.change->num < 0 ? down() : muted();
        change = ScorecardRenderer::tr("%1 vs %2").arg(change, card.quarter.previous().label());
    } else if (s.overall) {
        change = ScorecardRenderer::tr("No score for %1").arg(card.quarter.previous().label());
    } else {
        change = ScorecardRenderer::tr("Not scored");
    }
    text(p, QRectF(box.left() + 10, box.top() + 50, 120, 12), Qt::AlignLeft | Qt::AlignVCenter, change, 7.5,
        changeColour, s.change.has_value());
    if (s.grade) {
        const QRectF badge(box.right() - 48, box.top() + 12, 38, 38);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(gradeColour(*s.grade));
        p.drawEllipse(badge);
        p.restore();
        text(p, badge, Qt::AlignCenter, codeOf(*s.grade), 20, Qt::white, true);
        text(p, QRectF(badge.left() - 10, badge.bottom() + 2, badge.width() + 20, 10), Qt::AlignHCenter,
            ScorecardRenderer::tr("Grade"), 6.5, muted());
    }
}

} // namespace

QRectF ScorecardRenderer::pageRect()
{
    return ReportPage::pageRect();
}

void ScorecardRenderer::paint(QPainter &painter, const ScorecardCard &card, const ReportBranding &branding,
    int page, int pages, const QDate &printed)
{
    painter.save();
    painter.fillRect(pageRect(), Qt::white);
    header(painter, card, branding);
    partnerBlock(painter, card);
    scoreBox(painter, card);

    const qreal chartsLimit = 478;
    const qreal tableBottom =
        kpiTable(painter, card, QRectF(margin, 148, contentWidth, chartsLimit - 10 - 148));
    // Charts follow a short table up, so the incentive block keeps room for all its lines.
    const qreal chartsTop = std::min(chartsLimit, tableBottom + 16);

    // Shorter charts leave room for the OKR and improvement-note blocks at the foot.
    const qreal chartHeight = 122;
    const qreal leftWidth = 305;
    const qreal rightLeft = margin + leftWidth + 20;
    const qreal rightWidth = pageWidth - margin - rightLeft;
    ScorecardCharts::trend(painter, QRectF(margin, chartsTop, leftWidth, chartHeight), card.trend);
    ScorecardCharts::radar(painter, QRectF(rightLeft, chartsTop, rightWidth, chartHeight), card.capability,
        card.benchmark, card.channelAverage);

    const qreal lowerTop = chartsTop + chartHeight + 14;
    const qreal okrBottom = pageHeight - 32;
    const qreal okrTop = okrBottom - 96; // room for three objectives with a few key results
    const qreal lowerBottom = okrTop - 6;
    incentiveSummary(painter, card, QRectF(margin, lowerTop, leftWidth, lowerBottom - lowerTop));
    watchList(painter, card, QRectF(rightLeft, lowerTop, rightWidth, lowerBottom - lowerTop));
    okrs(painter, card, QRectF(margin, okrTop, leftWidth, okrBottom - okrTop));
    improvementNotes(painter, card, QRectF(rightLeft, okrTop, rightWidth, okrBottom - okrTop));
    ReportPage::footer(painter, branding,
        ScorecardRenderer::tr("%1 · %2").arg(card.code, card.quarter.label()), page, pages, printed);
    painter.restore();
}

ScorecardPages::ScorecardPages(QList<ScorecardCard> cards, ReportBranding branding)
    : m_cards(std::move(cards))
    , m_branding(std::move(branding))
{
}

void ScorecardPages::paint(QPainter &painter, int index, const QDate &printed) const
{
    ScorecardRenderer::paint(painter, m_cards[index], m_branding, index + 1, pageCount(), printed);
}

QString ScorecardPages::title() const
{
    if (m_cards.size() == 1)
        return tr("Partner scorecard %1 %2").arg(m_cards.front().code, m_cards.front().quarter.label());
    return tr("Partner scorecards %1").arg(m_cards.isEmpty() ? QString() : m_cards.front().quarter.label());
}

} // namespace cs
