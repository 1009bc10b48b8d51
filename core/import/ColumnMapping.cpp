#include "import/ColumnMapping.h"

namespace cs {

namespace {

QHash<QString, QString> synonymTable(ImportKind kind, const QHash<QString, QString> &taught)
{
    QHash<QString, QString> table;
    for (const FieldSpec &field : ImportKinds::fields(kind)) {
        for (const QString &synonym : field.synonyms)
            table.insert(ImportKinds::headerKey(synonym), QString::fromLatin1(field.key));
        table.insert(ImportKinds::headerKey(ImportKinds::fieldLabel(field)), QString::fromLatin1(field.key));
    }
    // What the user taught wins over the built-in guesses.
    for (auto it = taught.cbegin(); it != taught.cend(); ++it)
        if (ImportKinds::field(kind, it.value()))
            table.insert(ImportKinds::headerKey(it.key()), it.value());
    return table;
}

QString cellText(const SheetCell &cell)
{
    return cell.kind == SheetCell::Kind::Empty ? QString() : cell.text;
}

void recomputeMissing(ColumnMapping &mapping, ImportKind kind)
{
    mapping.missingRequired.clear();
    for (const FieldSpec &field : ImportKinds::fields(kind))
        if (field.required && !mapping.columnOf.contains(QString::fromLatin1(field.key)))
            mapping.missingRequired.append(QString::fromLatin1(field.key));
}

} // namespace

ColumnMapping detectColumns(
    const QList<SheetRow> &firstRows, ImportKind kind, const QHash<QString, QString> &taught, int headerRow)
{
    const QHash<QString, QString> table = synonymTable(kind, taught);
    const SheetRow *best = nullptr;
    int bestScore = 1; // a lone matching cell is more likely a title than a header
    for (const SheetRow &row : firstRows)
        if (headerRow > 0 && row.row == headerRow)
            best = &row;
    for (qsizetype r = 0; headerRow == 0 && r < firstRows.size() && r < headerSearchRows; ++r) {
        QStringList named;
        for (const SheetCell &cell : firstRows[r].cells)
            if (const QString field = table.value(ImportKinds::headerKey(cellText(cell)));
                !field.isEmpty() && !named.contains(field))
                named.append(field);
        if (named.size() > bestScore) {
            best = &firstRows[r];
            bestScore = int(named.size());
        }
    }

    ColumnMapping mapping;
    if (!best) {
        recomputeMissing(mapping, kind);
        return mapping;
    }
    mapping.headerRow = best->row;
    for (int c = 0; c < best->cells.size(); ++c) {
        const QString header = cellText(best->cells[c]).trimmed();
        mapping.headers.append(header);
        if (header.isEmpty())
            continue;
        const QString field = table.value(ImportKinds::headerKey(header));
        if (field.isEmpty())
            mapping.unmatchedColumns.append(c);
        else if (mapping.columnOf.contains(field))
            mapping.duplicateColumns.append(c);
        else
            mapping.columnOf.insert(field, c);
    }
    recomputeMissing(mapping, kind);
    return mapping;
}

void assignColumn(ColumnMapping &mapping, ImportKind kind, int column, const QString &fieldKey)
{
    for (auto it = mapping.columnOf.begin(); it != mapping.columnOf.end();)
        it = it.value() == column || it.key() == fieldKey ? mapping.columnOf.erase(it) : std::next(it);
    mapping.unmatchedColumns.removeAll(column);
    mapping.duplicateColumns.removeAll(column);
    if (fieldKey.isEmpty() || !ImportKinds::field(kind, fieldKey))
        mapping.unmatchedColumns.append(column);
    else
        mapping.columnOf.insert(fieldKey, column);
    std::sort(mapping.unmatchedColumns.begin(), mapping.unmatchedColumns.end());
    recomputeMissing(mapping, kind);
}

void applyColumns(ColumnMapping &mapping, ImportKind kind, const QHash<QString, int> &columnOf)
{
    mapping.columnOf.clear();
    mapping.unmatchedColumns.clear();
    mapping.duplicateColumns.clear();
    for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
        if (ImportKinds::field(kind, it.key()) && it.value() >= 0 && it.value() < mapping.headers.size())
            mapping.columnOf.insert(it.key(), it.value());
    const QList<int> used = mapping.columnOf.values();
    for (int c = 0; c < mapping.headers.size(); ++c)
        if (!mapping.headers[c].isEmpty() && !used.contains(c))
            mapping.unmatchedColumns.append(c);
    recomputeMissing(mapping, kind);
}

} // namespace cs
