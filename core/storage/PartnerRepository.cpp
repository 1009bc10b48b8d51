#include "storage/PartnerRepository.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace cs {

namespace {

const QString columns = QStringLiteral(
    "id, code, name, type, region, tier, certification, stage, mentor, parent_id, join_date, status, "
    "contact_name, contact_phone, contact_email, notes, created_at, updated_at");

template<typename E> std::optional<E> optionalChoice(const QVariant &value)
{
    return value.isNull() ? std::nullopt : fromCode<E>(value.toString());
}

template<typename E> QVariant optionalCode(const std::optional<E> &value)
{
    return value ? QVariant(codeOf(*value)) : QVariant(QMetaType::fromType<QString>());
}

Partner fromRow(const QSqlQuery &q)
{
    Partner p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.type = fromCode<PartnerType>(q.value(3).toString()).value_or(PartnerType::Distributor);
    p.region = q.value(4).toString();
    p.tier = optionalChoice<Tier>(q.value(5));
    p.certification = optionalChoice<Certification>(q.value(6));
    p.stage = optionalChoice<Stage>(q.value(7));
    p.mentor = q.value(8).toString();
    p.parentId = q.value(9).toLongLong();
    p.joinDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    p.status = fromCode<PartnerStatus>(q.value(11).toString()).value_or(PartnerStatus::Active);
    p.contactName = q.value(12).toString();
    p.contactPhone = q.value(13).toString();
    p.contactEmail = q.value(14).toString();
    p.notes = q.value(15).toString();
    p.createdAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    return p;
}

// A null QString binds as SQL NULL; text columns hold '' for "nothing".
// Field values in the order of `columns` after id.
QList<QVariant> fieldValues(const Partner &p)
{
    return { p.code.trimmed(), p.name.trimmed(), codeOf(p.type), sql::notNull(p.region.trimmed()),
        optionalCode(p.tier), optionalCode(p.certification), optionalCode(p.stage),
        sql::notNull(p.mentor.trimmed()),
        p.parentId ? QVariant(p.parentId) : QVariant(QMetaType::fromType<qint64>()),
        p.joinDate.isValid() ? QVariant(p.joinDate.toString(Qt::ISODate))
                             : QVariant(QMetaType::fromType<QString>()),
        codeOf(p.status), sql::notNull(p.contactName.trimmed()), sql::notNull(p.contactPhone.trimmed()),
        sql::notNull(p.contactEmail.trimmed()), sql::notNull(p.notes) };
}

} // namespace

PartnerRepository::PartnerRepository(Workbook &workbook)
    : m_db(workbook.database())
{
}

QList<Partner> PartnerRepository::all() const
{
    QList<Partner> partners;
    QSqlQuery q = sql::run(db(), QStringLiteral("SELECT %1 FROM partners ORDER BY code").arg(columns));
    while (q.next())
        partners.append(fromRow(q));
    return partners;
}

std::optional<Partner> PartnerRepository::byId(qint64 id) const
{
    QSqlQuery q = sql::run(db(), QStringLiteral("SELECT %1 FROM partners WHERE id = ?").arg(columns), { id });
    return q.next() ? std::optional(fromRow(q)) : std::nullopt;
}

std::optional<Partner> PartnerRepository::byCode(const QString &code) const
{
    QSqlQuery q = sql::run(
        db(), QStringLiteral("SELECT %1 FROM partners WHERE code = ?").arg(columns), { code.trimmed() });
    return q.next() ? std::optional(fromRow(q)) : std::nullopt;
}

int PartnerRepository::count() const
{
    return sql::scalar(db(), QStringLiteral("SELECT count(*) FROM partners")).toInt();
}

int PartnerRepository::childCount(qint64 id) const
{
    return sql::scalar(db(), QStringLiteral("SELECT count(*) FROM partners WHERE parent_id = ?"), { id })
        .toInt();
}

qint64 PartnerRepository::parentOf(qint64 id) const
{
    return sql::scalar(db(), QStringLiteral("SELECT parent_id FROM partners WHERE id = ?"), { id })
        .toLongLong();
}

