#include "Cli.h"

#include "CliSupport.h"
#include "DashboardCli.h"
#include "IncentiveCli.h"
#include "ScorecardCli.h"
#include "TierCli.h"
#include "capability/CapabilityModel.h"
#include "demo/DemoWorkbook.h"
#include "i18n/Translations.h"
#include "import/Importer.h"
#include "report/CapabilityListing.h"
#include "report/PartnerListing.h"
#include "storage/PartnerRepository.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <climits>
#include <cstring>
#include <functional>

namespace cs {

using namespace cli;

namespace {

struct Command {
    const char *name;
    const char *summary; // translated at use, context "cs::Cli"
    std::function<int(QCommandLineParser &)> run;
    std::function<void(QCommandLineParser &)> options;
    bool takesFile = false; // a file name follows the options
};
QCommandLineOption dataOption()
{
    return { QStringLiteral("data"), Cli::tr("The folder with the demo spreadsheets."), Cli::tr("DIR") };
}

int listPartners(QCommandLineParser &parser)
{
    if (int rc = checkFormat(parser))
        return rc;
    int rc = ExitOk;
    auto workbook = openDb(parser, false, &rc);
    if (!workbook)
        return rc;
    const QList<Partner> partners = PartnerRepository(*workbook).all();
    return writeOutput(wantsJson(parser) ? partnersToJson(partners) : partnersToCsv(partners));
}

// Reads --db, --format and --as-of and computes the channel's capability model;
// returns an exit code other than ExitOk when it could not.
int capabilityOverview(QCommandLineParser &parser, CapabilityOverview *overview)
{
    if (int rc = checkFormat(parser))
        return rc;
    QDate asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QString text = parser.value(QStringLiteral("as-of"));
        asOf = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!asOf.isValid())
            return usage(Cli::tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
    }

    int rc = ExitOk;
    auto workbook = openDb(parser, false, &rc);
    if (!workbook)
        return rc;
    QStringList problems;
    const CapabilityRules rules = CapabilityRules::load(*workbook, &problems);
    for (const QString &problem : problems)
        err() << problem << Qt::endl;
    *overview = CapabilityModel::compute(*workbook, asOf, rules);
    return ExitOk;
}

int listCapability(QCommandLineParser &parser)
{
    CapabilityOverview overview;
    if (int rc = capabilityOverview(parser, &overview))
        return rc;
    // Said on stderr too, so a CSV reader learns why the gap columns are empty.
    if (!overview.benchmark)
        err() << overview.benchmarkNote << Qt::endl;
    return writeOutput(
        wantsJson(parser) ? CapabilityListing::json(overview) : CapabilityListing::csv(overview));
}

int listMentors(QCommandLineParser &parser)
{
    CapabilityOverview overview;
    if (int rc = capabilityOverview(parser, &overview))
        return rc;
    const QList<MentorLoad> loads = mentorLoads(overview);
    return writeOutput(
        wantsJson(parser) ? CapabilityListing::mentorsJson(loads) : CapabilityListing::mentorsCsv(loads));
}

int createWorkbook(QCommandLineParser &parser)
{
    if (int rc = requireOption(parser, QStringLiteral("db")))
        return rc;
    WorkbookError error;
    auto workbook = Workbook::create(parser.value(QStringLiteral("db")), &error);
    if (!workbook) {
        err() << error.message << Qt::endl;
        return ExitRejected;
    }
    out() << Cli::tr("Created %1").arg(QDir::toNativeSeparators(workbook->path())) << Qt::endl;
    return ExitOk;
}

int createDemo(QCommandLineParser &parser)
{
    if (int rc = requireOption(parser, QStringLiteral("db")))
        return rc;
    if (int rc = requireOption(parser, QStringLiteral("data")))
        return rc;
    QString error;
    int partners = 0;
    if (!DemoWorkbook::build(
            parser.value(QStringLiteral("data")), parser.value(QStringLiteral("db")), &error, &partners)) {
        err() << error << Qt::endl;
        return ExitRejected;
    }
    out() << Cli::tr("Created the demo workbook %1 with %n partner(s).", "", partners)
                 .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("db"))))
          << Qt::endl;
    return ExitOk;
}

