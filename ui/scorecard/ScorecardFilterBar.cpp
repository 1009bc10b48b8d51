#include "scorecard/ScorecardFilterBar.h"

#include "ChoiceCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace cs {

ScorecardFilterBar::ScorecardFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Step through:"), this);
    m_tier = makeChoiceCombo<Tier>(tr("All tiers"), this);
    m_tier->setObjectName(QStringLiteral("scorecardTier"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("scorecardRegion"));
    m_region->addItem(tr("All regions"), QString());
    m_region->setMinimumContentsLength(10);
    m_watchOnly = new QCheckBox(tr("&Watch list only"), this);
    layout->addWidget(label);
    layout->addWidget(m_tier);
    layout->addWidget(m_region);
    layout->addWidget(m_watchOnly);
    layout->addStretch(1);

    const auto notify = [this] {
        if (!m_updating)
            emit changed();
    };
    connect(m_tier, &QComboBox::currentIndexChanged, this, notify);
    connect(m_region, &QComboBox::currentIndexChanged, this, notify);
    connect(m_watchOnly, &QCheckBox::toggled, this, notify);
}

bool ScorecardFilterBar::keeps(const ScorecardCard &card) const
{
    const std::optional<Tier> tier = choiceOf<Tier>(m_tier);
    const QString region = m_region->currentData().toString();
    return (!tier || card.tier == tier) && (region.isEmpty() || card.region == region)
        && (!m_watchOnly->isChecked() || !card.watchReasons.isEmpty());
}

bool ScorecardFilterBar::isActive() const
{
    return choiceOf<Tier>(m_tier) || !m_region->currentData().toString().isEmpty()
        || m_watchOnly->isChecked();
}

void ScorecardFilterBar::setRegionsFrom(const QList<ScorecardCard> &cards)
{
    const QString region = m_region->currentData().toString();
    QStringList regions;
    for (const ScorecardCard &card : cards)
        if (!card.region.isEmpty() && !regions.contains(card.region))
            regions.append(card.region);
    std::sort(regions.begin(), regions.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    m_updating = true;
    m_region->clear();
    m_region->addItem(tr("All regions"), QString());
    for (const QString &r : std::as_const(regions))
        m_region->addItem(r, r);
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_updating = false;
}

void ScorecardFilterBar::setTier(std::optional<Tier> tier)
{
    selectChoice(m_tier, tier);
}

void ScorecardFilterBar::setRegion(const QString &region)
{
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
}

void ScorecardFilterBar::setWatchListOnly(bool only)
{
    m_watchOnly->setChecked(only);
}

} // namespace cs
