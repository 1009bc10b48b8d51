// The KPI catalogue editor and the KPI values dialog: weights that do not add up are
// named and keep OK disabled, a saved catalogue reads back equal, a KPI added in the
// editor is entered per partner, and entered values are stored exactly, reach the
// shown card, are removed when cleared and are refused while a cell does not read.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "scorecard/KpiCatalogueDialog.h"
#include "scorecard/KpiCatalogueModel.h"
#include "scorecard/KpiEntriesDialog.h"
#include "scorecard/ScorecardView.h"
#include "storage/ScorecardStore.h"
#include "storage/Workbook.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

using namespace cs;

namespace {

struct Fixture {
    std::unique_ptr<QTemporaryDir> dir = test::tempDir();
    std::unique_ptr<WorkbookSession> session;

    Fixture()
    {
        WorkbookError error;
        auto workbook = Workbook::create(dir->filePath(QStringLiteral("kpis.cwb")), &error);
        REQUIRE(workbook);
        session = std::make_unique<WorkbookSession>(std::move(workbook));
    }
};

int rowOf(const KpiCatalogueModel *model, const char *code)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, KpiCatalogueModel::CodeColumn).data().toString() == QLatin1String(code))
            return row;
    FAIL("no KPI " << code);
    return -1;
}

bool edit(KpiCatalogueModel *model, const char *code, int column, const QVariant &value)
{
    return model->setData(model->index(rowOf(model, code), column), value);
}

const KpiScore *kpiScore(const ScorecardCard &card, const char *code)
{
    for (const KpiScore &k : card.score.kpis)
        if (k.code == QLatin1String(code))
            return &k;
    return nullptr;
}

ScorecardView *showScorecards(test::DemoWindow &demo)
{
    ScorecardView *view = demo.window->scorecardView();
    REQUIRE(view);
    for (QListWidget *list : demo.window->findChildren<QListWidget *>())
        for (QListWidgetItem *item : list->findItems(MainWindow::tr("Scorecards"), Qt::MatchExactly))
            list->setCurrentItem(item);
    REQUIRE(view->currentCard());
    return view;
}

} // namespace

TEST_CASE("a family whose KPI weights add up to 90 is named and keeps OK disabled until it is 100 again",
    "[kpi-editors]")
{
    Fixture f;
    KpiCatalogueDialog dialog(*f.session);
    KpiCatalogueModel *model = dialog.model();
    CHECK(dialog.catalogue() == defaultCatalogue());
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.familySum(KpiFamily::Financial)->text() == QStringLiteral("KPI weights: 100"));

    // Profit margin 20 → 10: sales 50 + collection 30 + margin 10 = 90.
    REQUIRE(edit(model, "profit_margin", KpiCatalogueModel::WeightColumn, 10));
    CHECK(dialog.problems()
        == QStringList { QStringLiteral("The KPI weights of the Financial family add up to 90, not 100.") });
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.familySum(KpiFamily::Financial)->text() == QStringLiteral("KPI weights: 90"));
    auto *list = dialog.findChild<QLabel *>(QStringLiteral("catalogueProblems"));
    REQUIRE(list);
    CHECK(list->text().contains(QStringLiteral("Financial family add up to 90")));

    REQUIRE(edit(model, "profit_margin", KpiCatalogueModel::WeightColumn, 20));
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.okButton()->isEnabled());

    // Family weights 40 + 10 + 20 + 10 + 10 = 90.
    dialog.familyWeight(KpiFamily::Market)->setValue(10);
    CHECK(dialog.problems() == QStringList { QStringLiteral("The family weights add up to 90, not 100.") });
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("familyTotal"))->text() == QStringLiteral("90 of 100"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    dialog.familyWeight(KpiFamily::Market)->setValue(20);
    CHECK(dialog.okButton()->isEnabled());

    // Thresholds out of order are refused too.
    dialog.gradeThreshold(1)->setValue(95);
    CHECK(dialog.problems().join(QLatin1Char(' ')).contains(QStringLiteral("A 90, B 95, C 60")));
    CHECK_FALSE(dialog.okButton()->isEnabled());

    // OK does nothing while there are problems: nothing is stored.
    dialog.accept();
    CHECK(f.session->workbook().setting(ScorecardStore::catalogueKey()).isEmpty());
    dialog.restoreDefaults();
    CHECK(dialog.catalogue() == defaultCatalogue());
    CHECK(dialog.okButton()->isEnabled());
}

