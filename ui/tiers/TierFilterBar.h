// The filters above the tier review's table: which rows (proposals, promotions,
// demotions, held, all), the current tier, the region and a search, applied to a
// TierFilterModel as the user picks them.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cs {

class TierFilterModel;

class TierFilterBar : public QWidget {
    Q_OBJECT

public:
    TierFilterBar(TierFilterModel *filter, QWidget *parent = nullptr);

    // The regions offered besides "All regions"; the one chosen stays when it is still there.
    void setRegions(const QStringList &regions);
    // Every partner, no filter: so that a wanted row shows.
    void showEverything();
    void setShownCount(int shown, int total);
    void focusSearch();

    QComboBox *showCombo() const { return m_show; }
    QComboBox *tierCombo() const { return m_tier; }
    QComboBox *regionCombo() const { return m_region; }
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void filtersChanged();

private:
    TierFilterModel *m_filter;
    QComboBox *m_show;
    QComboBox *m_tier;
    QComboBox *m_region;
    QLineEdit *m_search;
    QLabel *m_shownCount;
};

} // namespace cs
