#include "dashboard/DashboardStyle.h"

#include "incentives/ShortAmount.h"

#include <cmath>

namespace cs {

DashboardShade DashboardStyle::shadeOf(const DashboardTile &tile, const DashboardFigures &figures)
{
    switch (tile.state) {
    case TargetState::NoData:
    case TargetState::NoTarget:
        return DashboardShade::Neutral;
    case TargetState::Met:
        // Within the budget still, but with less than a tenth of it left.
        if (tile.id == DashboardTileId::IncentiveBudget && figures.incentives.use
            && figures.incentives.use->warning())
            return DashboardShade::Warning;
        return DashboardShade::Good;
    case TargetState::Missed:
        // Short of the 60 % goal but past the 45 % the seeds started from: progress, not failure.
        if (tile.id == DashboardTileId::MeetingTarget && figures.meeting.share
            && *figures.meeting.share >= DashboardTargets::meetingBaseline)
            return DashboardShade::Warning;
        return DashboardShade::Bad;
    }
    return DashboardShade::Neutral;
}

QColor DashboardStyle::colourOf(DashboardShade shade)
{
    switch (shade) {
    case DashboardShade::Good:
        return QColor(0x2e, 0x8b, 0x57);
    case DashboardShade::Warning:
        return QColor(0xc7, 0x7c, 0x0e);
    case DashboardShade::Bad:
        return QColor(0xb8, 0x32, 0x2a);
    case DashboardShade::Neutral:
        break;
    }
    return QColor(0x9a, 0xa3, 0xad);
}

QColor DashboardStyle::paleOf(DashboardShade shade)
{
    switch (shade) {
    case DashboardShade::Good:
        return QColor(0xe3, 0xf2, 0xe8);
    case DashboardShade::Warning:
        return QColor(0xfb, 0xef, 0xd9);
    case DashboardShade::Bad:
        return QColor(0xf8, 0xe2, 0xe0);
    case DashboardShade::Neutral:
        break;
    }
    return QColor(0xee, 0xf0, 0xf2);
}

QString DashboardStyle::wordOf(const DashboardTile &tile, DashboardShade shade)
{
    if (tile.state == TargetState::NoTarget)
        return {};
    if (tile.state == TargetState::NoData)
        return tr("No data");
    switch (shade) {
    case DashboardShade::Good:
        return tr("On target");
    case DashboardShade::Warning:
        return tile.state == TargetState::Met ? tr("Close to limit") : tr("Improving");
    case DashboardShade::Bad:
        return tr("Off target");
    case DashboardShade::Neutral:
        break;
    }
    return {};
}

QColor DashboardStyle::tierColour(const QString &key)
{
    if (key == codeOf(Tier::Diamond))
        return QColor(0x3b, 0x7d, 0xb5);
    if (key == codeOf(Tier::Gold))
        return QColor(0xd4, 0xa0, 0x17);
    if (key == codeOf(Tier::Silver))
        return QColor(0x9a, 0xa5, 0xb1);
    if (key == codeOf(Tier::Bronze))
        return QColor(0xb0, 0x70, 0x3c);
    return QColor(0xcf, 0xd5, 0xdb);
}

QColor DashboardStyle::dimensionColour(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Product:
        return QColor(0x1f, 0x5f, 0xa8);
    case Dimension::Sales:
        return QColor(0x4a, 0xa3, 0x8c);
    case Dimension::Service:
        return QColor(0xd9, 0x82, 0x1e);
    }
    return muted();
}

QColor DashboardStyle::salesColour()
{
    return QColor(0x4a, 0x90, 0xc2);
}

QColor DashboardStyle::targetColour()
{
    return QColor(0xd9, 0x82, 0x1e);
}

QColor DashboardStyle::metColour()
{
    return QColor(0x4c, 0xa5, 0x6e);
}

QColor DashboardStyle::missedColour()
{
    return QColor(0xa9, 0xb8, 0xc8);
}

QColor DashboardStyle::ink()
{
    return QColor(0x22, 0x2b, 0x36);
}

QColor DashboardStyle::muted()
{
    return QColor(0x6b, 0x75, 0x80);
}

QColor DashboardStyle::grid()
{
    return QColor(0xe1, 0xe5, 0xea);
}

DashboardAmountScale DashboardStyle::amountScale(qint64 largestFen)
{
    const double yuan = double(largestFen) / 100.0;
    if (chineseUi()) {
        if (yuan >= 1e8)
            return { 1e8, tr("¥100 million") };
        return { 1e4, tr("¥10,000") };
    }
    if (yuan >= 1e9)
        return { 1e9, tr("¥ billion") };
    if (yuan >= 1e6)
        return { 1e6, tr("¥ million") };
    return { 1e3, tr("¥ thousand") };
}

std::pair<double, int> DashboardStyle::niceAxis(double largest)
{
    if (!(largest > 0))
        return { 1, 5 };
    const double wanted = largest * 1.08; // room above the tallest bar for its label
    double magnitude = std::pow(10.0, std::floor(std::log10(wanted / 5)));
    for (;; magnitude *= 10)
        for (const double factor : { 1.0, 2.0, 5.0 }) {
            const double step = factor * magnitude;
            if (wanted <= step * 5) {
                const int steps = int(std::ceil(wanted / step - 1e-9));
                return { step * std::max(steps, 1), std::max(steps, 1) + 1 };
            }
        }
}

} // namespace cs
