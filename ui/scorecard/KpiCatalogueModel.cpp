#include "scorecard/KpiCatalogueModel.h"

#include "scorecard/KpiValueText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <optional>

namespace cs {

namespace {

// Measures whose value has a unit of its own: the card would mislead under another.
std::optional<QString> unitOfMeasure(KpiMeasure measure)
{
    switch (measure) {
    case KpiMeasure::SalesAchievement:
    case KpiMeasure::CollectionRate:
    case KpiMeasure::Satisfaction:
    case KpiMeasure::ProductLineCoverage:
    case KpiMeasure::NewProductShare:
        return QStringLiteral("%");
    case KpiMeasure::ResponseHours:
        return QStringLiteral("h");
    case KpiMeasure::NewCustomers:
    case KpiMeasure::Visits30d:
    case KpiMeasure::Entered:
        break;
    }
    return std::nullopt;
}

// A code from an English name: "On-time delivery" → "on_time_delivery".
QString codeFromName(const QString &name)
{
    QString code;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            code += c;
        else if (!code.isEmpty() && !code.endsWith(u'_'))
            code += u'_';
    }
    while (code.endsWith(u'_'))
        code.chop(1);
    return code.isEmpty() ? QStringLiteral("kpi") : code;
}

template<typename E> QList<std::pair<QString, int>> choiceItems(const QList<E> &values)
{
    QList<std::pair<QString, int>> items;
    for (E value : values)
        items.append({ labelOf(value), int(value) });
    return items;
}

} // namespace

KpiCatalogueModel::KpiCatalogueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KpiCatalogueModel::setKpis(const QList<KpiDefinition> &kpis)
{
    beginResetModel();
    m_rows.clear();
    for (const KpiDefinition &kpi : kpis)
        m_rows.append(Row { kpi, false, false, {}, {} });
    endResetModel();
    emit edited();
}

QList<KpiDefinition> KpiCatalogueModel::kpis() const
{
    QList<KpiDefinition> kpis;
    for (const Row &row : m_rows)
        kpis.append(row.kpi);
    return kpis;
}

int KpiCatalogueModel::addEnteredKpi(KpiFamily family)
{
    Row row;
    row.fresh = true;
    row.kpi.family = family;
    row.kpi.source = KpiSource::Entered;
    row.kpi.measure = KpiMeasure::Entered;
    row.kpi.unit = QStringLiteral("%");
    row.kpi.code = uniqueCode(QStringLiteral("kpi"), -1);
    const int index = int(m_rows.size());
    beginInsertRows({}, index, index);
    m_rows.append(row);
    endInsertRows();
    emit edited();
    return index;
}

void KpiCatalogueModel::removeKpi(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit edited();
}

QStringList KpiCatalogueModel::unreadableCells() const
{
    QStringList problems;
    for (const Row &row : m_rows)
        if (!row.badTarget.isEmpty())
            problems.append(
                tr("KPI “%1”, default target: %2")
                    .arg(row.kpi.nameEn.isEmpty() ? row.kpi.code : row.kpi.nameEn, row.targetError));
    return problems;
}

qint64 KpiCatalogueModel::weightSum(KpiFamily family) const
{
    qint64 sum = 0;
    for (const Row &row : m_rows)
        if (row.kpi.family == family)
            sum += row.kpi.weight;
    return sum;
}

int KpiCatalogueModel::kpiCount(KpiFamily family) const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.kpi.family == family ? 1 : 0;
    return count;
}

QList<KpiMeasure> KpiCatalogueModel::measuresFor(KpiSource source)
{
    using M = KpiMeasure;
    switch (source) {
    case KpiSource::Results:
        return { M::SalesAchievement, M::CollectionRate, M::NewCustomers, M::Satisfaction, M::Visits30d };
    case KpiSource::Ledger:
        return { M::ProductLineCoverage, M::NewProductShare };
    case KpiSource::Capability:
        return { M::ResponseHours };
    case KpiSource::Entered:
        break;
    }
    return { M::Entered };
}

QList<std::pair<QString, int>> KpiCatalogueModel::choicesAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    switch (index.column()) {
    case FamilyColumn:
        return choiceItems(allOf<KpiFamily>());
    case SourceColumn:
        return choiceItems(allOf<KpiSource>());
    case MeasureColumn:
        return choiceItems(measuresFor(m_rows[index.row()].kpi.source));
    case DirectionColumn:
        return choiceItems(allOf<KpiDirection>());
    default:
        return {};
    }
}

int KpiCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool KpiCatalogueModel::isEditable(const Row &row, int column) const
{
    switch (column) {
    case CodeColumn:
        return row.fresh;
    case UnitColumn:
        return !unitOfMeasure(row.kpi.measure);
    case TargetColumn:
        // Sales are measured against each partner's imported target.
        return row.kpi.measure != KpiMeasure::SalesAchievement;
    case ProductLineColumn:
        return row.kpi.measure == KpiMeasure::NewProductShare;
    default:
        return true;
    }
}

