// The Dashboard view on the demo workbook: the home view a workbook opens on, its
// tiles against what DashboardStore computes, switching periods, a chart bar or a
// tile listing exactly its partners in the registry under a clearable banner, and
// the one-page PDF and PNG exports.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "dashboard/DashboardAchievementChart.h"
#include "dashboard/DashboardPages.h"
#include "dashboard/DashboardPeriodPicker.h"
#include "dashboard/DashboardRegionChart.h"
#include "dashboard/DashboardTierChart.h"
#include "dashboard/DashboardTileWidget.h"
#include "dashboard/DashboardTiles.h"
#include "dashboard/DashboardView.h"
#include "i18n/Translations.h"
#include "incentive/Percent.h"
#include "partners/CodeFilterBanner.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersView.h"
#include "print/ReportOutput.h"
#include "storage/DashboardStore.h"
#include "storage/ResultQuarters.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>

#include <algorithm>

using namespace cs;

namespace {

DashboardView *loadedDashboard(test::DemoWindow &demo)
{
    DashboardView *view = demo.window->dashboardView();
    REQUIRE(view);
    REQUIRE(test::waitUntil([view] { return view->figures() != nullptr; }, 15000));
    return view;
}

DashboardFigures storeFigures(test::DemoWindow &demo, const DashboardPeriod &period)
{
    return DashboardStore(demo.window->session()->workbook()).load(period);
}

void requireTilesShow(DashboardView *view, const QList<DashboardTile> &expected)
{
    REQUIRE(view->tiles().size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const DashboardTile &shown = view->tiles()[i]->tile();
        CHECK(shown.title == expected[i].title);
        CHECK(shown.value == expected[i].value);
        CHECK(shown.target == expected[i].target);
        CHECK(shown.sentence == expected[i].sentence);
    }
}

QSet<QString> codesInTable(PartnersView *partners)
{
    QSet<QString> codes;
    const QAbstractItemModel *model = partners->table()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        codes.insert(model->index(r, int(PartnerField::Code)).data().toString());
    return codes;
}

QSet<QString> setOf(const QStringList &codes)
{
    return QSet<QString>(codes.cbegin(), codes.cend());
}

} // namespace

TEST_CASE("a workbook opens on the dashboard, its tiles showing the figures of the latest quarter",
    "[dashboard-view]")
{
    auto demo = test::openDemoWindow();
    QListWidgetItem *entry = nullptr;
    for (QListWidget *list : demo.window->findChildren<QListWidget *>())
        for (QListWidgetItem *item : list->findItems(MainWindow::tr("Dashboard"), Qt::MatchExactly))
            entry = item;
    REQUIRE(entry);
    CHECK(entry->listWidget()->row(entry) == 0);
    CHECK(entry->listWidget()->currentItem() == entry);
    DashboardView *view = loadedDashboard(demo);
    CHECK(view->isVisible());

    // The demo has results 2025Q1–2026Q3: the latest quarter is the default.
    const QList<Quarter> quarters = quartersWithResults(demo.window->session()->workbook());
    REQUIRE(quarters.back() == Quarter(2026, 3));
    CHECK(view->period() == DashboardPeriod::ofQuarter(Quarter(2026, 3)));
    const DashboardFigures expected = storeFigures(demo, view->period());
    requireTilesShow(view, DashboardTiles::of(expected));

    // Sales against target, summed by hand from the results table.
    QSqlDatabase &db = demo.window->session()->workbook().database();
    const qint64 actual =
        sql::scalar(db, QStringLiteral("SELECT SUM(actual_sales) FROM results WHERE quarter = ?"),
            { QStringLiteral("2026Q3") })
            .toLongLong();
    const qint64 target =
        sql::scalar(db, QStringLiteral("SELECT SUM(sales_target) FROM results WHERE quarter = ?"),
            { QStringLiteral("2026Q3") })
            .toLongLong();
    REQUIRE(target > 0);
    CHECK(view->tiles()[1]->tile().value == formatRatioPercent(actual, target));
    // The histogram holds every judged partner once.
    int bucketed = 0;
    for (const AchievementBucket &b : view->achievementChart()->buckets())
        bucketed += int(b.codes.size());
    CHECK(bucketed == expected.meeting.judged);
    CHECK(view->tierChart()->groups().size() >= 4);
}

