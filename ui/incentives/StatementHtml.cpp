#include "incentives/StatementHtml.h"

#include "incentive/Percent.h"

#include <QLocale>

namespace cs {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString amountCell(Money amount, bool bold = false)
{
    const QString colour = amount.fen() < 0 ? QStringLiteral(" color:#aa1e19;") : QString();
    const QString weight = bold ? QStringLiteral(" font-weight:bold;") : QString();
    return QStringLiteral("<td align=\"right\" style=\"white-space:nowrap;%1%2\">%3</td>")
        .arg(colour, weight, esc(amount.toString()));
}

QString figure(const QString &label, const QString &value)
{
    return QStringLiteral("<td style=\"padding-right:18px;\"><span style=\"color:#666666;\">%1</span><br/>"
                          "<b>%2</b></td>")
        .arg(esc(label), esc(value));
}

} // namespace

QString StatementHtml::componentText(const StatementLine &line)
{
    const QString label = labelOf(line.component);
    return line.detail.isEmpty() ? label : tr("%1 (%2)").arg(label, line.detail);
}

QString StatementHtml::statusText(const Status &status)
{
    if (!status.closed)
        return tr("Preview — nothing stored");
    return tr("Closed ✓ on %1")
        .arg(QLocale().toString(status.closedAt.toLocalTime().date(), QLocale::ShortFormat));
}

QString StatementHtml::body(const PartnerStatement &s, const Status &status)
{
    QString html;
    html +=
        QStringLiteral("<p style=\"margin:0;\"><span style=\"font-size:large; font-weight:bold;\">%1</span>"
                       "&nbsp;&nbsp;<span style=\"color:#666666;\">%2</span></p>")
            .arg(esc(s.name), esc(s.code));
    QStringList facts;
    facts.append(s.quarter.label());
    if (s.tier)
        facts.append(labelOf(*s.tier));
    if (!s.region.isEmpty())
        facts.append(s.region);
    facts.append(statusText(status));
    html += QStringLiteral("<p style=\"margin-top:2px; color:#444444;\">%1</p>")
                .arg(esc(facts.join(QStringLiteral(" · "))));

    const QString none = QStringLiteral("—");
    QString achievement = none;
    if (s.target && s.sales && s.target->fen() > 0)
        achievement = formatRatioPercent(s.sales->fen(), s.target->fen());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr>%1%2%3</tr></table>")
                .arg(figure(tr("Target"), s.target ? s.target->toString() : none),
                    figure(tr("Sales"), s.sales ? s.sales->toString() : none),
                    figure(tr("Achieved"), achievement));

    if (s.isException()) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                               "style=\"margin-top:8px; background-color:#fff3d6;\">");
        for (const StatementException e : s.exceptions)
            html += QStringLiteral("<tr><td>⚠ <b>%1</b>: %2</td></tr>")
                        .arg(esc(labelOf(e)), esc(explainException(e)));
        html += QStringLiteral("</table>");
    }

    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" style=\"margin-top:10px;\">"
                       "<tr style=\"background-color:#e8eef4;\"><th align=\"left\" width=\"36%\">%1</th>"
                       "<th align=\"right\" width=\"26%\">%2</th><th align=\"right\" width=\"12%\">%3</th>"
                       "<th align=\"right\" width=\"26%\">%4</th></tr>")
            .arg(esc(tr("Component")), esc(tr("Base")), esc(tr("Rate")), esc(tr("Amount")));
    for (const StatementLine &line : s.lines) {
        const bool hasRate = line.rateBp != 0;
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\" style=\"white-space:nowrap;\">%2</td>"
                           "<td align=\"right\">%3</td>%4</tr>")
                .arg(esc(componentText(line)),
                    esc(hasRate || line.base.fen() != 0 ? line.base.toString() : none),
                    esc(hasRate ? formatRateBp(line.rateBp) : none), amountCell(line.amount));
        html +=
            QStringLiteral("<tr><td colspan=\"4\" style=\"color:#555555; padding-bottom:8px;\">%1</td></tr>")
                .arg(esc(explainLine(line)));
    }
    if (s.lines.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"4\" style=\"color:#555555;\">%1</td></tr>")
                    .arg(esc(tr("No lines: nothing is payable for this quarter.")));
    html += QStringLiteral("<tr style=\"background-color:#e8eef4;\"><td colspan=\"3\"><b>%1</b></td>%2</tr>")
                .arg(esc(tr("Total")), amountCell(s.total(), true));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace cs
