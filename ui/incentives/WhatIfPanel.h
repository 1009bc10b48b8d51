// What-if for one partner: type a sales figure or drag the slider and see the
// achievement, band, every rebate line, the total and how far the next band is.
// Nothing is stored; the quarter's inputs are read once and settled in memory.
#pragma once

#include "domain/Quarter.h"
#include "incentive/Policy.h"
#include "incentive/SettlementInputs.h"
#include "money/Money.h"

#include <QWidget>

#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QSlider;
class QTableWidget;

namespace cs {

class WhatIfChart;
class WorkbookSession;

class WhatIfPanel : public QWidget {
    Q_OBJECT

public:
    explicit WhatIfPanel(WorkbookSession &session, QWidget *parent = nullptr);

    void setQuarter(Quarter quarter);
    void setPartner(qint64 partnerId);
    // Sets the sales figure as if typed (and moves the slider).
    void setSales(Money sales);

    // For tests and screenshots: what the panel shows now.
    QString totalText() const;
    QString nextBandText() const;
    QLineEdit *salesEdit() const { return m_salesEdit; }
    QSlider *salesSlider() const { return m_slider; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload(); // after the quarter, the partner or the workbook's incentives changed
    void partnerPicked();
    void salesTyped();
    void sliderMoved(int position);
    void recompute();
    void rescale(Money atLeast); // the slider's range and the curve
    void drawCurve();
    void showNothing(const QString &why);
    Money salesAt(int position) const;
    int positionOf(Money sales) const;

    WorkbookSession &m_session;
    Quarter m_quarter;
    qint64 m_partnerId = 0;

    // Read once per quarter (SettlementInputs) and per workbook change.
    std::optional<SettlementInputs> m_inputs;
    Quarter m_inputsQuarter;
    std::optional<IncentivePolicy> m_policy;
    int m_partnerIndex = -1; // into m_inputs->partners
    Money m_sales;
    Money m_sliderMax;
    bool m_syncing = false;
    bool m_stale = false; // the workbook changed while hidden: settle again when shown

    QLineEdit *m_partnerEdit;
    QCompleter *m_completer;
    QLabel *m_partnerInfo;
    QSlider *m_slider;
    QLineEdit *m_salesEdit;
    QLabel *m_salesError;
    QLabel *m_achievement;
    QTableWidget *m_lines;
    QLabel *m_total;
    QLabel *m_next;
    WhatIfChart *m_chart;
};

} // namespace cs
