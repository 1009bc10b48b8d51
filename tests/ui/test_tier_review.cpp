// The Tiers view on the demo workbook: the review it opens on and its counts, the
// filters, exact sorting, the detail pane, confirming through the dialog (history
// effective from the next quarter, the registry refreshed) or cancelling it, and
// the criteria dialog refusing weights that do not add up to 100.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "capability/Tenths.h"
#include "i18n/Translations.h"
#include "partners/PartnerTableModel.h"
#include "storage/ResultQuarters.h"
#include "storage/TierStore.h"
#include "storage/Workbook.h"
#include "tiers/TierConfirmDialog.h"
#include "tiers/TierCriteriaDialog.h"
#include "tiers/TierCriteriaForm.h"
#include "tiers/TierDetail.h"
#include "tiers/TierFilterBar.h"
#include "tiers/TierFilterModel.h"
#include "tiers/TierReviewModel.h"
#include "tiers/TierReviewView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace cs;

namespace {

using Column = TierReviewModel::Column;
using Show = TierFilterModel::Show;

TierReviewView *showTiers(test::DemoWindow &demo)
{
    TierReviewView *view = demo.window->tierReviewView();
    REQUIRE(view);
    QListWidgetItem *entry = nullptr;
    for (QListWidget *list : demo.window->findChildren<QListWidget *>())
        for (QListWidgetItem *item : list->findItems(MainWindow::tr("Tiers"), Qt::MatchExactly))
            entry = item;
    REQUIRE(entry);
    entry->listWidget()->setCurrentItem(entry);
    REQUIRE(view->isVisible());
    return view;
}

const TierEvaluation &evaluationOfRow(TierReviewView *view, int proxyRow)
{
    const QModelIndex source = view->filterModel()->mapToSource(view->filterModel()->index(proxyRow, 0));
    return view->tableModel()->evaluationAt(source.row());
}

void show(TierReviewView *view, Show what)
{
    QComboBox *combo = view->filterBar()->showCombo();
    combo->setCurrentIndex(combo->findData(int(what)));
}

// Runs `answer` on the next modal dialog of type T once it is open (inside its exec()).
template<typename T> void whenOpen(std::function<void(T *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

struct Expected {
    int proposals = 0;
    int promotions = 0;
    int demotions = 0;
    int held = 0;
};

Expected countByHand(const QList<TierEvaluation> &review)
{
    Expected c;
    for (const TierEvaluation &e : review) {
        // A change confirmed already is decided: no longer a proposal.
        if (e.inputs.confirmedChange)
            continue;
        const bool change = e.currentTier() != e.proposedTier;
        c.proposals += change ? 1 : 0;
        // Tier declares the best first: a smaller rank is a better tier.
        c.promotions += change && e.currentTier() && int(e.proposedTier) < int(*e.currentTier()) ? 1 : 0;
        c.demotions += change && e.currentTier() && int(e.proposedTier) > int(*e.currentTier()) ? 1 : 0;
        c.held += e.heldBy != TierHold::None ? 1 : 0;
    }
    return c;
}

} // namespace

TEST_CASE("the tiers view reviews the latest quarter with results and lists its proposals", "[tier-view]")
{
    auto demo = test::openDemoWindow();
    TierReviewView *view = showTiers(demo);
    Workbook &workbook = demo.window->session()->workbook();

    const QList<Quarter> quarters = quartersWithResults(workbook);
    REQUIRE_FALSE(quarters.isEmpty());
    const Quarter latest = *std::max_element(quarters.cbegin(), quarters.cend());
    CHECK(view->quarter() == latest);
    CHECK(view->quarters().size() == quarters.size());
    CHECK(view->quarters().front() == latest);

    const QList<TierEvaluation> review = TierStore(workbook).review(latest);
    REQUIRE(view->evaluations().size() == review.size());
    const Expected expected = countByHand(review);
    // The demo channel has movement both ways: otherwise this test proves little.
    REQUIRE(expected.promotions > 0);
    REQUIRE(expected.demotions > 0);
    CHECK(view->counts().proposals == expected.proposals);
    CHECK(view->counts().promotions == expected.promotions);
    CHECK(view->counts().demotions == expected.demotions);
    CHECK(view->counts().held == expected.held);
    CHECK(
        view->summaryLabel()->text().startsWith(TierReviewView::tr("%Ln proposal(s)", "", expected.proposals)
            + QStringLiteral(": ") + TierReviewView::tr("%Ln promotion(s)", "", expected.promotions)
            + QStringLiteral(", ") + TierReviewView::tr("%Ln demotion(s)", "", expected.demotions)
            + QStringLiteral(", ") + TierReviewView::tr("%Ln held", "", expected.held)));

    // Proposals only, by default: each row a change, arrows on the moves.
    TierFilterModel *filter = view->filterModel();
    REQUIRE(filter->rowCount() == expected.proposals);
    for (int row = 0; row < filter->rowCount(); ++row) {
        const TierEvaluation &e = evaluationOfRow(view, row);
        REQUIRE(e.isChange());
        const QString proposed = filter->index(row, Column::ProposedTier).data().toString();
        CHECK(proposed.endsWith(QStringLiteral("▲")) == e.isPromotion());
        CHECK(proposed.endsWith(QStringLiteral("▼")) == e.isDemotion());
    }
    show(view, Show::Promotions);
    CHECK(filter->rowCount() == expected.promotions);
    show(view, Show::Demotions);
    CHECK(filter->rowCount() == expected.demotions);
    show(view, Show::Held);
    CHECK(filter->rowCount() == expected.held);
    show(view, Show::All);
    CHECK(filter->rowCount() == review.size());

    // Tier and region narrow it further, as counted by hand.
    QComboBox *tier = view->filterBar()->tierCombo();
    tier->setCurrentIndex(tier->findData(int(Tier::Gold)));
    const auto gold = std::count_if(review.cbegin(), review.cend(),
        [](const TierEvaluation &e) { return e.currentTier() == Tier::Gold; });
    CHECK(filter->rowCount() == gold);
    QComboBox *region = view->filterBar()->regionCombo();
    REQUIRE(region->count() > 1);
    region->setCurrentIndex(1);
    const QString chosen = region->currentText();
    const auto goldThere = std::count_if(review.cbegin(), review.cend(),
        [&](const TierEvaluation &e) { return e.currentTier() == Tier::Gold && e.inputs.region == chosen; });
    CHECK(filter->rowCount() == goldThere);
    view->filterBar()->searchEdit()->setText(evaluationOfRow(view, 0).inputs.code);
    CHECK(filter->rowCount() == 1);
}

TEST_CASE("tier review columns sort on exact values, not on the text shown", "[tier-view]")
{
    auto demo = test::openDemoWindow();
    TierReviewView *view = showTiers(demo);
    show(view, Show::All);
    TierFilterModel *filter = view->filterModel();
    REQUIRE(filter->rowCount() > 100);

    view->table()->sortByColumn(Column::Score, Qt::AscendingOrder);
    for (int row = 1; row < filter->rowCount(); ++row)
        REQUIRE(evaluationOfRow(view, row - 1).score <= evaluationOfRow(view, row).score);
    view->table()->sortByColumn(Column::Score, Qt::DescendingOrder);
    for (int row = 1; row < filter->rowCount(); ++row)
        REQUIRE(evaluationOfRow(view, row - 1).score >= evaluationOfRow(view, row).score);

    // Tiers by rank, Diamond first: alphabetically "Bronze" would lead.
    view->table()->sortByColumn(Column::ProposedTier, Qt::AscendingOrder);
    CHECK(evaluationOfRow(view, 0).proposedTier == Tier::Diamond);
    for (int row = 1; row < filter->rowCount(); ++row)
        REQUIRE(
            int(evaluationOfRow(view, row - 1).proposedTier) <= int(evaluationOfRow(view, row).proposedTier));
}

TEST_CASE("the detail pane explains the partner's criteria, progress and tier history", "[tier-view]")
{
    auto demo = test::openDemoWindow();
    TierReviewView *view = showTiers(demo);
    const TierStore store(demo.window->session()->workbook());

    // A partner with a past: the demo confirmed changes in its 2025Q4 review.
    const TierEvaluation *withHistory = nullptr;
    QList<TierChange> history;
    for (const TierEvaluation &e : view->evaluations()) {
        history = store.history(e.inputs.partnerId);
        if (!history.isEmpty()) {
            withHistory = &e;
            break;
        }
    }
    REQUIRE(withHistory);
    const TierEvaluation e = *withHistory;
    REQUIRE(view->selectPartner(e.inputs.partnerId));
    CHECK(view->detail()->partnerId() == e.inputs.partnerId);
    const QString text = view->detail()->plainText();
    CHECK(text.contains(e.inputs.name));
    CHECK(text.contains(e.reason));
    for (TierCriterion c : allTierCriteria) {
        INFO(labelOf(c));
        CHECK(text.contains(labelOf(c)));
        const CriterionResult &r = e.criteria[size_t(c)];
        CHECK(text.contains(formatOneDecimal(r.subScore)));
        if (r.value)
            CHECK(text.contains(formatCriterionValue(c, *r.value)));
    }
    for (const TierGap &gap : e.progress.minimums + e.progress.alone)
        CHECK(text.contains(gap.text));
    const TierChange &last = history.back();
    CHECK(text.contains(last.confirmedBy));
    CHECK(text.contains(last.reason));
    CHECK(text.contains(last.effectiveFrom.label()));
}

TEST_CASE("confirming a proposal records it from the next quarter and it leaves the proposals", "[tier-view]")
{
    qputenv("USER", "zhang.wei");
    auto demo = test::openDemoWindow();
    TierReviewView *view = showTiers(demo);
    WorkbookSession &session = *demo.window->session();
    const TierStore store(session.workbook());
    const Quarter review = view->quarter();
    const int proposals = view->counts().proposals;
    const int promotions = view->counts().promotions;

    // The first promotion, selected as a user would.
    show(view, Show::Promotions);
    REQUIRE(view->filterModel()->rowCount() > 0);
    const TierEvaluation e = evaluationOfRow(view, 0);
    view->table()->selectRow(0);
    REQUIRE(view->selectedChanges().size() == 1);
    REQUIRE(view->confirmSelectedButton()->isEnabled());
    const std::optional<Tier> before = store.tierAt(e.inputs.partnerId, review);
    const qsizetype changesBefore = store.history(e.inputs.partnerId).size();

    QString effect;
    QString prefilledBy;
    QString prefilledReason;
    whenOpen<TierConfirmDialog>([&](TierConfirmDialog *dialog) {
        effect = dialog->effectLabel()->text();
        prefilledBy = dialog->confirmedByEdit()->text();
        prefilledReason = dialog->reasonEdit()->toPlainText();
        dialog->reasonEdit()->setPlainText(
            QStringLiteral("Two strong quarters; agreed at the review meeting."));
        dialog->confirmedByEdit()->setText(QStringLiteral("李伟"));
        dialog->okButton()->click();
    });
    QSignalSpy partnersChanged(&session, &WorkbookSession::partnersChanged);
    QSignalSpy incentivesChanged(&session, &WorkbookSession::incentivesChanged);
    view->confirmSelectedButton()->click();
    REQUIRE(test::waitUntil([&] { return store.history(e.inputs.partnerId).size() == changesBefore + 1; }));

    CHECK(prefilledBy == QStringLiteral("zhang.wei"));
    CHECK(prefilledReason == e.reason);
    CHECK(effect.contains(review.next().label()));
    const TierChange change = store.history(e.inputs.partnerId).back();
    CHECK(change.reviewPeriod == review);
    CHECK(change.effectiveFrom == review.next());
    CHECK(change.fromTier == e.currentTier());
    CHECK(change.toTier == e.proposedTier);
    CHECK(change.reason == QStringLiteral("Two strong quarters; agreed at the review meeting."));
    CHECK(change.confirmedBy == QStringLiteral("李伟"));
    // The reviewed quarter keeps the tier it had; the next one has the new tier.
    CHECK(store.tierAt(e.inputs.partnerId, review) == before);
    CHECK(store.tierAt(e.inputs.partnerId, review.next()) == e.proposedTier);

    // The view read the review again: no longer a proposal, one fewer in the summary.
    CHECK(view->counts().proposals == proposals - 1);
    const int row = view->tableModel()->rowOf(e.inputs.partnerId);
    REQUIRE(row >= 0);
    const TierEvaluation &after = view->tableModel()->evaluationAt(row);
    CHECK_FALSE(after.isChange());
    REQUIRE(after.inputs.confirmedChange.has_value());
    CHECK(after.inputs.confirmedChange->toTier == e.proposedTier);
    CHECK(after.currentTier() == before);
    CHECK(view->counts().confirmed == 1);
    CHECK(view->counts().promotions == promotions - 1);
    CHECK(TierReviewModel::proposedText(after) == labelOf(e.proposedTier) + QStringLiteral(" ✓"));
    for (int r = 0; r < view->filterModel()->rowCount(); ++r)
        CHECK(evaluationOfRow(view, r).inputs.partnerId != e.inputs.partnerId);
    // Its history in the pane, once selected again.
    REQUIRE(view->selectPartner(e.inputs.partnerId));
    CHECK(view->detail()->plainText().contains(
        QStringLiteral("Two strong quarters; agreed at the review meeting.")));
    CHECK(view->detail()->plainText().contains(QStringLiteral("李伟")));
    // The registry shows the new tier, and views that show tiers heard about it.
    CHECK(session.partnerModel()->partnerById(e.inputs.partnerId)->tier == e.proposedTier);
    CHECK(partnersChanged.count() >= 1);
    CHECK(incentivesChanged.count() >= 1);

    // The same change again is refused by the workbook, in a message box, and nothing is written.
    {
        test::DialogAnswer answer(QMessageBox::Ok);
        CHECK_FALSE(view->confirm(
            { { e.inputs.partnerId, e.proposedTier, QStringLiteral("again") } }, QStringLiteral("李伟")));
        REQUIRE(test::waitUntil([&] { return answer.seen(); }));
        CHECK(answer.text().contains(e.inputs.code));
    }
    CHECK(store.history(e.inputs.partnerId).size() == changesBefore + 1);
}

TEST_CASE("cancelling the tier confirmation writes nothing", "[tier-view]")
{
    auto demo = test::openDemoWindow();
    TierReviewView *view = showTiers(demo);
    const QString path = demo.path;
    const QList<TierEvaluation> changes = view->shownChanges();
    REQUIRE(changes.size() == view->counts().proposals);
    const TierStore store(demo.window->session()->workbook());
    const QList<TierChange> history = store.history(changes.front().inputs.partnerId);

    int listed = 0;
    whenOpen<TierConfirmDialog>([&](TierConfirmDialog *dialog) {
        listed = dialog->table()->rowCount();
        dialog->reject();
    });
    CHECK_FALSE(view->askToConfirm(changes));
    CHECK(listed == changes.size());
    CHECK(store.history(changes.front().inputs.partnerId) == history);
    CHECK(view->counts().proposals == changes.size());
}

TEST_CASE("the confirmation needs a reason for each change and who confirms", "[tier-view]")
{
    auto demo = test::openDemoWindow();
    TierReviewView *view = showTiers(demo);
    const QList<TierEvaluation> changes = view->shownChanges().mid(0, 3);
    REQUIRE(changes.size() == 3);
    TierConfirmDialog dialog(changes, view->quarter());
    dialog.confirmedByEdit()->setText(QStringLiteral("Li"));
    CHECK(dialog.okButton()->isEnabled());
    dialog.table()->setCurrentCell(1, TierConfirmDialog::Reason);
    dialog.reasonEdit()->setPlainText(QStringLiteral("  "));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.problems().join(QLatin1Char(' ')).contains(changes[1].inputs.code));
    dialog.reasonEdit()->setPlainText(QStringLiteral("Regional target doubled"));
    CHECK(dialog.table()->item(1, TierConfirmDialog::Reason)->text()
        == QStringLiteral("Regional target doubled"));
    dialog.confirmedByEdit()->clear();
    CHECK_FALSE(dialog.okButton()->isEnabled());
    dialog.confirmedByEdit()->setText(QStringLiteral("Li"));
    REQUIRE(dialog.okButton()->isEnabled());
    const QList<TierDecision> decisions = dialog.decisions();
    REQUIRE(decisions.size() == 3);
    CHECK(decisions[0].reason == changes[0].reason);
    CHECK(decisions[1].reason == QStringLiteral("Regional target doubled"));
    CHECK(decisions[2].newTier == changes[2].proposedTier);
}

TEST_CASE("the tier criteria dialog refuses weights that do not add up to 100, naming the sum", "[tier-view]")
{
    auto demo = test::openDemoWindow();
    TierReviewView *view = showTiers(demo);
    WorkbookSession &session = *demo.window->session();
    const TierStore store(session.workbook());
    const TierCriteria stored = store.criteria();
    const qint64 sales = stored.rule(TierCriterion::TrailingSales).weight;
    const qint64 brand = stored.rule(TierCriterion::BrandInvestment).weight;
    REQUIRE(brand >= 10);

    // Cancel writes nothing, whatever was typed.
    {
        TierCriteriaDialog dialog(session);
        dialog.form()->weightSpin(TierCriterion::TrailingSales)->setValue(int(sales + 5));
        dialog.form()->thresholdSpin(Tier::Gold)->setValue(60);
        dialog.reject();
        CHECK(store.criteria() == stored);
        CHECK(session.workbook().setting(TierStore::criteriaKey()).isEmpty());
    }

    int proposalsAfter = -1;
    whenOpen<TierCriteriaDialog>([&](TierCriteriaDialog *dialog) {
        TierCriteriaForm *form = dialog->form();
        form->weightSpin(TierCriterion::TrailingSales)->setValue(int(sales + 10));
        // 100 + 10: refused, and the sentence says what the weights add up to.
        CHECK_FALSE(dialog->okButton()->isEnabled());
        CHECK(dialog->problems().contains(QStringLiteral("The criteria weights add up to 110, not 100.")));
        CHECK(dialog->problemList()->isVisibleTo(dialog));
        CHECK(dialog->problemList()->text().contains(QStringLiteral("110")));
        CHECK(form->weightSum()->text().contains(QStringLiteral("110")));
        // Taken from brand investment: 100 again.
        form->weightSpin(TierCriterion::BrandInvestment)->setValue(int(brand - 10));
        CHECK(dialog->problems().isEmpty());
        CHECK_FALSE(dialog->problemList()->isVisibleTo(dialog));
        form->thresholdSpin(Tier::Gold)->setValue(55);
        REQUIRE(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
    });
    view->openCriteriaDialog();

    const TierCriteria saved = store.criteria();
    CHECK(saved.rule(TierCriterion::TrailingSales).weight == sales + 10);
    CHECK(saved.rule(TierCriterion::BrandInvestment).weight == brand - 10);
    CHECK(saved.thresholds[size_t(Tier::Gold)] == 55);
    CHECK(saved.rule(TierCriterion::TrailingSales).fullMarksAt
        == stored.rule(TierCriterion::TrailingSales).fullMarksAt);
    // The review ran again with them.
    CHECK(view->criteria() == saved);
    const QList<TierEvaluation> again = store.review(view->quarter());
    proposalsAfter = countByHand(again).proposals;
    CHECK(view->counts().proposals == proposalsAfter);
    REQUIRE(view->evaluations().size() == again.size());
    CHECK(view->evaluations().front().score == again.front().score);
}

TEST_CASE("the tier criteria form reads each value in its criterion's unit", "[tier-view]")
{
    auto demo = test::openDemoWindow();
    TierCriteriaDialog dialog(*demo.window->session());
    TierCriteriaForm *form = dialog.form();

    form->fullMarksEdit(TierCriterion::TrailingSales)->setText(QStringLiteral("¥8,000,000"));
    form->minimumEdit(TierCriterion::MarketCoverage, Tier::Gold)->setText(QStringLiteral("60%"));
    form->fullMarksEdit(TierCriterion::ServiceCapability)->setText(QStringLiteral("8.5"));
    form->minimumEdit(TierCriterion::BrandInvestment, Tier::Diamond)->setText(QStringLiteral("50000"));
    form->minimumEdit(TierCriterion::TrailingSales, Tier::Silver)->clear();
    QComboBox *certification = form->certificationMinimum(Tier::Gold);
    certification->setCurrentIndex(certification->findText(labelOf(Certification::Advanced)));
    REQUIRE(form->inputProblems().isEmpty());
    const TierCriteria c = form->criteria();
    CHECK(c.rule(TierCriterion::TrailingSales).fullMarksAt == (Ratio { 800'000'000, 1 })); // fen
    CHECK(c.rule(TierCriterion::MarketCoverage).minimum[size_t(Tier::Gold)] == (Ratio { 3, 5 }));
    CHECK(c.rule(TierCriterion::ServiceCapability).fullMarksAt == (Ratio { 17, 2 }));
    CHECK(c.rule(TierCriterion::BrandInvestment).minimum[size_t(Tier::Diamond)] == (Ratio { 5'000'000, 1 }));
    CHECK_FALSE(c.rule(TierCriterion::TrailingSales).minimum[size_t(Tier::Silver)].has_value());
    CHECK(c.rule(TierCriterion::Certification).minimum[size_t(Tier::Gold)] == (Ratio { 2, 1 }));
    // Unedited fields give back exactly what was loaded.
    const TierCriteria defaults = defaultTierCriteria();
    CHECK(c.rule(TierCriterion::MarketCoverage).fullMarksAt
        == defaults.rule(TierCriterion::MarketCoverage).fullMarksAt);
    CHECK(c.rule(TierCriterion::TrailingSales).minimum[size_t(Tier::Diamond)]
        == defaults.rule(TierCriterion::TrailingSales).minimum[size_t(Tier::Diamond)]);

    form->fullMarksEdit(TierCriterion::BrandInvestment)->setText(QStringLiteral("12abc"));
    const QStringList problems = dialog.problems();
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().startsWith(
        labelOf(TierCriterion::BrandInvestment) + QStringLiteral(", full marks: ")));
    CHECK_FALSE(dialog.okButton()->isEnabled());
}

// Not run by default: renders the view with a selected partner and both dialogs for
// a look (and for README screenshots) into $CS_RENDER_DIR, in $CS_RENDER_LANG when set.
TEST_CASE("render the tiers view", "[.render]")
{
    const QString dir = qEnvironmentVariable("CS_RENDER_DIR");
    if (dir.isEmpty())
        return;
    QSettings().remove(QStringLiteral("tiers"));
    if (qEnvironmentVariableIsSet("CS_RENDER_LANG"))
        installTranslations(*qApp, qEnvironmentVariable("CS_RENDER_LANG"));
    const QString suffix = qEnvironmentVariable("CS_RENDER_LANG");
    // The confirmation names who is logged in; a container may have nobody.
    if (TierConfirmDialog::loginName().isEmpty())
        qputenv("USER", "wang.fang");
    auto demo = test::openDemoWindow();
    demo.window->resize(1600, 1000);
    TierReviewView *view = showTiers(demo);
    view->table()->sortByColumn(Column::Score, Qt::DescendingOrder);
    // A proposal with a past and something to reach, so that every part of the pane shows.
    const TierStore store(demo.window->session()->workbook());
    qint64 wanted = evaluationOfRow(view, 2).inputs.partnerId;
    for (int row = 0; row < view->filterModel()->rowCount(); ++row) {
        const TierEvaluation &e = evaluationOfRow(view, row);
        if (e.progress.nextTier && !e.progress.alone.isEmpty()
            && !store.history(e.inputs.partnerId).isEmpty()) {
            wanted = e.inputs.partnerId;
            break;
        }
    }
    REQUIRE(view->selectPartner(wanted));
    test::waitUntil([] { return false; }, 300);
    REQUIRE(demo.window->grab().save(dir + QStringLiteral("/tiers%1.png").arg(suffix)));

    TierConfirmDialog confirm(view->shownChanges().mid(0, 12), view->quarter(), demo.window.get());
    confirm.show();
    test::waitUntil([] { return false; }, 200);
    REQUIRE(confirm.grab().save(dir + QStringLiteral("/tiers-confirm%1.png").arg(suffix)));
    confirm.reject();

    TierCriteriaDialog criteria(*demo.window->session(), demo.window.get());
    criteria.form()->weightSpin(TierCriterion::TrailingSales)->setValue(45);
    criteria.show();
    test::waitUntil([] { return false; }, 200);
    REQUIRE(criteria.grab().save(dir + QStringLiteral("/tiers-criteria%1.png").arg(suffix)));
    criteria.reject();
}
