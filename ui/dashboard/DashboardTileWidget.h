// One figure of the dashboard as a card: its title, the value large, the target, a
// coloured edge and word for how it stands, and the sentence it rests on. A tile that
// stands for a set of partners (watch list, churned, meeting target) is clickable.
#pragma once

#include "dashboard/DashboardStyle.h"
#include "dashboard/DashboardTiles.h"

#include <QWidget>

namespace cs {

class DashboardTileWidget : public QWidget {
    Q_OBJECT

public:
    explicit DashboardTileWidget(QWidget *parent = nullptr);

    void setTile(const DashboardTile &tile, DashboardShade shade);
    const DashboardTile &tile() const { return m_tile; }
    DashboardShade shade() const { return m_shade; }
    // Under the sentence in the tooltip: e.g. the active partners by region and type.
    void setDetail(const QString &detail);
    // Clickable tiles show a hand cursor, take focus and emit activated() on a click,
    // Enter or Space.
    void setClickable(bool clickable, const QString &hint = {});
    bool isClickable() const { return m_clickable; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();
    QFont titleFont() const;
    QFont valueFont() const;
    QFont smallFont() const;

    DashboardTile m_tile;
    DashboardShade m_shade = DashboardShade::Neutral;
    QString m_detail;
    QString m_hint;
    bool m_clickable = false;
    bool m_hovered = false;
};

} // namespace cs