int importFile(QCommandLineParser &parser)
{
    if (int rc = requireOption(parser, QStringLiteral("db")))
        return rc;
    if (int rc = requireOption(parser, QStringLiteral("kind")))
        return rc;
    const QString kindName = parser.value(QStringLiteral("kind"));
    const auto kind = ImportKinds::fromCode(kindName);
    if (!kind)
        return usage(
            Cli::tr("unknown kind “%1”; use partners, results, assessments or ledger.").arg(kindName));
    QStringList files = parser.positionalArguments();
    files.removeOne(QStringLiteral("import"));
    if (files.size() != 1)
        return usage(Cli::tr("name one file to import."));

    ImportSource source { files.front(), parser.value(QStringLiteral("sheet")), CsvReader::Encoding::Auto };
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = CsvReader::encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return usage(Cli::tr("unknown encoding “%1”; use utf-8, gb18030, utf-16le or utf-16be.")
                             .arg(parser.value(QStringLiteral("encoding"))));
        source.encoding = *encoding;
    }
    ImportOptions options;
    options.kind = *kind;
    options.validOnly = parser.isSet(QStringLiteral("valid-only"));
    options.rejectsPath = parser.value(QStringLiteral("rejects"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!options.rejectsPath.isEmpty() && !options.validOnly)
        return usage(Cli::tr("--rejects goes with --valid-only."));

    WorkbookError error;
    auto workbook = Workbook::open(parser.value(QStringLiteral("db")), &error);
    if (!workbook) {
        err() << error.message << Qt::endl;
        return ExitNotAWorkbook;
    }
    // Problems are printed as they are found, so a million-row file's list is not held in memory.
    options.onProblem = [](const ImportReport &report, const ImportProblem &problem) {
        out() << Importer::formatProblem(report, problem) << '\n';
    };
    const ImportReport result = Importer::run(*workbook, source, options);
    switch (result.outcome) {
    case ImportOutcome::Failed:
        err() << result.error << Qt::endl;
        // Nothing was written, and neither the file nor the workbook is at fault.
        return result.rejectsUnwritable ? ExitRejected : ExitNotAWorkbook;
    case ImportOutcome::Cancelled:
        return ExitRejected;
    case ImportOutcome::Rejected:
        if (!result.error.isEmpty()) {
            err() << result.error << Qt::endl;
            return ExitRejected;
        }
        break;
    case ImportOutcome::Committed:
    case ImportOutcome::Checked:
        break;
    }
    for (const int column : result.mapping.unmatchedColumns)
        err() << Cli::tr("Column %1 “%2” matches no field of %3 and was ignored.")
                     .arg(columnLetters(column), result.mapping.headers.value(column),
                         ImportKinds::label(*kind))
              << Qt::endl;
    for (const ImportChange &change : result.changes)
        out() << Importer::formatChange(result, change) << '\n';
    out() << Importer::summary(result.counts) << Qt::endl;
    if (result.outcome == ImportOutcome::Rejected)
        err() << Cli::tr("Nothing was imported: %n row(s) have problems. Fix them, or import the valid rows "
                         "with --valid-only.",
            "", int(std::min<qint64>(result.counts.rejected, INT_MAX)))
              << Qt::endl;
    if (result.outcome == ImportOutcome::Checked)
        err() << Cli::tr("Dry run: nothing was written.") << Qt::endl;
    if (!result.rejectsPath.isEmpty())
        err() << Cli::tr("Rejected rows written to %1").arg(QDir::toNativeSeparators(result.rejectsPath))
              << Qt::endl;
    if (!result.error.isEmpty())
        err() << result.error << Qt::endl;
    return result.outcome == ImportOutcome::Rejected ? ExitRejected : ExitOk;
}

