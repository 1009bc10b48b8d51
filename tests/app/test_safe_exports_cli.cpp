// The command line's exports, safe as the window's: a partner whose code, name and
// mentor would run as spreadsheet formulas comes out neutralised in every CSV
// listing, and the files it writes (scorecard PDFs, rejects lists) are whole or absent.
#include "CliRun.h"
#include "TestSupport.h"
#include "TinyDisk.h"
#include "import/CsvReader.h"
#include "storage/PartnerRepository.h"
#include "storage/Workbook.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

using namespace cs;

namespace {

const QString hostile = QStringLiteral(R"(=HYPERLINK("http://example.invalid","x"))");
const QString neutralised = QLatin1Char('\'') + hostile;

using test::Run;

bool formulaLike(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?\d+(\.\d+)?$)"));
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    const bool trigger = c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
    return trigger && !number.match(text).hasMatch();
}

// Every field of a CSV listing, read back as a spreadsheet program would.
QStringList csvFields(const QByteArray &bytes)
{
    const auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("listing.csv"));
    test::writeAll(path, bytes);
    CsvReader reader(path, CsvReader::Encoding::Auto, QLatin1Char(','));
    QStringList fields;
    while (auto row = reader.next())
        for (const SheetCell &cell : row->cells)
            fields.append(cell.text);
    REQUIRE(reader.error().isEmpty());
    return fields;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// The demo workbook with its first partner made hostile through the partner registry.
QString hostileDemo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.cwb"));
    test::buildDemo(path);
    WorkbookError error;
    auto workbook = Workbook::open(path, &error);
    REQUIRE(workbook);
    PartnerRepository partners(*workbook);
    // An active partner with a tier and a mentor shows up in every listing, the tier review included.
    Partner p;
    for (const Partner &candidate : partners.all())
        if (p.id == 0 && candidate.status == PartnerStatus::Active && candidate.tier
            && !candidate.mentor.isEmpty())
            p = candidate;
    REQUIRE(p.id != 0);
    p.code = hostile;
    p.name = hostile;
    p.mentor = hostile;
    p.notes = QStringLiteral("-备注");
    p.contactPhone = QStringLiteral("+86 138 0000 0000");
    partners.update(p);
    return path;
}

} // namespace

TEST_CASE("every CSV listing neutralises a partner code, name and mentor that would run as formulas",
    "[safe-exports]")
{
    const auto dir = test::tempDir();
    const QString db = hostileDemo(*dir);
    const QStringList period { QStringLiteral("--period"), QStringLiteral("2026Q3") };
    const struct {
        const char *command;
        QStringList extra;
    } listings[] = {
        { "partners", {} }, { "capability", {} }, { "mentors", {} }, { "kpis", period },
        { "rebates", period },
        { "tiers", period + QStringList { QStringLiteral("--all") } }, // not only the proposed changes
    };
    for (const auto &listing : listings) {
        const QString command = QString::fromLatin1(listing.command);
        INFO(command.toStdString());
        const Run r = test::channelstation(QStringList { command, QStringLiteral("--db"), db,
                                               QStringLiteral("--format"), QStringLiteral("csv") }
            + listing.extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QStringList fields = csvFields(r.out);
        REQUIRE(fields.size() > 100);
        CHECK(fields.contains(neutralised));
        CHECK_FALSE(fields.contains(hostile));
        QStringList formulas;
        for (const QString &field : fields)
            if (formulaLike(field))
                formulas.append(field);
        CHECK(formulas.isEmpty());
        if (command == QLatin1String("partners")) {
            CHECK(fields.count(neutralised) == 3); // code, name, mentor
            CHECK(fields.contains(QStringLiteral("'-备注")));
            CHECK(fields.contains(QStringLiteral("'+86 138 0000 0000")));
        }
    }
}

TEST_CASE(
    "scorecards and import say which file they cannot write, and leave nothing behind", "[safe-exports]")
{
    const auto dir = test::tempDir();
    const QString db = dir->filePath(QStringLiteral("demo.cwb"));
    test::buildDemo(db);
    const QStringList scorecards { QStringLiteral("scorecards"), QStringLiteral("--db"), db,
        QStringLiteral("--period"), QStringLiteral("2026Q3"), QStringLiteral("--region"),
        QStringLiteral("华东") };

    const QString missing = dir->filePath(QStringLiteral("nowhere/cards.pdf"));
    Run r = test::channelstation(scorecards + QStringList { QStringLiteral("--out"), missing });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("“%1” could not be written").arg(QDir::toNativeSeparators(missing))));
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(dir->filePath(QStringLiteral("nowhere"))));

    const QString results = dir->filePath(QStringLiteral("results.csv"));
    test::writeAll(results, "伙伴编号,季度,销售目标,实际销售额\nZZ-404,2026Q1,100,90\n");
    const QString rejects = dir->filePath(QStringLiteral("nowhere/results.rejects.csv"));
    const QByteArray before = test::fileFingerprint(db);
    r = test::channelstation({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("results"), QStringLiteral("--valid-only"), QStringLiteral("--rejects"), rejects,
        results });
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QDir::toNativeSeparators(rejects)));
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    CHECK(test::fileFingerprint(db) == before);
    CHECK(entries(dir->path()) == QStringList { QStringLiteral("demo.cwb"), QStringLiteral("results.csv") });

    test::TinyDisk disk(64 * 1024);
    if (!disk.mounted) {
        WARN(disk.why.toStdString() << "; the full-disk case is not tested here");
        return;
    }
    // Hundreds of pages cannot fit in 64 KiB: the old file stays and no part of the new one is left.
    const QString pdf = disk.filePath(QStringLiteral("cards.pdf"));
    test::writeAll(pdf, "last quarter's cards");
    r = test::channelstation(scorecards + QStringList { QStringLiteral("--out"), pdf });
    CHECK(r.exitCode == 1);
    CHECK(r.err.trimmed().endsWith(
        QStringLiteral("“%1” could not be written: the disk is full").arg(QDir::toNativeSeparators(pdf))));
    CHECK(test::readAll(pdf) == "last quarter's cards");
    CHECK(entries(disk.path()) == QStringList { QStringLiteral("cards.pdf") });
}
