// A quarter's incentive spending against its budget as a painted bar with the 90 %
// warning mark, and the figures in words: "¥X of ¥Y (Z %) · ROI 5.20 : 1".
#pragma once

#include "incentive/Settlement.h"

#include <QWidget>

#include <optional>

namespace cs {

class BudgetGauge : public QWidget {
    Q_OBJECT

public:
    explicit BudgetGauge(QWidget *parent = nullptr);

    void setUse(const BudgetUse &use);
    void clear();
    // The sentence under the bar, for tests and accessibility.
    QString text() const { return m_text; }
    // The bar's colour: normal, amber from 90 %, red above the budget.
    QColor barColour() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<BudgetUse> m_use;
    QString m_text;
};

} // namespace cs