Partner PartnerRepository::insert(Partner partner)
{
    partner.createdAt = partner.updatedAt = sql::storedNowTime();
    QList<QVariant> values = fieldValues(partner);
    values << sql::storedTime(partner.createdAt) << sql::storedTime(partner.updatedAt);
    QSqlQuery q = sql::run(db(),
        QStringLiteral("INSERT INTO partners (%1) VALUES (?%2)")
            .arg(columns.section(QLatin1Char(','), 1).trimmed(),
                QStringLiteral(", ?").repeated(values.size() - 1)),
        values);
    partner.id = q.lastInsertId().toLongLong();
    return partner;
}

Partner PartnerRepository::update(Partner partner)
{
    partner.updatedAt = sql::storedNowTime();
    QList<QVariant> values = fieldValues(partner);
    values << sql::storedTime(partner.updatedAt) << partner.id;
    QSqlQuery q = sql::run(db(),
        QStringLiteral("UPDATE partners SET code = ?, name = ?, type = ?, region = ?, tier = ?, "
                       "certification = ?, stage = ?, mentor = ?, parent_id = ?, join_date = ?, "
                       "status = ?, contact_name = ?, contact_phone = ?, contact_email = ?, "
                       "notes = ?, updated_at = ? WHERE id = ?"),
        values);
    if (q.numRowsAffected() != 1)
        throw StorageError(tr("Partner “%1” is no longer in the workbook.").arg(partner.code));
    return partner;
}

void PartnerRepository::remove(qint64 id)
{
    if (const int children = childCount(id); children > 0) {
        const auto partner = byId(id);
        throw StorageError(
            tr("“%1” is the parent partner of %n partner(s). Give them another parent first.", "", children)
                .arg(partner ? partner->name : QString()));
    }
    // The workbook refuses anyway (foreign keys); asking first gives the user the reason.
    const bool hasActivity = sql::scalar(db(),
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM results WHERE partner_id = ?) "
                       "OR EXISTS (SELECT 1 FROM assessments WHERE partner_id = ?) "
                       "OR EXISTS (SELECT 1 FROM ledger_totals WHERE partner_id = ?) "
                       "OR EXISTS (SELECT 1 FROM watch_clearances WHERE partner_id = ?) "
                       "OR EXISTS (SELECT 1 FROM penalties WHERE partner_id = ?) "
                       "OR EXISTS (SELECT 1 FROM mdf_requests WHERE partner_id = ?) "
                       "OR EXISTS (SELECT 1 FROM closed_statements WHERE partner_id = ?) "
                       "OR EXISTS (SELECT 1 FROM kpi_entries WHERE partner_id = ?) "
                       "OR EXISTS (SELECT 1 FROM okr_objectives WHERE partner_id = ?) "
                       "OR EXISTS (SELECT 1 FROM improvement_notes WHERE partner_id = ?)"),
        { id, id, id, id, id, id, id, id, id, id })
                                 .toBool();
    if (hasActivity) {
        const auto partner = byId(id);
        throw StorageError(tr(
            "“%1” has results, assessments, watch-list notes, sales ledger lines, penalties, MDF "
            "requests, settled statements, entered KPI values, OKRs or improvement notes, which would lose "
            "their partner. Set the status to Churned instead.")
                               .arg(partner ? partner->name : QString()));
    }
    sql::run(db(), QStringLiteral("DELETE FROM partners WHERE id = ?"), { id });
}

void PartnerRepository::restore(const Partner &partner)
{
    QList<QVariant> values { partner.id };
    values << fieldValues(partner) << sql::storedTime(partner.createdAt)
           << sql::storedTime(partner.updatedAt);
    sql::run(db(),
        QStringLiteral("INSERT INTO partners (%1) VALUES (?%2)")
            .arg(columns, QStringLiteral(", ?").repeated(values.size() - 1)),
        values);
}

} // namespace cs
