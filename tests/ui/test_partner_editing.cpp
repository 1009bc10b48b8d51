// Editing partners in the window: every change is in the file at once, undo
// and redo put the file back, and refused input writes nothing.
#include "GuiSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WorkbookSession.h"
#include "partners/PartnerEditor.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersView.h"
#include "storage/PartnerRepository.h"
#include "storage/Workbook.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

using namespace cs;

namespace {

template<typename W> W *field(PartnerEditor *editor, PartnerField f)
{
    auto *w = editor->findChild<W *>(QStringLiteral("field-%1").arg(int(f)));
    REQUIRE(w);
    return w;
}

QLabel *problem(PartnerEditor *editor, PartnerField f)
{
    auto *label = editor->findChild<QLabel *>(QStringLiteral("problem-%1").arg(int(f)));
    REQUIRE(label);
    return label;
}

void setText(PartnerEditor *editor, PartnerField f, const QString &text)
{
    auto *edit = field<QLineEdit>(editor, f);
    edit->setText(text);
    emit edit->textEdited(text);
}

void select(PartnersView *view, const QString &code)
{
    QAbstractItemModel *model = view->table()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, int(PartnerField::Code)).data().toString() == code) {
            view->table()->setCurrentIndex(model->index(r, 0));
            view->table()->selectRow(r);
            return;
        }
    FAIL("no partner " << code.toStdString());
}

// What the file holds, read through a second connection like another program would.
std::optional<Partner> stored(const QString &path, const QString &code)
{
    WorkbookError error;
    auto wb = Workbook::openReadOnly(path, &error);
    REQUIRE(wb);
    return PartnerRepository(*wb).byCode(code);
}

} // namespace

TEST_CASE("an edit is in the file at once; undo and redo put the file back and forth")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    select(view, QStringLiteral("HD-0001"));
    const QString original = stored(demo.path, QStringLiteral("HD-0001"))->name;

    setText(view->editor(), PartnerField::Name, QStringLiteral("杭州新名称有限公司"));
    CHECK(view->editor()->hasChanges());
    REQUIRE(view->editor()->save());
    CHECK(stored(demo.path, QStringLiteral("HD-0001"))->name == QStringLiteral("杭州新名称有限公司"));
    CHECK_FALSE(view->editor()->hasChanges());
    // The saved partner stays selected, so Delete and the editor agree on it.
    CHECK(view->hasSelection());
    CHECK(view->table()->currentIndex().data(PartnerTableModel::IdRole).toLongLong()
        == view->editor()->partnerId());

    QUndoStack *undo = demo.window->session()->undoStack();
    REQUIRE(undo->canUndo());
    undo->undo();
    CHECK(stored(demo.path, QStringLiteral("HD-0001"))->name == original);
    CHECK(field<QLineEdit>(view->editor(), PartnerField::Name)->text() == original);
    undo->redo();
    CHECK(stored(demo.path, QStringLiteral("HD-0001"))->name == QStringLiteral("杭州新名称有限公司"));
}

TEST_CASE("a duplicate code is shown next to the code field and nothing is written")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    select(view, QStringLiteral("HD-0002"));
    const QByteArray before = test::readAll(demo.path);
    setText(view->editor(), PartnerField::Code, QStringLiteral("hd-0001"));
    CHECK_FALSE(view->editor()->save());
    QLabel *message = problem(view->editor(), PartnerField::Code);
    CHECK(message->isVisibleTo(view->editor()));
    CHECK(message->text().contains(QStringLiteral("HD-0001")));
    CHECK(stored(demo.path, QStringLiteral("HD-0002")));
    CHECK_FALSE(demo.window->session()->undoStack()->canUndo());
    view->editor()->revert();
    CHECK_FALSE(message->isVisibleTo(view->editor()));
}

