// Enters the values of the KPIs the catalogue says are entered per partner (profit
// margin, repurchase, on-time delivery by default) for one partner and quarter: actual
// and target typed in the KPI's unit, read back as understood, saved in one transaction.
#pragma once

#include "domain/Quarter.h"
#include "scorecard/Kpi.h"
#include "scorecard/Scoring.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cs {

class WorkbookSession;

class KpiEntriesDialog : public QDialog {
    Q_OBJECT

public:
    KpiEntriesDialog(WorkbookSession &session, qint64 partnerId, Quarter quarter, const QString &partnerName,
        QWidget *parent = nullptr);

    // The KPI codes with a row, in catalogue order.
    QStringList codes() const;
    QLineEdit *actualEdit(const QString &code) const;
    QLineEdit *targetEdit(const QString &code) const;
    QLabel *readingLabel(const QString &code) const;
    // Every value as typed, by KPI code (neither actual nor target: the entry goes);
    // none while a cell does not read.
    std::optional<QHash<QString, KpiValue>> values() const;
    // One sentence per cell that does not read, naming the KPI.
    QStringList problems() const;
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

private:
    struct Row {
        KpiDefinition kpi;
        KpiValue stored; // as read when the dialog opened
        QLineEdit *actual = nullptr;
        QLineEdit *target = nullptr;
        QLabel *reading = nullptr;
    };

    QWidget *buildTable();
    const Row *rowOf(const QString &code) const;
    // The cell's value: none when empty; the stored value when its text is unchanged,
    // so a value that shows rounded is not rewritten; *error when it does not read.
    std::optional<Ratio> read(
        const Row &row, const QLineEdit *edit, const std::optional<Ratio> &stored, QString *error) const;
    void validate();

    WorkbookSession &m_session;
    qint64 m_partnerId;
    Quarter m_quarter;
    QList<Row> m_rows;
    QLabel *m_problems;
    QPushButton *m_ok = nullptr;
};

} // namespace cs
