// The mentor list (导师): each internal mentor with the partners they look after
// and how many of those are on the watch list, most watched first. Activating a
// mentor asks for the channel table to show that mentor's partners.
#pragma once

#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace cs {

struct CapabilityOverview;

class MentorsPanel : public QWidget {
    Q_OBJECT

public:
    explicit MentorsPanel(QWidget *parent = nullptr);

    void setOverview(const CapabilityOverview &overview);
    QTableView *table() const { return m_table; }

signals:
    void mentorActivated(const QString &mentor);

private:
    QStandardItemModel *m_model;
    QTableView *m_table;
};

} // namespace cs
