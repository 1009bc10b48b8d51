#include "ScorecardCli.h"

#include "CliSupport.h"
#include "report/KpiListing.h"
#include "storage/ScorecardStore.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

namespace cs {

using namespace cli;

void addKpiOptions(QCommandLineParser &parser)
{
    parser.addOptions({ dbOption(), formatOption(),
        { QStringLiteral("period"), Cli::tr("The quarter to score, e.g. 2026Q1."), Cli::tr("PERIOD") } });
}

int listKpis(QCommandLineParser &parser)
{
    if (int rc = checkFormat(parser))
        return rc;
    if (int rc = requireOption(parser, QStringLiteral("period")))
        return rc;
    QString error;
    const auto quarter = Quarter::parse(parser.value(QStringLiteral("period")), &error);
    if (!quarter)
        return usage(error);
    int rc = ExitOk;
    auto workbook = openDb(parser, false, &rc);
    if (!workbook)
        return rc;
    try {
        const ScorecardStore store(*workbook);
        QStringList problems;
        const KpiCatalogue catalogue = store.catalogue(&problems);
        for (const QString &problem : problems)
            err() << problem << Qt::endl;
        const QList<PartnerScore> scores = Scoring::score(
            catalogue, store.inputs(*quarter, catalogue), store.inputs(quarter->previous(), catalogue));
        return writeOutput(wantsJson(parser) ? KpiListing::json(scores) : KpiListing::csv(scores));
    } catch (const StorageError &e) {
        err() << e.message() << Qt::endl;
        return ExitRejected;
    }
}

} // namespace cs