void addCapabilityOptions(QCommandLineParser &p)
{
    p.addOptions({ dbOption(), formatOption(),
        { QStringLiteral("as-of"), Cli::tr("The date to judge at (default: today)."),
            Cli::tr("YYYY-MM-DD") } });
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        { "partners", QT_TRANSLATE_NOOP("cs::Cli", "List the partners of a workbook."), listPartners,
            [](QCommandLineParser &p) {
                p.addOptions({ dbOption(), formatOption() });
            } },
        { "capability",
            QT_TRANSLATE_NOOP(
                "cs::Cli", "List each partner's capability scores, gaps, stage and watch reasons."),
            listCapability, addCapabilityOptions },
        { "mentors",
            QT_TRANSLATE_NOOP(
                "cs::Cli", "List each mentor with their partners and how many are on the watch list."),
            listMentors, addCapabilityOptions },
        { "rebates",
            QT_TRANSLATE_NOOP("cs::Cli",
                "Settle rebates for a quarter or a year: one row per partner with each component and the "
                "total."),
            listRebates, addRebateOptions },
        { "close",
            QT_TRANSLATE_NOOP(
                "cs::Cli", "Close a quarter: freeze its statements; later corrections become adjustments."),
            closeQuarter, addCloseOptions },
        { "kpis",
            QT_TRANSLATE_NOOP("cs::Cli",
                "Score a quarter's scorecards: one row per partner with the overall score, grade, rank and "
                "family scores."),
            listKpis, addKpiOptions },
        { "scorecards",
            QT_TRANSLATE_NOOP("cs::Cli",
                "Print a quarter's scorecards to PDF: one file with a page per partner, or a file per "
                "partner."),
            printScorecards, addScorecardOptions },
        { "dashboard",
            QT_TRANSLATE_NOOP("cs::Cli",
                "Show a quarter's or a year's dashboard: each tile's figure against its target, and the "
                "charts' data."),
            showDashboard, addDashboardOptions },
        { "tiers",
            QT_TRANSLATE_NOOP("cs::Cli",
                "Review a quarter's tiers: the proposed promotions and demotions with their reasons; --apply "
                "confirms them."),
            reviewTiers, addTierOptions },
        { "new", QT_TRANSLATE_NOOP("cs::Cli", "Create an empty workbook."), createWorkbook,
            [](QCommandLineParser &p) {
                p.addOption(dbOption());
            } },
        { "demo", QT_TRANSLATE_NOOP("cs::Cli", "Create the demo workbook from the spreadsheets in a folder."),
            createDemo,
            [](QCommandLineParser &p) {
                p.addOptions({ dataOption(), dbOption() });
            } },
        { "import", QT_TRANSLATE_NOOP("cs::Cli", "Import a spreadsheet (.xlsx, .csv) into a workbook."),
            importFile,
            [](QCommandLineParser &p) {
                p.addOptions({ dbOption(),
                    { QStringLiteral("kind"),
                        Cli::tr("What the file holds: partners, results, assessments or ledger."),
                        Cli::tr("KIND") },
                    { QStringLiteral("sheet"),
                        Cli::tr("The sheet to read (.xlsx; default: the first with data)."),
                        Cli::tr("NAME") },
                    { QStringLiteral("encoding"),
                        Cli::tr("The text encoding (.csv; default: detected): utf-8, gb18030, utf-16le, "
                                "utf-16be."),
                        Cli::tr("NAME") },
                    { QStringLiteral("valid-only"),
                        Cli::tr("Import the valid rows and write the others to a rejects file.") },
                    { QStringLiteral("rejects"),
                        Cli::tr("Where the rejected rows go (default: FILE.rejects.csv beside the file)."),
                        Cli::tr("FILE") },
                    { QStringLiteral("dry-run"), Cli::tr("Check everything, write nothing.") } });
                p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The spreadsheet to import."));
            },
            true },
    };
    return list;
}

