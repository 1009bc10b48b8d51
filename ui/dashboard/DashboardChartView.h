// What the dashboard's four charts share: a plain light chart without animation, the
// widget's font (the theme's does not cover Chinese), palette-aware text colours, and
// the signal that turns a clicked bar into a filtered partner list.
#pragma once

#include <QChartView>
#include <QStringList>

class QAbstractAxis;

namespace cs {

class DashboardChartView : public QChartView {
    Q_OBJECT

public:
    explicit DashboardChartView(const QString &title, QWidget *parent = nullptr);

signals:
    // A bar stood for these partners; `what` says which, for the partner list's banner.
    void partnersRequested(const QStringList &codes, const QString &what);

protected:
    void changeEvent(QEvent *event) override;
    // Called after fonts or palette change, and by subclasses after they change
    // series (which reset their colours).
    virtual void applyStyle();
    void styleAxis(QAbstractAxis *axis, const QString &title = {});
    void showTip(bool entered, const QString &text);
    QFont smallFont() const;

    QChart *m_chart;

private:
    QList<std::pair<QAbstractAxis *, QString>> m_axes;
};

} // namespace cs
