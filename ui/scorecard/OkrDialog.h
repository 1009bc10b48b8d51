// Edits one partner's OKRs and improvement note for a quarter: objectives with their
// key results in a tree, numbers typed as plain decimals and kept exact.
#pragma once

#include "domain/Quarter.h"
#include "scorecard/Okr.h"

#include <QDialog>

#include <optional>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cs {

class WorkbookSession;

class OkrDialog : public QDialog {
    Q_OBJECT

public:
    OkrDialog(WorkbookSession &session, qint64 partnerId, Quarter quarter, const QString &partnerName,
        QWidget *parent = nullptr);

    // What the tree holds now; none (with *problem set) when a number does not parse.
    std::optional<QList<Objective>> objectives(QString *problem = nullptr) const;
    QString note() const;

    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QTreeWidgetItem *addObjective(const Objective &objective = {});
    QTreeWidgetItem *addKeyResult(QTreeWidgetItem *objective, const KeyResult &keyResult = {});
    void removeSelected();

    void accept() override;

private:
    void updateButtons();

    WorkbookSession &m_session;
    qint64 m_partnerId;
    Quarter m_quarter;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_note;
    QPushButton *m_addKeyResult;
    QPushButton *m_remove;
};

} // namespace cs
