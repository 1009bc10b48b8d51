#include "report/PartnerListing.h"

#include "report/CsvWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs {

namespace {

QHash<qint64, QString> codesById(const QList<Partner> &partners)
{
    QHash<qint64, QString> codes;
    for (const Partner &p : partners)
        codes.insert(p.id, p.code);
    return codes;
}

template<typename E> QJsonValue optionalCode(const std::optional<E> &value)
{
    return value ? QJsonValue(codeOf(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QByteArray partnersToCsv(const QList<Partner> &partners)
{
    const QHash<qint64, QString> codes = codesById(partners);
    QList<QStringList> rows;
    QStringList header;
    for (int f = int(PartnerField::Code); f <= int(PartnerField::Notes); ++f)
        header.append(fieldLabel(PartnerField(f)));
    rows.append(header);
    for (const Partner &p : partners) {
        rows.append({ p.code, p.name, labelOf(p.type), p.region, labelOf(p.tier), labelOf(p.certification),
            labelOf(p.stage), p.mentor, codes.value(p.parentId), p.joinDate.toString(Qt::ISODate),
            labelOf(p.status), p.contactName, p.contactPhone, p.contactEmail, p.notes });
    }
    return toCsv(rows);
}

QByteArray partnersToJson(const QList<Partner> &partners)
{
    const QHash<qint64, QString> codes = codesById(partners);
    QJsonArray array;
    for (const Partner &p : partners) {
        array.append(QJsonObject {
            { QStringLiteral("code"), p.code },
            { QStringLiteral("name"), p.name },
            { QStringLiteral("type"), codeOf(p.type) },
            { QStringLiteral("region"), p.region },
            { QStringLiteral("tier"), optionalCode(p.tier) },
            { QStringLiteral("certification"), optionalCode(p.certification) },
            { QStringLiteral("stage"), optionalCode(p.stage) },
            { QStringLiteral("mentor"), p.mentor },
            { QStringLiteral("parent"),
                p.parentId ? QJsonValue(codes.value(p.parentId)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("joinDate"),
                p.joinDate.isValid() ? QJsonValue(p.joinDate.toString(Qt::ISODate))
                                     : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("status"), codeOf(p.status) },
            { QStringLiteral("contactName"), p.contactName },
            { QStringLiteral("contactPhone"), p.contactPhone },
            { QStringLiteral("contactEmail"), p.contactEmail },
            { QStringLiteral("notes"), p.notes },
            { QStringLiteral("createdAt"), p.createdAt.toString(Qt::ISODateWithMs) },
            { QStringLiteral("updatedAt"), p.updatedAt.toString(Qt::ISODateWithMs) },
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace cs
