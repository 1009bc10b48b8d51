// The channel-wide capability view on the demo workbook: numeric sorting, the band,
// stage, watch-list and search filters, and a refresh that keeps what the user set up.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "capability/CapabilityFilterModel.h"
#include "capability/CapabilityTableModel.h"
#include "capability/CapabilityView.h"
#include "capability/DistributionChart.h"
#include "capability/Tenths.h"
#include "i18n/Translations.h"
#include "partners/PartnerCommands.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>

using namespace cs;

namespace {

using Column = CapabilityTableModel::Column;

// The view on screen, where it reads the session's model, chosen as a user would.
CapabilityView *showCapability(test::DemoWindow &demo)
{
    CapabilityView *view = demo.window->capabilityView();
    REQUIRE(view);
    QListWidgetItem *entry = nullptr;
    for (QListWidget *list : demo.window->findChildren<QListWidget *>())
        for (QListWidgetItem *item : list->findItems(MainWindow::tr("Capability"), Qt::MatchExactly))
            entry = item;
    REQUIRE(entry);
    entry->listWidget()->setCurrentItem(entry);
    REQUIRE(view->isVisible());
    return view;
}

const PartnerCapability &partnerOfRow(CapabilityView *view, int proxyRow)
{
    const QModelIndex source = view->filterModel()->mapToSource(view->filterModel()->index(proxyRow, 0));
    return view->tableModel()->partnerAt(source.row());
}

QList<qint64> visibleIds(CapabilityView *view)
{
    QList<qint64> ids;
    for (int row = 0; row < view->filterModel()->rowCount(); ++row)
        ids.append(partnerOfRow(view, row).partnerId);
    return ids;
}

qint64 selectedId(CapabilityView *view)
{
    const QModelIndexList rows = view->table()->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.front().data(CapabilityTableModel::IdRole).toLongLong() : 0;
}

void selectRow(CapabilityView *view, int row)
{
    const QModelIndex index = view->filterModel()->index(row, 0);
    view->table()->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

TEST_CASE("the capability view lists every partner and sorts the composite as a number", "[capability-view]")
{
    auto demo = test::openDemoWindow();
    CapabilityView *view = showCapability(demo);
    const CapabilityOverview &overview = demo.window->session()->capability();
    REQUIRE(overview.partners.size() == 2000);
    CHECK(view->table()->model()->rowCount() == 2000);
    CHECK(view->countText().contains(QLocale().toString(2000)));

    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        CAPTURE(int(order));
        view->table()->sortByColumn(Column::Composite, order);
        int empties = 0;
        std::optional<Ratio> previous;
        for (int row = 0; row < view->filterModel()->rowCount(); ++row) {
            const PartnerCapability &p = partnerOfRow(view, row);
            if (!p.compositeTenths) {
                ++empties;
                continue;
            }
            // Partners without a composite (never assessed) come after every number.
            REQUIRE(empties == 0);
            if (previous)
                REQUIRE((order == Qt::AscendingOrder ? *previous <= *p.compositeTenths
                                                     : *previous >= *p.compositeTenths));
            previous = p.compositeTenths;
        }
        CHECK(empties > 0); // the demo has partners never assessed, so the check above had work to do
    }
    // As text "10.0" would sort before "9.5"; as numbers the top composite is the largest.
    view->table()->sortByColumn(Column::Composite, Qt::DescendingOrder);
    Ratio best = ratioOf(0);
    for (const PartnerCapability &p : overview.partners)
        if (p.compositeTenths && *p.compositeTenths > best)
            best = *p.compositeTenths;
    CHECK(*partnerOfRow(view, 0).compositeTenths == best);
}

TEST_CASE("clicking a band lists exactly the partners whose score lies in it, and clicking it again clears",
    "[capability-view]")
{
    auto demo = test::openDemoWindow();
    CapabilityView *view = showCapability(demo);
    const CapabilityOverview &overview = demo.window->session()->capability();
    const int assessed = int(std::count_if(overview.partners.cbegin(), overview.partners.cend(),
        [](const PartnerCapability &p) { return p.latest.has_value(); }));
    REQUIRE(assessed > 0);
    REQUIRE(assessed < 2000);

    for (const Dimension d : allDimensions) {
        DistributionChart *chart = view->chart(d);
        CHECK(chart->assessedCount() == assessed);
        for (int band = 0; band < CapabilityFilterModel::bandCount; ++band) {
            CAPTURE(int(d), band);
            emit chart->bandClicked(d, band);
            REQUIRE(view->filterModel()->band() == ScoreBand { d, band });
            CHECK(chart->selectedBand() == band);
            CHECK(view->filterModel()->rowCount() == chart->count(band));
            const int low = band * 10;
            const int high = band == 9 ? 100 : band * 10 + 9;
            for (int row = 0; row < view->filterModel()->rowCount(); ++row) {
                const PartnerCapability &p = partnerOfRow(view, row);
                REQUIRE(p.latest);
                const int tenths = p.latest->tenths[int(d)];
                REQUIRE(tenths >= low);
                REQUIRE(tenths <= high);
            }
        }
    }
    // The same bar again is "show everything"; so is the chip's clear button.
    emit view->chart(Dimension::Service)->bandClicked(Dimension::Service, 9);
    CHECK_FALSE(view->filterModel()->band());
    CHECK_FALSE(view->chart(Dimension::Service)->selectedBand());
    CHECK(view->filterModel()->rowCount() == 2000);

    emit view->chart(Dimension::Sales)->bandClicked(Dimension::Sales, 4);
    CHECK(view->filterModel()->rowCount() < 2000);
    CHECK(view->countText().endsWith(QLocale().toString(view->chart(Dimension::Sales)->count(4))));
    auto *clear = view->findChild<QAbstractButton *>(QStringLiteral("clearBand"));
    REQUIRE(clear);
    REQUIRE(clear->isVisible());
    clear->click();
    CHECK_FALSE(view->filterModel()->band());
    CHECK_FALSE(clear->isVisible());
    CHECK(view->filterModel()->rowCount() == 2000);
}

TEST_CASE("a band is whole points and a perfect 10.0 belongs in the last one", "[capability-view]")
{
    CHECK(CapabilityFilterModel::bandOf(0) == 0);
    CHECK(CapabilityFilterModel::bandOf(9) == 0);
    CHECK(CapabilityFilterModel::bandOf(10) == 1);
    CHECK(CapabilityFilterModel::bandOf(49) == 4);
    CHECK(CapabilityFilterModel::bandOf(50) == 5);
    CHECK(CapabilityFilterModel::bandOf(99) == 9);
    CHECK(CapabilityFilterModel::bandOf(100) == 9);
    CHECK(DistributionChart::bandLabel(4) == QStringLiteral("4.0–4.9"));
    CHECK(DistributionChart::bandLabel(9) == QStringLiteral("9.0–10.0"));
}

TEST_CASE("the watch-list, stage and search filters show exactly the partners they name", "[capability-view]")
{
    auto demo = test::openDemoWindow();
    CapabilityView *view = showCapability(demo);
    const CapabilityOverview &overview = demo.window->session()->capability();

    QSet<qint64> watched;
    for (const PartnerCapability &p : overview.partners)
        if (p.onWatchList())
            watched.insert(p.partnerId);
    REQUIRE(!watched.isEmpty());
    REQUIRE(watched.size() < 2000);
    view->watchOnly()->setChecked(true);
    const QList<qint64> shown = visibleIds(view);
    CHECK(QSet<qint64>(shown.cbegin(), shown.cend()) == watched);
    CHECK(shown.size() == watched.size());
    CHECK(view->countText().contains(QLocale().toString(qsizetype(watched.size()))));
    view->watchOnly()->setChecked(false);
    CHECK(view->filterModel()->rowCount() == 2000);

    view->stageFilter()->setCurrentIndex(view->stageFilter()->findData(int(Stage::Expert)));
    REQUIRE(view->filterModel()->rowCount() > 0);
    for (int row = 0; row < view->filterModel()->rowCount(); ++row)
        REQUIRE(partnerOfRow(view, row).stage.stage == Stage::Expert);
    view->stageFilter()->setCurrentIndex(0);

    view->searchEdit()->setText(QStringLiteral("HD-000"));
    CHECK(view->filterModel()->rowCount() == 9); // HD-0001 … HD-0009
    view->searchEdit()->clear();
}

TEST_CASE("a weak score is marked in red and the watch column names the first reason", "[capability-view]")
{
    auto demo = test::openDemoWindow();
    CapabilityView *view = showCapability(demo);
    const CapabilityTableModel *model = view->tableModel();
    const int weakBelow = demo.window->session()->capability().rules.weakBelowTenths;
    bool sawWeak = false;
    bool sawStrong = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const PartnerCapability &p = model->partnerAt(row);
        if (!p.latest)
            continue;
        const int sales = p.latest->tenths[int(Dimension::Sales)];
        const QModelIndex cell = model->index(row, CapabilityTableModel::scoreColumn(Dimension::Sales));
        CHECK(cell.data().toString() == formatTenths(sales));
        CHECK(cell.data(Qt::BackgroundRole).isValid() == (sales < weakBelow));
        sawWeak = sawWeak || sales < weakBelow;
        sawStrong = sawStrong || sales >= weakBelow;
        const QModelIndex watch = model->index(row, Column::Watch);
        if (p.onWatchList()) {
            CHECK(watch.data().toString().startsWith(labelOf(p.watch.front().rule)));
            CHECK(watch.data(Qt::ToolTipRole).toString().contains(p.watch.back().reason));
        } else {
            CHECK(watch.data().toString().isEmpty());
        }
    }
    CHECK(sawWeak);
    CHECK(sawStrong);
}

