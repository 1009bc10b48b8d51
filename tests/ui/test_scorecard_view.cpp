// The Scorecards view on the demo workbook: the quarter and card it opens on,
// stepping through partners with the keyboard in code order, a filter limiting the
// stepping, batch PDFs (complete, and cancelled without partial files) and branding.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "print/ScorecardPdf.h"
#include "scorecard/BrandingDialog.h"
#include "scorecard/ScorecardBatch.h"
#include "scorecard/ScorecardFilterBar.h"
#include "scorecard/ScorecardPage.h"
#include "scorecard/ScorecardView.h"
#include "storage/ResultQuarters.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cs;

namespace {

ScorecardView *showScorecards(test::DemoWindow &demo)
{
    ScorecardView *view = demo.window->scorecardView();
    REQUIRE(view);
    QListWidgetItem *entry = nullptr;
    for (QListWidget *list : demo.window->findChildren<QListWidget *>())
        for (QListWidgetItem *item : list->findItems(MainWindow::tr("Scorecards"), Qt::MatchExactly))
            entry = item;
    REQUIRE(entry);
    entry->listWidget()->setCurrentItem(entry);
    REQUIRE(view->isVisible());
    REQUIRE(view->currentCard());
    return view;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

TEST_CASE("the Scorecards view opens on the latest quarter with the first partner's card", "[scorecard-view]")
{
    test::DemoWindow demo = test::openDemoWindow();
    ScorecardView *view = showScorecards(demo);
    const QList<Quarter> quarters = quartersWithResults(demo.window->session()->workbook());
    REQUIRE_FALSE(quarters.isEmpty());
    const Quarter latest = *std::max_element(quarters.cbegin(), quarters.cend());
    CHECK(view->quarter() == latest);
    CHECK(view->quarterPicker()->itemData(0).toString() == latest.toString()); // newest first
    const QList<ScorecardCard> all = view->allCards();
    REQUIRE(all.size() > 100);
    CHECK(view->currentCard()->quarter == latest);
    CHECK(view->currentCard()->code == all.front().code);
    REQUIRE(view->page()->card().has_value());
    CHECK(view->page()->card()->code == view->currentCard()->code);
    // The page keeps A4's shape inside the widget.
    const QRectF area = view->page()->pageArea();
    CHECK(area.height() / area.width() == Approx(842.0 / 595.0).epsilon(0.01));
}

TEST_CASE("Page Down and Page Up step to the next and previous partner in code order", "[scorecard-view]")
{
    test::DemoWindow demo = test::openDemoWindow();
    ScorecardView *view = showScorecards(demo);
    demo.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(demo.window.get()));
    view->page()->setFocus();
    const QList<ScorecardCard> cards = view->filteredCards();
    REQUIRE(cards.size() > 2);
    const QString first = view->currentCard()->code;
    REQUIRE(first == cards[0].code);

    QTest::keyClick(view->page(), Qt::Key_PageDown);
    CHECK(view->currentCard()->code == cards[1].code);
    CHECK(cards[1].code > first);
    CHECK(view->partnerPicker()->currentData().toString() == cards[1].code);
    QTest::keyClick(view->page(), Qt::Key_Right, Qt::AltModifier);
    CHECK(view->currentCard()->code == cards[2].code);
    QTest::keyClick(view->page(), Qt::Key_PageUp);
    QTest::keyClick(view->page(), Qt::Key_PageUp);
    CHECK(view->currentCard()->code == first);
    // Before the first partner there is nowhere to go.
    QTest::keyClick(view->page(), Qt::Key_PageUp);
    CHECK(view->currentCard()->code == first);
}

TEST_CASE("a tier filter limits stepping to that tier's partners, in code order", "[scorecard-view]")
{
    test::DemoWindow demo = test::openDemoWindow();
    ScorecardView *view = showScorecards(demo);
    const QList<ScorecardCard> all = view->allCards();
    const auto gold = int(
        std::count_if(all.cbegin(), all.cend(), [](const ScorecardCard &c) { return c.tier == Tier::Gold; }));
    REQUIRE(gold > 1);
    REQUIRE(gold < all.size());

    view->filterBar()->setTier(Tier::Gold);
    REQUIRE(view->filteredCards().size() == gold);
    QStringList visited { view->currentCard()->code };
    for (int i = 0; i < gold + 3; ++i) {
        view->nextAction()->trigger();
        if (view->currentCard()->code != visited.back())
            visited.append(view->currentCard()->code);
    }
    CHECK(visited.size() == gold);
    for (const QString &code : std::as_const(visited)) {
        const auto card =
            std::find_if(all.cbegin(), all.cend(), [&](const ScorecardCard &c) { return c.code == code; });
        CHECK(card->tier == Tier::Gold);
    }
    CHECK(std::is_sorted(visited.cbegin(), visited.cend()));

    // Clearing the filter keeps the partner shown.
    const QString shown = view->currentCard()->code;
    view->filterBar()->setTier(std::nullopt);
    CHECK(view->filteredCards().size() == all.size());
    CHECK(view->currentCard()->code == shown);
}

TEST_CASE("a batch into one PDF writes a page per partner and says so", "[scorecard-view]")
{
    test::DemoWindow demo = test::openDemoWindow();
    ScorecardView *view = showScorecards(demo);
    const QList<ScorecardCard> cards = view->allCards().mid(0, 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("three.pdf"));
    ScorecardBatch batch(cards, {}, ScorecardBatch::Output::OneFile, path);
    QList<int> seen;
    QObject::connect(&batch, &ScorecardBatch::progressed, [&](int done, int) { seen.append(done); });
    const ScorecardBatch::Result result = batch.run();
    REQUIRE(result.written);
    CHECK(result.pages == 3);
    CHECK(seen.back() == 3);
    CHECK(pageCount(contents(path)) == 3);
    CHECK(batch.summary(result).startsWith(
        ScorecardBatch::tr("Wrote %Ln page(s) to %1 in %2 s", "", 3).section(QStringLiteral(" "), 0, 3)));
}

TEST_CASE("cancelling a batch into a folder after the first page leaves no partial files", "[scorecard-view]")
{
    test::DemoWindow demo = test::openDemoWindow();
    ScorecardView *view = showScorecards(demo);
    const QList<ScorecardCard> cards = view->allCards().mid(0, 5);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("cards"));
    ScorecardBatch batch(cards, {}, ScorecardBatch::Output::FilePerPartner, folder);
    QObject::connect(&batch, &ScorecardBatch::progressed, &batch, [&](int done, int) {
        if (done >= 1)
            batch.cancel();
    });
    const ScorecardBatch::Result result = batch.run();
    CHECK(result.cancelled);
    CHECK_FALSE(result.written);
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    CHECK(files.size() <= 1);
    CHECK(result.pages == files.size());
    for (const QString &name : files) {
        INFO(name.toStdString());
        CHECK(name == cards.front().code + QStringLiteral(".pdf"));
        const QByteArray pdf = contents(QDir(folder).filePath(name));
        CHECK(pdf.startsWith("%PDF"));
        CHECK(pdf.trimmed().endsWith("%%EOF"));
    }
}

