#include "capability/CapabilityScoreGrid.h"

#include "capability/CapabilityModel.h"
#include "capability/RichText.h"
#include "capability/Tenths.h"

#include <QGridLayout>
#include <QLabel>

namespace cs {

namespace {

using RichText::coloured;
const QString up = RichText::up();
const QString down = RichText::down();
const QString muted = RichText::muted();

// A change in tenths as a signed number with an arrow: ▲ +0.5, ▼ −0.3, 0.0.
QString change(qint64 tenths)
{
    if (tenths > 0)
        return coloured(up, QStringLiteral("▲ +") + formatTenths(tenths));
    if (tenths < 0)
        return coloured(down, QStringLiteral("▼ −") + formatTenths(-tenths));
    return coloured(muted, formatTenths(0));
}

QString dash()
{
    return coloured(muted, QStringLiteral("–"));
}

QLabel *cell(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

CapabilityScoreGrid::CapabilityScoreGrid(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(2);
    const QString headings[columns] = { tr("Latest"), tr("Since previous"), tr("Since ~3 months"),
        tr("Benchmark"), tr("Gap to benchmark"), tr("Channel average") };
    for (int c = 0; c < columns; ++c) {
        QLabel *heading = cell(this);
        heading->setTextFormat(Qt::PlainText);
        heading->setText(headings[c]);
        heading->setWordWrap(true); // a narrow panel wraps headings rather than scrolling sideways
        layout->addWidget(heading, 0, c + 1);
        if (c == 1)
            heading->setToolTip(tr("Change since the previous assessment"));
        if (c == 2)
            heading->setToolTip(tr("Change since the assessment nearest to three months before the latest"));
    }
    for (const Dimension d : allDimensions) {
        const int i = int(d);
        m_names[i] = new QLabel(labelOf(d), this);
        layout->addWidget(m_names[i], i + 1, 0);
        for (int c = 0; c < columns; ++c) {
            m_cells[i][c] = cell(this);
            layout->addWidget(m_cells[i][c], i + 1, c + 1);
        }
    }
    m_benchmarkNote = new QLabel(this);
    m_benchmarkNote->setObjectName(QStringLiteral("benchmarkNote"));
    m_benchmarkNote->setWordWrap(true);
    layout->addWidget(m_benchmarkNote, dimensionCount + 1, 0, 1, columns + 1);
    layout->setColumnStretch(columns + 1, 1);
}

void CapabilityScoreGrid::setNarrow(bool narrow)
{
    for (QLabel *name : m_names)
        name->setWordWrap(narrow);
}

QString CapabilityScoreGrid::cellText(Dimension dimension, int column) const
{
    return m_cells[int(dimension)][column]->text();
}

void CapabilityScoreGrid::showPartner(const PartnerCapability &p, const CapabilityOverview &overview)
{
    const auto sincePrevious = p.changeSincePrevious();
    const auto sinceThreeMonths = p.changeSinceThreeMonths();
    for (const Dimension d : allDimensions) {
        const int i = int(d);
        std::array<QString, columns> texts;
        texts[0] = p.latest ? QStringLiteral("<b>%1</b>").arg(formatTenths(p.latest->tenths[i])) : dash();
        texts[1] = sincePrevious ? change((*sincePrevious)[i]) : dash();
        texts[2] = sinceThreeMonths ? change((*sinceThreeMonths)[i]) : dash();
        texts[3] = overview.benchmark ? formatTenths((*overview.benchmark)[i]) : dash();
        texts[4] = dash();
        if (p.gapTenths) {
            // The gap is benchmark − latest: above zero the partner is behind.
            const qint64 gap = roundHalfAway((*p.gapTenths)[i]);
            texts[4] = gap > 0 ? coloured(down, tr("%1 behind").arg(formatTenths(gap)))
                : gap < 0      ? coloured(up, tr("%1 ahead").arg(formatTenths(-gap)))
                               : tr("level");
        }
        texts[5] = overview.channelAverage ? formatTenths((*overview.channelAverage)[i]) : dash();
        for (int c = 0; c < columns; ++c)
            m_cells[i][c]->setText(texts[c]);
    }
    m_benchmarkNote->setText(overview.benchmark
            ? overview.benchmarkNote
            : tr("No benchmark, so the radar shows none and there are no gaps: %1")
                  .arg(overview.benchmarkNote));
}

} // namespace cs
