#include "storage/ResultQuarters.h"

#include "storage/Sql.h"
#include "storage/Workbook.h"

#include <QSqlQuery>

namespace cs {

QList<Quarter> quartersWithResults(Workbook &workbook)
{
    QList<Quarter> quarters;
    // The stored form "2026Q1" sorts chronologically as text.
    QSqlQuery q = sql::run(
        workbook.database(), QStringLiteral("SELECT DISTINCT quarter FROM results ORDER BY quarter"));
    while (q.next())
        if (const auto quarter = Quarter::parse(q.value(0).toString()))
            quarters.append(*quarter);
    return quarters;
}

} // namespace cs