TEST_CASE(
    "a catalogue saved from the editor reads back equal, targets typed in the KPI's unit", "[kpi-editors]")
{
    Fixture f;
    KpiCatalogueDialog dialog(*f.session);
    KpiCatalogueModel *model = dialog.model();
    const QModelIndex collectionTarget =
        model->index(rowOf(model, "collection_rate"), KpiCatalogueModel::TargetColumn);
    CHECK(collectionTarget.data().toString() == QStringLiteral("95 %"));
    CHECK(model->index(rowOf(model, "response_hours"), KpiCatalogueModel::TargetColumn).data().toString()
        == QStringLiteral("24 h"));
    CHECK(model->index(rowOf(model, "new_customers"), KpiCatalogueModel::TargetColumn).data().toString()
        == QStringLiteral("5"));

    REQUIRE(model->setData(collectionTarget, QStringLiteral("92.5%")));
    REQUIRE(edit(model, "response_hours", KpiCatalogueModel::TargetColumn, QStringLiteral("12.5")));
    REQUIRE(edit(model, "visits_30d", KpiCatalogueModel::TargetColumn, QStringLiteral("18")));
    REQUIRE(edit(
        model, "sales_achievement", KpiCatalogueModel::NameEnColumn, QStringLiteral("Sales attainment")));
    REQUIRE(edit(
        model, "on_time_delivery", KpiCatalogueModel::DirectionColumn, int(KpiDirection::LowerIsBetter)));
    REQUIRE(edit(model, "new_product_share", KpiCatalogueModel::ProductLineColumn, QStringLiteral("存储")));
    dialog.familyWeight(KpiFamily::Financial)->setValue(45);
    dialog.familyWeight(KpiFamily::Market)->setValue(15);
    dialog.gradeThreshold(0)->setValue(88);
    dialog.gradeThreshold(2)->setValue(55);
    CHECK(collectionTarget.data().toString() == QStringLiteral("92.5 %"));

    KpiCatalogue expected = defaultCatalogue();
    for (KpiDefinition &k : expected.kpis) {
        if (k.code == QLatin1String("collection_rate"))
            k.target = Ratio { 37, 40 };
        else if (k.code == QLatin1String("response_hours"))
            k.target = Ratio { 25, 2 };
        else if (k.code == QLatin1String("visits_30d"))
            k.target = Ratio { 18, 1 };
        else if (k.code == QLatin1String("sales_achievement"))
            k.nameEn = QStringLiteral("Sales attainment");
        else if (k.code == QLatin1String("on_time_delivery"))
            k.direction = KpiDirection::LowerIsBetter;
        else if (k.code == QLatin1String("new_product_share"))
            k.productLine = QStringLiteral("存储");
    }
    expected.familyWeights = { 45, 15, 20, 10, 10 };
    expected.grades = GradeThresholds { 88, 75, 55 };
    CHECK(dialog.catalogue() == expected);
    REQUIRE(dialog.okButton()->isEnabled());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    QStringList problems;
    CHECK(ScorecardStore(f.session->workbook()).catalogue(&problems) == expected);
    CHECK(problems.isEmpty());
    // The editor opens on what was saved.
    CHECK(KpiCatalogueDialog(*f.session).catalogue() == expected);
}

