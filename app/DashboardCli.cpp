#include "DashboardCli.h"

#include "CliSupport.h"
#include "report/DashboardListing.h"
#include "storage/DashboardStore.h"
#include "storage/Workbook.h"

namespace cs {

using namespace cli;

void addDashboardOptions(QCommandLineParser &parser)
{
    parser.addOptions({ dbOption(),
        { QStringLiteral("format"), Cli::tr("Output format: text (default) or json."), Cli::tr("FORMAT"),
            QStringLiteral("text") },
        { QStringLiteral("period"),
            Cli::tr("A quarter (2026Q3) or a year (2026); default: the quarter before today's."),
            Cli::tr("PERIOD") },
        { QStringLiteral("today"), Cli::tr("Judge as if today were this day (default: today)."),
            Cli::tr("YYYY-MM-DD") } });
}

int showDashboard(QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(Cli::tr("unknown format “%1”; use text or json.").arg(format));

    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        const QString text = parser.value(QStringLiteral("today"));
        today = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!today.isValid())
            return usage(Cli::tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
    }
    DashboardPeriod period = DashboardPeriod::ofQuarter(Quarter::containing(today).previous());
    if (parser.isSet(QStringLiteral("period"))) {
        QString error;
        const auto parsed = DashboardPeriod::parse(parser.value(QStringLiteral("period")), &error);
        if (!parsed)
            return usage(error);
        period = *parsed;
    }

    int rc = ExitOk;
    auto workbook = openDb(parser, false, &rc);
    if (!workbook)
        return rc;
    const DashboardFigures figures = DashboardStore(*workbook).load(period, today);
    return writeOutput(
        format == QLatin1String("json") ? DashboardListing::json(figures) : DashboardListing::text(figures));
}

} // namespace cs
