#include "import/ImportKind.h"

#include "import/ValueParsers.h"

#include <QRegularExpression>

namespace cs {

namespace {

QStringList words(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *w : list)
        out.append(QString::fromUtf16(w));
    return out;
}

const FieldSpec partnerCode { "partner_code", QT_TRANSLATE_NOOP("cs::ImportKind", "Partner code"),
    ValueType::Text, true,
    words({ u"伙伴编号", u"伙伴代码", u"合作伙伴编号", u"渠道编号", u"经销商编号", u"客户编号", u"编号",
        u"partner code", u"partner id", u"code" }) };

// Measured both in quarterly results and as assessment sub-indicators.
const FieldSpec satisfaction { "satisfaction", QT_TRANSLATE_NOOP("cs::ImportKind", "Customer satisfaction"),
    ValueType::Percentage, false,
    words({ u"客户满意度", u"满意度", u"customer satisfaction", u"satisfaction" }) };
const FieldSpec visits { "visits_30d", QT_TRANSLATE_NOOP("cs::ImportKind", "Customer visits in 30 days"),
    ValueType::Count, false,
    words({ u"30天客户拜访次数", u"30天客户拜访", u"30天拜访次数", u"客户拜访次数", u"拜访次数",
        u"30-day visits", u"visits" }) };

QList<FieldSpec> partnerFields()
{
    return {
        partnerCode,
        { "name", QT_TRANSLATE_NOOP("cs::ImportKind", "Name"), ValueType::Text, true,
            words({ u"伙伴名称", u"名称", u"合作伙伴名称", u"渠道名称", u"经销商名称", u"公司名称",
                u"partner name", u"name" }) },
        { "type", QT_TRANSLATE_NOOP("cs::ImportKind", "Type"), ValueType::PartnerType, false,
            words({ u"类型", u"伙伴类型", u"渠道类型", u"type", u"partner type" }) },
        { "region", QT_TRANSLATE_NOOP("cs::ImportKind", "Region"), ValueType::Text, false,
            words({ u"区域", u"所属区域", u"大区", u"region" }) },
        { "tier", QT_TRANSLATE_NOOP("cs::ImportKind", "Tier"), ValueType::Tier, false,
            words({ u"等级", u"伙伴等级", u"级别", u"tier", u"level" }) },
        { "certification", QT_TRANSLATE_NOOP("cs::ImportKind", "Certification"), ValueType::Certification,
            false, words({ u"认证等级", u"认证", u"认证级别", u"certification" }) },
        { "stage", QT_TRANSLATE_NOOP("cs::ImportKind", "Cultivation stage"), ValueType::Stage, false,
            words({ u"培养阶段", u"阶段", u"stage", u"cultivation stage" }) },
        { "mentor", QT_TRANSLATE_NOOP("cs::ImportKind", "Mentor"), ValueType::Text, false,
            words({ u"导师", u"负责导师", u"mentor" }) },
        { "parent_code", QT_TRANSLATE_NOOP("cs::ImportKind", "Parent partner code"), ValueType::Text, false,
            words({ u"上级伙伴编号", u"上级编号", u"上级伙伴", u"parent code", u"parent" }) },
        { "join_date", QT_TRANSLATE_NOOP("cs::ImportKind", "Join date"), ValueType::Date, false,
            words({ u"加入日期", u"签约日期", u"合作开始日期", u"join date", u"joined" }) },
        { "status", QT_TRANSLATE_NOOP("cs::ImportKind", "Status"), ValueType::Status, false,
            words({ u"状态", u"合作状态", u"status" }) },
        { "contact_name", QT_TRANSLATE_NOOP("cs::ImportKind", "Contact"), ValueType::Text, false,
            words({ u"联系人", u"contact", u"contact name" }) },
        { "contact_phone", QT_TRANSLATE_NOOP("cs::ImportKind", "Phone"), ValueType::Text, false,
            words({ u"电话", u"联系电话", u"手机", u"phone", u"mobile" }) },
        { "contact_email", QT_TRANSLATE_NOOP("cs::ImportKind", "Email"), ValueType::Text, false,
            words({ u"邮箱", u"电子邮箱", u"email", u"e-mail" }) },
        { "notes", QT_TRANSLATE_NOOP("cs::ImportKind", "Notes"), ValueType::Text, false,
            words({ u"备注", u"说明", u"notes", u"remarks" }) },
    };
}

QList<FieldSpec> resultFields()
{
    return {
        partnerCode,
        { "quarter", QT_TRANSLATE_NOOP("cs::ImportKind", "Quarter"), ValueType::Quarter, true,
            words({ u"季度", u"考核季度", u"期间", u"quarter", u"period" }) },
        { "sales_target", QT_TRANSLATE_NOOP("cs::ImportKind", "Sales target"), ValueType::Amount, true,
            words({ u"销售目标", u"目标销售额", u"销售任务", u"目标", u"sales target", u"target" }) },
        { "actual_sales", QT_TRANSLATE_NOOP("cs::ImportKind", "Actual sales"), ValueType::Amount, true,
            words({ u"实际销售额", u"销售额", u"实际销售", u"actual sales", u"sales", u"actual" }) },
        { "collections", QT_TRANSLATE_NOOP("cs::ImportKind", "Collections"), ValueType::Amount, false,
            words({ u"回款额", u"回款", u"回款金额", u"collections", u"collected" }) },
        { "new_customers", QT_TRANSLATE_NOOP("cs::ImportKind", "New customers"), ValueType::Count, false,
            words({ u"新客户数", u"新增客户", u"新客户", u"new customers" }) },
        satisfaction,
        visits,
        { "remarks", QT_TRANSLATE_NOOP("cs::ImportKind", "Remarks"), ValueType::Text, false,
            words({ u"备注", u"说明", u"remarks", u"notes" }) },
    };
}

// A dimension score may be left out when the row measures the dimension's
// sub-indicators (keys are the SubIndicator codes); the sink checks each row has one or the other.
QList<FieldSpec> assessmentFields()
{
    return {
        partnerCode,
        { "date", QT_TRANSLATE_NOOP("cs::ImportKind", "Assessment date"), ValueType::Date, true,
            words({ u"评估日期", u"日期", u"评估时间", u"assessment date", u"date" }) },
        { "product", QT_TRANSLATE_NOOP("cs::ImportKind", "Product understanding"), ValueType::Score, false,
            words({ u"产品理解力", u"产品理解", u"product understanding", u"product" }) },
        { "sales", QT_TRANSLATE_NOOP("cs::ImportKind", "Sales execution"), ValueType::Score, false,
            words({ u"销售执行力", u"销售执行", u"sales execution", u"sales" }) },
        { "service", QT_TRANSLATE_NOOP("cs::ImportKind", "Customer service"), ValueType::Score, false,
            words({ u"客户服务力", u"客户服务", u"服务力", u"customer service", u"service" }) },
        { "assessor", QT_TRANSLATE_NOOP("cs::ImportKind", "Assessor"), ValueType::Text, false,
            words({ u"评估人", u"评估者", u"考评人", u"评估员", u"assessor", u"assessed by" }) },
        { "note", QT_TRANSLATE_NOOP("cs::ImportKind", "Note"), ValueType::Text, false,
            words({ u"备注", u"评语", u"说明", u"note", u"notes", u"remarks", u"comment" }) },
        { "core_products", QT_TRANSLATE_NOOP("cs::ImportKind", "Core products mastered"), ValueType::Count,
            false,
            words({ u"掌握核心产品数", u"核心产品数", u"掌握核心产品", u"core products mastered",
                u"core products" }) },
        { "exam_score", QT_TRANSLATE_NOOP("cs::ImportKind", "Product exam score"), ValueType::Tenths, false,
            words({ u"产品考试成绩", u"产品知识考试成绩", u"考试成绩", u"考试分数", u"product exam score",
                u"exam score" }) },
        visits,
        { "conversion", QT_TRANSLATE_NOOP("cs::ImportKind", "Conversion rate"), ValueType::Percentage, false,
            words({ u"转化率", u"成交转化率", u"商机转化率", u"conversion rate", u"conversion" }) },
        { "response_hours", QT_TRANSLATE_NOOP("cs::ImportKind", "Average response hours"), ValueType::Tenths,
            false,
            words({ u"平均响应时长", u"平均响应时间", u"响应时长", u"响应时间", u"average response hours",
                u"response hours", u"response time" }) },
        satisfaction,
    };
}

QList<FieldSpec> ledgerFields()
{
    return {
        { "order_id", QT_TRANSLATE_NOOP("cs::ImportKind", "Order number"), ValueType::Text, true,
            words({ u"订单号", u"订单编号", u"单号", u"order id", u"order number", u"order no" }) },
        partnerCode,
        { "date", QT_TRANSLATE_NOOP("cs::ImportKind", "Order date"), ValueType::Date, true,
            words({ u"日期", u"订单日期", u"下单日期", u"order date", u"date" }) },
        { "product_line", QT_TRANSLATE_NOOP("cs::ImportKind", "Product line"), ValueType::Text, true,
            words({ u"产品线", u"产品系列", u"product line", u"product" }) },
        { "amount", QT_TRANSLATE_NOOP("cs::ImportKind", "Amount"), ValueType::Amount, true,
            words({ u"金额", u"订单金额", u"销售金额", u"amount", u"value" }) },
    };
}

} // namespace