TEST_CASE("choosing another period shows that period's figures", "[dashboard-view]")
{
    auto demo = test::openDemoWindow();
    DashboardView *view = loadedDashboard(demo);
    const QString before = view->tiles()[1]->tile().value;
    const DashboardPeriod year = DashboardPeriod::ofYear(2025);
    const int index = view->periodPicker()->findData(year.toString());
    REQUIRE(index >= 0);
    view->periodPicker()->setCurrentIndex(index); // as choosing it in the list does
    CHECK(view->period() == year);
    REQUIRE(view->figures());
    CHECK(view->figures()->period == year);
    const QList<DashboardTile> expected = DashboardTiles::of(storeFigures(demo, year));
    requireTilesShow(view, expected);
    CHECK(expected[1].value != before);
    // Quarters without results are not offered; the years are.
    CHECK(view->periodPicker()->findData(QStringLiteral("2024Q4")) < 0);
    CHECK(view->periodPicker()->findData(QStringLiteral("2026")) >= 0);
}

TEST_CASE(
    "clicking a histogram bar lists exactly its partners under a banner that clears", "[dashboard-view]")
{
    auto demo = test::openDemoWindow();
    DashboardView *view = loadedDashboard(demo);
    const QList<AchievementBucket> buckets = view->achievementChart()->buckets();
    REQUIRE(buckets.size() == 6);
    const int index = 3; // 90–100 %
    const AchievementBucket bucket = buckets[index];
    REQUIRE(bucket.codes.size() > 0);

    // The bar's click, as the chart delivers it.
    auto *series = qobject_cast<QBarSeries *>(view->achievementChart()->chart()->series().value(0));
    REQUIRE(series);
    emit series->clicked(index, series->barSets().value(0));

    PartnersView *partners = demo.window->partnersView();
    CHECK(partners->isVisible());
    CHECK_FALSE(view->isVisible());
    CHECK(codesInTable(partners) == setOf(bucket.codes));
    CodeFilterBanner *banner = partners->codeBanner();
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QLocale().toString(bucket.codes.size())));
    CHECK(banner->text().contains(bucket.label));
    CHECK(banner->text().contains(QStringLiteral("2026")));

    banner->clearButton()->click();
    CHECK_FALSE(banner->isVisible());
    CHECK(partners->table()->model()->rowCount() == 2000);
}

