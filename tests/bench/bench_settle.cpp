// Measures settling the whole channel: 2,000 partners × 8 quarters, read from the
// workbook and settled, against the goal of 0.2 s. The workbook is the demo
// (2,000 partners, results 2025Q1–2026Q3, ledger, penalties, MDF) plus a copy of
// 2025Q4's results as 2026Q4, so eight quarters have results.
//   bench_settle DATA_DIR WORKDIR
// Prints each figure next to its goal; exits non-zero only when it cannot measure.
#include "demo/DemoWorkbook.h"
#include "incentive/Settlement.h"
#include "storage/IncentiveBook.h"
#include "storage/Sql.h"
#include "storage/Workbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace cs;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 3) {
        out << "usage: bench_settle DATA_DIR WORKDIR\n";
        return 2;
    }
    const QString path = QDir(QString::fromLocal8Bit(argv[2])).filePath(QStringLiteral("bench-settle.cwb"));
    QString error;
    if (!DemoWorkbook::build(QString::fromLocal8Bit(argv[1]), path, &error)) {
        out << "cannot build the demo workbook: " << error << '\n';
        return 1;
    }
    {
        WorkbookError openError;
        auto workbook = Workbook::open(path, &openError);
        if (!workbook) {
            out << openError.message << '\n';
            return 1;
        }
        sql::exec(workbook->database(),
            QStringLiteral("INSERT INTO results (partner_id, quarter, sales_target, actual_sales, collections, "
                           "new_customers, satisfaction_num, satisfaction_den, visits_30d, remarks, updated_at) "
                           "SELECT partner_id, '2026Q4', sales_target * 11 / 10, actual_sales * 23 / 20, "
                           "collections, new_customers, satisfaction_num, satisfaction_den, visits_30d, remarks, "
                           "updated_at FROM results WHERE quarter = '2025Q4'"));
    }

    QList<Quarter> quarters;
    for (Quarter q(2025, 1); q <= Quarter(2026, 4); q = q.next())
        quarters << q;

    constexpr int runs = 5;
    qint64 best = std::numeric_limits<qint64>::max();
    qsizetype statements = 0;
    Money total;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        WorkbookError openError;
        auto workbook = Workbook::openReadOnly(path, &openError);
        const IncentiveBook book(*workbook);
        const PolicyHistory policies = book.policies();
        const SettlementInputs inputs = book.loadInputs(quarters);
        statements = 0;
        total = Money();
        for (Quarter q : quarters) {
            const IncentivePolicy *policy = policies.inForce(q);
            const IncentivePolicy fallback = defaultPolicy(q);
            const QList<PartnerStatement> settled = Settlement::settle(policy ? *policy : fallback, inputs, q);
            statements += settled.size();
            for (const PartnerStatement &st : settled)
                total += st.total();
        }
        best = std::min(best, timer.nsecsElapsed());
    }
    const double seconds = double(best) / 1e9;
    out << QStringLiteral("settle 8 quarters: %1 statements, total %2, best of %3: %4 s   goal < 0.2 s   %5\n")
               .arg(statements)
               .arg(total.toString())
               .arg(runs)
               .arg(seconds, 0, 'f', 3)
               .arg(seconds < 0.2 ? QStringLiteral("met") : QStringLiteral("MISSED"));

    // The Incentives view's path: one quarter through IncentiveBook::run (inputs, settle, adjustments).
    WorkbookError openError;
    auto workbook = Workbook::openReadOnly(path, &openError);
    const IncentiveBook book(*workbook);
    qint64 bestRun = std::numeric_limits<qint64>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const SettlementRun settled = book.run(Quarter(2026, 3));
        bestRun = std::min(bestRun, timer.nsecsElapsed());
        Q_UNUSED(settled)
    }
    out << QStringLiteral("one quarter through IncentiveBook::run: %1 s   (the view's refresh; reference < 0.1 s)\n")
               .arg(double(bestRun) / 1e9, 0, 'f', 3);
    return 0;
}
