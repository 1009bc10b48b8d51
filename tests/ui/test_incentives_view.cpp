// The Incentives view on the demo workbook: the quarter it opens on, the statement
// table and its totals, exact sorting, filters, the explained statement, closing a
// quarter, the budget gauge, exports and printing.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "i18n/Translations.h"
#include "incentive/Percent.h"
#include "incentives/BudgetGauge.h"
#include "incentives/CloseQuarterDialog.h"
#include "incentives/IncentivesView.h"
#include "incentives/StatementDetail.h"
#include "incentives/StatementFilterModel.h"
#include "incentives/StatementTableModel.h"
#include "incentives/StatementTotalsRow.h"
#include "incentives/StatementsPanel.h"
#include "partners/PartnerTableModel.h"
#include "print/ReportOutput.h"
#include "print/StatementPages.h"
#include "storage/ResultQuarters.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace cs;

namespace {

using Column = StatementTableModel::Column;

// The view on screen, chosen as a user would.
IncentivesView *showIncentives(test::DemoWindow &demo)
{
    IncentivesView *view = demo.window->incentivesView();
    REQUIRE(view);
    QListWidgetItem *entry = nullptr;
    for (QListWidget *list : demo.window->findChildren<QListWidget *>())
        for (QListWidgetItem *item : list->findItems(MainWindow::tr("Incentives"), Qt::MatchExactly))
            entry = item;
    REQUIRE(entry);
    entry->listWidget()->setCurrentItem(entry);
    REQUIRE(view->isVisible());
    REQUIRE(view->run().has_value());
    return view;
}

const PartnerStatement &statementOfRow(StatementsPanel *panel, int proxyRow)
{
    const QModelIndex source = panel->filterModel()->mapToSource(panel->filterModel()->index(proxyRow, 0));
    return panel->tableModel()->statementAt(source.row());
}

void selectRow(StatementsPanel *panel, int proxyRow)
{
    panel->table()->selectionModel()->setCurrentIndex(panel->filterModel()->index(proxyRow, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// The first visible row whose achievement line names a band.
int rowWithBand(StatementsPanel *panel)
{
    for (int row = 0; row < panel->filterModel()->rowCount(); ++row) {
        const StatementLine *line = statementOfRow(panel, row).achievementLine();
        if (line && line->band)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE(
    "the incentives view opens on the latest open quarter and lists every partner of it", "[incentives-view]")
{
    auto demo = test::openDemoWindow();
    IncentivesView *view = showIncentives(demo);
    WorkbookSession &session = *demo.window->session();

    const QList<Quarter> withResults = quartersWithResults(session.workbook());
    REQUIRE_FALSE(withResults.isEmpty());
    Quarter expected = withResults.front();
    for (const Quarter q : withResults)
        if (!session.incentives().isClosed(q))
            expected = q;
    CHECK(view->quarter() == expected);
    CHECK_FALSE(view->run()->closed);
    CHECK(view->statusBadge()->text() == StatementHtml::tr("Preview — nothing stored"));
    // The picker offers the quarter after the last one with results, for what comes next.
    CHECK(view->quarters().contains(withResults.back().next()));

    StatementsPanel *panel = view->statementsPanel();
    const int rows = panel->filterModel()->rowCount();
    CHECK(rows == view->run()->statements.size());
    const int active = session.partnerModel()->countWithStatus(PartnerStatus::Active);
    // About every active partner has a statement (watch-list partners too, and partners
    // who left but were paid something); only those who joined after the quarter lack one.
    CHECK(rows >= active * 9 / 10);
    CHECK(rows <= session.partnerModel()->rowCount());
}

TEST_CASE("the totals line is the sum of the visible rows, column by column", "[incentives-view]")
{
    auto demo = test::openDemoWindow();
    StatementsPanel *panel = showIncentives(demo)->statementsPanel();

    const auto sums = [panel] {
        std::array<Money, Column::ColumnCount> amounts {};
        for (int row = 0; row < panel->filterModel()->rowCount(); ++row)
            for (int column = 0; column < Column::ColumnCount; ++column)
                if (StatementTableModel::isAmountColumn(column))
                    amounts[column] += StatementTableModel::amountIn(statementOfRow(panel, row), column);
        return amounts;
    };
    std::array<Money, Column::ColumnCount> expected = sums();
    StatementTotals totals = panel->totals();
    CHECK(totals.partners == panel->filterModel()->rowCount());
    for (int column = 0; column < Column::ColumnCount; ++column) {
        if (!StatementTableModel::isAmountColumn(column))
            continue;
        INFO("column " << column);
        CHECK(totals.amounts[column] == expected[column]);
        CHECK(panel->totalsRow()->cell(column) == expected[column].toString());
    }
    CHECK(totals.amounts[Column::Total] > Money());

    // A tier filter: the totals follow the rows.
    panel->tierFilter()->setCurrentIndex(panel->tierFilter()->findData(int(Tier::Gold)));
    REQUIRE(panel->filterModel()->rowCount() > 0);
    CHECK(panel->filterModel()->rowCount() < totals.partners);
    expected = sums();
    totals = panel->totals();
    CHECK(totals.partners == panel->filterModel()->rowCount());
    CHECK(totals.amounts[Column::Total] == expected[Column::Total]);
    CHECK(totals.amounts[Column::Achievement] == expected[Column::Achievement]);
    for (int row = 0; row < panel->filterModel()->rowCount(); ++row)
        REQUIRE(statementOfRow(panel, row).tier == Tier::Gold);
}

TEST_CASE("amounts and achievement sort as exact numbers, not as text", "[incentives-view]")
{
    auto demo = test::openDemoWindow();
    StatementsPanel *panel = showIncentives(demo)->statementsPanel();
    const int rows = panel->filterModel()->rowCount();

    panel->table()->sortByColumn(Column::Total, Qt::DescendingOrder);
    for (int row = 1; row < rows; ++row)
        REQUIRE(statementOfRow(panel, row - 1).total() >= statementOfRow(panel, row).total());

    panel->table()->sortByColumn(Column::AchievementPercent, Qt::AscendingOrder);
    bool reachedEmpty = false;
    for (int row = 1; row < rows; ++row) {
        const auto before = StatementTableModel::achievementOf(statementOfRow(panel, row - 1));
        const auto after = StatementTableModel::achievementOf(statementOfRow(panel, row));
        // Partners without an achievement come last, never first as if they were zero.
        if (!after) {
            reachedEmpty = true;
            continue;
        }
        REQUIRE_FALSE(reachedEmpty);
        REQUIRE(before);
        REQUIRE(before->first * after->second <= after->first * before->second);
    }
}

TEST_CASE("selecting a statement explains each line, naming the achievement band", "[incentives-view]")
{
    auto demo = test::openDemoWindow();
    StatementsPanel *panel = showIncentives(demo)->statementsPanel();
    CHECK_FALSE(panel->detail()->hasStatement());

    const int row = rowWithBand(panel);
    REQUIRE(row >= 0);
    selectRow(panel, row);
    const PartnerStatement &s = statementOfRow(panel, row);
    REQUIRE(panel->selectedStatement());
    CHECK(panel->selectedStatement()->partnerId == s.partnerId);
    REQUIRE(panel->detail()->hasStatement());

    const QString text = panel->detail()->plainText();
    CHECK(text.contains(s.name));
    CHECK(text.contains(s.code));
    const StatementLine *achievement = s.achievementLine();
    CHECK(text.contains(bandRangeText(*achievement->band)));
    for (const StatementLine &line : s.lines) {
        CHECK(text.contains(explainLine(line)));
        CHECK(text.contains(line.amount.toString()));
    }
    CHECK(text.contains(s.total().toString()));
}

TEST_CASE("the exceptions filter shows only exceptions, each explained", "[incentives-view]")
{
    auto demo = test::openDemoWindow();
    StatementsPanel *panel = showIncentives(demo)->statementsPanel();
    const int all = panel->filterModel()->rowCount();
    const int exceptions = panel->tableModel()->exceptionCount();
    REQUIRE(exceptions > 0); // the demo has partners without results or targets
    CHECK(panel->totals().exceptions == exceptions);

    panel->exceptionsOnly()->setChecked(true);
    CHECK(panel->filterModel()->rowCount() == exceptions);
    CHECK(panel->totals().partners == exceptions);
    for (int row = 0; row < panel->filterModel()->rowCount(); ++row)
        REQUIRE(statementOfRow(panel, row).isException());

    selectRow(panel, 0);
    const PartnerStatement &s = statementOfRow(panel, 0);
    CHECK(panel->detail()->plainText().contains(explainException(s.exceptions.front())));
    const QModelIndex code = panel->filterModel()->index(0, Column::Code);
    CHECK_FALSE(code.data(Qt::DecorationRole).isNull());
    CHECK_FALSE(code.data(Qt::BackgroundRole).isNull());

    panel->exceptionsOnly()->setChecked(false);
    CHECK(panel->filterModel()->rowCount() == all);
    // The search finds by code.
    panel->searchEdit()->setText(statementOfRow(panel, 5).code);
    CHECK(panel->filterModel()->rowCount() == 1);
}

TEST_CASE(
    "closing a quarter through its dialog freezes the statements and marks it closed", "[incentives-view]")
{
    auto demo = test::openDemoWindow();
    IncentivesView *view = showIncentives(demo);
    WorkbookSession &session = *demo.window->session();
    const Quarter quarter = view->quarter();
    const QList<PartnerStatement> preview = view->run()->statements;
    const BudgetUse previewBudget = view->run()->budget;
    REQUIRE(view->closeButton()->isEnabled());
    const int row = rowWithBand(view->statementsPanel());
    REQUIRE(row >= 0);
    selectRow(view->statementsPanel(), row);
    const qint64 selected = view->statementsPanel()->selectedStatement()->partnerId;

    // Answer the dialog as the manager would: a note, then Close.
    bool answered = false;
    QTimer::singleShot(0, [&answered] {
        test::waitUntil([] { return qobject_cast<CloseQuarterDialog *>(QApplication::activeModalWidget()); });
        auto *dialog = qobject_cast<CloseQuarterDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->noteEdit()->setPlainText(QStringLiteral("Reviewed with the director"));
        dialog->findChild<QPushButton *>(QStringLiteral("confirmClose"))->click();
        answered = true;
    });
    view->askToCloseQuarter();
    REQUIRE(answered);

    CHECK(session.incentives().isClosed(quarter));
    CHECK(view->quarter() == quarter);
    REQUIRE(view->run());
    CHECK(view->run()->closed);
    CHECK(view->run()->closeNote == QStringLiteral("Reviewed with the director"));
    // What was frozen is what the preview showed.
    REQUIRE(view->run()->statements.size() == preview.size());
    for (qsizetype i = 0; i < preview.size(); ++i) {
        REQUIRE(view->run()->statements[i].partnerId == preview[i].partnerId);
        REQUIRE(view->run()->statements[i].lines == preview[i].lines);
    }
    // The gauge reads the same before and after: closing changes no figure.
    CHECK(view->run()->budget.spent.fen() == previewBudget.spent.fen());
    CHECK(view->run()->budget.budget.fen() == previewBudget.budget.fen());
    CHECK(view->statusBadge()->text() == StatementHtml::statusText({ true, view->run()->closedAt }));
    CHECK(view->statusBadge()->text() != StatementHtml::statusText({ false, {} }));
    CHECK_FALSE(view->closeButton()->isEnabled());
    CHECK(view->quarterPicker()->currentText().contains(
        IncentivesView::tr("%1 (closed)").arg(quarter.label())));
    // The manager's place is kept.
    REQUIRE(view->statementsPanel()->selectedStatement());
    CHECK(view->statementsPanel()->selectedStatement()->partnerId == selected);

    // Closing again is refused by the book, and said so.
    test::DialogAnswer answer(QMessageBox::Ok);
    CHECK_FALSE(view->closeQuarter(QString()));
    CHECK(answer.seen());
}

TEST_CASE("cancelling the closing dialog stores nothing", "[incentives-view]")
{
    auto demo = test::openDemoWindow();
    IncentivesView *view = showIncentives(demo);
    const Quarter quarter = view->quarter();
    QTimer::singleShot(0, [] {
        test::waitUntil([] { return qobject_cast<CloseQuarterDialog *>(QApplication::activeModalWidget()); });
        if (auto *dialog = qobject_cast<CloseQuarterDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    view->askToCloseQuarter();
    CHECK_FALSE(demo.window->session()->incentives().isClosed(quarter));
    CHECK_FALSE(view->run()->closed);
}

TEST_CASE("the budget gauge shows the quarter's spending against its budget", "[incentives-view]")
{
    auto demo = test::openDemoWindow();
    IncentivesView *view = showIncentives(demo);
    const BudgetUse &use = view->run()->budget;
    CHECK(use.spent == view->statementsPanel()->totals().amounts[Column::Total]);
    const QString text = view->budgetGauge()->text();
    CHECK(text.contains(use.spent.toString()));
    CHECK(text.contains(use.budget.toString()));
    if (use.budget.fen() > 0)
        CHECK(text.contains(formatRatioPercent(use.spent.fen(), use.budget.fen())));
    if (const auto roi = use.roi())
        CHECK(text.contains(formatRoi(roi->first, roi->second)));

    BudgetGauge gauge;
    BudgetUse over = use;
    over.budget = Money::fromFen(1000);
    over.spent = Money::fromFen(1001);
    gauge.setUse(over);
    const QColor red = gauge.barColour();
    over.spent = Money::fromFen(900);
    gauge.setUse(over);
    const QColor amber = gauge.barColour();
    over.spent = Money::fromFen(899);
    gauge.setUse(over);
    const QColor normal = gauge.barColour();
    CHECK(red != amber);
    CHECK(amber != normal);
    CHECK(red != normal);
}

TEST_CASE("the view exports the quarter's statements and prints one per page", "[incentives-view]")
{
    auto demo = test::openDemoWindow();
    IncentivesView *view = showIncentives(demo);
    const QList<PartnerStatement> &statements = view->run()->statements;
    const QString csv = demo.dir->filePath(QStringLiteral("out.csv"));
    QString error;
    REQUIRE(view->exportStatements(csv, IncentivesView::ExportFormat::Csv, &error));
    const QByteArray bytes = test::readAll(csv);
    CHECK(bytes.count("\r\n") == statements.size() + 1);
    REQUIRE(view->exportStatements(
        demo.dir->filePath(QStringLiteral("out.xlsx")), IncentivesView::ExportFormat::Xlsx, &error));

    // A page per statement, through the scorecards' renderer frame.
    const QList<PartnerStatement> three = statements.mid(0, 3);
    const QString pdf = demo.dir->filePath(QStringLiteral("statements.pdf"));
    REQUIRE(view->exportStatements(pdf, IncentivesView::ExportFormat::Pdf, &error));
    CHECK(test::pdfPageCount(pdf) == statements.size());
    const QString some = demo.dir->filePath(QStringLiteral("three.pdf"));
    REQUIRE(ReportOutput::writePdf(some, StatementPages(three, { false, {} }, {})));
    const QString text = test::pdfText(some);
    REQUIRE_FALSE(text.isEmpty());
    for (const PartnerStatement &s : three) {
        CHECK(text.contains(s.code));
        for (const StatementLine &line : s.lines)
            CHECK(test::squeezed(text).contains(test::squeezed(explainLine(line))));
    }
}

TEST_CASE(
    "a long statement continues on a second page under its name, total on the last", "[incentives-view]")
{
    PartnerStatement s;
    s.code = QStringLiteral("HD-0001");
    s.name = QStringLiteral("华东测试伙伴");
    s.quarter = Quarter(2026, 3);
    s.target = Money::fromFen(100000000);
    s.sales = Money::fromFen(93400000);
    for (int i = 0; i < 40; ++i) {
        StatementLine line;
        line.component = Component::Penalty;
        line.penaltyKind = PenaltyKind::CrossRegion;
        line.amount = Money::fromFen(-(i + 1) * 100);
        line.detail = QStringLiteral("串货 %1").arg(i + 1);
        s.lines.append(line);
    }
    PartnerStatement small = s;
    small.code = QStringLiteral("HD-0002");
    small.lines = s.lines.mid(0, 2);
    const StatementPages pages({ s, small }, { false, {} }, {});
    REQUIRE(pages.pageCount() >= 3);
    const QList<StatementPages::Page> &laid = pages.pages();
    CHECK(laid.front().first);
    CHECK_FALSE(laid.front().last);
    CHECK(laid.front().firstLine == 0);
    // The pages of the long statement cover its lines once each, in order.
    int next = 0;
    int i = 0;
    for (; laid[i].statement == 0; ++i) {
        CHECK(laid[i].firstLine == next);
        CHECK(laid[i].endLine >= laid[i].firstLine);
        next = laid[i].endLine;
    }
    CHECK(next == 40);
    CHECK(laid[i - 1].last);
    CHECK_FALSE(laid[1].first);
    // The next statement starts on its own page with its head and total.
    CHECK(laid[i].statement == 1);
    CHECK(laid[i].first);
    CHECK(laid[i].last);
    CHECK(laid[i].endLine == 2);
}

// Not run by default: renders the view with a selected statement for a look (and for
// README screenshots) into $CS_RENDER_DIR, in $CS_RENDER_LANG when set.
TEST_CASE("render the incentives view", "[.render]")
{
    const QString dir = qEnvironmentVariable("CS_RENDER_DIR");
    if (dir.isEmpty())
        return;
    QSettings().remove(QStringLiteral("incentives"));
    if (qEnvironmentVariableIsSet("CS_RENDER_LANG"))
        installTranslations(*qApp, qEnvironmentVariable("CS_RENDER_LANG"));
    auto demo = test::openDemoWindow();
    demo.window->resize(1600, 1000);
    IncentivesView *view = showIncentives(demo);
    StatementsPanel *panel = view->statementsPanel();
    panel->table()->sortByColumn(Column::Total, Qt::DescendingOrder);
    selectRow(panel, 3);
    test::waitUntil([] { return false; }, 300);
    const QString suffix = qEnvironmentVariable("CS_RENDER_LANG");
    REQUIRE(demo.window->grab().save(dir + QStringLiteral("/incentives%1.png").arg(suffix)));
    // The printed form of the selected statement and of an exception, as PDF pages.
    QList<PartnerStatement> printed { *panel->selectedStatement() };
    for (const PartnerStatement &s : view->run()->statements)
        if (s.isException()) {
            printed.append(s);
            break;
        }
    CHECK(ReportOutput::writePdf(dir + QStringLiteral("/statement%1.pdf").arg(suffix),
        StatementPages(printed, { false, {} }, ReportPage::branding(demo.window->session()->workbook()))));
    panel->exceptionsOnly()->setChecked(true);
    selectRow(panel, 0);
    test::waitUntil([] { return false; }, 200);
    REQUIRE(demo.window->grab().save(dir + QStringLiteral("/incentives-exceptions%1.png").arg(suffix)));
    CloseQuarterDialog dialog(view->quarter(), int(view->run()->statements.size()), 36, demo.window.get());
    dialog.noteEdit()->setPlainText(QStringLiteral("Reviewed with the channel director"));
    dialog.show();
    test::waitUntil([] { return false; }, 200);
    REQUIRE(dialog.grab().save(dir + QStringLiteral("/incentives-close%1.png").arg(suffix)));
    dialog.hide();
    REQUIRE(view->closeQuarter(QStringLiteral("Reviewed with the channel director")));
    panel->exceptionsOnly()->setChecked(false);
    test::waitUntil([] { return false; }, 200);
    REQUIRE(demo.window->grab().save(dir + QStringLiteral("/incentives-closed%1.png").arg(suffix)));
}
