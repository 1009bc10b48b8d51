// The scorecard as it will print, on screen: the renderer's A4 page scaled to fit
// the widget, white on grey, so the manager reviews exactly what the partner gets.
#pragma once

#include "print/ScorecardRenderer.h"

#include <QWidget>

#include <optional>

namespace cs {

class ScorecardPage : public QWidget {
    Q_OBJECT

public:
    explicit ScorecardPage(QWidget *parent = nullptr);

    // None shows `emptyText` on the grey instead of a page.
    void setCard(const std::optional<ScorecardCard> &card, const QString &emptyText = {});
    void setBranding(const ReportBranding &branding);
    const std::optional<ScorecardCard> &card() const { return m_card; }
    // Where the page sits in widget coordinates: the largest A4 rectangle that fits.
    QRectF pageArea() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<ScorecardCard> m_card;
    QString m_emptyText;
    ReportBranding m_branding;
};

} // namespace cs
