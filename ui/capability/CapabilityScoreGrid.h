// One partner's latest scores per dimension beside their changes, the benchmark, the gap
// to it and the channel average: the figures the radar and the trend chart draw.
#pragma once

#include "capability/Dimension.h"

#include <QWidget>

#include <array>

class QLabel;

namespace cs {

struct CapabilityOverview;
struct PartnerCapability;

class CapabilityScoreGrid : public QWidget {
    Q_OBJECT

public:
    explicit CapabilityScoreGrid(QWidget *parent = nullptr);

    void showPartner(const PartnerCapability &partner, const CapabilityOverview &overview);
    // Narrow: the dimensions' names wrap. A wrapping label in a grid wraps even with room
    // to spare, so only then.
    void setNarrow(bool narrow);

    // The displayed text of a dimension's column: 0 latest, 1 since previous, 2 since three
    // months, 3 benchmark, 4 gap, 5 channel average (rich text).
    QString cellText(Dimension dimension, int column) const;

    static constexpr int columns = 6;

private:
    std::array<QLabel *, dimensionCount> m_names;
    std::array<std::array<QLabel *, columns>, dimensionCount> m_cells;
    QLabel *m_benchmarkNote;
};

} // namespace cs
