#include "IncentiveCli.h"

#include "CliSupport.h"
#include "incentive/Settlement.h"
#include "report/RebateListing.h"
#include "storage/IncentiveBook.h"
#include "storage/ResultQuarters.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QDir>

namespace cs {

using namespace cli;

namespace {

QCommandLineOption periodOption(const QString &description)
{
    return { QStringLiteral("period"), description, Cli::tr("PERIOD") };
}

// "2026" is a year; anything else must be a quarter.
struct Period {
    std::optional<Quarter> quarter;
    int year = 0;
};

int readPeriod(QCommandLineParser &parser, bool yearAllowed, Period *period)
{
    if (int rc = requireOption(parser, QStringLiteral("period")))
        return rc;
    const QString text = parser.value(QStringLiteral("period")).trimmed();
    bool isYear = false;
    const int year = text.toInt(&isYear);
    if (isYear && text.size() == 4) {
        if (!yearAllowed)
            return usage(Cli::tr("close takes a quarter such as %1Q1, not a year.").arg(year));
        period->year = year;
        return ExitOk;
    }
    QString error;
    period->quarter = Quarter::parse(text, &error);
    if (!period->quarter)
        return usage(error);
    return ExitOk;
}

// The statements of one quarter: frozen when closed, unless --preview asks what
// settling it now would give.
QList<PartnerStatement> statementsOf(const IncentiveBook &book, Quarter quarter, bool preview)
{
    const SettlementRun run = book.run(quarter);
    if (!run.closed) {
        err() << Cli::tr("%1 is open: this is a preview, nothing is stored.").arg(quarter.toString())
              << Qt::endl;
        return run.statements;
    }
    if (!preview) {
        err() << Cli::tr("%1 was closed on %2: these are its frozen statements.")
                     .arg(quarter.toString(), run.closedAt.toLocalTime().toString(Qt::ISODate))
              << Qt::endl;
        return run.statements;
    }
    err() << Cli::tr("%1 is closed; --preview settles it again with today's data (nothing is stored).")
                 .arg(quarter.toString())
          << Qt::endl;
    return Settlement::settle(run.policy, book.loadInputs({ quarter }), quarter);
}

} // namespace

void addRebateOptions(QCommandLineParser &parser)
{
    parser.addOptions({ dbOption(), formatOption(),
        periodOption(
            Cli::tr("A quarter (2026Q1) or a year (2026): the year sums its quarters that are closed "
                    "or have results.")),
        { QStringLiteral("preview"),
            Cli::tr(
                "Settle closed quarters again with today's data instead of showing what was frozen.") } });
}

int listRebates(QCommandLineParser &parser)
{
    if (int rc = checkFormat(parser))
        return rc;
    Period period;
    if (int rc = readPeriod(parser, true, &period))
        return rc;
    int rc = ExitOk;
    auto workbook = openDb(parser, false, &rc);
    if (!workbook)
        return rc;
    const bool preview = parser.isSet(QStringLiteral("preview"));
    try {
        const IncentiveBook book(*workbook);
        if (book.policies().versions().isEmpty()) {
            err() << Cli::tr(
                "The workbook has no incentive policy yet. Open it in the workstation (Incentives), "
                "or close a quarter with “channelstation close”: either stores the default policy.")
                  << Qt::endl;
            return ExitRejected;
        }
        QList<RebateRow> rows;
        if (period.quarter) {
            rows = RebateListing::quarterRows(statementsOf(book, *period.quarter, preview));
        } else {
            QList<Quarter> quarters;
            for (int q = 1; q <= 4; ++q)
                quarters << Quarter(period.year, q);
            const SettlementInputs inputs = book.loadInputs(quarters);
            QList<QList<PartnerStatement>> settled;
            for (Quarter quarter : quarters) {
                const bool hasResults = std::any_of(inputs.partners.cbegin(), inputs.partners.cend(),
                    [&](const PartnerFacts &p) { return p.results.contains(quarter); });
                if (hasResults || book.isClosed(quarter))
                    settled << statementsOf(book, quarter, preview);
            }
            // Quarters settled again with today's data already hold their corrections:
            // the adjustments later quarters carry for them would count them twice.
            if (preview) {
                for (QList<PartnerStatement> &statements : settled)
                    for (PartnerStatement &st : statements)
                        st.lines.removeIf([&](const StatementLine &line) {
                            return line.component == Component::Adjustment
                                && line.source.year() == period.year && book.isClosed(line.source);
                        });
            }
            if (settled.isEmpty()) {
                err()
                    << Cli::tr("%1 has no results and no closed quarter: nothing to settle.").arg(period.year)
                    << Qt::endl;
                return ExitRejected;
            }
            rows = RebateListing::yearRows(settled, period.year);
        }
        return writeOutput(wantsJson(parser) ? RebateListing::json(rows) : RebateListing::csv(rows));
    } catch (const StorageError &e) {
        err() << e.message() << Qt::endl;
        return ExitRejected;
    }
}

void addCloseOptions(QCommandLineParser &parser)
{
    parser.addOptions({ dbOption(), periodOption(Cli::tr("The quarter to close, e.g. 2026Q1.")),
        { QStringLiteral("note"), Cli::tr("Why or by whom it was closed; kept with the closing."),
            Cli::tr("TEXT") } });
}

int closeQuarter(QCommandLineParser &parser)
{
    Period period;
    if (int rc = readPeriod(parser, false, &period))
        return rc;
    int rc = ExitOk;
    auto workbook = openDb(parser, true, &rc);
    if (!workbook)
        return rc;
    try {
        IncentiveBook book(*workbook);
        if (book.policies().versions().isEmpty()) {
            // Settled from the first quarter with results, as the window does.
            const Quarter from =
                std::min(quartersWithResults(*workbook).value(0, *period.quarter), *period.quarter);
            book.ensurePolicy(from);
            out() << Cli::tr("Stored the default incentive policy, in force from %1.").arg(from.toString())
                  << Qt::endl;
        }
        book.close(*period.quarter, parser.value(QStringLiteral("note")));
        const SettlementRun run = book.run(*period.quarter);
        Money total;
        int exceptions = 0;
        for (const PartnerStatement &st : run.statements) {
            total += st.total();
            exceptions += st.isException() ? 1 : 0;
        }
        out() << Cli::tr("Closed %1: %n statement(s), total %2.", "", int(run.statements.size()))
                     .arg(period.quarter->toString(), total.toString())
              << Qt::endl;
        if (exceptions > 0)
            out() << Cli::tr("%n statement(s) are exceptions; see “channelstation rebates”.", "", exceptions)
                  << Qt::endl;
        return ExitOk;
    } catch (const StorageError &e) {
        err() << e.message() << Qt::endl;
        return ExitRejected;
    }
}

} // namespace cs
