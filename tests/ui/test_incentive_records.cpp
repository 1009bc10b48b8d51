// The incentive record panels on the demo workbook: recording and removing penalties
// through the dialog, the MDF buttons following the request's state, the required
// reasons and references, the co-funding shown before paying, and the audit trail.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "domain/Quarter.h"
#include "incentives/AuditPanel.h"
#include "incentives/MdfActionDialog.h"
#include "incentives/MdfPanel.h"
#include "incentives/PartnerPicker.h"
#include "incentives/PenaltiesPanel.h"
#include "incentives/PenaltyDialog.h"
#include "incentives/RecordFilterModel.h"
#include "partners/PartnerTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace cs;

namespace {

const Partner &partnerWithTier(WorkbookSession &session, Tier tier)
{
    for (const Partner &p : session.partnerModel()->partners())
        if (p.tier == tier && p.status != PartnerStatus::Churned)
            return p;
    FAIL("the demo has no partner of that tier");
    return session.partnerModel()->partners().front();
}

QStringList rowTexts(const QAbstractItemModel *model, int row)
{
    QStringList texts;
    for (int column = 0; column < model->columnCount(); ++column)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

// The row of a table showing the record, as the user sees it.
int rowOf(const RecordFilterModel *model, qint64 id)
{
    return model->rowOfId(id);
}

// The buttons that are enabled, by the state they move to.
QList<MdfState> enabledActions(const MdfPanel &panel)
{
    QList<MdfState> enabled;
    for (MdfState s : { MdfState::Approved, MdfState::Rejected, MdfState::Claimed, MdfState::Paid })
        if (panel.actionButton(s)->isEnabled())
            enabled.append(s);
    return enabled;
}

struct Fixture {
    test::DemoWindow demo = test::openDemoWindow();
    WorkbookSession &session = *demo.window->session();
    Fixture() { session.incentives().ensurePolicy(Quarter(2025, 1)); }
};

// A request for a Diamond partner (co-funding share 70 % by default), made through the book.
MdfRequest diamondRequest(WorkbookSession &session, Money planned)
{
    const Partner &partner = partnerWithTier(session, Tier::Diamond);
    const MdfRequest r =
        session.incentives().requestMdf(partner.id, QStringLiteral("测试路演"), planned, QDate(2026, 11, 2));
    session.notifyIncentivesChanged();
    return r;
}

} // namespace

TEST_CASE(
    "recording a penalty through the dialog adds a row and the audit trail shows it", "[incentive-records]")
{
    Fixture f;
    PenaltiesPanel panel(f.session);
    AuditPanel audit(f.session);
    const int before = panel.filterModel()->rowCount();
    const int auditBefore = audit.filterModel()->rowCount();
    const Partner &partner = partnerWithTier(f.session, Tier::Gold);

    panel.recordButton()->click();
    auto *dialog = panel.findChild<PenaltyDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    CHECK_FALSE(dialog->okButton()->isEnabled());

    dialog->partnerField()->setText(partner.code);
    dialog->dateField()->setDate(QDate(2026, 11, 3));
    dialog->kindField()->setCurrentIndex(dialog->kindField()->findData(int(PenaltyKind::MinimumPrice)));
    CHECK_FALSE(dialog->okButton()->isEnabled()); // no evidence yet
    dialog->evidenceField()->setPlainText(QStringLiteral("   \n "));
    CHECK_FALSE(dialog->okButton()->isEnabled()); // blank evidence is none
    dialog->evidenceField()->setPlainText(QStringLiteral("订单 SO-88121 售价低于最低限价\n照片 3 张"));
    CHECK(dialog->okButton()->isEnabled());
    CHECK(dialog->ruleLabel()->text().contains(QStringLiteral("¥5,000.00")));

    dialog->amountField()->setText(QStringLiteral("12,34"));
    CHECK_FALSE(dialog->okButton()->isEnabled());
    CHECK(dialog->problemLabel()->isVisibleTo(dialog));
    CHECK(dialog->problemLabel()->text().contains(QStringLiteral("12,34")));
    dialog->amountField()->setText(QStringLiteral("¥3,000"));
    CHECK(dialog->okButton()->isEnabled());
    CHECK_FALSE(dialog->problemLabel()->isVisibleTo(dialog));
    CHECK_FALSE(dialog->closedHint()->isVisibleTo(dialog));

    dialog->okButton()->click();
    REQUIRE(panel.filterModel()->rowCount() == before + 1);
    const QList<PenaltyRecord> stored = f.session.incentives().penalties();
    const auto it = std::find_if(stored.cbegin(), stored.cend(),
        [&](const PenaltyRecord &p) { return p.evidence.startsWith(QStringLiteral("订单 SO-88121")); });
    REQUIRE(it != stored.cend());
    CHECK(it->partnerId == partner.id);
    CHECK(it->kind == PenaltyKind::MinimumPrice);
    CHECK(it->amount == Money::fromFen(300000));
    CHECK(it->date == QDate(2026, 11, 3));

    const int row = rowOf(panel.filterModel(), it->id);
    REQUIRE(row >= 0);
    const QStringList texts = rowTexts(panel.filterModel(), row);
    CHECK(texts.at(PenaltiesPanel::CodeColumn) == partner.code);
    CHECK(texts.at(PenaltiesPanel::NameColumn) == partner.name);
    CHECK(texts.at(PenaltiesPanel::QuarterColumn) == Quarter(2026, 4).label());
    CHECK(texts.at(PenaltiesPanel::KindColumn) == labelOf(PenaltyKind::MinimumPrice));
    CHECK(texts.at(PenaltiesPanel::AmountColumn) == QStringLiteral("¥3,000.00"));
    CHECK(panel.selectedId() == it->id);

    // The audit panel listened to incentivesChanged and shows the entry in words.
    REQUIRE(audit.filterModel()->rowCount() == auditBefore + 1);
    audit.searchField()->setText(partner.code);
    bool shown = false;
    for (int r = 0; r < audit.filterModel()->rowCount(); ++r) {
        const QStringList entry = rowTexts(audit.filterModel(), r);
        shown = shown
            || (entry.at(AuditPanel::ActionColumn) == QStringLiteral("Penalty recorded")
                && entry.at(AuditPanel::SubjectColumn) == partner.code);
    }
    CHECK(shown);

    // The kind filter hides it, the search finds it by its evidence.
    panel.kindFilter()->setCurrentIndex(panel.kindFilter()->findData(int(PenaltyKind::CrossRegion)));
    CHECK(rowOf(panel.filterModel(), it->id) == -1);
    panel.kindFilter()->setCurrentIndex(0);
    panel.searchField()->setText(QStringLiteral("SO-88121"));
    CHECK(panel.filterModel()->rowCount() == 1);
}

TEST_CASE("a penalty without an amount shows the policy's rule in words", "[incentive-records]")
{
    Fixture f;
    const Partner &partner = partnerWithTier(f.session, Tier::Silver);
    PenaltyRecord p;
    p.partnerId = partner.id;
    p.date = QDate(2026, 11, 5);
    p.kind = PenaltyKind::CrossRegion;
    p.evidence = QStringLiteral("华南区发现串货 12 台");
    const PenaltyRecord stored = f.session.incentives().recordPenalty(p);
    PenaltiesPanel panel(f.session);
    const int row = rowOf(panel.filterModel(), stored.id);
    REQUIRE(row >= 0);
    CHECK(panel.filterModel()->index(row, PenaltiesPanel::AmountColumn).data().toString()
        == QStringLiteral("forfeits 50 % of the quarter's rebates"));
}

TEST_CASE("a penalty of a closed quarter cannot be removed, and the dialog says where a new one goes",
    "[incentive-records]")
{
    Fixture f;
    // The demo workbook closes 2025Q1–2026Q2; a penalty of 2026Q3 is settled by closing it.
    const Quarter closed(2026, 3);
    PenaltyRecord settled;
    settled.partnerId = partnerWithTier(f.session, Tier::Gold).id;
    settled.date = QDate(2026, 8, 1);
    settled.evidence = QStringLiteral("已结算季度的扣款");
    settled = f.session.incentives().recordPenalty(settled);
    f.session.incentives().close(closed, QStringLiteral("test"));

    // The book refuses to remove a settled penalty; the panel shows why and keeps the row.
    PenaltiesPanel panel(f.session);
    panel.table()->selectRow(rowOf(panel.filterModel(), settled.id));
    REQUIRE(panel.selectedId() == settled.id);
    {
        test::DialogAnswer yes(QMessageBox::Yes);
        panel.removeButton()->click();
        REQUIRE(test::waitUntil([&] { return yes.texts().size() == 2; }));
        CHECK(yes.texts().at(1).contains(closed.label()));
    }
    CHECK(rowOf(panel.filterModel(), settled.id) >= 0);

    PenaltyDialog dialog(f.session);
    dialog.dateField()->setDate(QDate(2026, 11, 1));
    CHECK_FALSE(dialog.closedHint()->isVisibleTo(&dialog));
    dialog.dateField()->setDate(QDate(2025, 2, 14));
    CHECK(dialog.closedHint()->isVisibleTo(&dialog));
    CHECK(dialog.closedHint()->text()
        == QStringLiteral("That quarter is closed: the penalty will be deducted as an adjustment in the next "
                          "open quarter"));
}

TEST_CASE("removing a penalty asks first, and the audit trail keeps it", "[incentive-records]")
{
    Fixture f;
    const Partner &partner = partnerWithTier(f.session, Tier::Bronze);
    PenaltyRecord p;
    p.partnerId = partner.id;
    p.date = QDate(2026, 10, 20);
    p.evidence = QStringLiteral("虚报活动照片");
    const PenaltyRecord stored = f.session.incentives().recordPenalty(p);
    PenaltiesPanel panel(f.session);
    AuditPanel audit(f.session);
    REQUIRE(rowOf(panel.filterModel(), stored.id) >= 0);
    CHECK_FALSE(panel.removeButton()->isEnabled());
    panel.table()->selectRow(rowOf(panel.filterModel(), stored.id));
    REQUIRE(panel.removeButton()->isEnabled());

    {
        test::DialogAnswer no(QMessageBox::No);
        panel.removeButton()->click();
        CHECK(no.seen());
    }
    CHECK(rowOf(panel.filterModel(), stored.id) >= 0);
    {
        test::DialogAnswer yes(QMessageBox::Yes);
        panel.removeButton()->click();
        CHECK(yes.text().contains(partner.code));
        CHECK(yes.texts().size() == 1); // no refusal followed
    }
    CHECK(rowOf(panel.filterModel(), stored.id) == -1);
    CHECK(audit.filterModel()->index(0, AuditPanel::ActionColumn).data().toString()
        == QStringLiteral("Penalty removed"));
}

TEST_CASE("the MDF buttons follow the request's state", "[incentive-records]")
{
    Fixture f;
    MdfPanel panel(f.session);
    CHECK(enabledActions(panel).isEmpty()); // nothing selected
    const MdfRequest r = diamondRequest(f.session, Money::fromFen(8000000));
    panel.selectRequest(r.id);
    REQUIRE(panel.selectedId() == r.id);
    CHECK(enabledActions(panel) == QList<MdfState> { MdfState::Approved, MdfState::Rejected });
    CHECK(panel.history()->model()->rowCount() == 1);
    CHECK(panel.startAction(MdfState::Paid) == nullptr);

    MdfActionDialog *approve = panel.startAction(MdfState::Approved);
    REQUIRE(approve);
    CHECK(approve->amountField()->text() == QStringLiteral("¥80,000.00")); // the planned cost
    approve->dateField()->setDate(QDate(2026, 11, 6));
    approve->textField()->setText(QStringLiteral("按计划批准"));
    REQUIRE(approve->okButton()->isEnabled());
    approve->okButton()->click();
    REQUIRE(panel.selectedId() == r.id);
    CHECK(panel.selectedRequest()->state() == MdfState::Approved);
    CHECK(enabledActions(panel) == QList<MdfState> { MdfState::Claimed });
    const int row = rowOf(panel.filterModel(), r.id);
    CHECK(panel.filterModel()->index(row, MdfPanel::StateColumn).data().toString()
        == labelOf(MdfState::Approved));
    CHECK(panel.filterModel()->index(row, MdfPanel::ApprovedColumn).data().toString()
        == QStringLiteral("¥80,000.00"));

    MdfActionDialog *claim = panel.startAction(MdfState::Claimed);
    REQUIRE(claim);
    claim->dateField()->setDate(QDate(2026, 11, 10));
    claim->amountField()->setText(QStringLiteral("60000"));
    CHECK_FALSE(claim->okButton()->isEnabled()); // the proof reference is required
    claim->textField()->setText(QStringLiteral("发票 No.0021"));
    REQUIRE(claim->okButton()->isEnabled());
    claim->okButton()->click();
    CHECK(panel.selectedRequest()->state() == MdfState::Claimed);
    CHECK(enabledActions(panel) == QList<MdfState> { MdfState::Paid });

    // The history lists every dated step, oldest first.
    const QAbstractItemModel *history = panel.history()->model();
    REQUIRE(history->rowCount() == 3);
    CHECK(history->index(2, 0).data().toString() == labelOf(MdfState::Claimed));
    CHECK(rowTexts(history, 2).contains(QStringLiteral("发票 No.0021")));
    CHECK(rowTexts(history, 1).contains(QStringLiteral("按计划批准")));

    // The state filter shows claimed requests only.
    panel.stateFilter()->setCurrentIndex(panel.stateFilter()->findData(int(MdfState::Requested)));
    CHECK(rowOf(panel.filterModel(), r.id) == -1);
    panel.stateFilter()->setCurrentIndex(panel.stateFilter()->findData(int(MdfState::Claimed)));
    CHECK(rowOf(panel.filterModel(), r.id) >= 0);
}

TEST_CASE("an MDF request cannot be rejected without a reason", "[incentive-records]")
{
    Fixture f;
    MdfPanel panel(f.session);
    AuditPanel audit(f.session);
    const MdfRequest r = diamondRequest(f.session, Money::fromFen(1000000));
    panel.selectRequest(r.id);
    MdfActionDialog *reject = panel.startAction(MdfState::Rejected);
    REQUIRE(reject);
    reject->dateField()->setDate(QDate(2026, 11, 4));
    CHECK_FALSE(reject->okButton()->isEnabled());
    reject->textField()->setText(QStringLiteral("   "));
    CHECK_FALSE(reject->okButton()->isEnabled());
    reject->dateField()->setDate(QDate(2026, 10, 1)); // before the request
    reject->textField()->setText(QStringLiteral("活动与产品线无关"));
    CHECK_FALSE(reject->okButton()->isEnabled());
    CHECK(reject->problemLabel()->isVisibleTo(reject));
    reject->dateField()->setDate(QDate(2026, 11, 4));
    REQUIRE(reject->okButton()->isEnabled());
    reject->okButton()->click();

    CHECK(panel.selectedRequest()->state() == MdfState::Rejected);
    CHECK(enabledActions(panel).isEmpty());
    CHECK(rowTexts(panel.history()->model(), 1).contains(QStringLiteral("活动与产品线无关")));
    CHECK(audit.filterModel()->index(0, AuditPanel::ActionColumn).data().toString()
        == QStringLiteral("MDF rejected"));
}

TEST_CASE("paying MDF shows the co-funding and its cap before storing it", "[incentive-records]")
{
    Fixture f;
    MdfPanel panel(f.session);
    IncentiveBook &book = f.session.incentives();
    const MdfRequest r = diamondRequest(f.session, Money::fromFen(10000000));
    book.approveMdf(r.id, QDate(2026, 11, 3), Money::fromFen(5000000), QString());
    book.claimMdf(r.id, QDate(2026, 11, 12), Money::fromFen(10000000), QStringLiteral("INV-7"));
    f.session.notifyIncentivesChanged();
    panel.selectRequest(r.id);
    REQUIRE(panel.actionButton(MdfState::Paid)->isEnabled());

    panel.actionButton(MdfState::Paid)->click();
    auto *pay = panel.findChild<MdfActionDialog *>();
    REQUIRE(pay);
    REQUIRE(pay->target() == MdfState::Paid);
    pay->dateField()->setDate(QDate(2026, 11, 20));
    // ¥100,000 × 70 % = ¥70,000, more than the ¥50,000 approved.
    CHECK(pay->coFundingLabel()->text().contains(QStringLiteral(
        "Claim ¥100,000.00 × 70 % (Diamond) = ¥70,000.00; capped by the approved ¥50,000.00")));
    CHECK(pay->coFundingLabel()->text().contains(
        QStringLiteral("Co-funded: ¥50,000.00</b>, settled as a co-funding line in ")
        + Quarter(2026, 4).label()));
    REQUIRE(pay->okButton()->isEnabled());
    const auto stateNow = [&] {
        for (const MdfRequest &stored : book.mdfRequests())
            if (stored.id == r.id)
                return stored.state();
        return MdfState::Requested;
    };
    CHECK(stateNow() == MdfState::Claimed); // nothing stored by looking
    pay->okButton()->click();

    CHECK(panel.selectedRequest()->state() == MdfState::Paid);
    CHECK(enabledActions(panel).isEmpty());
    const int row = rowOf(panel.filterModel(), r.id);
    CHECK(panel.filterModel()->index(row, MdfPanel::CoFundedColumn).data().toString()
        == QStringLiteral("¥50,000.00"));
}