TEST_CASE("a KPI added in the editor is entered per partner, coded from its name, and must be complete",
    "[kpi-editors]")
{
    Fixture f;
    KpiCatalogueDialog dialog(*f.session);
    KpiCatalogueModel *model = dialog.model();
    dialog.table()->setCurrentIndex(model->index(rowOf(model, "on_time_delivery"), 0));
    const int row = dialog.addKpi();
    CHECK(row == 11);
    const auto at = [&](int column) {
        return model->index(row, column);
    };
    CHECK(at(KpiCatalogueModel::FamilyColumn).data().toString() == QStringLiteral("Operations"));
    CHECK(at(KpiCatalogueModel::SourceColumn).data().toString() == QStringLiteral("Entered per partner"));
    // An entered KPI has one measure to choose; the code of a new KPI may be typed.
    CHECK(model->choicesAt(at(KpiCatalogueModel::MeasureColumn)).size() == 1);
    CHECK(model->flags(at(KpiCatalogueModel::CodeColumn)) & Qt::ItemIsEditable);
    CHECK_FALSE(model->flags(model->index(0, KpiCatalogueModel::CodeColumn)) & Qt::ItemIsEditable);

    REQUIRE(model->setData(at(KpiCatalogueModel::NameZhColumn), QStringLiteral("库存周转")));
    REQUIRE(model->setData(at(KpiCatalogueModel::NameEnColumn), QStringLiteral("Inventory turnover")));
    CHECK(at(KpiCatalogueModel::CodeColumn).data().toString() == QStringLiteral("inventory_turnover"));
    REQUIRE(model->setData(at(KpiCatalogueModel::UnitColumn), QStringLiteral("次")));
    CHECK(dialog.problems()
        == QStringList { QStringLiteral("KPI “Inventory turnover” needs a target: its source gives none.") });
    CHECK_FALSE(dialog.okButton()->isEnabled());

    // A target that does not read is marked and named; "6 次" reads in the KPI's unit.
    REQUIRE(model->setData(at(KpiCatalogueModel::TargetColumn), QStringLiteral("six")));
    CHECK(at(KpiCatalogueModel::TargetColumn).data(Qt::BackgroundRole).isValid());
    CHECK(dialog.problems().value(0).startsWith(
        QStringLiteral("KPI “Inventory turnover”, default target: “six”")));
    REQUIRE(model->setData(at(KpiCatalogueModel::TargetColumn), QStringLiteral("6 次")));
    CHECK(at(KpiCatalogueModel::TargetColumn).data().toString() == QStringLiteral("6 次"));
    CHECK(dialog.problems().isEmpty()); // weight 0: operations still add up to 60 + 40

    REQUIRE(model->setData(at(KpiCatalogueModel::CodeColumn), QStringLiteral("repurchase")));
    CHECK(dialog.problems()
        == QStringList { QStringLiteral("The code “repurchase” is used by more than one KPI.") });
    REQUIRE(model->setData(at(KpiCatalogueModel::CodeColumn), QStringLiteral("turnover")));
    // A typed code stays when the name changes.
    REQUIRE(model->setData(at(KpiCatalogueModel::NameEnColumn), QStringLiteral("Stock turnover")));
    CHECK(at(KpiCatalogueModel::CodeColumn).data().toString() == QStringLiteral("turnover"));

    REQUIRE(edit(model, "response_hours", KpiCatalogueModel::WeightColumn, 50));
    REQUIRE(edit(model, "on_time_delivery", KpiCatalogueModel::WeightColumn, 30));
    REQUIRE(model->setData(at(KpiCatalogueModel::WeightColumn), 20));
    CHECK(dialog.familySum(KpiFamily::Operations)->text() == QStringLiteral("KPI weights: 100"));
    REQUIRE(dialog.okButton()->isEnabled());
    dialog.accept();

    const KpiCatalogue stored = ScorecardStore(f.session->workbook()).catalogue();
    const KpiDefinition *added = stored.byCode(QStringLiteral("turnover"));
    REQUIRE(added);
    CHECK(*added
        == KpiDefinition { QStringLiteral("turnover"), QStringLiteral("库存周转"),
            QStringLiteral("Stock turnover"), KpiFamily::Operations, QStringLiteral("次"),
            KpiDirection::HigherIsBetter, KpiSource::Entered, KpiMeasure::Entered, 20, Ratio { 6, 1 }, {} });
    // The values dialog now offers it beside the default entered KPIs.
    KpiEntriesDialog entries(*f.session, 1, Quarter(2026, 3), QStringLiteral("x"));
    CHECK(entries.codes()
        == QStringList { QStringLiteral("profit_margin"), QStringLiteral("repurchase"),
            QStringLiteral("on_time_delivery"), QStringLiteral("turnover") });
}

