// Words and colours the incentive record lists share: a penalty's amount as the rule
// that decides it, an MDF state's colour, and the co-funding of a payment explained.
#pragma once

#include "domain/Partner.h"
#include "incentive/IncentiveRecords.h"
#include "incentive/Policy.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cs {

class RecordTexts {
    Q_DECLARE_TR_FUNCTIONS(cs::RecordTexts)

public:
    // The recorded amount, or the rule of the policy in force for the penalty's
    // quarter in words: "forfeits 50 % of the quarter's rebates", "¥5,000.00".
    static QString penaltyAmount(const PenaltyRecord &penalty, const PolicyHistory &policies);
    // "Claim ¥X × 70 % (Diamond) = ¥Y; capped by the approved ¥Z".
    static QString coFunding(
        const CoFunding &funding, Money claim, qint64 shareBp, std::optional<Tier> tier, Money approved);
    static QColor stateColour(MdfState state);
    static QString dateText(QDate date);
    static QString timeText(const QDateTime &utc); // local time, minutes
};

} // namespace cs
