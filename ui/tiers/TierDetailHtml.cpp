#include "tiers/TierDetailHtml.h"

#include "capability/RichText.h"
#include "capability/Tenths.h"
#include "tiers/TierReviewModel.h"

#include <algorithm>

namespace cs {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style=\"margin-top:14px; margin-bottom:4px;\">%1</h4>").arg(esc(text));
}

QString muted(const QString &text)
{
    return RichText::coloured(RichText::muted(), text);
}

QString figure(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<td style=\"padding-right:22px;\"><span style=\"color:#666666;\">%1</span><br/>"
                          "<b>%2</b></td>")
        .arg(esc(label), valueHtml);
}

QString bullets(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-top:2px; margin-left:-18px;\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    return html + QStringLiteral("</ul>");
}

} // namespace

QString TierDetailHtml::proposalText(const TierEvaluation &e, Quarter review)
{
    if (const std::optional<TierChange> &c = e.inputs.confirmedChange)
        return tr("Confirmed: %1 → %2 from %3")
            .arg(TierReviewModel::tierText(c->fromTier), labelOf(c->toTier), c->effectiveFrom.label());
    const QString from = review.next().label();
    if (!e.isChange())
        return tr("Stays %1").arg(labelOf(e.proposedTier));
    if (!e.currentTier())
        return tr("First tier: %1 from %2").arg(labelOf(e.proposedTier), from);
    return tr("%1 → %2 from %3").arg(labelOf(*e.currentTier()), TierReviewModel::proposedText(e), from);
}

QString TierDetailHtml::valueCell(const TierEvaluation &e, TierCriterion c)
{
    const CriterionResult &r = e.criteria[size_t(c)];
    if (!r.value)
        return muted(c == TierCriterion::ServiceCapability ? tr("not assessed") : tr("no ledger data"));
    // Amounts must not break inside their digits, whatever the pane's width.
    const QString value = QStringLiteral("<span style=\"white-space:nowrap;\">%1</span>")
                              .arg(esc(formatCriterionValue(c, *r.value)));
    QString note;
    switch (c) {
    case TierCriterion::TrailingSales:
        if (e.inputs.quartersReported < 4)
            note = tr("%1 of 4 quarters reported").arg(e.inputs.quartersReported);
        break;
    case TierCriterion::MarketCoverage:
        note = tr("%1 of %2 lines").arg(e.inputs.linesSold).arg(e.inputs.channelLines);
        break;
    case TierCriterion::ServiceCapability:
        if (e.inputs.serviceAssessedOn.isValid())
            note = tr("assessed %1").arg(e.inputs.serviceAssessedOn.toString(Qt::ISODate));
        break;
    case TierCriterion::Certification:
    case TierCriterion::BrandInvestment:
        break;
    }
    return note.isEmpty() ? value : value + QStringLiteral("<br/>") + muted(note);
}

QString TierDetailHtml::criteriaTable(const TierEvaluation &e, const TierCriteria &criteria)
{
    const QString th = QStringLiteral("<th align=\"%1\" style=\"color:#555555; font-weight:normal; "
                                      "border-bottom:1px solid #cccccc;\">%2</th>");
    QString html = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-bottom:8px;\">");
    html += QStringLiteral("<tr>") + th.arg(QStringLiteral("left"), esc(tr("Criterion")))
        + th.arg(QStringLiteral("left"), esc(tr("Value")))
        + th.arg(QStringLiteral("right"), esc(tr("Sub-score")))
        + th.arg(QStringLiteral("right"), esc(tr("Points")));
    for (Tier tier : rankedTiers)
        html += th.arg(QStringLiteral("center"), esc(labelOf(tier)));
    html += QStringLiteral("</tr>");
    for (const CriterionResult &r : e.criteria) {
        const qint64 weight = criteria.rule(r.criterion).weight;
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                           "<td align=\"right\" style=\"white-space:nowrap;\">%4</td>")
                .arg(esc(labelOf(r.criterion)), valueCell(e, r.criterion), esc(formatOneDecimal(r.subScore)),
                    esc(formatOneDecimal(r.points)) + QStringLiteral(" ") + muted(tr("of %1").arg(weight)));
        for (Tier tier : rankedTiers) {
            QString mark = muted(QStringLiteral("–"));
            if (criteria.effectiveMinimum(r.criterion, tier))
                mark = r.meetsMinimum[size_t(tier)]
                    ? RichText::coloured(RichText::up(), QStringLiteral("✓"))
                    : RichText::coloured(RichText::down(), QStringLiteral("✗"));
            html += QStringLiteral("<td align=\"center\">%1</td>").arg(mark);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td style=\"border-top:1px solid #cccccc;\"><b>%1</b></td>"
                           "<td style=\"border-top:1px solid #cccccc;\"></td>"
                           "<td style=\"border-top:1px solid #cccccc;\"></td>"
                           "<td align=\"right\" style=\"border-top:1px solid #cccccc;\"><b>%2</b> %3</td>"
                           "<td colspan=\"3\" style=\"border-top:1px solid #cccccc;\"></td></tr>")
                .arg(esc(tr("Score")), esc(TierReview::formatScore(e.score)), muted(tr("of %1").arg(100)));
    return html + QStringLiteral("</table>");
}

