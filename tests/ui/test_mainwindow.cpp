// The main window on the demo workbook: the partner table, search and
// filters, the status bar, and opening bad files.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "partners/PartnerEditor.h"
#include "partners/PartnerFilterModel.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersView.h"
#include "storage/Workbook.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>

using namespace cs;

TEST_CASE("the window opens the demo workbook and shows its 2,000 partners")
{
    auto demo = test::openDemoWindow();
    MainWindow &w = *demo.window;
    REQUIRE(w.session());
    REQUIRE(w.partnersView());
    CHECK(w.partnersView()->table()->model()->rowCount() == 2000);
    CHECK(w.windowTitle().contains(QStringLiteral("demo.cwb")));
    CHECK(w.windowFilePath() == demo.path);
    // The first partner is selected and shown in the editor.
    CHECK(w.partnersView()->table()->currentIndex().isValid());
    CHECK(w.partnersView()->editor()->partnerId() != 0);
    CHECK(RecentFiles::list().value(0) == demo.path);

    const auto labels = w.statusBar()->findChildren<QLabel *>();
    const bool countShown = std::any_of(labels.cbegin(), labels.cend(),
        [](const QLabel *l) { return l->text().contains(QLocale().toString(2000)); });
    CHECK(countShown);
}

TEST_CASE("typing in the search box narrows the table to matching partners")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    auto *search = view->findChild<QLineEdit *>(QStringLiteral("partnerSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("杭州")); // emits textChanged as typing does
    const int rows = view->table()->model()->rowCount();
    CHECK(rows > 0);
    CHECK(rows < 2000);
    for (int r = 0; r < rows; ++r) {
        const QString name = view->table()->model()->index(r, int(PartnerField::Name)).data().toString();
        const QString mentor = view->table()->model()->index(r, int(PartnerField::Mentor)).data().toString();
        CHECK((name.contains(QStringLiteral("杭州")) || mentor.contains(QStringLiteral("杭州"))));
    }
    search->clear();
    CHECK(view->table()->model()->rowCount() == 2000);
}

TEST_CASE("the tier and region filters combine with the search")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    const auto combos = view->findChildren<QComboBox *>();
    QComboBox *tier = nullptr;
    QComboBox *region = nullptr;
    for (QComboBox *c : combos) {
        if (c->findText(labelOf(Tier::Diamond)) >= 0 && c->itemData(0).isNull() && !c->isEditable())
            tier = c;
        if (c->findText(QStringLiteral("华东")) >= 0 && !c->isEditable())
            region = c;
    }
    REQUIRE(tier);
    REQUIRE(region);
    tier->setCurrentIndex(tier->findText(labelOf(Tier::Diamond)));
    region->setCurrentIndex(region->findText(QStringLiteral("华东")));
    QAbstractItemModel *model = view->table()->model();
    REQUIRE(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r) {
        CHECK(model->index(r, int(PartnerField::Tier)).data().toString() == labelOf(Tier::Diamond));
        CHECK(model->index(r, int(PartnerField::Region)).data().toString() == QStringLiteral("华东"));
    }
}

TEST_CASE("sorting by tier puts Diamond partners first")
{
    auto demo = test::openDemoWindow();
    QTableView *table = demo.window->partnersView()->table();
    table->sortByColumn(int(PartnerField::Tier), Qt::AscendingOrder);
    CHECK(table->model()->index(0, int(PartnerField::Tier)).data().toString() == labelOf(Tier::Diamond));
    table->sortByColumn(int(PartnerField::Tier), Qt::DescendingOrder);
    CHECK(table->model()->index(0, int(PartnerField::Tier)).data().toString() != labelOf(Tier::Diamond));
}

TEST_CASE("opening a file that is not a workbook shows why and keeps the current workbook open")
{
    auto demo = test::openDemoWindow();
    const QString text = demo.dir->filePath(QStringLiteral("notes.txt"));
    test::writeAll(text, "just some text\n");
    const QByteArray before = test::fileFingerprint(text);
    test::DialogAnswer answer(QMessageBox::Ok);
    CHECK_FALSE(demo.window->openWorkbook(text));
    CHECK(answer.seen());
    CHECK(answer.text().contains(QStringLiteral("notes.txt")));
    CHECK(demo.window->session());
    CHECK(demo.window->windowFilePath() == demo.path);
    CHECK(test::fileFingerprint(text) == before);
}

TEST_CASE("closing the workbook returns to the welcome page with it listed as recent")
{
    auto demo = test::openDemoWindow();
    CHECK(demo.window->closeWorkbook());
    CHECK_FALSE(demo.window->session());
    CHECK_FALSE(demo.window->partnersView());
    CHECK(RecentFiles::list().contains(demo.path));
    CHECK(demo.window->windowFilePath().isEmpty());
}

TEST_CASE("dropping a workbook file on the window opens it in place of the current one")
{
    auto demo = test::openDemoWindow();
    const QString other = demo.dir->filePath(QStringLiteral("另一个.cwb"));
    WorkbookError error;
    REQUIRE(Workbook::create(other, &error));

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(other) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(demo.window.get(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(demo.window.get(), &drop);
    QCoreApplication::processEvents(); // the open is deferred until the drop is over
    CHECK(demo.window->windowFilePath() == other);
    CHECK(demo.window->partnersView()->table()->model()->rowCount() == 0);
}
