#include "ScorecardCli.h"

#include "CliSupport.h"
#include "print/ScorecardPdf.h"
#include "report/KpiListing.h"
#include "scorecard/ScorecardCard.h"
#include "storage/ScorecardStore.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

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

void addScorecardOptions(QCommandLineParser &parser)
{
    parser.addOptions({ dbOption(),
        { QStringLiteral("period"), Cli::tr("The quarter to print, e.g. 2026Q1."), Cli::tr("PERIOD") },
        { QStringLiteral("partner"), Cli::tr("Print this partner (repeat for more; default: all)."),
            Cli::tr("CODE") },
        { QStringLiteral("tier"), Cli::tr("Only partners of this tier."), Cli::tr("TIER") },
        { QStringLiteral("region"), Cli::tr("Only partners of this region."), Cli::tr("REGION") },
        { QStringLiteral("watch-list"), Cli::tr("Only partners on the watch list.") },
        { QStringLiteral("out"),
            Cli::tr("FILE.pdf for one PDF with a page per partner, or a folder for one PDF per partner."),
            Cli::tr("FILE.pdf|DIR") } });
}

int printScorecards(QCommandLineParser &parser)
{
    if (int rc = requireOption(parser, QStringLiteral("period")))
        return rc;
    if (int rc = requireOption(parser, QStringLiteral("out")))
        return rc;
    QString error;
    const auto quarter = Quarter::parse(parser.value(QStringLiteral("period")), &error);
    if (!quarter)
        return usage(error);
    ScorecardFilter filter;
    filter.codes = parser.values(QStringLiteral("partner"));
    if (parser.isSet(QStringLiteral("tier"))) {
        const QString text = parser.value(QStringLiteral("tier"));
        filter.tier = parseChoice<Tier>(text);
        if (!filter.tier)
            return usage(Cli::tr("“%1” is not a tier.").arg(text));
    }
    filter.region = parser.value(QStringLiteral("region")).trimmed();
    filter.watchListOnly = parser.isSet(QStringLiteral("watch-list"));

    int rc = ExitOk;
    auto workbook = openDb(parser, false, &rc);
    if (!workbook)
        return rc;
    QElapsedTimer timer;
    timer.start();
    QList<ScorecardCard> cards;
    try {
        cards = ScorecardBook(*workbook).cards(*quarter, filter);
    } catch (const StorageError &e) {
        err() << e.message() << Qt::endl;
        return ExitRejected;
    }
    if (cards.isEmpty()) {
        err() << Cli::tr("No partner matches: nothing to print.") << Qt::endl;
        return ExitRejected;
    }
    const ReportBranding branding = ReportPage::branding(*workbook);
    const QString target = parser.value(QStringLiteral("out"));
    const bool onePdf = target.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    int pages = 0;
    if (onePdf) {
        if (ScorecardPdf::writeOne(target, cards, branding, {}, &error))
            pages = int(cards.size());
    } else {
        pages = ScorecardPdf::writeEach(target, cards, branding, {}, &error);
    }
    if (pages < cards.size()) {
        err() << error << Qt::endl;
        return ExitRejected;
    }
    out() << Cli::tr("Wrote %n page(s) to %1 in %2 s", "", pages)
                 .arg(QDir::toNativeSeparators(target), QString::number(timer.elapsed() / 1000.0, 'f', 2))
          << Qt::endl;
    return ExitOk;
}

} // namespace cs
