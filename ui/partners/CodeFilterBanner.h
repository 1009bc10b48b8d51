// The strip above the partner table while it shows a set of partners another view
// chose (a dashboard bar or tile): says how many and which, and clears it.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace cs {

class CodeFilterBanner : public QFrame {
    Q_OBJECT

public:
    explicit CodeFilterBanner(QWidget *parent = nullptr);

    // "Showing 12 partners from the dashboard: <what>"; shows the banner.
    void showFor(int count, const QString &what);
    QString text() const;
    QPushButton *clearButton() const { return m_clear; }

signals:
    void clearRequested();

private:
    QLabel *m_label;
    QPushButton *m_clear;
};

} // namespace cs
