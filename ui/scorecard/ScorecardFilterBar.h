// Which partners the Scorecards view steps through and batches: a tier, a region and
// the watch list, each optional. Regions are those of the quarter shown.
#pragma once

#include "scorecard/ScorecardCard.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace cs {

class ScorecardFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit ScorecardFilterBar(QWidget *parent = nullptr);

    bool keeps(const ScorecardCard &card) const;
    bool isActive() const;
    // Offers the regions of `cards`, keeping the chosen one when it is still there; no changed().
    void setRegionsFrom(const QList<ScorecardCard> &cards);

    void setTier(std::optional<Tier> tier);
    void setRegion(const QString &region);
    void setWatchListOnly(bool only);

signals:
    void changed();

private:
    QComboBox *m_tier;
    QComboBox *m_region;
    QCheckBox *m_watchOnly;
    bool m_updating = false;
};

} // namespace cs
