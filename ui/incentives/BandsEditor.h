// Edits a list of rate bands (achievement or growth): a small table of from %,
// to % (empty: "and above") and rate %, with the problems bandProblems() finds
// listed in words under it while the user types.
#pragma once

#include "incentive/Band.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace cs {

class BandsEditor : public QWidget {
    Q_OBJECT

public:
    explicit BandsEditor(QWidget *parent = nullptr);

    // The bands as typed, sorted by lower bound. A cell that does not read as a
    // rate makes the list unusable: see problems().
    Bands bands() const;
    void setBands(const Bands &bands);
    // bandProblems() of bands(), preceded by any cell that could not be read.
    QStringList problems() const;
    // Only the cells that cannot be read as a rate, one sentence each.
    QStringList unreadableCells() const;
    bool isValid() const { return problems().isEmpty(); }

signals:
    void changed();

private:
    void addRow();
    void removeRow();
    void cellEdited(QTableWidgetItem *item);
    void showProblems();
    void appendRow(const QString &from, const QString &to, const QString &rate);
    // Reads the table; *unreadable gets a sentence per cell that is not a rate.
    Bands readBands(QStringList *unreadable) const;

    QTableWidget *m_table;
    QPushButton *m_remove;
    QLabel *m_problems;
    bool m_loading = false;
};

} // namespace cs
