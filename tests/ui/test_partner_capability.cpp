// The capability tab of a partner: the radar and trend charts draw the stored scores,
// the watch list names the model's reasons, and the panel follows the selected partner.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "capability/CapabilityRadar.h"
#include "capability/CapabilityScoreGrid.h"
#include "capability/CapabilityTrendChart.h"
#include "capability/PartnerCapabilityPanel.h"
#include "capability/Tenths.h"
#include "import/Importer.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersView.h"
#include "storage/PartnerRepository.h"

#include <QAreaSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace cs;

namespace {

const PartnerCapability &capabilityOf(WorkbookSession &session, const QString &code)
{
    for (const PartnerCapability &p : session.capability().partners)
        if (p.code == code)
            return p;
    FAIL("no partner " << code.toStdString());
    throw; // unreachable: FAIL throws
}

// Counted here with SQL, independently of the code under test.
int assessmentCount(WorkbookSession &session, qint64 partnerId)
{
    QSqlQuery q(session.workbook().database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM assessments WHERE partner_id = ?"));
    q.addBindValue(partnerId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QLineSeries *lineNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s); line && s->name() == name)
            return line;
    return nullptr;
}

// The series a reader can tell apart: the ones the legend names.
QStringList legendNames(QChart *chart)
{
    QStringList names;
    for (QLegendMarker *marker : chart->legend()->markers())
        if (marker->isVisible())
            names.append(marker->label());
    return names;
}

QStringList texts(const QList<QLabel *> &labels)
{
    QStringList out;
    for (const QLabel *label : labels)
        out.append(label->text());
    return out;
}

QPushButton *button(QWidget *panel, const QString &text)
{
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

void select(PartnersView *view, const QString &code)
{
    QAbstractItemModel *model = view->table()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, int(PartnerField::Code)).data().toString() == code) {
            view->table()->setCurrentIndex(model->index(r, 0));
            return;
        }
    FAIL("no partner " << code.toStdString());
}

} // namespace

