#include "demo/DemoIncentives.h"

#include "storage/IncentiveBook.h"
#include "storage/PartnerRepository.h"
#include "storage/Workbook.h"

#include <algorithm>

namespace cs {

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Money yuan(qint64 amount)
{
    return Money::fromFen(amount * 100);
}

// Active partners with a tier, by code: the ones a manager fines and co-funds.
// Picked by a fixed stride, so every build names the same partners.
class PartnerPicker {
public:
    explicit PartnerPicker(Workbook &workbook)
    {
        for (const Partner &p : PartnerRepository(workbook).all())
            if (p.tier && p.status == PartnerStatus::Active)
                m_ids.append(p.id);
    }
    qint64 next()
    {
        m_at = (m_at + 137) % m_ids.size();
        return m_ids[m_at];
    }

private:
    QList<qint64> m_ids;
    qsizetype m_at = 0;
};

struct PenaltyPlan {
    PenaltyKind kind;
    QDate date;
    qint64 amount; // yuan; 0: by the policy's rule
    const char *evidence;
};

// Settled with 2026Q2 when it is closed.
const PenaltyPlan beforeClosing[] = {
    { PenaltyKind::CrossRegion, QDate(2026, 4, 8), 0,
        "在华南区向非授权客户供货（订单 SO2026040512），违反区域保护，华南区经理现场核实" },
    { PenaltyKind::MinimumPrice, QDate(2026, 4, 18), 0,
        "京东店铺以低于最低限价 8% 的价格销售机架服务器，截图及订单 JD-20260418-331 存档" },
    { PenaltyKind::Other, QDate(2026, 4, 30), 2000,
        "连续两个月未按期提交库存与销售报表，两次书面催告无回复" },
    { PenaltyKind::CrossRegion, QDate(2026, 5, 12), 0, "经序列号追溯确认 12 台交换机窜货流入兰州市场" },
    { PenaltyKind::MinimumPrice, QDate(2026, 5, 19), 0,
        "政府采购项目报价低于最低限价，投标文件编号 ZB-2026-0519" },
    { PenaltyKind::Other, QDate(2026, 6, 3), 10000,
        "未经授权在宣传物料中使用公司商标，已责令整改并回收物料" },
};

// Found after 2026Q2 was closed: settled as adjustments in 2026Q3, or in 2026Q3 itself.
const PenaltyPlan afterClosing[] = {
    { PenaltyKind::CrossRegion, QDate(2026, 6, 16), 0,
        "季度结算后收到投诉：6 月向东北区客户发货存储设备 30 台，物流单号 SF1320988761" },
    { PenaltyKind::MinimumPrice, QDate(2026, 6, 25), 0,
        "审计抽查发现 6 月两笔订单低于最低限价（SO2026061877、SO2026062203）" },
    { PenaltyKind::Other, QDate(2026, 7, 9), 5000, "伪造客户签收单申报新客户 3 家，经回访核实后撤销" },
    { PenaltyKind::CrossRegion, QDate(2026, 8, 21), 0,
        "8 月在华北区低价倾销云服务器，客户举报并附合同复印件" },
    { PenaltyKind::MinimumPrice, QDate(2026, 9, 6), 0, "行业展会现场报价低于最低限价，销售经理现场记录" },
    { PenaltyKind::Other, QDate(2026, 9, 15), 3000, "驻场工程师未持证上岗，客户投诉服务质量" },
};

enum class Outcome { Requested, Approved, Rejected, Claimed, Paid };

struct MdfPlan {
    const char *activity;
    qint64 planned; // yuan
    Outcome outcome;
    QDate requested;
    qint64 approved; // yuan
    qint64 claimed; // yuan
    // The date of the last step: the decision, the claim, or the payment (then the
    // claim is 5 days and the approval 30 days earlier, not before the request).
    QDate last;
    const char *note; // approval note, rejection reason, or proof reference
};

// Three paid in 2026Q2 (closed with it), four in 2026Q3, the others at every step.
const MdfPlan mdfRequests[] = {
    { "华东区新品路演", 180000, Outcome::Paid, QDate(2026, 4, 2), 150000, 162000, QDate(2026, 6, 10),
        "发票 INV-2026-0611，活动照片 48 张" },
    { "华南区渠道伙伴大会", 260000, Outcome::Paid, QDate(2026, 4, 9), 200000, 240000, QDate(2026, 6, 18),
        "会议签到表及发票 INV-2026-0602" },
    { "经销商技术认证培训营", 90000, Outcome::Paid, QDate(2026, 4, 20), 90000, 86000, QDate(2026, 6, 24),
        "培训结业名单及发票 INV-2026-0619" },
    { "云服务上市发布会（杭州站）", 300000, Outcome::Paid, QDate(2026, 6, 20), 60000, 280000,
        QDate(2026, 8, 28), "发布会视频及发票 INV-2026-0815" },
    { "存储新品体验日", 60000, Outcome::Paid, QDate(2026, 7, 3), 50000, 48000, QDate(2026, 9, 4),
        "体验日客户登记表 126 份" },
    { "618 线上联合促销", 120000, Outcome::Paid, QDate(2026, 5, 8), 100000, 130000, QDate(2026, 7, 20),
        "电商平台结算单 TB-2026-0618" },
    { "西南区行业解决方案研讨会", 80000, Outcome::Paid, QDate(2026, 7, 10), 80000, 76000, QDate(2026, 9, 22),
        "研讨会议程及发票 INV-2026-0912" },
    { "华北区政企客户沙龙", 70000, Outcome::Claimed, QDate(2026, 8, 3), 60000, 64000, QDate(2026, 11, 12),
        "发票 INV-2026-1102" },
    { "网络设备巡展（成都站）", 150000, Outcome::Claimed, QDate(2026, 8, 20), 120000, 118000,
        QDate(2026, 11, 15), "巡展照片及场地合同" },
    { "教育行业解决方案巡讲", 95000, Outcome::Claimed, QDate(2026, 9, 1), 90000, 93000, QDate(2026, 11, 18),
        "发票 INV-2026-1109，签到表" },
    { "医疗行业客户峰会", 200000, Outcome::Approved, QDate(2026, 10, 9), 160000, 0, QDate(2026, 11, 20),
        "按等级额度批准 160,000 元" },
    { "华中区门店形象升级", 110000, Outcome::Approved, QDate(2026, 10, 16), 100000, 0, QDate(2026, 11, 20),
        "需提供施工前后照片" },
    { "金融行业安全论坛", 130000, Outcome::Approved, QDate(2026, 10, 28), 130000, 0, QDate(2026, 11, 21),
        "" },
    { "联合广告投放（地铁灯箱）", 400000, Outcome::Rejected, QDate(2026, 9, 25), 0, 0, QDate(2026, 10, 12),
        "申请金额超过该伙伴等级的年度市场支持额度" },
    { "西北区客户答谢会", 50000, Outcome::Rejected, QDate(2026, 10, 5), 0, 0, QDate(2026, 10, 20),
        "活动方案与本季度重点产品无关，请调整后重新申请" },
    { "软件产品线上直播推广", 40000, Outcome::Rejected, QDate(2026, 10, 30), 0, 0, QDate(2026, 11, 10),
        "缺少活动预算明细，请补充后重新申请" },
    { "东北区新客户拓展活动", 85000, Outcome::Requested, QDate(2026, 11, 11), 0, 0, QDate(), "" },
    { "双十一联合营销", 160000, Outcome::Requested, QDate(2026, 11, 16), 0, 0, QDate(), "" },
    { "云服务体验中心建设", 350000, Outcome::Requested, QDate(2026, 11, 19), 0, 0, QDate(), "" },
    { "渠道伙伴年终总结会", 90000, Outcome::Requested, QDate(2026, 11, 21), 0, 0, QDate(), "" },
};

void record(IncentiveBook &book, PartnerPicker &partners, const PenaltyPlan &plan)
{
    PenaltyRecord p;
    p.partnerId = partners.next();
    p.kind = plan.kind;
    p.date = plan.date;
    p.evidence = text(plan.evidence);
    if (plan.amount > 0)
        p.amount = yuan(plan.amount);
    book.recordPenalty(p);
}

void record(IncentiveBook &book, PartnerPicker &partners, const MdfPlan &plan)
{
    const MdfRequest r =
        book.requestMdf(partners.next(), text(plan.activity), yuan(plan.planned), plan.requested);
    const QString note = text(plan.note);
    switch (plan.outcome) {
    case Outcome::Requested:
        return;
    case Outcome::Rejected:
        book.rejectMdf(r.id, plan.last, note);
        return;
    case Outcome::Approved:
        book.approveMdf(r.id, plan.last, yuan(plan.approved), note);
        return;
    case Outcome::Claimed:
    case Outcome::Paid:
        break;
    }
    const QDate last = plan.last;
    book.approveMdf(r.id, std::max(plan.requested, last.addDays(-30)), yuan(plan.approved), {});
    const QDate claimed = plan.outcome == Outcome::Paid ? last.addDays(-5) : last;
    book.claimMdf(r.id, claimed, yuan(plan.claimed), note);
    if (plan.outcome == Outcome::Paid)
        book.payMdf(r.id, last, QStringLiteral("FK-%1").arg(last.toString(QStringLiteral("yyyyMMdd"))));
}

} // namespace