QString KpiCatalogueModel::displayText(const Row &row, int column) const
{
    const KpiDefinition &k = row.kpi;
    switch (column) {
    case NameZhColumn:
        return k.nameZh;
    case NameEnColumn:
        return k.nameEn;
    case CodeColumn:
        return k.code;
    case FamilyColumn:
        return labelOf(k.family);
    case WeightColumn:
        return QString::number(k.weight);
    case SourceColumn:
        return labelOf(k.source);
    case MeasureColumn:
        return labelOf(k.measure);
    case UnitColumn:
        return k.unit;
    case DirectionColumn:
        return labelOf(k.direction);
    case TargetColumn:
        if (!row.badTarget.isEmpty())
            return row.badTarget;
        if (k.measure == KpiMeasure::SalesAchievement && !k.target)
            return tr("from results");
        return k.target ? KpiValueText::format(k, *k.target) : QString();
    case ProductLineColumn:
        return k.measure == KpiMeasure::NewProductShare ? k.productLine : QString();
    default:
        return {};
    }
}

QVariant KpiCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::EditRole:
        switch (column) {
        case FamilyColumn:
            return int(row.kpi.family);
        case SourceColumn:
            return int(row.kpi.source);
        case MeasureColumn:
            return int(row.kpi.measure);
        case DirectionColumn:
            return int(row.kpi.direction);
        case WeightColumn:
            return int(row.kpi.weight);
        default:
            return displayText(row, column);
        }
    case Qt::TextAlignmentRole:
        if (column == WeightColumn || column == TargetColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (column == TargetColumn && !row.badTarget.isEmpty())
            return QBrush(QColor(0xf8, 0xd7, 0xd7));
        return {};
    case Qt::ForegroundRole:
        if (!isEditable(row, column))
            return QPalette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        if (column == TargetColumn && !row.badTarget.isEmpty())
            return row.targetError;
        if (column == TargetColumn && isEditable(row, column))
            return KpiValueText::rule(KpiValueText::kindOf(row.kpi));
        if (column == TargetColumn)
            return tr("Sales achievement is measured against each partner's imported sales target.");
        if (column == CodeColumn && !row.fresh)
            return tr("Values entered for the KPI are kept under its code, so a saved code stays as it is.");
        if (column == UnitColumn && !isEditable(row, column))
            return tr("The measure decides this unit.");
        if (column == ProductLineColumn && isEditable(row, column))
            return tr("Sales of this product line count as new products (as the sales ledger names it).");
        return {};
    default:
        return {};
    }
}

QVariant KpiCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::ToolTipRole && section == WeightColumn)
        return tr("Weight within the KPI's family: a family's KPI weights add up to 100.");
    if (role == Qt::ToolTipRole && section == TargetColumn)
        return tr("Used when nothing gives a partner its own target.");
    static const char *const titles[ColumnCount] = { QT_TR_NOOP("Name (Chinese)"),
        QT_TR_NOOP("Name (English)"), QT_TR_NOOP("Code"), QT_TR_NOOP("Family"), QT_TR_NOOP("Weight"),
        QT_TR_NOOP("Source"), QT_TR_NOOP("Measure"), QT_TR_NOOP("Unit"), QT_TR_NOOP("Direction"),
        QT_TR_NOOP("Default target"), QT_TR_NOOP("New product line") };
    if (role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

Qt::ItemFlags KpiCatalogueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(m_rows[index.row()], index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QString KpiCatalogueModel::uniqueCode(const QString &base, int exceptRow) const
{
    const auto taken = [&](const QString &code) {
        for (int i = 0; i < m_rows.size(); ++i)
            if (i != exceptRow && m_rows[i].kpi.code == code)
                return true;
        return false;
    };
    QString code = base;
    for (int n = 2; taken(code); ++n)
        code = QStringLiteral("%1_%2").arg(base).arg(n);
    return code;
}

bool KpiCatalogueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    if (!isEditable(row, index.column()))
        return false;
    KpiDefinition &k = row.kpi;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameZhColumn:
        k.nameZh = text;
        break;
    case NameEnColumn:
        k.nameEn = text;
        if (row.fresh && !row.codeTyped)
            k.code = uniqueCode(codeFromName(text), index.row());
        break;
    case CodeColumn:
        k.code = text;
        row.codeTyped = true;
        break;
    case FamilyColumn:
        k.family = KpiFamily(value.toInt());
        break;
    case WeightColumn:
        k.weight = value.toLongLong();
        break;
    case SourceColumn:
        k.source = KpiSource(value.toInt());
        if (!measuresFor(k.source).contains(k.measure))
            k.measure = measuresFor(k.source).front();
        break;
    case MeasureColumn:
        if (!measuresFor(k.source).contains(KpiMeasure(value.toInt())))
            return false;
        k.measure = KpiMeasure(value.toInt());
        break;
    case UnitColumn:
        k.unit = text;
        break;
    case DirectionColumn:
        k.direction = KpiDirection(value.toInt());
        break;
    case TargetColumn: {
        row.badTarget.clear();
        row.targetError.clear();
        if (text.isEmpty()) {
            k.target.reset();
            break;
        }
        const Parsed<Ratio> parsed = KpiValueText::parse(k, text);
        if (parsed) {
            k.target = *parsed;
        } else {
            row.badTarget = text;
            row.targetError = parsed.error;
        }
        break;
    }
    case ProductLineColumn:
        k.productLine = text;
        break;
    default:
        return false;
    }
    if (const std::optional<QString> unit = unitOfMeasure(k.measure))
        k.unit = *unit;
    if (k.measure != KpiMeasure::NewProductShare)
        k.productLine.clear();
    rowChanged(index.row());
    return true;
}

void KpiCatalogueModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit edited();
}

} // namespace cs
