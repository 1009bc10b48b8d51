// The window's exports are whole or absent: a statement PDF or a scorecard batch
// cancelled midway leaves the older file as it was and nothing partial; the dashboard
// PNG and PDF, into a missing folder or onto a full disk, say which file and why.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "TinyDisk.h"
#include "dashboard/DashboardView.h"
#include "incentives/IncentivesView.h"
#include "print/ReportOutput.h"
#include "print/StatementPages.h"
#include "report/ExportFile.h"
#include "scorecard/ScorecardBatch.h"
#include "storage/Workbook.h"
#include "storage/WorkbookError.h"

#include <QDir>
#include <QImage>
#include <QListWidget>

using namespace cs;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

IncentivesView *showIncentives(test::DemoWindow &demo)
{
    IncentivesView *view = demo.window->incentivesView();
    REQUIRE(view);
    for (QListWidget *list : demo.window->findChildren<QListWidget *>())
        for (QListWidgetItem *item : list->findItems(MainWindow::tr("Incentives"), Qt::MatchExactly))
            list->setCurrentItem(item);
    REQUIRE(view->isVisible());
    REQUIRE(view->run().has_value());
    return view;
}

DashboardView *loadedDashboard(test::DemoWindow &demo)
{
    DashboardView *view = demo.window->dashboardView();
    REQUIRE(view);
    REQUIRE(test::waitUntil([view] { return view->figures() != nullptr; }, 15000));
    return view;
}

QString missingFolder(const QString &path)
{
    return ExportFile::tr("the folder “%1” does not exist")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
}

} // namespace

TEST_CASE(
    "a statement PDF cancelled midway leaves the older file whole and no temporary file", "[safe-exports]")
{
    auto demo = test::openDemoWindow();
    IncentivesView *view = showIncentives(demo);
    REQUIRE(view->run()->statements.size() > 100);
    const QString path = demo.dir->filePath(QStringLiteral("statements.pdf"));
    const QByteArray old = "%PDF-1.4 last quarter's statements";
    test::writeAll(path, old);
    const QStringList before = entries(demo.dir->path());

    QList<int> seen;
    QString error;
    CHECK_FALSE(view->exportStatements(path, IncentivesView::ExportFormat::Pdf, &error, [&](int done, int) {
        seen << done;
        return done < 5;
    }));
    CHECK(seen == QList<int> { 1, 2, 3, 4, 5 });
    CHECK(error == ReportOutput::tr("Cancelled; %1 was not written.").arg(QDir::toNativeSeparators(path)));
    CHECK(test::readAll(path) == old);
    CHECK(entries(demo.dir->path()) == before);

    // Not cancelled, the same export replaces it whole.
    const QList<PartnerStatement> three = view->run()->statements.mid(0, 3);
    REQUIRE(ReportOutput::writePdf(path, StatementPages(three, { false, {} }, {}), {}, 0, -1, &error));
    CHECK(test::pdfPageCount(path) == 3);
    CHECK(entries(demo.dir->path()) == before);
}

