// The policy editor, the what-if pane and the scenario pane on a small workbook
// whose numbers are known: bands that leave a gap or overlap are named in words and
// cannot be saved, a typed sales figure settles again at once with the distance to
// the next band, and a scenario's cost and band movers follow its edits.
#include "../core/ImportFixture.h"
#include "GuiSupport.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "incentive/Percent.h"
#include "incentives/BandsEditor.h"
#include "incentives/NewVersionDialog.h"
#include "incentives/PolicyEditorDialog.h"
#include "incentives/PolicyForm.h"
#include "incentives/ScenarioPanel.h"
#include "incentives/WhatIfPanel.h"
#include "storage/IncentiveBook.h"
#include "storage/PartnerRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QTimer>

using namespace cs;

namespace {

const Quarter q1(2026, 1);

// P1 (Gold) reaches 93.40 % of ¥1,000,000 in 2026Q1, P2 (Diamond) 120 % of ¥500,000,
// P3 (Silver) 85 % of ¥1,000,000. The default policy is in force from 2026Q1.
struct Fixture {
    std::unique_ptr<QTemporaryDir> dir; // outlives the session that has its file open
    std::unique_ptr<WorkbookSession> session;

    Fixture()
    {
        test::ImportFixture f;
        REQUIRE(
            f.import(ImportKind::Partners,
                 "伙伴编号,伙伴名称,等级,区域,状态\nP1,甲,金牌,华东,合作中\nP2,乙,钻石,华南,合作中\nP3,丙,"
                 "银牌,华北,合作中\n")
                .isWritten());
        REQUIRE(f.import(ImportKind::Results,
                     "伙伴编号,季度,销售目标(元),实际销售额(元)\nP1,2026Q1,1000000,934000\nP2,2026Q1,500000,"
                     "600000\nP3,2026Q1,1000000,850000\n")
                    .isWritten());
        IncentiveBook(f.workbook()).ensurePolicy(q1);
        dir = std::move(f.dir);
        session = std::make_unique<WorkbookSession>(std::move(f.wb));
    }

    qint64 id(const char *code) { return session->partners().byCode(QString::fromLatin1(code))->id; }
};

// Types into a bands table as a user would: the cell's text changes and the editor hears it.
void typeBand(BandsEditor *editor, int row, int column, const char *text)
{
    auto *table = editor->findChild<QTableWidget *>(QStringLiteral("bandsTable"));
    REQUIRE(table);
    REQUIRE(table->item(row, column));
    table->item(row, column)->setText(QString::fromUtf8(text));
}

QString shownProblems(QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->isHidden() ? QString() : label->text();
}

const BandMove *moveOf(const ScenarioComparison &c, const char *code)
{
    for (const BandMove &m : c.moves)
        if (m.code == QString::fromLatin1(code))
            return &m;
    return nullptr;
}

} // namespace

