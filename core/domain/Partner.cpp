#include "domain/Partner.h"

namespace cs {

namespace {
constexpr Choice<PartnerType> partnerTypes[] = {
    { PartnerType::InternalSales, "internal_sales", QT_TRANSLATE_NOOP("cs::Choice", "Internal sales team"),
        u"内部销售团队" },
    { PartnerType::SalesOffice, "sales_office", QT_TRANSLATE_NOOP("cs::Choice", "Sales office"),
        u"外设销售机构" },
    { PartnerType::Distributor, "distributor", QT_TRANSLATE_NOOP("cs::Choice", "Distributor"), u"经销商" },
    { PartnerType::Agent, "agent", QT_TRANSLATE_NOOP("cs::Choice", "Agent"), u"代理商" },
    { PartnerType::Retailer, "retailer", QT_TRANSLATE_NOOP("cs::Choice", "Retailer"), u"零售商" },
    { PartnerType::IndependentRep, "independent_rep",
        QT_TRANSLATE_NOOP("cs::Choice", "Independent representative"), u"独立销售代表" },
};
constexpr Choice<Tier> tiers[] = {
    { Tier::Diamond, "diamond", QT_TRANSLATE_NOOP("cs::Choice", "Diamond"), u"钻石" },
    { Tier::Gold, "gold", QT_TRANSLATE_NOOP("cs::Choice", "Gold"), u"金牌" },
    { Tier::Silver, "silver", QT_TRANSLATE_NOOP("cs::Choice", "Silver"), u"银牌" },
    { Tier::Bronze, "bronze", QT_TRANSLATE_NOOP("cs::Choice", "Bronze"), u"铜牌" },
};
constexpr Choice<Certification> certifications[] = {
    { Certification::Basic, "basic", QT_TRANSLATE_NOOP("cs::Choice", "Basic"), u"基础" },
    { Certification::Advanced, "advanced", QT_TRANSLATE_NOOP("cs::Choice", "Advanced"), u"进阶" },
    { Certification::Expert, "expert", QT_TRANSLATE_NOOP("cs::Choice", "Expert"), u"专家" },
};
constexpr Choice<Stage> stages[] = {
    { Stage::Entry, "entry", QT_TRANSLATE_NOOP("cs::Choice", "Entry"), u"入门型" },
    { Stage::Growth, "growth", QT_TRANSLATE_NOOP("cs::Choice", "Growth"), u"成长型" },
    { Stage::Expert, "expert", QT_TRANSLATE_NOOP("cs::Choice", "Expert stage"), u"专家型" },
};
constexpr Choice<PartnerStatus> statuses[] = {
    { PartnerStatus::Active, "active", QT_TRANSLATE_NOOP("cs::Choice", "Active"), u"合作中" },
    { PartnerStatus::Watch, "watch", QT_TRANSLATE_NOOP("cs::Choice", "Watch list"), u"重点关注" },
    { PartnerStatus::Churned, "churned", QT_TRANSLATE_NOOP("cs::Choice", "Churned"), u"已流失" },
};
} // namespace

std::span<const Choice<PartnerType>> choices(PartnerType)
{
    return partnerTypes;
}
std::span<const Choice<Tier>> choices(Tier)
{
    return tiers;
}
std::span<const Choice<Certification>> choices(Certification)
{
    return certifications;
}
std::span<const Choice<Stage>> choices(Stage)
{
    return stages;
}
std::span<const Choice<PartnerStatus>> choices(PartnerStatus)
{
    return statuses;
}

QString fieldLabel(PartnerField field)
{
    switch (field) {
    case PartnerField::Code:
        return QCoreApplication::translate("cs::Partner", "Code");
    case PartnerField::Name:
        return QCoreApplication::translate("cs::Partner", "Name");
    case PartnerField::Type:
        return QCoreApplication::translate("cs::Partner", "Type");
    case PartnerField::Region:
        return QCoreApplication::translate("cs::Partner", "Region");
    case PartnerField::Tier:
        return QCoreApplication::translate("cs::Partner", "Tier");
    case PartnerField::Certification:
        return QCoreApplication::translate("cs::Partner", "Certification");
    case PartnerField::Stage:
        return QCoreApplication::translate("cs::Partner", "Cultivation stage");
    case PartnerField::Mentor:
        return QCoreApplication::translate("cs::Partner", "Mentor");
    case PartnerField::Parent:
        return QCoreApplication::translate("cs::Partner", "Parent partner");
    case PartnerField::JoinDate:
        return QCoreApplication::translate("cs::Partner", "Joined");
    case PartnerField::Status:
        return QCoreApplication::translate("cs::Partner", "Status");
    case PartnerField::ContactName:
        return QCoreApplication::translate("cs::Partner", "Contact");
    case PartnerField::ContactPhone:
        return QCoreApplication::translate("cs::Partner", "Phone");
    case PartnerField::ContactEmail:
        return QCoreApplication::translate("cs::Partner", "Email");
    case PartnerField::Notes:
        return QCoreApplication::translate("cs::Partner", "Notes");
    }
    return {};
}

Partner mergeEdits(const Partner &base, const Partner &edited, const Partner &latest)
{
    Partner merged = latest;
    const auto keepEdit = [&](auto Partner::*field) {
        if (!(edited.*field == base.*field))
            merged.*field = edited.*field;
    };
    keepEdit(&Partner::code);
    keepEdit(&Partner::name);
    keepEdit(&Partner::type);
    keepEdit(&Partner::region);
    keepEdit(&Partner::tier);
    keepEdit(&Partner::certification);
    keepEdit(&Partner::stage);
    keepEdit(&Partner::mentor);
    keepEdit(&Partner::parentId);
    keepEdit(&Partner::joinDate);
    keepEdit(&Partner::status);
    keepEdit(&Partner::contactName);
    keepEdit(&Partner::contactPhone);
    keepEdit(&Partner::contactEmail);
    keepEdit(&Partner::notes);
    return merged;
}

QStringList standardRegions()
{
    return { QStringLiteral("华东"), QStringLiteral("华南"), QStringLiteral("华北"), QStringLiteral("华中"),
        QStringLiteral("西南"), QStringLiteral("西北"), QStringLiteral("东北") };
}

} // namespace cs