TEST_CASE("report branding is stored in the workbook and shown on the page", "[scorecard-view]")
{
    test::DemoWindow demo = test::openDemoWindow();
    ScorecardView *view = showScorecards(demo);
    Workbook &workbook = demo.window->session()->workbook();
    QTemporaryDir dir;
    const QString logo = dir.filePath(QStringLiteral("logo.png"));
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::red);
    REQUIRE(image.save(logo));

    BrandingDialog dialog(workbook);
    dialog.setCompany(QStringLiteral("华东渠道管理部"));
    dialog.setLogoPath(logo);
    REQUIRE(dialog.save());
    CHECK(workbook.setting(QStringLiteral("report.company")) == QStringLiteral("华东渠道管理部"));
    CHECK(workbook.setting(QStringLiteral("report.logo")) == logo);
    const ReportBranding branding = ReportPage::branding(workbook);
    CHECK(branding.company == QStringLiteral("华东渠道管理部"));
    CHECK(branding.logo.size() == QSize(40, 20));

    // A file that is not an image is refused and nothing changes.
    const QString notImage = dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notImage);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    dialog.setLogoPath(notImage);
    {
        test::DialogAnswer answer(QMessageBox::Ok);
        CHECK_FALSE(dialog.save());
        CHECK(answer.seen());
    }
    CHECK(workbook.setting(QStringLiteral("report.logo")) == logo);
    view->reloadBranding();
}