TEST_CASE(
    "the policy editor names a gap and an overlap between bands and will not save them", "[policy-editor]")
{
    Fixture fx;
    PolicyEditorDialog dialog(*fx.session);
    BandsEditor *bands = dialog.form()->achievementBands();
    REQUIRE(bands->bands().size() == 4);
    CHECK(dialog.problems().isEmpty());
    CHECK_FALSE(dialog.saveButton()->isEnabled()); // nothing changed yet

    SECTION("a gap")
    {
        typeBand(bands, 1, 0, "95"); // [80, 90) then [95, 100)
        const QString shown = shownProblems(bands, "bandProblems");
        CHECK(shown.contains(QStringLiteral("bands 1 and 2")));
        CHECK(shown.contains(QStringLiteral("gap from 90 % to 95 %")));
        CHECK(shownProblems(&dialog, "policyProblems").contains(QStringLiteral("gap")));
        CHECK_FALSE(dialog.saveButton()->isEnabled());
        CHECK_FALSE(dialog.save());
    }
    SECTION("an overlap")
    {
        typeBand(bands, 1, 0, "85%"); // [80, 90) then [85, 100)
        const QString shown = shownProblems(bands, "bandProblems");
        CHECK(shown.contains(QStringLiteral("Bands 1 and 2 overlap")));
        CHECK(shown.contains(QStringLiteral("starts at 85 %")));
        CHECK_FALSE(dialog.saveButton()->isEnabled());
    }
    SECTION("a cell that is not a rate")
    {
        typeBand(bands, 2, 2, "five");
        CHECK(shownProblems(bands, "bandProblems").contains(QStringLiteral("Band 3, rate")));
        CHECK_FALSE(dialog.saveButton()->isEnabled());
    }
    SECTION("fixed bands save in place while no closed quarter used the version")
    {
        typeBand(bands, 1, 0, "95");
        typeBand(bands, 1, 0, "90");
        typeBand(bands, 1, 2, "3.5");
        CHECK(shownProblems(bands, "bandProblems").isEmpty());
        REQUIRE(dialog.saveButton()->isEnabled());
        const qint64 before = fx.session->incentives().policies().versions().size();
        REQUIRE(dialog.save());
        const PolicyHistory stored = fx.session->incentives().policies();
        CHECK(stored.versions().size() == before);
        CHECK(stored.inForce(q1)->achievementBands[1].rateBp == 350);
    }
}

TEST_CASE("saving a version that settled a closed quarter asks for a later quarter and stores a new version",
    "[policy-editor]")
{
    Fixture fx;
    fx.session->incentives().close(q1, QStringLiteral("first quarter"));
    PolicyEditorDialog dialog(*fx.session);
    const qint64 oldId = fx.session->incentives().policies().inForce(q1)->id;
    typeBand(dialog.form()->achievementBands(), 1, 2, "4");
    REQUIRE(dialog.saveButton()->isEnabled());

    QStringList offered;
    QString explanation;
    QTimer::singleShot(0, [&] {
        // No REQUIRE here: it would throw through the dialog's event loop. An empty `offered` fails below.
        auto *ask = qobject_cast<NewVersionDialog *>(QApplication::activeModalWidget());
        if (!ask)
            return;
        for (QLabel *label : ask->findChildren<QLabel *>())
            explanation += label->text();
        auto *quarters = ask->findChild<QComboBox *>(QStringLiteral("effectiveQuarter"));
        for (int i = 0; i < quarters->count(); ++i)
            offered.append(quarters->itemData(i).toString());
        quarters->setCurrentIndex(quarters->findData(QStringLiteral("2026Q3")));
        ask->findChild<QLineEdit *>(QStringLiteral("versionNote"))->setText(QStringLiteral("more for 90 %"));
        ask->accept();
    });
    REQUIRE(dialog.save());
    CHECK(explanation.contains(QStringLiteral("already settled closed quarters (the last is 2026 Q1)")));
    REQUIRE_FALSE(offered.isEmpty());
    CHECK(offered.first() == QStringLiteral("2026Q2")); // nothing at or before the closed quarter

    const PolicyHistory history = fx.session->incentives().policies();
    REQUIRE(history.versions().size() == 2);
    CHECK(history.byId(oldId)->achievementBands[1].rateBp == 300); // the closed quarter's rules stand
    const IncentivePolicy *fresh = history.inForce(Quarter(2026, 3));
    REQUIRE(fresh);
    CHECK(fresh->id != oldId);
    CHECK(fresh->note == QStringLiteral("more for 90 %"));
    CHECK(fresh->achievementBands[1].rateBp == 400);
    CHECK(history.inForce(Quarter(2026, 2))->id == oldId);
}

