// Every rule of an incentive policy as a form in three tabs (achievement and
// growth; special rebates and discounts; co-funding, penalties and budget), with
// what the user typed that cannot be read listed in words.
#pragma once

#include "incentive/Policy.h"

#include <QStringList>
#include <QTabWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace cs {

class BandsEditor;

class PolicyForm : public QTabWidget {
    Q_OBJECT

public:
    explicit PolicyForm(QWidget *parent = nullptr);

    // The ledger's product lines, offered for special rebates (others may be typed).
    void setProductLines(const QStringList &lines);
    void load(const IncentivePolicy &policy);
    // `base` with the form's rules; id, effective quarter, note and stamps are kept.
    // Fields that cannot be read keep base's value: check inputProblems() first.
    IncentivePolicy rules(const IncentivePolicy &base) const;
    // Fields that cannot be read, one sentence each (policyProblems() judges the rest).
    QStringList inputProblems() const;

    BandsEditor *achievementBands() const { return m_achievement; }
    BandsEditor *growthBands() const { return m_growth; }
    QLineEdit *cashDiscountEdit() const { return m_cashDiscount; }

signals:
    void changed();

private:
    QWidget *buildBandsTab();
    QWidget *buildSpecialsTab();
    QWidget *buildSupportTab();
    void addSpecial(const SpecialRebate &special);
    void edited();

    bool m_loading = false;
    QStringList m_productLines;
    BandsEditor *m_achievement = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_cadence = nullptr;
    BandsEditor *m_growth = nullptr;
    QTableWidget *m_specials = nullptr;
    QLineEdit *m_newCustomerBonus = nullptr;
    QLineEdit *m_cashDiscount = nullptr;
    QList<QLineEdit *> m_coFunding; // by Tier
    QList<QComboBox *> m_penaltyHow; // by PenaltyKind: fixed amount or forfeited share
    QList<QLineEdit *> m_penaltyValue;
    QLineEdit *m_budget = nullptr;
};

} // namespace cs