TEST_CASE("a new partner is added, selected, and removed again by undo")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    view->addPartner();
    CHECK(view->editor()->isEditingNew());

    // Saving an empty form names both required fields.
    CHECK_FALSE(view->editor()->save());
    CHECK(problem(view->editor(), PartnerField::Code)->isVisibleTo(view->editor()));
    CHECK(problem(view->editor(), PartnerField::Name)->isVisibleTo(view->editor()));

    setText(view->editor(), PartnerField::Code, QStringLiteral("XN-9001"));
    setText(view->editor(), PartnerField::Name, QStringLiteral("拉萨高原数码经销部"));
    field<QComboBox>(view->editor(), PartnerField::Region)->setCurrentText(QStringLiteral("西南"));
    REQUIRE(view->editor()->save());
    const auto added = stored(demo.path, QStringLiteral("XN-9001"));
    REQUIRE(added);
    CHECK(added->region == QStringLiteral("西南"));
    CHECK(view->table()->model()->rowCount() == 2001);
    CHECK(view->editor()->partnerId() == added->id);

    demo.window->session()->undoStack()->undo();
    CHECK_FALSE(stored(demo.path, QStringLiteral("XN-9001")));
    CHECK(view->table()->model()->rowCount() == 2000);
    demo.window->session()->undoStack()->redo();
    CHECK(stored(demo.path, QStringLiteral("XN-9001"))->id == added->id);
}

// HB-0005 has no results, assessments, ledger lines or sub-partners in the demo data.
TEST_CASE("delete asks first, removes the partner, and undo brings it back whole")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    const Partner before = *stored(demo.path, QStringLiteral("HB-0005"));
    select(view, QStringLiteral("HB-0005"));

    {
        test::DialogAnswer answer(QMessageBox::Cancel);
        view->deleteSelected();
        CHECK(answer.seen());
        CHECK(answer.text().contains(QStringLiteral("HB-0005")));
    }
    CHECK(stored(demo.path, QStringLiteral("HB-0005")));

    {
        test::DialogAnswer answer(QMessageBox::Yes);
        view->deleteSelected();
    }
    CHECK_FALSE(stored(demo.path, QStringLiteral("HB-0005")));
    CHECK(view->table()->model()->rowCount() == 1999);
    demo.window->session()->undoStack()->undo();
    CHECK(stored(demo.path, QStringLiteral("HB-0005")) == before);
}

TEST_CASE("deleting a parent partner is refused with the reason and nothing is deleted")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    const PartnerTableModel *model = demo.window->session()->partnerModel();
    QString parentCode;
    for (const Partner &p : model->partners())
        if (p.parentId != 0) {
            parentCode = model->partnerById(p.parentId)->code;
            break;
        }
    REQUIRE_FALSE(parentCode.isEmpty());
    select(view, parentCode);
    test::DialogAnswer answers(QMessageBox::Yes); // "delete?" then the refusal
    view->deleteSelected();
    REQUIRE(answers.texts().size() == 2);
    CHECK(answers.texts()[1].contains(QStringLiteral("parent")));
    CHECK(stored(demo.path, parentCode));
    CHECK(view->table()->model()->rowCount() == 2000);
    CHECK_FALSE(demo.window->session()->undoStack()->canUndo());
}

TEST_CASE("deleting a partner with imported results is refused with the reason")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    select(view, QStringLiteral("HN-0005")); // has results, assessments and ledger lines in the demo
    test::DialogAnswer answers(QMessageBox::Yes);
    view->deleteSelected();
    REQUIRE(answers.texts().size() == 2);
    CHECK(answers.texts()[1].contains(QStringLiteral("Churned")));
    CHECK(stored(demo.path, QStringLiteral("HN-0005")));
}

