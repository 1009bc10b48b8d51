// The partner registry: what is stored is read back, and the validation rules.
#include "TestSupport.h"
#include "domain/PartnerValidator.h"
#include "storage/PartnerRepository.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

using namespace cs;

namespace {

struct Fixture {
    std::unique_ptr<QTemporaryDir> dir = test::tempDir();
    std::unique_ptr<Workbook> wb;
    Fixture()
    {
        WorkbookError error;
        wb = Workbook::create(dir->filePath(QStringLiteral("p.cwb")), &error);
        REQUIRE(wb);
    }
};

Partner partner(const char *code, const char *name, qint64 parent = 0)
{
    Partner p;
    p.code = QString::fromUtf8(code);
    p.name = QString::fromUtf8(name);
    p.parentId = parent;
    return p;
}

bool hasProblem(const QList<FieldProblem> &problems, PartnerField field, const QString &part)
{
    return std::any_of(problems.cbegin(), problems.cend(),
        [&](const FieldProblem &p) { return p.field == field && p.message.contains(part); });
}

} // namespace

TEST_CASE("every partner field is stored and read back unchanged")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    const Partner parent = repo.insert(partner("HD-总代-01", "华东总代理"));
    Partner p;
    p.code = QStringLiteral("ＨＤ-0002");
    p.name = QStringLiteral("杭州恒信智能科技有限公司");
    p.type = PartnerType::Retailer;
    p.region = QStringLiteral("华东");
    p.tier = Tier::Gold;
    p.certification = Certification::Advanced;
    p.stage = Stage::Growth;
    p.mentor = QStringLiteral("王建国");
    p.parentId = parent.id;
    p.joinDate = QDate(2024, 3, 5);
    p.status = PartnerStatus::Watch;
    p.contactName = QStringLiteral("李晓梅");
    p.contactPhone = QStringLiteral("13812345678");
    p.contactEmail = QStringLiteral("lixm@hengxin.cn");
    p.notes = QStringLiteral("曾有串货记录，\n已整改 \"2024Q3\"");
    const Partner stored = repo.insert(p);
    CHECK(stored.id > 0);
    CHECK(stored.createdAt.isValid());
    CHECK(repo.byId(stored.id) == stored);
    CHECK(repo.byCode(QStringLiteral("ｈｄ-0002")) == std::nullopt); // full-width is not folded by SQLite
    CHECK(repo.byCode(QStringLiteral("ＨＤ-0002")) == stored);
}

TEST_CASE("unset optional fields stay unset")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    const Partner stored = repo.insert(partner("X1", "无等级伙伴"));
    const Partner back = *repo.byId(stored.id);
    CHECK_FALSE(back.tier);
    CHECK_FALSE(back.certification);
    CHECK_FALSE(back.stage);
    CHECK_FALSE(back.joinDate.isValid());
    CHECK(back.parentId == 0);
}

TEST_CASE("an update changes the fields and the update time, not the creation time")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    Partner p = repo.insert(partner("A1", "旧名"));
    p.name = QStringLiteral("新名");
    p.tier = Tier::Diamond;
    const Partner updated = repo.update(p);
    const Partner back = *repo.byId(p.id);
    CHECK(back.name == QStringLiteral("新名"));
    CHECK(back.tier == Tier::Diamond);
    CHECK(back.createdAt == p.createdAt);
    CHECK(back.updatedAt == updated.updatedAt);
}

TEST_CASE("updating a partner that was deleted meanwhile fails with its code named")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    Partner p = repo.insert(partner("GONE", "已删除"));
    repo.remove(p.id);
    try {
        repo.update(p);
        FAIL("update of a deleted partner went through");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("GONE")));
    }
}

TEST_CASE("a partner that is a parent cannot be deleted, and the message says how many depend on it")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    const Partner top = repo.insert(partner("T", "总代理"));
    repo.insert(partner("C1", "分销一", top.id));
    repo.insert(partner("C2", "分销二", top.id));
    try {
        repo.remove(top.id);
        FAIL("a parent was deleted");
    } catch (const StorageError &e) {
        CHECK(e.message().contains(QStringLiteral("总代理")));
        CHECK(e.message().contains(QStringLiteral("2")));
    }
    CHECK(repo.count() == 3);
}

TEST_CASE("a deleted partner is restored with its id and timestamps, so children may point at it again")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    const Partner p = repo.insert(partner("R1", "恢复我"));
    repo.remove(p.id);
    CHECK_FALSE(repo.byId(p.id));
    repo.restore(p);
    CHECK(repo.byId(p.id) == p);
}

