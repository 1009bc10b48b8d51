#include "capability/CapabilityTableModel.h"

#include "capability/Tenths.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <numeric>

namespace cs {

namespace {

// Soft enough that the number on it stays the most legible thing in the row.
const QColor weakBackground(253, 228, 226);
const QColor weakText(150, 30, 25);
const QColor aheadText(30, 110, 60); // a negative gap: the partner is above the benchmark

// One common denominator for a set of exact fractions. The model's denominators all divide
// a small number (Σ weights for composites, the excellent partners' count for gaps), so
// the least common multiple stays that small.
qint64 commonDenominator(const QList<Ratio> &values)
{
    qint64 scale = 1;
    for (const Ratio &r : values)
        scale = std::lcm(scale, r.den);
    return scale;
}

qint64 scaled(Ratio r, qint64 scale)
{
    return r.num * (scale / r.den);
}

QString signedTenths(Ratio tenths)
{
    const qint64 shown = roundHalfAway(tenths);
    return shown > 0 ? QLatin1Char('+') + formatTenths(shown) : formatTenths(shown);
}

} // namespace

CapabilityTableModel::CapabilityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CapabilityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

int CapabilityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CapabilityTableModel::setOverview(const CapabilityOverview &overview)
{
    const QList<PartnerCapability> &partners = overview.partners;
    bool sameRows = partners.size() == m_partners.size();
    for (qsizetype i = 0; sameRows && i < partners.size(); ++i)
        sameRows = partners[i].partnerId == m_partners[i].partnerId;

    QList<Ratio> composites;
    PerDimension<QList<Ratio>> gaps;
    for (const PartnerCapability &p : partners) {
        if (p.compositeTenths)
            composites.append(*p.compositeTenths);
        if (p.gapTenths)
            for (int d = 0; d < dimensionCount; ++d)
                gaps[d].append((*p.gapTenths)[d]);
    }

    if (!sameRows)
        beginResetModel();
    m_partners = partners;
    m_weakBelowTenths = overview.rules.weakBelowTenths;
    m_benchmark = overview.benchmark;
    m_compositeScale = commonDenominator(composites);
    for (int d = 0; d < dimensionCount; ++d)
        m_gapScale[d] = commonDenominator(gaps[d]);
    m_cells.clear();
    m_cells.reserve(m_partners.size());
    m_rowById.clear();
    m_watchCount = 0;
    for (int row = 0; row < m_partners.size(); ++row) {
        m_cells.append(prepare(m_partners[row]));
        m_rowById.insert(m_partners[row].partnerId, row);
        m_watchCount += m_partners[row].onWatchList() ? 1 : 0;
    }
    if (!sameRows)
        endResetModel();
    else if (!m_partners.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

CapabilityTableModel::Cells CapabilityTableModel::prepare(const PartnerCapability &p) const
{
    Cells c;
    c.text[Code] = p.code;
    c.text[Name] = p.name;
    if (p.latest) {
        c.text[Assessed] = QLocale().toString(p.latest->date, QLocale::ShortFormat);
        c.sortKey[Assessed] = p.latest->date.toJulianDay();
        for (const Dimension d : allDimensions) {
            const int tenths = p.latest->tenths[int(d)];
            c.text[scoreColumn(d)] = formatTenths(tenths);
            c.sortKey[scoreColumn(d)] = tenths;
        }
    }
    if (p.compositeTenths) {
        c.text[Composite] = formatTenths(*p.compositeTenths);
        c.sortKey[Composite] = scaled(*p.compositeTenths, m_compositeScale);
    }
    if (p.gapTenths)
        for (const Dimension d : allDimensions) {
            const Ratio gap = (*p.gapTenths)[int(d)];
            c.text[gapColumn(d)] = signedTenths(gap);
            c.sortKey[gapColumn(d)] = scaled(gap, m_gapScale[int(d)]);
        }
    if (p.stage.stage) {
        c.text[SuggestedStage] = labelOf(*p.stage.stage);
        c.sortKey[SuggestedStage] = int(*p.stage.stage);
    }
    if (p.onWatchList()) {
        const WatchHit &first = p.watch.front();
        QString shortReason = labelOf(first.rule);
        if (first.dimension)
            shortReason =
                tr("%1 · %2", "watch-list rule · dimension").arg(shortReason, shortLabel(*first.dimension));
        if (p.watch.size() > 1)
            shortReason = tr("%1 +%2", "first watch-list reason and how many more")
                              .arg(shortReason)
                              .arg(p.watch.size() - 1);
        c.text[Watch] = shortReason;
        // More reasons first, then by the kind of the first one, so alike rows group.
        c.sortKey[Watch] = qint64(p.watch.size()) * 100 + int(first.rule);
        QStringList lines;
        for (const WatchHit &hit : p.watch)
            lines.append(QStringLiteral("• ") + hit.reason);
        c.watchTooltip = tr("On the watch list:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        if (!p.notices.isEmpty())
            c.watchTooltip += QStringLiteral("\n\n") + p.notices.join(QLatin1Char('\n'));
    }
    return c;
}

QString CapabilityTableModel::shortLabel(Dimension d)
{
    switch (d) {
    case Dimension::Product:
        return tr("Product");
    case Dimension::Sales:
        return tr("Sales");
    case Dimension::Service:
        return tr("Service");
    }
    return {};
}

QString CapabilityTableModel::scoreTooltip(const PartnerCapability &p, Dimension d) const
{
    if (!p.latest)
        return tr("Not assessed yet.");
    const int tenths = p.latest->tenths[int(d)];
    QString text =
        tr("%1: %2 on %3")
            .arg(labelOf(d), formatTenths(tenths), QLocale().toString(p.latest->date, QLocale::ShortFormat));
    if (const auto change = p.changeSincePrevious())
        text += QLatin1Char('\n')
            + tr("%1 since the assessment of %2")
                  .arg((*change)[int(d)] > 0 ? QLatin1Char('+') + formatTenths((*change)[int(d)])
                                             : formatTenths((*change)[int(d)]),
                      QLocale().toString(p.previous->date, QLocale::ShortFormat));
    if (tenths < m_weakBelowTenths)
        text += QLatin1Char('\n') + tr("Weak: below %1.").arg(formatTenths(m_weakBelowTenths));
    return text;
}

QVariant CapabilityTableModel::background(const PartnerCapability &p, int column) const
{
    if (column < ProductScore || column > ServiceScore || !p.latest)
        return {};
    return p.latest->tenths[column - ProductScore] < m_weakBelowTenths ? QVariant(weakBackground)
                                                                       : QVariant();
}

QVariant CapabilityTableModel::foreground(const PartnerCapability &p, int column) const
{
    if (column >= ProductScore && column <= ServiceScore && p.latest
        && p.latest->tenths[column - ProductScore] < m_weakBelowTenths)
        return weakText;
    if (column >= ProductGap && column <= ServiceGap && p.gapTenths
        && roundHalfAway((*p.gapTenths)[column - ProductGap]) < 0)
        return aheadText;
    return {};
}

QVariant CapabilityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_partners.size())
        return {};
    const int column = index.column();
    const PartnerCapability &p = m_partners.at(index.row());
    const Cells &cells = m_cells.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cells.text[column];
    case SortRole:
        if (column == Code || column == Name)
            return cells.text[column];
        return cells.sortKey[column] ? QVariant(*cells.sortKey[column]) : QVariant();
    case IdRole:
        return p.partnerId;
    case Qt::TextAlignmentRole:
        if (column >= ProductScore && column <= ServiceGap)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return background(p, column);
    case Qt::ForegroundRole:
        return foreground(p, column);
    case Qt::FontRole:
        if (column == Composite) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Watch && p.onWatchList())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (column >= ProductScore && column <= ServiceScore)
            return scoreTooltip(p, Dimension(column - ProductScore));
        if (column == SuggestedStage)
            return p.stage.reason;
        if (column == Watch)
            return cells.watchTooltip;
        return {};
    default:
        return {};
    }
}