TEST_CASE("a tier bar and the watch-list tile list their partners", "[dashboard-view]")
{
    auto demo = test::openDemoWindow();
    DashboardView *view = loadedDashboard(demo);
    const DashboardFigures &figures = *view->figures();
    PartnersView *partners = demo.window->partnersView();

    // The Gold bar: categories run bottom to top, Diamond on top.
    const int gold = 1;
    REQUIRE(figures.active.byTier[gold].key == codeOf(Tier::Gold));
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(view->tierChart()->chart()->series().value(0));
    REQUIRE(series);
    emit series->clicked(int(figures.active.byTier.size()) - 1 - gold, series->barSets().value(gold));
    CHECK(codesInTable(partners) == setOf(figures.active.byTier[gold].codes));
    CHECK(partners->codeBanner()->text().contains(labelOf(Tier::Gold)));

    // A search typed earlier does not hide any of the partners asked for.
    partners->codeBanner()->clearButton()->click();
    auto *search = partners->findChild<QLineEdit *>(QStringLiteral("partnerSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("杭州"));
    const QStringList watch = figures.watch.codes;
    REQUIRE_FALSE(watch.isEmpty());
    DashboardTileWidget *tile = view->tiles()[7];
    REQUIRE(tile->tile().id == DashboardTileId::WatchList);
    CHECK(tile->isClickable());
    emit tile->activated();
    CHECK(codesInTable(partners) == setOf(watch));
    CHECK(partners->codeBanner()->isVisible());

    // Showing a partner the code filter hides clears the banner.
    const qint64 hidden = demo.window->session()->partnerModel()->partnerAt(0).id;
    if (!watch.contains(demo.window->session()->partnerModel()->partnerAt(0).code)) {
        demo.window->showPartner(hidden);
        CHECK_FALSE(partners->codeBanner()->isVisible());
        CHECK(partners->table()->model()->rowCount() == 2000);
    }
}

TEST_CASE("the dashboard exports as one A4 PDF page and as a PNG of that page", "[dashboard-view]")
{
    auto demo = test::openDemoWindow();
    DashboardView *view = loadedDashboard(demo);
    const QString pdf = demo.dir->filePath(QStringLiteral("dashboard.pdf"));
    QString error;
    REQUIRE(view->writePdf(pdf, &error));
    CHECK(test::pdfPageCount(pdf) == 1);
    const QString text = test::squeezed(test::pdfText(pdf));
    REQUIRE_FALSE(text.isEmpty());
    CHECK(text.contains(test::squeezed(DashboardPages::tr("Channel Dashboard"))));
    for (const DashboardTileWidget *tile : view->tiles()) {
        CHECK(text.contains(test::squeezed(tile->tile().title)));
        CHECK(text.contains(test::squeezed(tile->tile().value)));
    }
    CHECK(text.contains(test::squeezed(DashboardAchievementChart::title())));

    const QString png = demo.dir->filePath(QStringLiteral("dashboard.png"));
    REQUIRE(view->writePng(png, &error));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1190, 1684)); // A4 in points, twice
    // The header band is dark, the page below it white.
    CHECK(qGray(image.pixel(10, 10)) < 100);
    CHECK(image.pixel(5, 1600) == qRgb(255, 255, 255));
}

// Not run by default: the view and its printed page for a look (and for README
// screenshots) into $CS_RENDER_DIR, in $CS_RENDER_LANG when set.
TEST_CASE("render the dashboard", "[.render]")
{
    const QString dir = qEnvironmentVariable("CS_RENDER_DIR");
    if (dir.isEmpty())
        return;
    if (qEnvironmentVariableIsSet("CS_RENDER_LANG"))
        installTranslations(*qApp, qEnvironmentVariable("CS_RENDER_LANG"));
    auto demo = test::openDemoWindow();
    demo.window->resize(1600, 1000);
    DashboardView *view = loadedDashboard(demo);
    test::waitUntil([] { return false; }, 300);
    const QString suffix = qEnvironmentVariable("CS_RENDER_LANG");
    REQUIRE(demo.window->grab().save(dir + QStringLiteral("/dashboard%1.png").arg(suffix)));
    QString error;
    CHECK(view->writePdf(dir + QStringLiteral("/dashboard%1.pdf").arg(suffix), &error));
    CHECK(view->writePng(dir + QStringLiteral("/dashboard-page%1.png").arg(suffix), &error));
    // A year still running, on a smaller screen.
    demo.window->resize(1280, 800);
    REQUIRE(view->setPeriod(DashboardPeriod::ofYear(2026)));
    test::waitUntil([] { return false; }, 300);
    REQUIRE(demo.window->grab().save(dir + QStringLiteral("/dashboard-year%1.png").arg(suffix)));
    CHECK(view->writePdf(dir + QStringLiteral("/dashboard-year%1.pdf").arg(suffix), &error));
    demo.window->resize(1600, 1000);
    view->achievementChart()->activateBucket(3);
    test::waitUntil([] { return false; }, 200);
    REQUIRE(demo.window->grab().save(dir + QStringLiteral("/dashboard-partners%1.png").arg(suffix)));
}