TEST_CASE(
    "a scorecard batch cancelled midway keeps its finished files whole and nothing partial", "[safe-exports]")
{
    const auto dir = test::tempDir();
    const QString db = dir->filePath(QStringLiteral("demo.cwb"));
    test::buildDemo(db);
    WorkbookError openError;
    auto workbook = Workbook::open(db, &openError);
    REQUIRE(workbook);
    ScorecardFilter filter;
    filter.codes = QStringList { QStringLiteral("DB-0002"), QStringLiteral("HD-0256"),
        QStringLiteral("XB-0030"), QStringLiteral("HB-0001"), QStringLiteral("HN-0001") };
    const QList<ScorecardCard> cards = ScorecardBook(*workbook).cards(Quarter(2026, 1), filter);
    REQUIRE(cards.size() == 5);
    const QByteArray old = "%PDF-1.4 an older card";

    SECTION("a PDF per partner: the two finished stay, the third keeps its older file")
    {
        const QString folder = dir->filePath(QStringLiteral("cards"));
        REQUIRE(QDir().mkdir(folder));
        const QString third = QDir(folder).filePath(cards[2].code + QStringLiteral(".pdf"));
        test::writeAll(third, old);
        ScorecardBatch batch(cards, {}, ScorecardBatch::Output::FilePerPartner, folder);
        QObject::connect(&batch, &ScorecardBatch::progressed, &batch, [&batch](int done, int) {
            if (done == 3)
                batch.cancel();
        });
        const ScorecardBatch::Result result = batch.run();
        CHECK(result.cancelled);
        CHECK_FALSE(result.written);
        CHECK(result.pages == 2);
        CHECK(entries(folder)
            == QStringList { cards[0].code + QStringLiteral(".pdf"), cards[1].code + QStringLiteral(".pdf"),
                cards[2].code + QStringLiteral(".pdf") });
        CHECK(test::pdfPageCount(QDir(folder).filePath(cards[0].code + QStringLiteral(".pdf"))) == 1);
        CHECK(test::pdfPageCount(QDir(folder).filePath(cards[1].code + QStringLiteral(".pdf"))) == 1);
        CHECK(test::readAll(third) == old);
    }
    SECTION("one PDF: the older file stays as it was")
    {
        const QString out = dir->filePath(QStringLiteral("out"));
        REQUIRE(QDir().mkdir(out));
        const QString path = QDir(out).filePath(QStringLiteral("cards.pdf"));
        test::writeAll(path, old);
        ScorecardBatch batch(cards, {}, ScorecardBatch::Output::OneFile, path);
        QObject::connect(&batch, &ScorecardBatch::progressed, &batch, [&batch](int done, int) {
            if (done == 2)
                batch.cancel();
        });
        const ScorecardBatch::Result result = batch.run();
        CHECK(result.cancelled);
        CHECK(test::readAll(path) == old);
        CHECK(entries(out) == QStringList { QStringLiteral("cards.pdf") });
    }
}

TEST_CASE("dashboard and statement exports say which file they cannot write and leave the older one",
    "[safe-exports]")
{
    auto demo = test::openDemoWindow();
    DashboardView *dashboard = loadedDashboard(demo);

    SECTION("into a folder that does not exist: nothing is created")
    {
        const QString png = demo.dir->filePath(QStringLiteral("nowhere/dashboard.png"));
        const QString pdf = demo.dir->filePath(QStringLiteral("nowhere/dashboard.pdf"));
        QString error;
        CHECK_FALSE(dashboard->writePng(png, &error));
        CHECK(error == ExportFile::failure(png, missingFolder(png)));
        CHECK_FALSE(dashboard->writePdf(pdf, &error));
        CHECK(error == ExportFile::failure(pdf, missingFolder(pdf)));
        CHECK_FALSE(QFileInfo::exists(demo.dir->filePath(QStringLiteral("nowhere"))));
    }
    SECTION("over an older image: replaced whole, nothing beside it")
    {
        const QString png = demo.dir->filePath(QStringLiteral("dashboard.png"));
        test::writeAll(png, "not yet an image");
        const QStringList before = entries(demo.dir->path());
        QString error;
        REQUIRE(dashboard->writePng(png, &error));
        CHECK(QImage(png).size() == QSize(1190, 1684));
        CHECK(entries(demo.dir->path()) == before);
    }
    SECTION("onto a full disk: a plain message, the older files unchanged")
    {
        test::TinyDisk disk(64 * 1024);
        if (!disk.mounted) {
            WARN(disk.why.toStdString() << "; the full-disk case is not tested here");
            return;
        }
        const QString full = ExportFile::tr("the disk is full");
        const QString png = disk.filePath(QStringLiteral("dashboard.png"));
        test::writeAll(png, "last quarter's picture");
        QString error;
        CHECK_FALSE(dashboard->writePng(png, &error));
        CHECK(error == ExportFile::failure(png, full));
        CHECK(test::readAll(png) == "last quarter's picture");

        IncentivesView *view = showIncentives(demo);
        const QString pdf = disk.filePath(QStringLiteral("statements.pdf"));
        test::writeAll(pdf, "last quarter's statements");
        const QList<PartnerStatement> some = view->run()->statements.mid(0, 60);
        CHECK_FALSE(ReportOutput::writePdf(pdf, StatementPages(some, { false, {} }, {}), {}, 0, -1, &error));
        CHECK(error == ExportFile::failure(pdf, full));
        CHECK(test::readAll(pdf) == "last quarter's statements");
        CHECK(entries(disk.path())
            == QStringList { QStringLiteral("dashboard.png"), QStringLiteral("statements.pdf") });
    }
}
