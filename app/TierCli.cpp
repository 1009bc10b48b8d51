#include "TierCli.h"

#include "CliSupport.h"
#include "report/TierListing.h"
#include "storage/StorageError.h"
#include "storage/TierStore.h"
#include "storage/Workbook.h"

namespace cs {

using namespace cli;

namespace {

// Who confirms when --by is not given: the login, as the audit trail of the
// window's other writes would name its user.
QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.trimmed().isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.trimmed();
}

} // namespace

void addTierOptions(QCommandLineParser &parser)
{
    parser.addOptions({ dbOption(), formatOption(),
        { QStringLiteral("period"),
            Cli::tr(
                "The quarter reviewed, e.g. 2026Q3; confirmed changes take effect from the next quarter."),
            Cli::tr("PERIOD") },
        { QStringLiteral("all"), Cli::tr("List every partner reviewed, not only the proposed changes.") },
        { QStringLiteral("apply"), Cli::tr("Confirm every proposed change.") },
        { QStringLiteral("by"), Cli::tr("Who confirms the changes (default: the login name)."),
            Cli::tr("NAME") } });
}

int reviewTiers(QCommandLineParser &parser)
{
    if (int rc = checkFormat(parser))
        return rc;
    if (int rc = requireOption(parser, QStringLiteral("period")))
        return rc;
    QString error;
    const auto quarter = Quarter::parse(parser.value(QStringLiteral("period")), &error);
    if (!quarter)
        return usage(error);
    const bool apply = parser.isSet(QStringLiteral("apply"));
    const QString by =
        parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")).trimmed() : loginName();
    if (apply && by.isEmpty())
        return usage(Cli::tr("Name who confirms the changes with --by."));
    if (!apply && parser.isSet(QStringLiteral("by")))
        return usage(Cli::tr("--by names who confirms with --apply; without --apply nothing is confirmed."));

    int rc = ExitOk;
    auto workbook = openDb(parser, apply, &rc);
    if (!workbook)
        return rc;
    try {
        TierStore store(*workbook);
        QStringList problems;
        const QList<TierEvaluation> evaluations = store.review(*quarter, &problems);
        for (const QString &problem : problems)
            err() << problem << Qt::endl;
        QList<TierEvaluation> proposals;
        for (const TierEvaluation &e : evaluations)
            if (e.isChange())
                proposals.append(e);
        if (apply && !proposals.isEmpty()) {
            QList<TierDecision> decisions;
            for (const TierEvaluation &e : proposals)
                decisions.append({ e.inputs.partnerId, e.proposedTier, e.reason });
            store.confirm(decisions, *quarter, by);
        }
        const QList<TierEvaluation> &listed = parser.isSet(QStringLiteral("all")) ? evaluations : proposals;
        rc = writeOutput(wantsJson(parser) ? TierListing::json(listed) : TierListing::csv(listed));
        // On standard error, so that the listing on standard output stays a clean file.
        if (apply)
            err() << (proposals.isEmpty()
                    ? Cli::tr("No tier change to confirm for %1.").arg(quarter->toString())
                    : Cli::tr("Confirmed %n tier change(s) from the review of %1, effective from %2, by %3.",
                        "", int(proposals.size()))
                          .arg(quarter->toString(), quarter->next().toString(), by))
                  << Qt::endl;
        return rc;
    } catch (const StorageError &e) {
        err() << e.message() << Qt::endl;
        return ExitRejected;
    }
}

} // namespace cs