TEST_CASE("moving to another partner with unsaved edits asks, and Discard drops them")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    select(view, QStringLiteral("HD-0003"));
    const QString original = stored(demo.path, QStringLiteral("HD-0003"))->name;
    setText(view->editor(), PartnerField::Name, QStringLiteral("未保存的名称"));
    {
        test::DialogAnswer answer(QMessageBox::Discard);
        select(view, QStringLiteral("HD-0004"));
        CHECK(test::waitUntil([&] { return answer.seen(); }));
        test::waitUntil([&] { return !view->editor()->hasChanges(); });
    }
    CHECK(stored(demo.path, QStringLiteral("HD-0003"))->name == original);
    CHECK(view->editor()->partnerId() == stored(demo.path, QStringLiteral("HD-0004"))->id);
}

TEST_CASE("saving an edit that a filter then hides leaves no selection and asks nothing")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    auto *status = view->findChildren<QComboBox *>().at(0);
    for (QComboBox *combo : view->findChildren<QComboBox *>())
        if (combo->findText(labelOf(PartnerStatus::Churned)) >= 0 && combo->itemData(0).isNull()
            && !combo->isEditable())
            status = combo;
    status->setCurrentIndex(status->findText(labelOf(PartnerStatus::Active)));
    const QString code = view->table()->model()->index(0, int(PartnerField::Code)).data().toString();
    select(view, code);
    REQUIRE(stored(demo.path, code)->status == PartnerStatus::Active);

    test::DialogAnswer unexpected(QMessageBox::Cancel);
    auto *statusField = field<QComboBox>(view->editor(), PartnerField::Status);
    statusField->setCurrentIndex(statusField->findData(int(PartnerStatus::Churned)));
    REQUIRE(view->editor()->save());
    test::waitUntil([] { return false; }, 100);
    CHECK_FALSE(unexpected.seen());
    CHECK(stored(demo.path, code)->status == PartnerStatus::Churned);
    CHECK(demo.window->session()->undoStack()->count() == 1);
    CHECK_FALSE(view->hasSelection());
    CHECK(view->editor()->partnerId() == stored(demo.path, code)->id);
    CHECK_FALSE(view->editor()->hasChanges());
}

TEST_CASE("undo while the form has other edits keeps those edits and the undone value")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    select(view, QStringLiteral("HD-0002"));
    const QString original = stored(demo.path, QStringLiteral("HD-0002"))->name;
    setText(view->editor(), PartnerField::Name, QStringLiteral("Beta"));
    REQUIRE(view->editor()->save());
    setText(view->editor(), PartnerField::ContactPhone, QStringLiteral("13900000000"));
    demo.window->session()->undoStack()->undo(); // the name goes back; the typed phone stays
    CHECK(field<QLineEdit>(view->editor(), PartnerField::Name)->text() == original);
    CHECK(field<QLineEdit>(view->editor(), PartnerField::ContactPhone)->text()
        == QStringLiteral("13900000000"));
    REQUIRE(view->editor()->save());
    const auto after = stored(demo.path, QStringLiteral("HD-0002"));
    CHECK(after->name == original);
    CHECK(after->contactPhone == QStringLiteral("13900000000"));
    demo.window->session()->undoStack()->undo(); // the phone goes; the name stays the original
    CHECK(stored(demo.path, QStringLiteral("HD-0002"))->name == original);
}

TEST_CASE("an untouched new-partner form is not an unsaved change")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    view->addPartner();
    CHECK_FALSE(view->editor()->hasChanges());
    test::DialogAnswer unexpected(QMessageBox::Cancel);
    CHECK(demo.window->closeWorkbook());
    CHECK_FALSE(unexpected.seen());
}

TEST_CASE("with a search active, the saved partner stays selected")
{
    auto demo = test::openDemoWindow();
    PartnersView *view = demo.window->partnersView();
    view->findChild<QLineEdit *>(QStringLiteral("partnerSearch"))->setText(QStringLiteral("HD-03"));
    select(view, QStringLiteral("HD-0372"));
    setText(view->editor(), PartnerField::ContactPhone, QStringLiteral("13800001111"));
    REQUIRE(view->editor()->save());
    CHECK(view->hasSelection());
    CHECK(view->table()->currentIndex().data(PartnerTableModel::IdRole).toLongLong()
        == view->editor()->partnerId());
}