TEST_CASE("the radar draws the partner's latest scores against the benchmark and the channel average",
    "[capability]")
{
    auto demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    PartnerCapabilityPanel panel(session);
    panel.resize(1100, 850);
    panel.show();
    const PartnerCapability hn = capabilityOf(session, QStringLiteral("HN-0001"));
    REQUIRE(hn.latest);
    REQUIRE(session.capability().benchmark);
    panel.showPartner(hn.partnerId);

    QChart *radar = panel.radar()->chart();
    CHECK(panel.radar()->message().isEmpty());
    // The legend shows its markers once it has been laid out.
    const QStringList named { hn.code, QStringLiteral("Benchmark"), QStringLiteral("Channel average") };
    CHECK(test::waitUntil([&] { return legendNames(radar) == named; }));
    auto *area = qobject_cast<QAreaSeries *>(radar->series().front());
    REQUIRE(area);
    const QList<QPointF> points = area->upperSeries()->points();
    REQUIRE(points.size() == 4);
    for (int d = 0; d < dimensionCount; ++d) {
        CHECK(points[d].x() == Approx(d * 120.0));
        CHECK(points[d].y() == Approx(hn.latest->tenths[d] / 10.0));
    }
    CHECK(points[3] == QPointF(360, points[0].y())); // closed back at the first spoke
    QLineSeries *border = lineNamed(radar, hn.code); // the fill's outline, drawn on top
    REQUIRE(border);
    CHECK(border->points() == points);
    QLineSeries *benchmark = lineNamed(radar, QStringLiteral("Benchmark"));
    REQUIRE(benchmark);
    CHECK(benchmark->pen().style() == Qt::DashLine);
    const Ratio benchmarkProduct = (*session.capability().benchmark)[0];
    CHECK(benchmark->at(0).y() == Approx(double(benchmarkProduct.num) / double(benchmarkProduct.den) / 10.0));
    REQUIRE(lineNamed(radar, QStringLiteral("Channel average")));
    CHECK(lineNamed(radar, QStringLiteral("Channel average"))->pen().style() == Qt::DotLine);

    // The figures beside the charts: signed changes with their arrows, and the gap in words.
    const CapabilityScoreGrid *grid = panel.scoreGrid();
    const PerDimension<int> sincePrevious = *hn.changeSincePrevious();
    for (const Dimension d : allDimensions) {
        const int i = int(d);
        CHECK(grid->cellText(d, 0).contains(formatTenths(hn.latest->tenths[i])));
        const QString arrow = sincePrevious[i] > 0 ? QStringLiteral("▲ +")
            : sincePrevious[i] < 0                 ? QStringLiteral("▼ −")
                                                   : QString();
        CHECK(grid->cellText(d, 1).contains(arrow + formatTenths(std::abs(sincePrevious[i]))));
        const qint64 gap = roundHalfAway((*hn.gapTenths)[i]);
        CHECK(grid->cellText(d, 4).contains(gap > 0 ? QStringLiteral("behind")
                : gap < 0                           ? QStringLiteral("ahead")
                                                    : QStringLiteral("level")));
    }

    // One point per assessment per dimension, at the assessment's date, plus the weak line.
    const int count = assessmentCount(session, hn.partnerId);
    REQUIRE(count >= 2);
    QChart *trend = panel.trendChart()->chart();
    REQUIRE(trend->series().size() == dimensionCount + 1);
    for (const Dimension d : allDimensions) {
        QLineSeries *line = lineNamed(trend, labelOf(d));
        REQUIRE(line);
        CHECK(line->count() == count);
        CHECK(line->pointsVisible());
        CHECK(line->at(count - 1).x() == double(hn.latest->date.startOfDay().toMSecsSinceEpoch()));
        CHECK(line->at(count - 1).y() == Approx(hn.latest->tenths[int(d)] / 10.0));
    }
    QLineSeries *weak = lineNamed(trend, QStringLiteral("Weak below 5.0"));
    REQUIRE(weak);
    CHECK(weak->at(0).y() == Approx(5.0));

    // History newest first; editing is there but off until it is wired.
    QTableWidget *history = panel.historyTable();
    REQUIRE(history->rowCount() == count);
    CHECK(history->item(0, 0)->text() == hn.latest->date.toString(Qt::ISODate));
    CHECK(history->item(0, 1)->text() == formatTenths(hn.latest->tenths[0]));
    CHECK(history->item(1, 0)->text() == hn.previous->date.toString(Qt::ISODate));
    for (const QString &text : { QStringLiteral("Add…"), QStringLiteral("Edit…"), QStringLiteral("Delete") })
        CHECK_FALSE(button(&panel, text)->isEnabled());
    panel.setEditingEnabled(true);
    CHECK(button(&panel, QStringLiteral("Add…"))->isEnabled());
    CHECK_FALSE(button(&panel, QStringLiteral("Edit…"))->isEnabled()); // no row selected yet
    history->selectRow(1);
    QList<std::pair<qint64, QDate>> edits;
    QObject::connect(
        &panel, &PartnerCapabilityPanel::editAssessmentRequested, [&edits](qint64 id, QDate date) {
            edits.append({ id, date });
        });
    button(&panel, QStringLiteral("Edit…"))->click();
    REQUIRE(edits.size() == 1);
    CHECK(edits[0].first == hn.partnerId);
    CHECK(edits[0].second == hn.previous->date);
}

TEST_CASE("a partner never assessed shows messages instead of charts, and scores once it is assessed",
    "[capability]")
{
    auto demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    PartnerCapabilityPanel panel(session);
    panel.resize(1100, 850);
    panel.show();
    auto *pages = panel.findChild<QStackedWidget *>();
    auto *placeholder = panel.findChild<QLabel *>(QStringLiteral("capabilityPlaceholder"));
    REQUIRE(pages);
    CHECK(pages->currentWidget() == placeholder); // nothing chosen yet

    // Every never-assessed demo partner is churned (and so off the watch list): add an active one.
    const PartnerCapability churned = capabilityOf(session, QStringLiteral("HB-0005"));
    REQUIRE_FALSE(churned.latest);
    panel.showPartner(churned.partnerId);
    CHECK(pages->currentWidget() != placeholder);
    CHECK(
        panel.findChild<QLabel *>(QStringLiteral("notWatched"))->text().contains(QStringLiteral("churned")));

    Partner fresh;
    fresh.code = QStringLiteral("XN-9100");
    fresh.name = QStringLiteral("拉萨雪域科技有限公司");
    fresh = session.partners().insert(fresh);
    session.invalidateCapability();
    REQUIRE(assessmentCount(session, fresh.id) == 0);
    panel.showPartner(fresh.id);
    CHECK(pages->currentWidget() != placeholder);
    CHECK_FALSE(panel.radar()->message().isEmpty());
    CHECK(panel.radar()->chart()->series().isEmpty());
    CHECK_FALSE(panel.trendChart()->message().isEmpty());
    CHECK(panel.trendChart()->chart()->series().isEmpty());
    CHECK(panel.historyTable()->rowCount() == 0);
    CHECK(panel.findChild<QLabel *>(QStringLiteral("suggestedStage"))
              ->text()
              .contains(QStringLiteral("Not assessed yet, so no stage is suggested.")));
    CHECK(texts(panel.findChildren<QLabel *>(QStringLiteral("watchReason")))
        == QStringList { QStringLiteral("• Never assessed.") });

    // An imported assessment reaches the panel through the session's change signal.
    auto dir = test::tempDir();
    const QString file = dir->filePath(QStringLiteral("assessments.csv"));
    test::writeAll(
        file, "伙伴编号,评估日期,产品理解力,销售执行力,客户服务力\nXN-9100,2026-11-02,6.5,4.0,7.5\n");
    ImportOptions options;
    options.kind = ImportKind::Assessments;
    REQUIRE(Importer::run(session.workbook(), ImportSource { file, {}, {} }, options).isWritten());
    session.reloadAfterImport();
    CHECK(panel.radar()->message().isEmpty());
    CHECK(test::waitUntil([&] { return legendNames(panel.radar()->chart()).size() == 3; }));
    const auto *area = qobject_cast<QAreaSeries *>(panel.radar()->chart()->series().front());
    REQUIRE(area);
    CHECK(area->upperSeries()->at(1).y() == Approx(4.0));
    CHECK(panel.historyTable()->rowCount() == 1);
    CHECK(texts(panel.findChildren<QLabel *>(QStringLiteral("watchReason")))
        == QStringList { QStringLiteral("• Sales execution is 4.0, below 5.0.") });

    panel.showPartner(0);
    CHECK(pages->currentWidget() == placeholder);
}

