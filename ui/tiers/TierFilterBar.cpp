#include "tiers/TierFilterBar.h"

#include "ChoiceCombo.h"
#include "tiers/TierFilterModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace cs {

using Show = TierFilterModel::Show;

TierFilterBar::TierFilterBar(TierFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("tierShow"));
    m_show->addItem(tr("Proposals"), int(Show::Proposals));
    m_show->addItem(tr("Promotions"), int(Show::Promotions));
    m_show->addItem(tr("Demotions"), int(Show::Demotions));
    m_show->addItem(tr("Held by a protection rule"), int(Show::Held));
    m_show->addItem(tr("Confirmed"), int(Show::Confirmed));
    m_show->addItem(tr("All partners"), int(Show::All));
    m_show->setCurrentIndex(m_show->findData(int(filter->show())));
    m_tier = makeChoiceCombo<Tier>(tr("All current tiers"), this);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("tierRegion"));
    m_region->addItem(tr("All regions"), QString());
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("tierSearch"));
    m_search->setPlaceholderText(tr("Search code or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_shownCount = new QLabel(this);
    m_shownCount->setObjectName(QStringLiteral("tierShown"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_show);
    layout->addWidget(m_tier);
    layout->addWidget(m_region);
    layout->addWidget(m_search, 1);
    layout->addStretch(1);
    layout->addWidget(m_shownCount);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(Show(m_show->currentData().toInt()));
        emit filtersChanged();
    });
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTier(choiceOf<Tier>(m_tier));
        emit filtersChanged();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRegion(m_region->currentData().toString());
        emit filtersChanged();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        emit filtersChanged();
    });
}

void TierFilterBar::setRegions(const QStringList &regions)
{
    const QString shown = m_region->currentData().toString();
    {
        const QSignalBlocker blocker(m_region);
        while (m_region->count() > 1)
            m_region->removeItem(1);
        for (const QString &region : regions)
            m_region->addItem(region, region);
    }
    const int keep = m_region->findData(shown);
    m_region->setCurrentIndex(std::max(keep, 0));
    if (keep < 0 && !shown.isEmpty()) {
        m_filter->setRegion(QString());
        emit filtersChanged();
    }
}

void TierFilterBar::showEverything()
{
    m_search->clear();
    m_tier->setCurrentIndex(0);
    m_region->setCurrentIndex(0);
    m_show->setCurrentIndex(m_show->findData(int(Show::All)));
}

void TierFilterBar::setShownCount(int shown, int total)
{
    m_shownCount->setText(tr("showing %L1 of %L2").arg(shown).arg(total));
}

void TierFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace cs
