// The import wizard and the import history on the demo workbook: a results file
// with one bad row is checked, refused whole, imported as its valid rows, and undone;
// a header detection gets wrong, or misses, is chosen by hand.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "import/ImportHistoryModel.h"
#include "import/ImportHistoryView.h"
#include "import/ImportReportModel.h"
#include "import/ImportWizard.h"
#include "partners/PartnerCommands.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersView.h"
#include "storage/Workbook.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>

using namespace cs;

namespace {

// Row 1 is a title, row 2 the header; row 4 has an amount that is not one.
QString writeResults(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("华东业绩.csv"));
    test::writeAll(path,
        QStringLiteral("2025年第四季度华东业绩,,,,\n"
                       "伙伴编号,季度,销售目标,实际销售额,回款额\n"
                       "HD-0001,2025Q4,100000,123456,90000\n"
                       "XN-0001,2025Q4,200000,一百万,100000\n"
                       "HN-0001,2025Q4,50000,60000,\n")
            .toUtf8());
    return path;
}

// The demo partner's actual sales for 2025Q4 in fen, or -1 when there is no such row.
qint64 actualSales(Workbook &workbook, const QString &code)
{
    QSqlQuery q(workbook.database());
    REQUIRE(q.prepare(
        QStringLiteral("SELECT r.actual_sales FROM results r JOIN partners p ON p.id = r.partner_id "
                       "WHERE p.code = ? AND r.quarter = '2025Q4'")));
    q.addBindValue(code);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toLongLong() : -1;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

QAbstractButton *finishButton(QWizard &wizard)
{
    return wizard.button(QWizard::FinishButton);
}

// The report's lines for `row`, errors only.
QStringList errorsOnRow(QTableView *report, int row)
{
    QStringList reasons;
    const QAbstractItemModel *model = report->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString reason = model->index(r, ImportReportModel::ReasonColumn).data().toString();
        const bool note = model->index(r, ImportReportModel::ReasonColumn).data(Qt::FontRole).isValid();
        if (model->index(r, ImportReportModel::RowColumn).data().toInt() == row && !note)
            reasons.append(reason);
    }
    return reasons;
}

// Goes through the wizard on the demo's results file and imports the valid rows.
ImportReport importValidRows(WorkbookSession &session, const QString &path)
{
    ImportWizard wizard(session, path);
    wizard.show();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    child<QRadioButton>(&wizard, "valid-only")->setChecked(true);
    REQUIRE(finishButton(wizard)->isEnabled());
    test::DialogAnswer ok(QMessageBox::Ok);
    finishButton(wizard)->click();
    CHECK(ok.seen());
    return wizard.result();
}

} // namespace

TEST_CASE("the wizard recognises a results file and finds its header below the title row", "[import]")
{
    auto demo = test::openDemoWindow();
    const QString path = writeResults(*demo.dir);
    ImportWizard wizard(*demo.window->session(), path);
    wizard.show();

    CHECK(child<QLineEdit>(&wizard, "import-path")->text() == QDir::toNativeSeparators(path));
    CHECK(child<QComboBox>(&wizard, "import-kind")->currentData().toInt() == int(ImportKind::Results));
    CHECK_FALSE(child<QComboBox>(&wizard, "import-sheet")->isEnabled()); // a text file has no sheets
    CHECK(child<QComboBox>(&wizard, "import-encoding")->itemText(0).contains(QStringLiteral("UTF-8")));
    CHECK(child<QLabel>(&wizard, "import-error")->text().isEmpty());
    CHECK(wizard.currentPage()->isComplete());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    auto *table = child<QTableWidget>(&wizard, "mapping-table");
    REQUIRE(table->rowCount() == 5);
    CHECK(table->item(3, 0)->text() == QStringLiteral("D"));
    CHECK(table->item(3, 1)->text() == QStringLiteral("实际销售额"));
    auto *actual = child<QComboBox>(&wizard, "field-D");
    CHECK(actual->currentData().toString() == QStringLiteral("actual_sales"));
    CHECK(wizard.currentPage()->isComplete());

    // The preview starts below the header, at the file's row 3.
    auto *preview = child<QTableView>(&wizard, "mapping-preview");
    CHECK(preview->model()->headerData(0, Qt::Vertical).toString() == QStringLiteral("3"));
    CHECK(preview->model()->index(0, 0).data().toString() == QStringLiteral("HD-0001"));
}