TEST_CASE("the watch box lists exactly the partner's watch-list reasons", "[capability]")
{
    auto demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    PartnerCapabilityPanel panel(session);
    panel.resize(1100, 850);
    panel.show();

    const PartnerCapability *watched = nullptr;
    const PartnerCapability *clear = nullptr;
    for (const PartnerCapability &p : session.capability().partners) {
        if (!watched && p.watch.size() >= 2)
            watched = &p;
        if (!clear && p.latest && !p.onWatchList() && p.status != PartnerStatus::Churned)
            clear = &p;
    }
    REQUIRE(watched);
    REQUIRE(clear);
    QStringList expected;
    for (const WatchHit &hit : watched->watch)
        expected.append(QStringLiteral("• ") + hit.reason);
    const qint64 clearId = clear->partnerId;

    panel.showPartner(watched->partnerId);
    CHECK(texts(panel.findChildren<QLabel *>(QStringLiteral("watchReason"))) == expected);
    CHECK_FALSE(panel.findChild<QLabel *>(QStringLiteral("notWatched")));

    panel.showPartner(clearId);
    CHECK(panel.findChildren<QLabel *>(QStringLiteral("watchReason")).isEmpty());
    REQUIRE(panel.findChild<QLabel *>(QStringLiteral("notWatched")));
    CHECK(panel.findChild<QLabel *>(QStringLiteral("notWatched"))->text()
        == QStringLiteral("Not on the watch list."));
}

TEST_CASE("the capability tab follows the partner selected in the table and is remembered", "[capability]")
{
    auto demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    PartnersView *view = demo.window->partnersView();
    // The window opens on the dashboard: go to the registry, staying on the partner it shows.
    demo.window->showPartner(view->table()->currentIndex().data(PartnerTableModel::IdRole).toLongLong());
    PartnerCapabilityPanel *panel = view->capabilityPanel();
    view->detailTabs()->setCurrentWidget(panel);
    REQUIRE(panel->isVisible());

    const PartnerCapability first = capabilityOf(session, QStringLiteral("HN-0001"));
    const PartnerCapability second = capabilityOf(session, QStringLiteral("XB-0002"));
    select(view, first.code);
    CHECK(panel->partnerId() == first.partnerId);
    CHECK(panel->historyTable()->item(0, 0)->text() == first.latest->date.toString(Qt::ISODate));
    select(view, second.code);
    CHECK(panel->partnerId() == second.partnerId);
    CHECK(panel->historyTable()->rowCount() == assessmentCount(session, second.partnerId));

    // The tab is kept with the view's other settings, and put back to Details for later tests.
    {
        PartnersView other(session);
        CHECK(other.detailTabs()->currentIndex() == 0);
        other.detailTabs()->setCurrentIndex(1);
    }
    {
        PartnersView other(session);
        CHECK(other.detailTabs()->currentIndex() == 1);
        other.detailTabs()->setCurrentIndex(0);
    }
    view->detailTabs()->setCurrentIndex(0);
}
