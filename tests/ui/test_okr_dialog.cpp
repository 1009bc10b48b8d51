// The OKR dialog from the Scorecards view: what is typed is stored exactly, the card
// is read again and shows it, and a number that is not a decimal keeps the dialog open.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "scorecard/OkrDialog.h"
#include "scorecard/ScorecardView.h"
#include "storage/OkrStore.h"

#include <QApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

using namespace cs;

TEST_CASE("OKRs and notes typed in the dialog are saved and reach the shown card", "[okr-dialog]")
{
    test::DemoWindow demo = test::openDemoWindow();
    ScorecardView *view = demo.window->scorecardView();
    REQUIRE(view);
    for (QListWidget *list : demo.window->findChildren<QListWidget *>())
        for (QListWidgetItem *item : list->findItems(MainWindow::tr("Scorecards"), Qt::MatchExactly))
            list->setCurrentItem(item);
    REQUIRE(view->currentCard());
    const QString code = view->currentCard()->code;
    const qint64 partnerId = view->currentCard()->score.partnerId;
    const Quarter quarter = view->currentCard()->quarter;
    REQUIRE(view->okrButton()->isEnabled());

    bool sawBadNumber = false;
    // The dialog is modal; it is filled in once it shows.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<OkrDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QTreeWidgetItem *objective = dialog->addObjective();
        objective->setText(0, QStringLiteral("扩大覆盖"));
        QTreeWidgetItem *keyResult = dialog->addKeyResult(objective);
        keyResult->setText(0, QStringLiteral("新签客户"));
        keyResult->setText(1, QStringLiteral("abc"));
        keyResult->setText(2, QStringLiteral("10"));
        keyResult->setText(3, QStringLiteral("家"));
        QString problem;
        sawBadNumber = !dialog->objectives(&problem).has_value() && problem.contains(QStringLiteral("abc"));
        keyResult->setText(1, QStringLiteral("7.5"));
        dialog->noteEdit()->setPlainText(QStringLiteral("每周跟进回款"));
        dialog->accept();
    });
    view->okrButton()->click();

    CHECK(sawBadNumber);
    const QList<Objective> stored =
        OkrStore(demo.window->session()->workbook()).objectives(partnerId, quarter);
    REQUIRE(stored.size() == 1);
    REQUIRE(stored[0].keyResults.size() == 1);
    CHECK(stored[0].keyResults[0].current == Ratio { 15, 2 });
    CHECK(stored[0].keyResults[0].target == Ratio { 10, 1 });
    CHECK(stored[0].keyResults[0].unit == QStringLiteral("家"));
    REQUIRE(view->currentCard());
    CHECK(view->currentCard()->code == code);
    CHECK(view->currentCard()->objectives.size() == 1);
    CHECK(view->currentCard()->improvementNote == QStringLiteral("每周跟进回款"));

    OkrDialog again(*demo.window->session(), partnerId, quarter, QStringLiteral("x"));
    CHECK(again.tree()->topLevelItemCount() == 1);
    CHECK(again.tree()->topLevelItem(0)->child(0)->text(1) == QStringLiteral("7.5"));
    CHECK(again.noteEdit()->toPlainText() == QStringLiteral("每周跟进回款"));
}
