// The window guarding the workbook: a workbook held by another window is refused
// and the current one kept, a full disk refuses an edit in plain words and the
// window goes on working, and a workbook deleted while open shows a banner that
// keeps its data by saving a copy.
#include "FaultyVfs.h"
#include "FileLostBanner.h"
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "partners/PartnerCommands.h"
#include "storage/PartnerRepository.h"
#include "storage/Workbook.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QPushButton>
#include <QTimer>

#include <sqlite3.h>

using namespace cs;

namespace {

// Answers the next file dialog with `path`, as a user typing the name would.
void answerFileDialog(const QString &path)
{
    auto *timer = new QTimer;
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the name as OK would
        }
    });
    timer->start();
}

Partner renamed(WorkbookSession &session, const QString &code, const QString &name)
{
    Partner p = *session.partners().byCode(code);
    p.name = name;
    return p;
}

} // namespace

TEST_CASE("opening a workbook held by another window says so and keeps the current one", "[workbook]")
{
    auto demo = test::openDemoWindow();
    const QString other = demo.dir->filePath(QStringLiteral("另一个.cwb"));
    WorkbookError error;
    auto holder = Workbook::create(other, &error);
    REQUIRE(holder);

    test::DialogAnswer answer(QMessageBox::Ok);
    CHECK_FALSE(demo.window->openWorkbook(other));
    CHECK(answer.seen());
    CHECK(answer.text().contains(
        QStringLiteral("is already open in this Channel Station. Close it there first")));
    CHECK(demo.window->session());
    CHECK(demo.window->windowFilePath() == demo.path);

    // From the welcome page too: refused, and the page stays.
    REQUIRE(demo.window->closeWorkbook());
    CHECK_FALSE(demo.window->openWorkbook(other));
    CHECK_FALSE(demo.window->session());
    holder.reset();
    CHECK(demo.window->openWorkbook(other));
}

TEST_CASE("a new workbook over a file held by another window is refused and the current one stays open",
    "[workbook]")
{
    auto demo = test::openDemoWindow();
    const QString other = demo.dir->filePath(QStringLiteral("另一个.cwb"));
    WorkbookError error;
    auto holder = Workbook::create(other, &error);
    REQUIRE(holder);

    QAction *newAction = nullptr;
    for (QAction *action : demo.window->findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::New))
            newAction = action;
    REQUIRE(newAction);
    test::DialogAnswer answer(QMessageBox::Yes); // "replace it?", then the refusal
    answerFileDialog(other);
    newAction->trigger();
    CHECK(test::waitUntil([&] { return answer.texts().size() >= 2; }));
    CHECK(answer.texts().last().contains(QStringLiteral("is already open in this Channel Station")));
    REQUIRE(demo.window->session());
    CHECK(demo.window->windowFilePath() == demo.path);
    CHECK(demo.window->session()->partners().count() > 0);
}

TEST_CASE("a full disk refuses an edit in plain words and the window goes on working", "[workbook]")
{
    test::FaultyVfs vfs; // before the window opens the workbook: SQLite picks the VFS when it connects
    auto demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    const QString code = session.partners().all().front().code;
    const QString name = session.partners().byCode(code)->name;

    vfs.failWritesAfter(0, SQLITE_FULL);
    {
        test::DialogAnswer answer(QMessageBox::Ok);
        const Partner before = *session.partners().byCode(code);
        CHECK_FALSE(
            EditPartnerCommand::create(session, before, renamed(session, code, QStringLiteral("满"))));
        CHECK(test::waitUntil([&] { return answer.seen(); }));
        CHECK(answer.text()
            == QStringLiteral(
                "The disk holding the workbook is full. Nothing of this change was written; free "
                "some space and try again."));
    }
    vfs.heal();
    CHECK(session.partners().byCode(code)->name == name);
    const Partner before = *session.partners().byCode(code);
    auto *edit =
        EditPartnerCommand::create(session, before, renamed(session, code, QStringLiteral("有空间了")));
    REQUIRE(edit);
    session.undoStack()->push(edit);
    CHECK(session.partners().byCode(code)->name == QStringLiteral("有空间了"));
}

TEST_CASE(
    "a workbook deleted while open refuses changes, shows a banner, and a copy keeps its data", "[workbook]")
{
    auto demo = test::openDemoWindow();
    MainWindow &w = *demo.window;
    WorkbookSession &session = *w.session();
    const int partners = session.partners().count();
    REQUIRE(partners > 0);
    FileLostBanner *banner = w.fileLostBanner();
    CHECK_FALSE(banner->isVisible());

    REQUIRE(QFile::remove(demo.path));
    // The file watch notices on its own, before anyone tries a change.
    REQUIRE(test::waitUntil([&] { return banner->isVisible(); }, 5000));
    CHECK(banner->text().contains(QStringLiteral("deleted or moved")));
    CHECK(banner->text().contains(demo.path));
    CHECK(session.isFileLost());

    {
        test::DialogAnswer answer(QMessageBox::Ok);
        const QString code = session.partners().all().front().code;
        const Partner before = *session.partners().byCode(code);
        CHECK_FALSE(
            EditPartnerCommand::create(session, before, renamed(session, code, QStringLiteral("丢"))));
        CHECK(test::waitUntil([&] { return answer.seen(); }));
        CHECK(answer.text().contains(QStringLiteral("was deleted or moved while it was open")));
        CHECK(answer.text().contains(QStringLiteral("Save a Copy As")));
    }
    // What would write is off; a spreadsheet dropped on the window is refused the same way.
    QAction *importAction = nullptr;
    for (QAction *action : w.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            importAction = action;
    REQUIRE(importAction);
    CHECK_FALSE(importAction->isEnabled());
    {
        test::DialogAnswer answer(QMessageBox::Ok);
        w.startImport(demo.dir->filePath(QStringLiteral("results.csv")));
        CHECK(answer.seen());
        CHECK(answer.text().contains(QStringLiteral("was deleted or moved while it was open")));
    }

    const QString copy = demo.dir->filePath(QStringLiteral("保存的副本.cwb"));
    answerFileDialog(copy);
    banner->saveCopyButton()->click();
    // Like any "Save As", the window now works on the copy, which holds every partner.
    REQUIRE(w.session());
    CHECK(w.windowFilePath() == copy);
    CHECK(w.session()->partners().count() == partners);
    CHECK_FALSE(banner->isVisible());
    CHECK_FALSE(w.session()->isFileLost());
    CHECK(importAction->isEnabled());
}