TEST_CASE("ignoring a required column blocks the wizard and renames the preview column at once", "[import]")
{
    auto demo = test::openDemoWindow();
    ImportWizard wizard(*demo.window->session(), writeResults(*demo.dir));
    wizard.show();
    wizard.next();
    auto *actual = child<QComboBox>(&wizard, "field-D");
    auto *preview = child<QTableView>(&wizard, "mapping-preview");
    const QString mapped = preview->model()->headerData(3, Qt::Horizontal).toString();
    CHECK(mapped.startsWith(QStringLiteral("Actual sales")));

    actual->setCurrentIndex(actual->findData(QString()));
    CHECK_FALSE(wizard.currentPage()->isComplete());
    CHECK(child<QLabel>(&wizard, "missing-fields")->text().contains(QStringLiteral("Actual sales")));
    CHECK(preview->model()->headerData(3, Qt::Horizontal).toString().startsWith(QStringLiteral("(ignored)")));

    // Giving the field to another column takes it from the one that had it.
    auto *collections = child<QComboBox>(&wizard, "field-E");
    collections->setCurrentIndex(collections->findData(QStringLiteral("actual_sales")));
    CHECK(wizard.currentPage()->isComplete());
    actual->setCurrentIndex(actual->findData(QStringLiteral("actual_sales")));
    CHECK(collections->currentData().toString().isEmpty());
    CHECK(wizard.currentPage()->isComplete());
}