TEST_CASE("the what-if pane settles again when the sales figure changes and says how far the next band is",
    "[what-if]")
{
    Fixture fx;
    WhatIfPanel panel(*fx.session);
    panel.setQuarter(q1);
    panel.setPartner(fx.id("P1"));

    // 93.40 %: 3 % of ¥934,000; ¥66,000 more reaches 100 %, where 5 % of ¥1,000,000 is ¥21,980 more.
    CHECK(panel.salesEdit()->text() == QStringLiteral("¥934,000.00"));
    CHECK(panel.totalText().contains(QStringLiteral("¥28,020.00")));
    CHECK(panel.nextBandText()
        == QStringLiteral("¥66,000.00 more sales reaches the 100 %–120 % band, worth ¥21,980.00 more."));

    panel.salesEdit()->setText(QStringLiteral("1,000,000"));
    CHECK(panel.totalText().contains(QStringLiteral("¥50,000.00")));
    CHECK(panel.nextBandText().startsWith(QStringLiteral("¥200,000.00 more sales reaches the ≥ 120 % band")));
    // The slider follows the typed figure: halfway along a range of twice the target.
    CHECK(panel.salesSlider()->value() == panel.salesSlider()->maximum() / 2);

    panel.salesEdit()->setText(QStringLiteral("1,200,000"));
    CHECK(panel.totalText().contains(QStringLiteral("¥96,000.00")));
    CHECK(panel.nextBandText().startsWith(QStringLiteral("Top band reached")));

    SECTION("text that is not an amount changes nothing")
    {
        panel.salesEdit()->setText(QStringLiteral("lots"));
        CHECK(panel.totalText().contains(QStringLiteral("¥96,000.00")));
    }
    SECTION("dragging the slider types the figure")
    {
        panel.salesSlider()->setValue(panel.salesSlider()->maximum() / 4); // a quarter of ¥2,000,000
        CHECK(panel.salesEdit()->text() == QStringLiteral("¥500,000.00"));
        CHECK(panel.totalText().contains(QStringLiteral("¥0.00")));
    }
}

TEST_CASE("a scenario with higher rates costs more and lists the partners whose band moves", "[scenario]")
{
    Fixture fx;
    ScenarioPanel panel(*fx.session);
    panel.setQuarter(q1);
    REQUIRE(panel.comparison());
    CHECK(panel.comparison()->scenario.total == panel.comparison()->current.total);
    CHECK(panel.comparison()->moves.isEmpty());

    SECTION("a raised top rate")
    {
        typeBand(panel.achievementBandsEditor(), 3, 2, "10"); // ≥ 120 %: 8 % → 10 %
        REQUIRE(panel.comparison());
        const ScenarioComparison &c = *panel.comparison();
        // P2 sold ¥600,000: 2 % more is ¥12,000.
        CHECK(c.scenario.total - c.current.total == Money::fromFen(1200000));
        CHECK(c.scenario.byTier[size_t(Tier::Diamond)] > c.current.byTier[size_t(Tier::Diamond)]);
        CHECK(c.scenario.byTier[size_t(Tier::Gold)] == c.current.byTier[size_t(Tier::Gold)]);
    }
    SECTION("a band edge moved")
    {
        // [80, 95) → 2 % and [95, 100) → 3 %: P1's 93.40 % falls a band.
        typeBand(panel.achievementBandsEditor(), 0, 1, "95");
        CHECK_FALSE(panel.comparison()); // an overlap until the next band follows
        typeBand(panel.achievementBandsEditor(), 1, 0, "95");
        REQUIRE(panel.comparison());
        const ScenarioComparison &c = *panel.comparison();
        CHECK(c.scenario.total < c.current.total);
        const BandMove *p1 = moveOf(c, "P1");
        REQUIRE(p1);
        CHECK(p1->before->rateBp == 300);
        CHECK(p1->after->rateBp == 200);
        CHECK(moveOf(c, "P2") == nullptr);
        REQUIRE(panel.movesTable()->rowCount() == int(c.moves.size()));
        CHECK(panel.movesTable()->item(0, 0)->text() == QStringLiteral("P1"));
        // Nothing was stored: the workbook still settles with the old bands.
        CHECK(fx.session->incentives().policies().inForce(q1)->achievementBands[0].toBp == 9000);
    }
}
