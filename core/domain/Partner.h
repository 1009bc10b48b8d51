// A channel partner as the registry keeps it, and the closed value sets its
// fields draw from (DOMAIN.md: types, tiers, certification, stage, status).
#pragma once

#include "domain/Choice.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cs {

enum class PartnerType { InternalSales, SalesOffice, Distributor, Agent, Retailer, IndependentRep };
enum class Tier { Diamond, Gold, Silver, Bronze }; // best first: declaration order is rank order
enum class Certification { Basic, Advanced, Expert };
enum class Stage { Entry, Growth, Expert };
enum class PartnerStatus { Active, Watch, Churned };

std::span<const Choice<PartnerType>> choices(PartnerType);
std::span<const Choice<Tier>> choices(Tier);
std::span<const Choice<Certification>> choices(Certification);
std::span<const Choice<Stage>> choices(Stage);
std::span<const Choice<PartnerStatus>> choices(PartnerStatus);

// The fields a user edits and validation speaks about, in display order.
enum class PartnerField {
    Code,
    Name,
    Type,
    Region,
    Tier,
    Certification,
    Stage,
    Mentor,
    Parent,
    JoinDate,
    Status,
    ContactName,
    ContactPhone,
    ContactEmail,
    Notes,
};

QString fieldLabel(PartnerField field);

struct Partner {
    qint64 id = 0; // 0 until stored
    QString code; // unique, compared without regard to ASCII case
    QString name;
    PartnerType type = PartnerType::Distributor;
    QString region;
    std::optional<Tier> tier;
    std::optional<Certification> certification;
    std::optional<Stage> stage;
    QString mentor;
    qint64 parentId = 0; // 0: reports to the manufacturer directly
    QDate joinDate; // null when unknown
    PartnerStatus status = PartnerStatus::Active;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    QString notes;
    QDateTime createdAt; // UTC, kept by the repository
    QDateTime updatedAt;

    bool operator==(const Partner &) const = default;
};

// Three-way merge of a form edit: `latest` (what the workbook holds now) with
// the fields the user changed between `base` (what the form was loaded from)
// and `edited`. Fields the user left alone take the latest value, so an undo or
// another edit that happened meanwhile is not silently reverted.
Partner mergeEdits(const Partner &base, const Partner &edited, const Partner &latest);

// The regions DOMAIN.md names; users may type others.
QStringList standardRegions();

} // namespace cs