QString TierDetailHtml::thresholdsTable(const TierCriteria &criteria)
{
    const QString th = QStringLiteral("<th align=\"%1\" style=\"color:#555555; font-weight:normal; "
                                      "border-bottom:1px solid #cccccc;\">%2</th>");
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr>%1%2%3</tr>")
                       .arg(th.arg(QStringLiteral("left"), esc(tr("Tier"))),
                           th.arg(QStringLiteral("right"), esc(tr("Least score"))),
                           th.arg(QStringLiteral("left"), esc(tr("Minimums"))));
    for (Tier tier : rankedTiers) {
        QStringList needs;
        for (TierCriterion c : allTierCriteria)
            if (const auto minimum = criteria.effectiveMinimum(c, tier))
                needs << tr("%1 ≥ %2").arg(labelOf(c), formatCriterionValue(c, *minimum));
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                    .arg(esc(labelOf(tier)))
                    .arg(criteria.threshold(tier))
                    .arg(needs.isEmpty() ? muted(tr("none")) : esc(needs.join(QStringLiteral(" · "))));
    }
    return html + QStringLiteral("</table>");
}

QString TierDetailHtml::progressHtml(const TierEvaluation &e, const TierCriteria &criteria)
{
    const TierProgress &p = e.progress;
    if (!p.nextTier)
        return QStringLiteral("<p>%1</p>").arg(esc(tr("The criteria give the top tier.")));
    const Tier next = *p.nextTier;
    QString html;
    if (p.scoreShort > ratioOf(0))
        html += QStringLiteral("<p style=\"margin-bottom:0;\">%1</p>")
                    .arg(esc(tr("Score %1 of %2's %3: %4 short.")
                                 .arg(TierReview::formatScore(e.score), labelOf(next))
                                 .arg(criteria.threshold(next))
                                 .arg(TierReview::formatScore(p.scoreShort))));
    else
        html +=
            QStringLiteral("<p style=\"margin-bottom:0;\">%1</p>")
                .arg(esc(tr("The score reaches %1's %2.").arg(labelOf(next)).arg(criteria.threshold(next))));
    if (!p.minimums.isEmpty()) {
        QStringList lines;
        for (const TierGap &g : p.minimums)
            lines << g.text;
        html += QStringLiteral("<p style=\"margin-bottom:0;\">%1</p>")
                    .arg(esc(tr("%1 also requires:").arg(labelOf(next))))
            + bullets(lines);
    }
    if (p.scoreShort > ratioOf(0)) {
        if (p.alone.isEmpty()) {
            html +=
                QStringLiteral("<p>%1</p>").arg(esc(tr("No single criterion can close the gap on its own.")));
        } else {
            QStringList lines;
            for (const TierGap &g : p.alone)
                lines << g.text;
            html += QStringLiteral("<p style=\"margin-bottom:0;\">%1</p>")
                        .arg(esc(tr("Any one of these would close the score gap:")))
                + bullets(lines);
        }
    }
    return html;
}

QString TierDetailHtml::historyHtml(const QList<TierChange> &history)
{
    if (history.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(muted(tr("No tier changes recorded.")));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const TierChange &c = *it;
        const QString from = c.fromTier ? labelOf(*c.fromTier) : tr("no tier");
        html +=
            QStringLiteral("<tr><td style=\"white-space:nowrap; padding-right:10px;\" valign=\"top\">"
                           "<b>%1</b></td><td><b>%2 → %3</b><br/>%4")
                .arg(esc(c.effectiveFrom.label()), esc(from), esc(labelOf(c.toTier)),
                    muted(tr("Confirmed by %1 on %2, review of %3.")
                              .arg(c.confirmedBy, c.confirmedAt.toLocalTime().date().toString(Qt::ISODate),
                                  c.reviewPeriod.label())));
        if (!c.reason.isEmpty())
            html += QStringLiteral("<br/>") + esc(c.reason);
        html += QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString TierDetailHtml::body(
    const TierEvaluation &e, const TierCriteria &criteria, const QList<TierChange> &history, Quarter review)
{
    QString html;
    html +=
        QStringLiteral("<p style=\"margin:0;\"><span style=\"font-size:large; font-weight:bold;\">%1</span>"
                       "&nbsp;&nbsp;<span style=\"color:#666666;\">%2</span></p>")
            .arg(esc(e.inputs.name), esc(e.inputs.code));
    QStringList facts;
    if (!e.inputs.region.isEmpty())
        facts << e.inputs.region;
    if (e.inputs.joinDate.isValid())
        facts << tr("joined %1").arg(e.inputs.joinDate.toString(Qt::ISODate));
    facts << tr("review of %1").arg(review.label());
    html += QStringLiteral("<p style=\"margin-top:2px; color:#444444;\">%1</p>")
                .arg(esc(facts.join(QStringLiteral(" · "))));

    QString proposal = esc(proposalText(e, review));
    if (e.isChange() && e.isPromotion())
        proposal = RichText::coloured(RichText::up(), proposalText(e, review));
    else if (e.isChange() && e.isDemotion())
        proposal = RichText::coloured(RichText::down(), proposalText(e, review));
    html +=
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr>%1%2%3</tr></table>")
            .arg(figure(tr("Score"), esc(TierReview::formatScore(e.score))),
                figure(tr("Criteria tier"), esc(labelOf(e.criteriaTier))), figure(tr("Proposal"), proposal));
    if (e.heldBy != TierHold::None)
        html += QStringLiteral("<p style=\"background-color:#fff3d6;\">&nbsp;%1: %2&nbsp;</p>")
                    .arg(esc(tr("Held by")), esc(TierReview::holdText(e.heldBy)));
    html += QStringLiteral("<p>%1</p>").arg(esc(e.reason));

    html += heading(tr("Criteria"));
    html += criteriaTable(e, criteria);
    html += heading(tr("What each tier needs"));
    html += thresholdsTable(criteria);

    html += heading(e.progress.nextTier ? tr("Progress to %1").arg(labelOf(*e.progress.nextTier))
                                        : tr("Progress to the next tier"));
    html += progressHtml(e, criteria);

    html += heading(tr("Tier history"));
    html += historyHtml(history);
    return html;
}

} // namespace cs