TEST_CASE("the workbook itself refuses a second partner with the same code in another letter case")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    repo.insert(partner("hd-0001", "甲"));
    CHECK_THROWS_AS(repo.insert(partner("HD-0001", "乙")), StorageError);
    CHECK(repo.count() == 1);
}

TEST_CASE("validation: code and name are required")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    PartnerValidator validator(repo);
    const auto problems = validator.check(partner("  ", ""));
    CHECK(hasProblem(problems, PartnerField::Code, QStringLiteral("required")));
    CHECK(hasProblem(problems, PartnerField::Name, QStringLiteral("required")));
    CHECK(validator.check(partner("OK-1", "好伙伴")).isEmpty());
}

TEST_CASE("validation: a code used by another partner is refused, naming that partner, whatever the case")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    const Partner existing = repo.insert(partner("HD-0001", "杭州恒信"));
    PartnerValidator validator(repo);
    const auto problems = validator.check(partner("hd-0001 ", "另一家"));
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().field == PartnerField::Code);
    CHECK(problems.front().message.contains(QStringLiteral("杭州恒信")));
    // A partner keeps its own code when edited.
    CHECK(validator.check(existing).isEmpty());
}

TEST_CASE("validation: a partner cannot be its own parent nor the parent of its own ancestor")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    const Partner top = repo.insert(partner("T", "总代理"));
    const Partner mid = repo.insert(partner("M", "分销商", top.id));
    const Partner leaf = repo.insert(partner("L", "零售商", mid.id));
    PartnerValidator validator(repo);

    Partner self = top;
    self.parentId = top.id;
    CHECK(hasProblem(validator.check(self), PartnerField::Parent, QStringLiteral("own parent")));

    Partner cycle = top;
    cycle.parentId = leaf.id; // T -> L -> M -> T
    const auto problems = validator.check(cycle);
    CHECK(hasProblem(problems, PartnerField::Parent, QStringLiteral("零售商")));

    Partner fine = leaf;
    fine.parentId = top.id;
    CHECK(validator.check(fine).isEmpty());
}

TEST_CASE("validation: a parent that no longer exists is reported")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    PartnerValidator validator(repo);
    CHECK(hasProblem(
        validator.check(partner("N", "新", 4242)), PartnerField::Parent, QStringLiteral("no longer")));
}

TEST_CASE("validation: an email address must look like one")
{
    Fixture f;
    PartnerRepository repo(*f.wb);
    PartnerValidator validator(repo);
    Partner p = partner("E", "邮件");
    p.contactEmail = QStringLiteral("zhang at hengxin");
    CHECK(hasProblem(validator.check(p), PartnerField::ContactEmail, QStringLiteral("zhang at hengxin")));
    p.contactEmail = QStringLiteral("zhang@hengxin.cn");
    CHECK(validator.check(p).isEmpty());
}

TEST_CASE("choice values parse from Chinese, English and storage codes")
{
    CHECK(parseChoice<PartnerType>(QStringLiteral("经销商")) == PartnerType::Distributor);
    CHECK(parseChoice<PartnerType>(QStringLiteral(" independent_rep ")) == PartnerType::IndependentRep);
    CHECK(parseChoice<Tier>(QStringLiteral("钻石")) == Tier::Diamond);
    CHECK(parseChoice<Tier>(QStringLiteral("gold")) == Tier::Gold);
    CHECK(parseChoice<Stage>(QStringLiteral("专家型")) == Stage::Expert);
    CHECK(parseChoice<Certification>(QStringLiteral("专家")) == Certification::Expert);
    CHECK(parseChoice<PartnerStatus>(QStringLiteral("重点关注")) == PartnerStatus::Watch);
    CHECK_FALSE(parseChoice<Tier>(QStringLiteral("白金")));
    CHECK(codeOf(Tier::Bronze) == QStringLiteral("bronze"));
    CHECK(fromCode<Tier>(QStringLiteral("bronze")) == Tier::Bronze);
}

TEST_CASE("merging a form edit keeps the user's changed fields and takes the rest from the latest state")
{
    Partner base;
    base.id = 7;
    base.name = QStringLiteral("原名");
    base.contactPhone = QStringLiteral("111");
    base.tier = Tier::Silver;
    Partner edited = base;
    edited.contactPhone = QStringLiteral("222"); // the user typed a phone number
    Partner latest = base;
    latest.name = QStringLiteral("撤销后的名称"); // meanwhile undo changed the name
    latest.tier = Tier::Gold;

    const Partner merged = mergeEdits(base, edited, latest);
    CHECK(merged.name == QStringLiteral("撤销后的名称"));
    CHECK(merged.tier == Tier::Gold);
    CHECK(merged.contactPhone == QStringLiteral("222"));
    CHECK(merged.id == 7);
}
