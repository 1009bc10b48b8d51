#include "storage/ImportProfiles.h"

#include "storage/Sql.h"
#include "storage/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace cs {

namespace {

// Headers compared as a user would: "实际销售额（元）" and "实际销售额(元)" are the same header.
QString headerSignature(const QStringList &headers)
{
    QStringList keys;
    for (const QString &header : headers)
        keys.append(ImportKinds::headerKey(header));
    while (!keys.isEmpty() && keys.constLast().isEmpty())
        keys.removeLast();
    return keys.join(QChar(u'\x1f'));
}

} // namespace

ImportProfiles::ImportProfiles(Workbook &workbook)
    : m_workbook(workbook)
{
}

std::optional<QHash<QString, int>> ImportProfiles::find(ImportKind kind, const QStringList &headers) const
{
    const QVariant mapping = sql::scalar(m_workbook.database(),
        QStringLiteral("SELECT mapping FROM import_profiles WHERE kind = ? AND header_key = ?"),
        { ImportKinds::code(kind), headerSignature(headers) });
    if (!mapping.isValid())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(mapping.toString().toUtf8()).object();
    QHash<QString, int> columnOf;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int column = it.value().toInt(-1);
        // A profile only ever names columns of these headers and fields of this kind;
        // anything else means the row was edited by hand and is ignored.
        if (column >= 0 && column < headers.size() && ImportKinds::field(kind, it.key()))
            columnOf.insert(it.key(), column);
    }
    return columnOf;
}

void ImportProfiles::save(ImportKind kind, const ColumnMapping &mapping)
{
    QJsonObject object;
    for (auto it = mapping.columnOf.cbegin(); it != mapping.columnOf.cend(); ++it)
        object.insert(it.key(), it.value());
    sql::run(m_workbook.database(),
        QStringLiteral(
            "INSERT OR REPLACE INTO import_profiles (kind, header_key, headers, mapping, saved_at) "
            "VALUES (?, ?, ?, ?, ?)"),
        { ImportKinds::code(kind), headerSignature(mapping.headers),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(mapping.headers)).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)), sql::storedNow() });
}

ColumnMapping ImportProfiles::mappingFor(
    const QList<SheetRow> &firstRows, ImportKind kind, int headerRow, bool *fromProfile) const
{
    ColumnMapping mapping = detectColumns(firstRows, kind, taughtHeaders(kind), headerRow);
    const auto saved = mapping.headerRow > 0 ? find(kind, mapping.headers) : std::nullopt;
    if (saved)
        applyColumns(mapping, kind, *saved);
    if (fromProfile)
        *fromProfile = saved.has_value();
    return mapping;
}

QHash<QString, QString> ImportProfiles::taughtHeaders(ImportKind kind) const
{
    QHash<QString, QString> taught;
    QSqlQuery q = sql::run(m_workbook.database(),
        QStringLiteral("SELECT headers, mapping FROM import_profiles WHERE kind = ? ORDER BY saved_at"),
        { ImportKinds::code(kind) });
    while (q.next()) {
        const QJsonArray headers = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
        const QJsonObject mapping = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        for (auto it = mapping.begin(); it != mapping.end(); ++it) {
            const QString header = headers.at(it.value().toInt(-1)).toString();
            if (!header.isEmpty() && ImportKinds::field(kind, it.key()))
                taught.insert(header, it.key());
        }
    }
    return taught;
}

} // namespace cs
