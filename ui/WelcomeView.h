// What the window shows with no workbook open: create one, open one, or pick
// one of the recent workbooks.
#pragma once

#include <QWidget>

class QListWidget;

namespace cs {

class WelcomeView : public QWidget {
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);
    void refresh();

signals:
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace cs
