// Editing capability data in the window: the assessment form reads what a user
// types the way the import does and says which score will be used; adding,
// editing, deleting and clearing a watch-list entry are undoable and every view
// follows; the mentor list counts each mentor's partners.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "capability/AssessmentCommands.h"
#include "capability/AssessmentDialog.h"
#include "capability/MentorsPanel.h"
#include "capability/PartnerCapabilityPanel.h"
#include "storage/AssessmentRepository.h"
#include "storage/WatchClearanceRepository.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

using namespace cs;

namespace {

const PartnerCapability &capabilityOf(WorkbookSession &session, const QString &code)
{
    for (const PartnerCapability &p : session.capability().partners)
        if (p.code == code)
            return p;
    FAIL("no partner " << code.toStdString());
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("the assessment form derives a dimension left without a score and says which score is used")
{
    Assessment initial;
    initial.partnerId = 1;
    initial.date = QDate(2026, 11, 20);
    AssessmentDialog dialog(initial, QStringLiteral("DB-0001"), defaultSubIndicatorScales());
    dialog.scoreField(Dimension::Product)->setText(QStringLiteral("8.7分"));
    dialog.subIndicatorField(SubIndicator::Visits)->setText(QStringLiteral("10"));
    dialog.subIndicatorField(SubIndicator::Conversion)->setText(QStringLiteral("30%"));
    dialog.subIndicatorField(SubIndicator::ResponseHours)->setText(QStringLiteral("26h"));
    CHECK(dialog.usedLabel(Dimension::Product)->text() == QStringLiteral("Uses the entered score 8.7."));
    // Visits 10 of 20 → 5.0, conversion 30 % of 30 % → 10.0: 7.5.
    CHECK(dialog.usedLabel(Dimension::Sales)->text().startsWith(QStringLiteral("Uses 7.5, derived: ")));
    CHECK(dialog.usedLabel(Dimension::Service)->text().startsWith(QStringLiteral("Uses 5.0, derived: ")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const Assessment a = dialog.assessment();
    CHECK(a.entered[int(Dimension::Product)] == 87);
    CHECK_FALSE(a.entered[int(Dimension::Sales)]);
    CHECK(a.subIndicators[int(SubIndicator::Conversion)] == 300);
    CHECK(a.subIndicators[int(SubIndicator::ResponseHours)] == 260);
}

TEST_CASE("the assessment form stays open and says why when a value cannot be read or a dimension is missing")
{
    Assessment initial;
    initial.partnerId = 1;
    initial.date = QDate(2026, 11, 20);
    AssessmentDialog dialog(initial, QStringLiteral("DB-0001"), defaultSubIndicatorScales());
    dialog.show();
    dialog.scoreField(Dimension::Product)->setText(QStringLiteral("12"));
    dialog.scoreField(Dimension::Sales)->setText(QStringLiteral("6"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.problems()
        == QStringList {
            QStringLiteral("Product understanding: “12” is not a score: scores run from 0 to 10.") });
    dialog.scoreField(Dimension::Product)->setText(QStringLiteral("6"));
    dialog.accept();
    CHECK(dialog.problems()
        == QStringList {
            QStringLiteral("Customer service needs a score or at least one of its sub-indicators.") });
    CHECK(
        dialog.usedLabel(Dimension::Service)->text() == QStringLiteral("Needs a score or a sub-indicator."));
}

TEST_CASE("adding, editing and deleting an assessment are undoable and the capability model follows")
{
    test::DemoWindow demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    test::DialogAnswer refusals(QMessageBox::Ok); // none expected; a refusal would hang on its box
    const PartnerCapability before = capabilityOf(session, QStringLiteral("DB-0007"));
    REQUIRE(before.latest);
    AssessmentRepository repo(session.workbook());
    const qsizetype count = repo.forPartner(before.partnerId).size();

    Assessment added;
    added.partnerId = before.partnerId;
    added.date = QDate::currentDate();
    added.entered = { 90, 90, 90 };
    auto *add = AddAssessmentCommand::create(session, added);
    REQUIRE(add);
    session.undoStack()->push(add);
    CHECK(
        capabilityOf(session, QStringLiteral("DB-0007")).latest->tenths == PerDimension<int> { 90, 90, 90 });
    CHECK(repo.forPartner(before.partnerId).size() == count + 1);

    const Assessment stored = repo.forPartner(before.partnerId).back();
    Assessment edited = stored;
    edited.entered[int(Dimension::Sales)] = 40;
    auto *edit = EditAssessmentCommand::create(session, stored, edited);
    REQUIRE(edit);
    session.undoStack()->push(edit);
    CHECK(capabilityOf(session, QStringLiteral("DB-0007")).latest->tenths[int(Dimension::Sales)] == 40);
    session.undoStack()->undo();
    CHECK(repo.byId(stored.id) == stored); // exactly, time included
    CHECK(refusals.texts() == QStringList {});

    auto *remove = DeleteAssessmentCommand::create(session, stored);
    REQUIRE(remove);
    session.undoStack()->push(remove);
    CHECK(capabilityOf(session, QStringLiteral("DB-0007")).latest->date == before.latest->date);
    session.undoStack()->undo();
    CHECK(repo.byId(stored.id) == stored);
    session.undoStack()->undo(); // the edit was undone already; this undoes the add
    CHECK(repo.forPartner(before.partnerId).size() == count);
    CHECK_FALSE(repo.byId(stored.id));
}

TEST_CASE("a second assessment on the same day is refused with the reason and nothing enters the history")
{
    test::DemoWindow demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    const PartnerCapability p = capabilityOf(session, QStringLiteral("DB-0007"));
    Assessment twin;
    twin.partnerId = p.partnerId;
    twin.date = p.latest->date;
    twin.entered = { 50, 50, 50 };
    test::DialogAnswer refusal(QMessageBox::Ok);
    CHECK_FALSE(AddAssessmentCommand::create(session, twin));
    CHECK(refusal.text().contains(QStringLiteral("already has an assessment")));
    CHECK(session.undoStack()->count() == 0);
}

TEST_CASE("clearing a watch-list entry takes it off the list with its note, and undo puts it back")
{
    test::DemoWindow demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    const PartnerCapability p = capabilityOf(session, QStringLiteral("DB-0007"));
    REQUIRE(p.watch.size() == 2);
    auto *clear = ClearWatchEntryCommand::create(
        session, p.partnerId, p.watch[0], QStringLiteral("已安排产品培训"), session.capability().asOf);
    REQUIRE(clear);
    session.undoStack()->push(clear);
    const PartnerCapability after = capabilityOf(session, QStringLiteral("DB-0007"));
    CHECK(after.watch.size() == 1);
    REQUIRE(after.cleared.size() == 1);
    CHECK(after.cleared[0].clearance.note == QStringLiteral("已安排产品培训"));
    session.undoStack()->undo();
    CHECK(capabilityOf(session, QStringLiteral("DB-0007")).watch.size() == 2);
    CHECK(WatchClearanceRepository(session.workbook()).forPartner(p.partnerId).isEmpty());
}

TEST_CASE("the mentor list counts each mentor's partners and those on the watch list")
{
    test::DemoWindow demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    MentorsPanel panel;
    panel.setOverview(session.capability());
    QAbstractItemModel *model = panel.table()->model();
    REQUIRE(model->rowCount() > 1);
    int partners = 0;
    int watched = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        partners += model->index(row, 1).data(Qt::UserRole).toInt();
        watched += model->index(row, 3).data(Qt::UserRole).toInt();
    }
    int notChurned = 0;
    int onList = 0;
    for (const PartnerCapability &p : session.capability().partners) {
        notChurned += p.status != PartnerStatus::Churned;
        onList += p.onWatchList();
    }
    CHECK(partners == notChurned);
    CHECK(watched == onList);
    // Sorted most watched first.
    CHECK(model->index(0, 3).data(Qt::UserRole).toInt() >= model->index(1, 3).data(Qt::UserRole).toInt());
}

TEST_CASE("the partner's watch box lists when each entry began, the current ones as ongoing")
{
    test::DemoWindow demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    const PartnerCapability p = capabilityOf(session, QStringLiteral("DB-0007"));
    REQUIRE(p.watch.size() == 2);
    PartnerCapabilityPanel panel(session);
    panel.resize(900, 1200);
    panel.show();
    panel.showPartner(p.partnerId);
    QStringList periods;
    for (const QLabel *label : panel.findChildren<QLabel *>(QStringLiteral("watchPeriod")))
        periods.append(label->text());
    // Each current hit is an ongoing period whose words are today's reason.
    for (const WatchHit &hit : p.watch)
        CHECK(std::any_of(periods.cbegin(), periods.cend(), [&](const QString &text) {
            return text.contains(QStringLiteral("since ")) && text.contains(hit.reason.toHtmlEscaped());
        }));
}
