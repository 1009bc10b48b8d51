// The printed scorecard on the demo workbook: the page is painted where it should be,
// PDFs get a page per card, a cancelled batch leaves nothing behind, and a folder
// batch names its files by partner code.
#include "GuiSupport.h"
#include "TestSupport.h"
#include "print/ScorecardPdf.h"
#include "print/ScorecardRenderer.h"
#include "storage/Workbook.h"
#include "storage/WorkbookError.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace cs;

namespace {

ScorecardFilter codes(const QStringList &list)
{
    ScorecardFilter filter;
    filter.codes = list;
    return filter;
}

struct Demo {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workbook> workbook;
};

Demo openDemo()
{
    Demo demo { test::tempDir(), nullptr };
    const QString path = demo.dir->filePath(QStringLiteral("demo.cwb"));
    test::buildDemo(path);
    WorkbookError error;
    demo.workbook = Workbook::open(path, &error);
    REQUIRE(demo.workbook);
    return demo;
}

// Share of pixels in `region` that are not white.
double inked(const QImage &image, const QRect &region)
{
    int dark = 0;
    for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x)
            if (qGray(image.pixel(x, y)) < 235)
                ++dark;
    return double(dark) / (region.width() * region.height());
}

} // namespace

TEST_CASE("a scorecard paints its header, KPI table and charts, and PDFs get a page per card", "[print]")
{
    Demo demo = openDemo();
    const QList<ScorecardCard> cards =
        ScorecardBook(*demo.workbook)
            .cards(Quarter(2026, 1),
                codes({ QStringLiteral("DB-0002"), QStringLiteral("HD-0256"), QStringLiteral("XB-0030") }));
    REQUIRE(cards.size() == 3);
    CHECK(cards[0].code == QStringLiteral("DB-0002"));
    REQUIRE(cards[0].score.overall);
    CHECK(cards[0].trend.size() >= 4);
    CHECK(cards[0].trend.back().first == Quarter(2026, 1));
    CHECK(cards[0].channelSize > 1000);

    SECTION("the page is painted in the header, the table and the chart regions, not elsewhere")
    {
        // 2 pixels per point: the page's own coordinates are easy to check against.
        QImage image(595 * 2, 842 * 2, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(2, 2);
        ScorecardRenderer::paint(
            painter, cards[0], { QStringLiteral("Test Co."), {} }, 1, 1, QDate(2026, 4, 2));
        painter.end();
        CHECK(inked(image, QRect(0, 0, 1190, 120)) > 0.9); // the dark header band
        CHECK(inked(image, QRect(60, 340, 1070, 500)) > 0.05); // the KPI table
        CHECK(inked(image, QRect(60, 980, 600, 300)) > 0.01); // the trend chart
        CHECK(inked(image, QRect(660, 980, 460, 300)) > 0.01); // the radar
        CHECK(inked(image, QRect(0, 1680, 1190, 4)) == 0.0); // below the footer line stays blank
    }

    SECTION("writeOne writes one PDF with a page per card; cancelling leaves no file")
    {
        const QString path = demo.dir->filePath(QStringLiteral("three.pdf"));
        QList<int> seen;
        QString error;
        REQUIRE(ScorecardPdf::writeOne(
            path, cards, {},
            [&](int done, int total) {
                seen << done;
                return total == 3;
            },
            &error));
        CHECK(seen == QList<int> { 1, 2, 3 });
        REQUIRE(QFile::exists(path));
        CHECK(test::pdfPageCount(path) == 3);

        const QString cancelled = demo.dir->filePath(QStringLiteral("cancelled.pdf"));
        CHECK_FALSE(ScorecardPdf::writeOne(
            cancelled, cards, {}, [](int done, int) { return done < 1; }, &error));
        CHECK_FALSE(QFile::exists(cancelled));
        CHECK(QDir(demo.dir->path()).entryList({ QStringLiteral("cancelled*") }).isEmpty());
    }

    SECTION("writeEach writes CODE.pdf per card into a new folder")
    {
        const QString folder = demo.dir->filePath(QStringLiteral("out/cards"));
        QString error;
        CHECK(ScorecardPdf::writeEach(folder, cards, {}, {}, &error) == 3);
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        CHECK(files
            == QStringList { QStringLiteral("DB-0002.pdf"), QStringLiteral("HD-0256.pdf"),
                QStringLiteral("XB-0030.pdf") });
        CHECK(test::pdfPageCount(QDir(folder).filePath(files.value(0))) == 1);
    }

    SECTION("partner codes that would share a file name get one each")
    {
        CHECK(ScorecardPdf::fileNames({ QStringLiteral("A/1"), QStringLiteral("A_1"), QStringLiteral("a_1"),
                  QStringLiteral("B:2"), QStringLiteral("A/1 (2)"), QStringLiteral("A?1") })
            == QStringList { QStringLiteral("A_1.pdf"), QStringLiteral("A_1 (2).pdf"),
                QStringLiteral("a_1 (3).pdf"), QStringLiteral("B_2.pdf"), QStringLiteral("A_1 (2) (2).pdf"),
                QStringLiteral("A_1 (4).pdf") });
    }

    SECTION("an unknown partner code is refused by name")
    {
        CHECK_THROWS_WITH(
            ScorecardBook(*demo.workbook).cards(Quarter(2026, 1), codes({ QStringLiteral("NOPE-1") })),
            Catch::Contains("NOPE-1"));
    }
}