QVariant CapabilityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section >= ProductScore && section <= ServiceGap ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (section >= ProductScore && section <= ServiceScore)
            return tr("Latest %1 score (0–10); below %2 is weak")
                .arg(labelOf(Dimension(section - ProductScore)), formatTenths(m_weakBelowTenths));
        if (section >= ProductGap && section <= ServiceGap) {
            const Dimension d = Dimension(section - ProductGap);
            return m_benchmark ? tr("Benchmark %1 minus the partner's score in %2")
                                     .arg(formatTenths((*m_benchmark)[int(d)]), labelOf(d))
                               : tr("No benchmark, so no gap");
        }
        if (section == Composite)
            return tr("Weighted average of the three latest scores");
        if (section == SuggestedStage)
            return tr("The cultivation stage the composite and the certification suggest");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Assessed:
        return tr("Assessed");
    case ProductScore:
    case SalesScore:
    case ServiceScore:
        return shortLabel(Dimension(section - ProductScore));
    case Composite:
        return tr("Composite");
    case ProductGap:
    case SalesGap:
    case ServiceGap:
        return tr("%1 gap", "the gap to the benchmark in a dimension")
            .arg(shortLabel(Dimension(section - ProductGap)));
    case SuggestedStage:
        return tr("Stage");
    case Watch:
        return tr("Watch list");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cs