QString overallHelp()
{
    QString text = Cli::tr("Channel Station %1 — the channel partner workstation.\n\n"
                           "Usage:\n"
                           "  channelstation [--lang zh_CN|en] [WORKBOOK]   open the window\n"
                           "  channelstation COMMAND [OPTIONS]             run a job without the window\n\n"
                           "Commands:\n")
                       .arg(QStringLiteral(CS_VERSION));
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(12),
                        QCoreApplication::translate("cs::Cli", c.summary));
    text += Cli::tr("\n“channelstation COMMAND --help” shows a command's options.\n\n"
                    "Exit codes: 0 success, 1 input rejected (nothing written), 2 usage error, "
                    "3 the file cannot be opened as a workbook.\n");
    return text;
}

} // namespace

namespace {

// "--lang X": the next argument is the option's value, not a command or a file.
bool valueFollows(const char *argument)
{
    return !std::strcmp(argument, "--lang") || !std::strcmp(argument, "-lang");
}

} // namespace

const char *Cli::commandWord(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (valueFollows(argv[i]))
            ++i;
        else if (argv[i][0] != '-')
            return argv[i];
    }
    return nullptr;
}

bool Cli::wantsCommandLine(int argc, char **argv)
{
    // The window takes only "[--lang X] [WORKBOOK]"; anything else is a command
    // line, so that a mistyped command fails with a usage message, not a window.
    int positional = 0;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (valueFollows(a)) {
            ++i;
            continue;
        }
        if (!std::strncmp(a, "--lang=", 7))
            continue;
        if (a[0] == '-' && a[1] != '\0')
            return true;
        for (const Command &c : commands())
            if (!std::strcmp(a, c.name))
                return true;
        ++positional;
    }
    return positional > 1;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Interface language: zh_CN or en."), tr("LANG"));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") }, tr("Show the version."));
    parser.addOptions({ lang, help, version });
    parser.addPositionalArgument(QStringLiteral("command"), tr("The job to run."));

    // First pass: find the command and the language before the command's own options are known.
    const bool understood = parser.parse(arguments);
    if (parser.isSet(lang)
        && installTranslations(*QCoreApplication::instance(), parser.value(lang)).isEmpty())
        return usage(tr("unknown language “%1”; use zh_CN or en.").arg(parser.value(lang)));
    else if (!parser.isSet(lang))
        installTranslations(*QCoreApplication::instance(), {});

    // The command's own options are not known yet, so their values may look like
    // words here ("--db a.cwb partners"): the command is the first word that names one.
    const QStringList words = parser.positionalArguments();
    const Command *command = nullptr;
    for (const QString &word : words)
        for (const Command &c : commands())
            if (!command && word == QLatin1String(c.name))
                command = &c;

    if (!command) {
        if (parser.isSet(version)) {
            out() << QStringLiteral("channelstation %1").arg(QStringLiteral(CS_VERSION)) << Qt::endl;
            return ExitOk;
        }
        if (!understood)
            return usage(parser.errorText());
        if (parser.isSet(help) || words.isEmpty()) {
            out() << overallHelp();
            return ExitOk;
        }
        return usage(tr("unknown command “%1”.").arg(words.front()));
    }

    command->options(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out() << QCoreApplication::translate("cs::Cli", command->summary) << Qt::endl
              << Qt::endl
              << parser.helpText();
        return ExitOk;
    }
    for (const QString &word : parser.positionalArguments())
        if (word != QLatin1String(command->name) && !command->takesFile)
            return usage(tr("unexpected argument “%1”.").arg(word));
    try {
        return command->run(parser);
    } catch (const StorageError &e) {
        err() << e.message() << Qt::endl;
        return ExitRejected;
    }
}

} // namespace cs
