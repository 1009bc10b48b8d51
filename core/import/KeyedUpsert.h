// Writes a record identified by a key (partner and quarter, partner and date):
// inserted when new, otherwise only the fields the file gives are updated, and
// an identical record is left alone. Earlier values are logged for undo.
#pragma once

#include "import/RecordSink.h"
#include "storage/Sql.h"

#include <QVariant>

namespace cs {

struct ColumnValue {
    const char *column;
    const char *fieldKey; // the import field it comes from, for the list of changed fields
    std::optional<QVariant> value; // nullopt: not given, so the stored value stays
};

// A number the row gives, or nullopt when its cell was empty.
inline std::optional<QVariant> given(const std::optional<qint64> &value)
{
    return value ? std::optional<QVariant>(*value) : std::nullopt;
}

// `changedFields` receives the translated labels of the fields an update changed.
RowOutcome upsertKeyed(const SinkContext &context, sql::QueryCache &queries, const char *table,
    const QList<ColumnValue> &key, const QList<ColumnValue> &fields, QStringList *changedFields);

} // namespace cs