TEST_CASE("the view follows a changed capability model and keeps its sort, filters and selection",
    "[capability-view]")
{
    auto demo = test::openDemoWindow();
    CapabilityView *view = showCapability(demo);
    WorkbookSession *session = demo.window->session();

    view->table()->sortByColumn(Column::SalesGap, Qt::DescendingOrder);
    view->watchOnly()->setChecked(true);
    emit view->chart(Dimension::Product)->bandClicked(Dimension::Product, 3);
    REQUIRE(view->filterModel()->rowCount() > 2);
    selectRow(view, 2);
    const qint64 chosen = selectedId(view);
    REQUIRE(chosen != 0);
    const QString gapBefore = view->filterModel()->index(2, Column::SalesGap).data().toString();
    const QString headerBefore = view->headerText();

    // A fixed benchmark changes every gap and the header; nothing else about the rows.
    CapabilityRules rules = session->capability().rules;
    rules.fixedBenchmarkTenths = PerDimension<int> { 95, 95, 95 };
    REQUIRE(rules.save(session->workbook()));
    session->invalidateCapability();

    CHECK(view->headerText() != headerBefore);
    CHECK(view->headerText().contains(session->capability().benchmarkNote));
    CHECK(view->table()->horizontalHeader()->sortIndicatorSection() == Column::SalesGap);
    CHECK(view->table()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(view->watchOnly()->isChecked());
    CHECK(view->filterModel()->band() == ScoreBand { Dimension::Product, 3 });
    CHECK(selectedId(view) == chosen);
    const int row = view->table()->selectionModel()->selectedRows().front().row();
    const PartnerCapability &p = partnerOfRow(view, row);
    REQUIRE(p.latest);
    const int sales = p.latest->tenths[int(Dimension::Sales)];
    const QString gapAfter = view->filterModel()->index(row, Column::SalesGap).data().toString();
    CHECK(gapAfter != gapBefore);
    CHECK(gapAfter == (sales < 95 ? QStringLiteral("+") : QString()) + formatTenths(95 - sales));
    // Still sorted by the new gaps, largest first.
    for (int r = 1; r < view->filterModel()->rowCount(); ++r)
        REQUIRE((*partnerOfRow(view, r - 1).gapTenths)[int(Dimension::Sales)]
            >= (*partnerOfRow(view, r).gapTenths)[int(Dimension::Sales)]);

    // Hidden, it waits; shown again, it catches up.
    demo.window->showPartner(chosen);
    REQUIRE_FALSE(view->isVisible());
    rules.fixedBenchmarkTenths.reset();
    REQUIRE(rules.save(session->workbook()));
    session->invalidateCapability();
    showCapability(demo);
    CHECK(view->headerText() == headerBefore);
}

TEST_CASE("a partner added elsewhere appears at once, and the sort and selection stay", "[capability-view]")
{
    auto demo = test::openDemoWindow();
    CapabilityView *view = showCapability(demo);
    view->table()->sortByColumn(Column::Composite, Qt::AscendingOrder);
    selectRow(view, 5);
    const qint64 chosen = selectedId(view);
    REQUIRE(chosen != 0);

    Partner added;
    added.code = QStringLiteral("XN-9001");
    added.name = QStringLiteral("拉萨高原数码经销部");
    auto *command = AddPartnerCommand::create(*demo.window->session(), added);
    REQUIRE(command);
    demo.window->session()->undoStack()->push(command);

    REQUIRE(view->filterModel()->rowCount() == 2001);
    CHECK(selectedId(view) == chosen);
    CHECK(view->table()->selectionModel()->selectedRows().front().row() == 5);
    // Never assessed: on the watch list for it, and after every composite.
    const int row = view->tableModel()->rowOf(command->partnerId());
    REQUIRE(row >= 0);
    const PartnerCapability &p = view->tableModel()->partnerAt(row);
    REQUIRE(p.onWatchList());
    CHECK(p.watch.front().rule == WatchRule::NeverAssessed);
    int firstEmpty = -1;
    for (int r = 0; r < view->filterModel()->rowCount(); ++r) {
        if (!partnerOfRow(view, r).compositeTenths && firstEmpty < 0)
            firstEmpty = r;
        if (firstEmpty >= 0)
            REQUIRE_FALSE(partnerOfRow(view, r).compositeTenths);
        else if (r > 0)
            REQUIRE(*partnerOfRow(view, r - 1).compositeTenths <= *partnerOfRow(view, r).compositeTenths);
    }
    CHECK(firstEmpty > 0);
}

TEST_CASE(
    "activating a row opens that partner in the registry, clearing filters that hide it", "[capability-view]")
{
    auto demo = test::openDemoWindow();
    PartnersView *partners = demo.window->partnersView();
    partners->findChild<QLineEdit *>(QStringLiteral("partnerSearch"))->setText(QStringLiteral("HD-0001"));
    CapabilityView *view = showCapability(demo);
    view->table()->sortByColumn(Column::Code, Qt::DescendingOrder);
    selectRow(view, 0);
    const qint64 id = selectedId(view);
    REQUIRE(partnerOfRow(view, 0).code != QStringLiteral("HD-0001"));

    view->table()->setFocus();
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(view->table(), &enter);
    REQUIRE(partners->isVisible());
    const QModelIndexList rows = partners->table()->selectionModel()->selectedRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().data(PartnerTableModel::IdRole).toLongLong() == id);
    CHECK(partners->findChild<QLineEdit *>(QStringLiteral("partnerSearch"))->text().isEmpty());
}