TEST_CASE("choosing the header row maps the columns it names and the import starts below it", "[import]")
{
    auto demo = test::openDemoWindow();
    Workbook &workbook = demo.window->session()->workbook();
    // Line 1, left over from another template, names more fields than the real header on line 2,
    // so detection takes it, and finds no column for the sales figures.
    const QString path = demo.dir->filePath(QStringLiteral("两行表头.csv"));
    test::writeAll(path,
        QStringLiteral("伙伴编号,季度,回款额,满意度,备注\n"
                       "伙伴编号,季度,销售目标,实际销售额\n"
                       "HD-0001,2025Q4,100000,123456\n"
                       "HN-0001,2025Q4,50000,60000\n")
            .toUtf8());
    ImportWizard wizard(*demo.window->session(), path, ImportKind::Results);
    wizard.show();
    CHECK(wizard.currentPage()->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    auto *headerRow = child<QSpinBox>(&wizard, "header-row");
    CHECK(headerRow->value() == 1);
    CHECK(headerRow->minimum() == 1);
    CHECK(headerRow->maximum() == 4);
    CHECK_FALSE(wizard.currentPage()->isComplete());
    CHECK(child<QLabel>(&wizard, "missing-fields")->text().contains(QStringLiteral("Sales target")));

    headerRow->setValue(2);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the combos of row 1's columns
    CHECK(wizard.draft().mapping.headerRow == 2);
    CHECK(wizard.currentPage()->isComplete());
    CHECK(child<QTableWidget>(&wizard, "mapping-table")->rowCount() == 4);
    CHECK(child<QComboBox>(&wizard, "field-C")->currentData().toString() == QStringLiteral("sales_target"));
    CHECK(child<QLabel>(&wizard, "header-where")->text().contains(QStringLiteral("Row 1 looked like")));
    auto *preview = child<QTableView>(&wizard, "mapping-preview");
    CHECK(preview->model()->rowCount() == 2);
    CHECK(preview->model()->headerData(0, Qt::Vertical).toString() == QStringLiteral("3"));
    CHECK(preview->model()->index(0, 0).data().toString() == QStringLiteral("HD-0001"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    INFO(child<QLabel>(&wizard, "check-summary")->text().toStdString());
    REQUIRE(finishButton(wizard)->isEnabled()); // all or nothing: the line above the header is no error
    test::DialogAnswer ok(QMessageBox::Ok);
    finishButton(wizard)->click();
    CHECK(wizard.result().outcome == ImportOutcome::Committed);
    CHECK(wizard.result().counts.rejected == 0);
    CHECK(actualSales(workbook, QStringLiteral("HD-0001")) == 12345600);
    CHECK(actualSales(workbook, QStringLiteral("HN-0001")) == 6000000);
}

TEST_CASE(
    "a file with no header the program recognises goes on to the columns, its first row shown as the header",
    "[import]")
{
    auto demo = test::openDemoWindow();
    const QString path = demo.dir->filePath(QStringLiteral("陌生表头.csv"));
    test::writeAll(
        path, QStringLiteral("代码,所属期,任务额,完成额\nHD-0001,2025Q4,100000,123456\n").toUtf8());
    ImportWizard wizard(*demo.window->session(), path, ImportKind::Results);
    wizard.show();
    CHECK(child<QLabel>(&wizard, "import-error")->text().isEmpty());
    CHECK(child<QLabel>(&wizard, "import-info")->text().contains(QStringLiteral("next page")));
    CHECK(wizard.currentPage()->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    CHECK(child<QSpinBox>(&wizard, "header-row")->value() == 1);
    auto *table = child<QTableWidget>(&wizard, "mapping-table");
    REQUIRE(table->rowCount() == 4);
    CHECK(table->item(3, 1)->text() == QStringLiteral("完成额"));
    CHECK_FALSE(wizard.currentPage()->isComplete());
    const char *const combos[] = { "field-A", "field-B", "field-C", "field-D" };
    const char *const keys[] = { "partner_code", "quarter", "sales_target", "actual_sales" };
    for (int c = 0; c < 4; ++c) {
        auto *combo = child<QComboBox>(&wizard, combos[c]);
        combo->setCurrentIndex(combo->findData(QLatin1String(keys[c])));
    }
    CHECK(wizard.currentPage()->isComplete());
}

TEST_CASE("a file that cannot be read is explained under the path and the wizard goes no further", "[import]")
{
    auto demo = test::openDemoWindow();
    const QString missing = demo.dir->filePath(QStringLiteral("不存在.xlsx"));
    ImportWizard wizard(*demo.window->session(), missing);
    wizard.show();
    const QString error = child<QLabel>(&wizard, "import-error")->text();
    CHECK_FALSE(error.isEmpty());
    CHECK(error.contains(QStringLiteral("不存在.xlsx")));
    CHECK_FALSE(wizard.currentPage()->isComplete());
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::FilePage);
}

TEST_CASE(
    "the check lists the bad row by its Excel row and refuses all-or-nothing until valid rows only is chosen",
    "[import]")
{
    auto demo = test::openDemoWindow();
    Workbook &workbook = demo.window->session()->workbook();
    const qint64 before = actualSales(workbook, QStringLiteral("HD-0001"));
    const QString path = writeResults(*demo.dir);
    ImportWizard wizard(*demo.window->session(), path);
    wizard.show();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);

    auto *report = child<QTableView>(&wizard, "report-table");
    const QStringList reasons = errorsOnRow(report, 4);
    INFO(child<QLabel>(&wizard, "check-summary")->text().toStdString());
    CHECK(reasons.size() == 1);
    CHECK(errorsOnRow(report, 3).isEmpty());
    CHECK(errorsOnRow(report, 5).isEmpty());
    CHECK(report->model()
              ->index(0, ImportReportModel::CellColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("D")));
    CHECK(report->model()->index(0, ImportReportModel::ValueColumn).data().toString()
        == QStringLiteral("一百万"));
    // The row is highlighted in the preview, with the reason as its tooltip.
    auto *preview = child<QTableView>(&wizard, "check-preview");
    CHECK(preview->model()->index(1, 0).data(Qt::BackgroundRole).isValid());
    CHECK(preview->model()->index(1, 0).data(Qt::ToolTipRole).toString().contains(reasons.value(0)));
    CHECK_FALSE(preview->model()->index(0, 0).data(Qt::BackgroundRole).isValid());

    // All or nothing: Import is disabled, and the page says why.
    CHECK(child<QRadioButton>(&wizard, "all-or-nothing")->isChecked());
    CHECK_FALSE(finishButton(wizard)->isEnabled());
    CHECK_FALSE(child<QLabel>(&wizard, "import-blocked")->text().isEmpty());
    CHECK(actualSales(workbook, QStringLiteral("HD-0001")) == before); // the check wrote nothing

    child<QRadioButton>(&wizard, "valid-only")->setChecked(true);
    CHECK(finishButton(wizard)->isEnabled());
    const QString rejects = QDir::fromNativeSeparators(child<QLineEdit>(&wizard, "rejects-path")->text());
    CHECK(rejects == Importer::defaultRejectsPath(path));
    CHECK_FALSE(QFile::exists(rejects));

    test::DialogAnswer ok(QMessageBox::Ok);
    finishButton(wizard)->click();
    CHECK(ok.seen());
    CHECK(ok.text().contains(QStringLiteral("华东业绩.csv")));
    CHECK(wizard.result().outcome == ImportOutcome::Committed);
    CHECK(wizard.result().counts.rejected == 1);
    CHECK_FALSE(wizard.isVisible());
    CHECK(actualSales(workbook, QStringLiteral("HD-0001")) == 12345600);
    CHECK(actualSales(workbook, QStringLiteral("HN-0001")) == 6000000);
    CHECK(QFile::exists(rejects));
    CHECK(test::readAll(rejects).contains("一百万"));
}

TEST_CASE("the import history lists the import and undoing it takes the rows back out", "[import]")
{
    auto demo = test::openDemoWindow();
    Workbook &workbook = demo.window->session()->workbook();
    const qint64 before = actualSales(workbook, QStringLiteral("HD-0001"));
    const ImportReport result = importValidRows(*demo.window->session(), writeResults(*demo.dir));
    REQUIRE(result.outcome == ImportOutcome::Committed);
    REQUIRE(actualSales(workbook, QStringLiteral("HD-0001")) == 12345600);

    ImportHistoryView *view = demo.window->historyView();
    REQUIRE(view);
    REQUIRE(view->model()->rowCount() >= 1);
    const ImportRecord newest = view->model()->recordAt(0);
    CHECK(newest.id == result.importId);
    CHECK(newest.fileName == QStringLiteral("华东业绩.csv"));
    CHECK(newest.counts.rejected == 1);
    CHECK(newest.canUndo);
    auto *undo = child<QPushButton>(view, "undo-import");
    CHECK(undo->isEnabled());
    CHECK(view->model()
              ->index(0, ImportHistoryModel::Checksum)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(newest.sha256));

    {
        // Cancelling the question changes nothing.
        test::DialogAnswer cancel(QMessageBox::Cancel);
        CHECK_FALSE(view->undoSelected());
        INFO(cancel.texts().join(QStringLiteral(" / ")).toStdString());
        CHECK(cancel.text().contains(QStringLiteral("华东业绩.csv")));
        CHECK(actualSales(workbook, QStringLiteral("HD-0001")) == 12345600);
    }
    test::DialogAnswer yes(QMessageBox::Yes);
    CHECK(view->undoSelected());
    CHECK(yes.seen());
    INFO(yes.texts().join(QStringLiteral(" / ")).toStdString());
    CHECK(actualSales(workbook, QStringLiteral("HD-0001")) == before);
    CHECK(actualSales(workbook, QStringLiteral("HN-0001")) != 6000000);
    REQUIRE(view->model()->rowCount() >= 1);
    CHECK(view->model()->recordAt(0).undoneAt.isValid());
    CHECK_FALSE(view->model()->recordAt(0).canUndo);
    CHECK_FALSE(undo->isEnabled());

    // The demo's partner import is the latest of its kind, but results name its
    // partners: the button stays disabled and says why before anyone tries.
    const int partnersRow = view->model()->rowCount() - 1;
    REQUIRE(view->model()->recordAt(partnersRow).kind == ImportKind::Partners);
    view->table()->selectionModel()->setCurrentIndex(view->model()->index(partnersRow, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->toolTip().contains(QStringLiteral("Undo or remove those first")));
    CHECK(view->model()
              ->index(partnersRow, ImportHistoryModel::State)
              .data(Qt::ToolTipRole)
              .toString()
              == undo->toolTip());
}

TEST_CASE("importing partners shows them in the table at once and clears the edit history", "[import]")
{
    auto demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    Partner added;
    added.code = QStringLiteral("ZZ-0100");
    added.name = QStringLiteral("手工添加的伙伴");
    auto *command = AddPartnerCommand::create(session, added);
    REQUIRE(command);
    session.undoStack()->push(command);
    REQUIRE(session.undoStack()->canUndo());

    const QString path = demo.dir->filePath(QStringLiteral("新伙伴.csv"));
    test::writeAll(path,
        QStringLiteral("伙伴编号,伙伴名称,类型,区域\n"
                       "ZZ-0001,测试一号有限公司,经销商,华东\n"
                       "ZZ-0002,测试二号有限公司,代理商,华南\n")
            .toUtf8());
    ImportWizard wizard(session, path);
    wizard.show();
    CHECK(child<QComboBox>(&wizard, "import-kind")->currentData().toInt() == int(ImportKind::Partners));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(child<QLabel>(&wizard, "check-summary")->text().contains(QStringLiteral("inserted 2")));
    CHECK_FALSE(child<QWidget>(&wizard, "valid-only")->isVisibleTo(&wizard)); // no errors: no choice to make
    REQUIRE(finishButton(wizard)->isEnabled());
    test::DialogAnswer ok(QMessageBox::Ok);
    finishButton(wizard)->click();
    REQUIRE(wizard.result().outcome == ImportOutcome::Committed);

    CHECK(session.partnerModel()->rowCount() == 2003);
    CHECK(demo.window->partnersView()->table()->model()->rowCount() == 2003);
    const auto labels = demo.window->statusBar()->findChildren<QLabel *>();
    CHECK(std::any_of(labels.cbegin(), labels.cend(),
        [](const QLabel *l) { return l->text().contains(QLocale().toString(2003)); }));
    // Undoing the earlier add would now write behind the import's back.
    CHECK_FALSE(session.undoStack()->canUndo());
}

TEST_CASE("dropping a spreadsheet on the window opens the import wizard on it", "[import]")
{
    auto demo = test::openDemoWindow();
    const QString path = writeResults(*demo.dir);
    QString seenPath;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget())) {
            seenPath = wizard->draft().source.path;
            wizard->reject();
        }
    });
    poll.start();

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(demo.window.get(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(demo.window.get(), &drop);
    CHECK(test::waitUntil([&] { return !seenPath.isEmpty(); }));
    CHECK(seenPath == path);
    CHECK(demo.window->windowFilePath() == demo.path); // still the same workbook
}