const QList<FieldSpec> &ImportKinds::fields(ImportKind kind)
{
    static const QList<FieldSpec> partners = partnerFields();
    static const QList<FieldSpec> results = resultFields();
    static const QList<FieldSpec> assessments = assessmentFields();
    static const QList<FieldSpec> ledger = ledgerFields();
    switch (kind) {
    case ImportKind::Partners:
        return partners;
    case ImportKind::Results:
        return results;
    case ImportKind::Assessments:
        return assessments;
    case ImportKind::Ledger:
        return ledger;
    }
    return partners;
}

const FieldSpec *ImportKinds::field(ImportKind kind, QStringView key)
{
    for (const FieldSpec &f : fields(kind))
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

QString ImportKinds::label(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Partners:
        return tr("Partners");
    case ImportKind::Results:
        return tr("Quarterly results");
    case ImportKind::Assessments:
        return tr("Capability assessments");
    case ImportKind::Ledger:
        return tr("Sales ledger");
    }
    return {};
}

QString ImportKinds::fieldLabel(const FieldSpec &field)
{
    return QCoreApplication::translate("cs::ImportKind", field.english);
}

QString ImportKinds::code(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Partners:
        return QStringLiteral("partners");
    case ImportKind::Results:
        return QStringLiteral("results");
    case ImportKind::Assessments:
        return QStringLiteral("assessments");
    case ImportKind::Ledger:
        return QStringLiteral("ledger");
    }
    return {};
}

std::optional<ImportKind> ImportKinds::fromCode(QStringView code)
{
    for (ImportKind kind :
        { ImportKind::Partners, ImportKind::Results, ImportKind::Assessments, ImportKind::Ledger })
        if (code.compare(ImportKinds::code(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

QString ImportKinds::headerKey(QStringView header)
{
    static const QRegularExpression unit(QStringLiteral(R"(\((元|万元|%|个|次|天|分|rmb|yuan|cny)\)$)"));
    static const QRegularExpression marks(QStringLiteral(R"([\s*:：_\-]+)"));
    QString key = ValueParsers::normaliseText(header).toLower(); // full-width brackets become ASCII here
    key.remove(marks);
    key.remove(unit);
    return key;
}

} // namespace cs