TEST_CASE("two thousand partners filter and sort, every column both ways", "[capability-view]")
{
    auto demo = test::openDemoWindow();
    CapabilityView *view = showCapability(demo);
    QElapsedTimer timer;
    timer.start();
    for (int column = 0; column < CapabilityTableModel::ColumnCount; ++column) {
        view->table()->sortByColumn(column, Qt::AscendingOrder);
        view->table()->sortByColumn(column, Qt::DescendingOrder);
    }
    view->searchEdit()->setText(QStringLiteral("HD-1"));
    view->watchOnly()->setChecked(true);
    emit view->chart(Dimension::Sales)->bandClicked(Dimension::Sales, 5);
    view->searchEdit()->clear();
    view->watchOnly()->setChecked(false);
    // Printed, not checked: speed is for benchmarks (data() computes nothing).
    WARN("sorting every column both ways and filtering: " << timer.elapsed() << " ms");
}

// Not run by default: renders the view for a look (and for README screenshots) into
// $CS_RENDER_DIR, with and without a band filter.
TEST_CASE("render the capability view", "[.render]")
{
    const QString dir = qEnvironmentVariable("CS_RENDER_DIR");
    if (dir.isEmpty())
        return;
    QSettings().remove(QStringLiteral("capability")); // the columns as a first start shows them
    if (qEnvironmentVariableIsSet("CS_RENDER_LANG"))
        installTranslations(*qApp, qEnvironmentVariable("CS_RENDER_LANG"));
    auto demo = test::openDemoWindow();
    demo.window->resize(1500, 900);
    CapabilityView *view = showCapability(demo);
    test::waitUntil([] { return false; }, 200);
    const QString suffix = qEnvironmentVariable("CS_RENDER_LANG");
    REQUIRE(demo.window->grab().save(dir + QStringLiteral("/capview-all%1.png").arg(suffix)));
    emit view->chart(Dimension::Sales)->bandClicked(Dimension::Sales, 4);
    view->table()->sortByColumn(Column::Composite, Qt::AscendingOrder);
    selectRow(view, 1);
    test::waitUntil([] { return false; }, 200);
    REQUIRE(demo.window->grab().save(dir + QStringLiteral("/capview%1.png").arg(suffix)));
}