TEST_CASE(
    "a source offers only its measures, and a measure with a unit of its own sets the unit", "[kpi-editors]")
{
    Fixture f;
    KpiCatalogueDialog dialog(*f.session);
    KpiCatalogueModel *model = dialog.model();
    const int row = rowOf(model, "repurchase");
    const auto at = [&](int column) {
        return model->index(row, column);
    };
    CHECK(model->flags(at(KpiCatalogueModel::UnitColumn)) & Qt::ItemIsEditable);
    REQUIRE(model->setData(at(KpiCatalogueModel::SourceColumn), int(KpiSource::Ledger)));
    CHECK(at(KpiCatalogueModel::MeasureColumn).data(Qt::EditRole).toInt()
        == int(KpiMeasure::ProductLineCoverage));
    CHECK(model->choicesAt(at(KpiCatalogueModel::MeasureColumn)).size() == 2);
    // Not a ledger measure: refused.
    CHECK_FALSE(model->setData(at(KpiCatalogueModel::MeasureColumn), int(KpiMeasure::Satisfaction)));
    REQUIRE(model->setData(at(KpiCatalogueModel::SourceColumn), int(KpiSource::Capability)));
    CHECK(at(KpiCatalogueModel::MeasureColumn).data(Qt::EditRole).toInt() == int(KpiMeasure::ResponseHours));
    CHECK(at(KpiCatalogueModel::UnitColumn).data().toString() == QStringLiteral("h"));
    CHECK_FALSE(model->flags(at(KpiCatalogueModel::UnitColumn)) & Qt::ItemIsEditable);
    // The target keeps its value; shown now in hours (0.6 h).
    CHECK(at(KpiCatalogueModel::TargetColumn).data().toString() == QStringLiteral("0.6 h"));
}