void addDemoIncentives(Workbook &workbook)
{
    IncentiveBook book(workbook);
    // 2025: the default rules, with a budget the demo channel's size calls for.
    IncentivePolicy policy = book.ensurePolicy(Quarter(2025, 1)).versions().constFirst();
    policy.quarterlyBudget = yuan(110'000'000);
    policy.note = text("2025 年度渠道激励政策（默认规则）");
    policy = book.savePolicy(policy);
    // 2026: the cloud launch, 10 % on 云服务 sales in the first half year.
    policy.id = 0;
    policy.effectiveFrom = Quarter(2026, 1);
    policy.specials = { { text("云服务"), QDate(2026, 1, 1), QDate(2026, 6, 30), 1000 } };
    policy.quarterlyBudget = yuan(170'000'000);
    policy.note = text("2026：云服务上市激励，1–6 月云服务销售额加返 10%");
    book.savePolicy(policy);

    PartnerPicker partners(workbook);
    for (const PenaltyPlan &plan : beforeClosing)
        record(book, partners, plan);
    // Every MDF request before any quarter is closed: paying works out what is left of
    // the quarter's budget by settling it, which is cheapest with no closed quarters
    // to re-check for adjustments, and the demo is built on a user's first start.
    for (const MdfPlan &plan : mdfRequests)
        record(book, partners, plan);
    for (Quarter q(2025, 1); q <= Quarter(2026, 2); q = q.next())
        book.close(q, text("%1 季度激励结算，经渠道管理部与财务部会签").arg(q.toString()));
    for (const PenaltyPlan &plan : afterClosing)
        record(book, partners, plan);
}

} // namespace cs
