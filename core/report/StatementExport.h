// A quarter's incentive statements as files a manager hands on: CSV with one row per
// partner (as the Incentives view's table), and Excel with that table plus every line.
#pragma once

#include "incentive/StatementLine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

class StatementExport {
    Q_DECLARE_TR_FUNCTIONS(cs::StatementExport)

public:
    // The partner table's column titles, in the UI language.
    static QStringList partnerHeaders();
    // One partner's row: amounts in yuan with two decimals, achievement and band rate
    // as percentages with two decimals, empty cells where there is no value, the
    // exceptions' labels joined with "; ".
    static QStringList partnerRow(const PartnerStatement &statement);
    // The partner table as CSV (UTF-8 with BOM, formula-like text neutralised).
    static QByteArray csv(const QList<PartnerStatement> &statements);

    // Both write to a temporary file beside `path` and rename it into place, so a
    // failure leaves neither a half-written file nor a damaged older one. False with a
    // message naming the file in *error.
    static bool writeCsv(const QList<PartnerStatement> &statements, const QString &path, QString *error);
    // Sheet 1 the partner table, sheet 2 every line with its explanation (exceptions as
    // lines of their own). Amounts are numbers in yuan shown with two decimals; text
    // that would start a formula is stored as text with an apostrophe in front, as in CSV.
    static bool writeXlsx(const QList<PartnerStatement> &statements, const QString &path, QString *error);
};

} // namespace cs