TEST_CASE("KPI values entered for the shown partner are stored exactly, reach its card and go when cleared",
    "[kpi-editors]")
{
    test::DemoWindow demo = test::openDemoWindow();
    ScorecardView *view = showScorecards(demo);
    const QString code = view->currentCard()->code;
    const qint64 partnerId = view->currentCard()->score.partnerId;
    const Quarter quarter = view->currentCard()->quarter;
    ScorecardStore store(demo.window->session()->workbook());
    REQUIRE(store.entries(partnerId, quarter).isEmpty());
    CHECK_FALSE(kpiScore(*view->currentCard(), "profit_margin")->score);
    REQUIRE(view->kpiValuesButton()->isEnabled());

    bool blocked = false;
    QString reading;
    QString deliveryReading;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<KpiEntriesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(
            dialog->targetEdit(QStringLiteral("profit_margin"))->placeholderText() == QStringLiteral("15 %"));
        dialog->actualEdit(QStringLiteral("profit_margin"))->setText(QStringLiteral("18.5%"));
        dialog->targetEdit(QStringLiteral("profit_margin"))->setText(QStringLiteral("20"));
        dialog->actualEdit(QStringLiteral("on_time_delivery"))->setText(QStringLiteral("0.9"));
        dialog->actualEdit(QStringLiteral("repurchase"))->setText(QStringLiteral("abc"));
        reading = dialog->readingLabel(QStringLiteral("profit_margin"))->text();
        deliveryReading = dialog->readingLabel(QStringLiteral("on_time_delivery"))->text();
        // A cell that does not read: named, OK disabled, and accept() stores nothing.
        blocked = !dialog->okButton()->isEnabled() && !dialog->values()
            && dialog->problems()
                   .join(QLatin1Char(' '))
                   .contains(QStringLiteral("Repurchase rate, actual: “abc”"));
        dialog->accept();
        blocked = blocked && dialog->isVisible() && store.entries(partnerId, quarter).isEmpty();
        dialog->actualEdit(QStringLiteral("repurchase"))->clear();
        REQUIRE(dialog->okButton()->isEnabled());
        dialog->accept();
    });
    view->kpiValuesButton()->click();

    CHECK(blocked);
    CHECK(reading == QStringLiteral("Read as 18.5 %, target 20 %"));
    CHECK(deliveryReading == QStringLiteral("Read as 90 %, target 95 % (default)"));
    QHash<QString, KpiValue> stored = store.entries(partnerId, quarter);
    REQUIRE(stored.size() == 2);
    CHECK(stored[QStringLiteral("profit_margin")].actual == Ratio { 37, 200 });
    CHECK(stored[QStringLiteral("profit_margin")].target == Ratio { 1, 5 });
    CHECK(stored[QStringLiteral("on_time_delivery")].actual == Ratio { 9, 10 });
    CHECK_FALSE(stored[QStringLiteral("on_time_delivery")].target);

    // The card was read again: 18.5 % of 20 % scores 92.5; 90 % of the default 95 % scores
    // 94.736842…, kept to four decimals: 947368/10000.
    REQUIRE(view->currentCard());
    CHECK(view->currentCard()->code == code);
    CHECK(kpiScore(*view->currentCard(), "profit_margin")->score.value_or(Ratio {}) == Ratio { 185, 2 });
    CHECK(kpiScore(*view->currentCard(), "on_time_delivery")->score.value_or(Ratio {})
        == Ratio { 118421, 1250 });

    // Opened again, the values show as typed; clearing both cells removes the entry.
    QString shown;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<KpiEntriesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        shown = dialog->actualEdit(QStringLiteral("profit_margin"))->text() + QLatin1Char('|')
            + dialog->targetEdit(QStringLiteral("profit_margin"))->text();
        dialog->actualEdit(QStringLiteral("profit_margin"))->clear();
        dialog->targetEdit(QStringLiteral("profit_margin"))->clear();
        dialog->accept();
    });
    view->kpiValuesButton()->click();
    CHECK(shown == QStringLiteral("18.5 %|20 %"));
    stored = store.entries(partnerId, quarter);
    CHECK(stored.keys() == QStringList { QStringLiteral("on_time_delivery") });
    CHECK_FALSE(kpiScore(*view->currentCard(), "profit_margin")->score);
    CHECK(view->currentCard()->score.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Profit margin")));
}

TEST_CASE("the catalogue editor opens from Tools and from the Scorecards view, whose cards follow a save",
    "[kpi-editors]")
{
    test::DemoWindow demo = test::openDemoWindow();
    ScorecardView *view = showScorecards(demo);
    QAction *action = nullptr;
    for (QAction *a : demo.window->findChildren<QAction *>())
        if (a->text() == MainWindow::tr("&KPI Catalogue…"))
            action = a;
    REQUIRE(action);
    CHECK(action->isEnabled());
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<KpiCatalogueDialog *>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    action->trigger();
    CHECK(opened);

    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<KpiCatalogueDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->gradeThreshold(0)->setValue(99);
        REQUIRE(edit(
            dialog->model(), "profit_margin", KpiCatalogueModel::NameEnColumn, QStringLiteral("Net margin")));
        dialog->accept();
    });
    view->catalogueButton()->click();
    REQUIRE(view->currentCard());
    CHECK(view->currentCard()->catalogue.grades.a == 99);
    CHECK(view->currentCard()->catalogue.byCode(QStringLiteral("profit_margin"))->nameEn
        == QStringLiteral("Net margin"));
}
