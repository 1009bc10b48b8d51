#include "report/CapabilityListing.h"

#include "capability/Tenths.h"
#include "report/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs {

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Each reason is a sentence; joined with "; " on one line, their own full stops would read ".;".
QString withoutFullStop(QString sentence)
{
    if (sentence.endsWith(QLatin1Char('.')) || sentence.endsWith(QChar(0x3002))) // 。
        sentence.chop(1);
    return sentence;
}

QString joined(const QStringList &sentences)
{
    QStringList parts;
    for (const QString &sentence : sentences)
        parts.append(withoutFullStop(sentence));
    return parts.join(QStringLiteral("; "));
}

QStringList reasons(const PartnerCapability &p)
{
    QStringList list;
    for (const WatchHit &hit : p.watch)
        list.append(hit.reason);
    return list;
}

// One decimal as a JSON number: formatted exactly first, so 8.7 is written "8.7".
QJsonValue number(qint64 tenths)
{
    return QJsonValue(formatTenths(tenths).toDouble());
}

QJsonValue scores(const std::optional<PerDimension<int>> &values)
{
    if (!values)
        return QJsonValue::Null;
    QJsonObject object;
    for (const Dimension d : allDimensions)
        object.insert(codeOf(d), number((*values)[int(d)]));
    return object;
}

QJsonValue scores(const std::optional<ScoreAverages> &values)
{
    if (!values)
        return QJsonValue::Null;
    QJsonObject object;
    for (const Dimension d : allDimensions)
        object.insert(codeOf(d), number(roundHalfAway((*values)[int(d)])));
    return object;
}

std::optional<PerDimension<int>> latestScores(const PartnerCapability &p)
{
    return p.latest ? std::optional<PerDimension<int>>(p.latest->tenths) : std::nullopt;
}

QString benchmarkSourceCode(BenchmarkSource source)
{
    switch (source) {
    case BenchmarkSource::ExcellentPartners:
        return QStringLiteral("excellent_partners");
    case BenchmarkSource::Fixed:
        return QStringLiteral("fixed");
    case BenchmarkSource::None:
        break;
    }
    return QStringLiteral("none");
}

QString sourceCode(ScoreSource source)
{
    return source == ScoreSource::Entered ? QStringLiteral("entered") : QStringLiteral("derived");
}

QJsonObject partnerObject(const PartnerCapability &p)
{
    QJsonArray cleared;
    for (const ClearedHit &c : p.cleared)
        cleared.append(QJsonObject {
            { QStringLiteral("rule"), codeOf(c.hit.rule) },
            { QStringLiteral("reason"), c.hit.reason },
            { QStringLiteral("note"), c.clearance.note },
            { QStringLiteral("clearedOn"), isoDate(c.clearance.asOf) },
        });
    QJsonValue sources;
    if (p.latest) {
        QJsonObject object;
        for (const Dimension d : allDimensions)
            object.insert(codeOf(d), sourceCode(p.latest->source[int(d)]));
        sources = object;
    }
    QJsonArray watch;
    for (const WatchHit &hit : p.watch)
        watch.append(QJsonObject {
            { QStringLiteral("rule"), codeOf(hit.rule) },
            { QStringLiteral("dimension"),
                hit.dimension ? QJsonValue(codeOf(*hit.dimension)) : QJsonValue() },
            { QStringLiteral("reason"), hit.reason },
        });
    return QJsonObject {
        { QStringLiteral("code"), p.code },
        { QStringLiteral("name"), p.name },
        { QStringLiteral("latestDate"), p.latest ? QJsonValue(isoDate(p.latest->date)) : QJsonValue() },
        { QStringLiteral("scores"), scores(latestScores(p)) },
        { QStringLiteral("composite"),
            p.compositeTenths ? number(roundHalfAway(*p.compositeTenths)) : QJsonValue() },
        { QStringLiteral("changeSincePrevious"), scores(p.changeSincePrevious()) },
        { QStringLiteral("changeSinceThreeMonths"), scores(p.changeSinceThreeMonths()) },
        { QStringLiteral("gaps"), scores(p.gapTenths) },
        { QStringLiteral("stage"), p.stage.stage ? QJsonValue(codeOf(*p.stage.stage)) : QJsonValue() },
        { QStringLiteral("stageReason"), p.stage.reason },
        { QStringLiteral("watch"), watch },
        { QStringLiteral("notices"), QJsonArray::fromStringList(p.notices) },
        { QStringLiteral("mentor"), p.mentor },
        { QStringLiteral("scoreSources"), sources },
        { QStringLiteral("cleared"), cleared },
    };
}

} // namespace

QByteArray CapabilityListing::csv(const CapabilityOverview &overview)
{
    QList<QStringList> rows;
    QStringList header { tr("Code"), tr("Name"), tr("As of"), tr("Latest assessment") };
    for (const Dimension d : allDimensions)
        header.append(labelOf(d));
    header.append(tr("Composite"));
    for (const Dimension d : allDimensions)
        header.append(tr("Gap: %1").arg(labelOf(d)));
    header.append({ tr("Stage code"), tr("Suggested stage"), tr("Watch reasons"), tr("Notices"), tr("Mentor"),
        tr("Cleared entries") });
    rows.append(header);

    const QString asOf = isoDate(overview.asOf);
    for (const PartnerCapability &p : overview.partners) {
        QStringList row { p.code, p.name, asOf, p.latest ? isoDate(p.latest->date) : QString() };
        for (int d = 0; d < dimensionCount; ++d)
            row.append(p.latest ? formatTenths(p.latest->tenths[d]) : QString());
        row.append(p.compositeTenths ? formatTenths(*p.compositeTenths) : QString());
        for (int d = 0; d < dimensionCount; ++d)
            row.append(p.gapTenths ? formatTenths((*p.gapTenths)[d]) : QString());
        row.append(p.stage.stage ? codeOf(*p.stage.stage) : QString());
        row.append(labelOf(p.stage.stage));
        row.append(joined(reasons(p)));
        row.append(joined(p.notices));
        row.append(p.mentor);
        QStringList cleared;
        for (const ClearedHit &c : p.cleared)
            cleared.append(tr("%1 (cleared: %2)").arg(withoutFullStop(c.hit.reason), c.clearance.note));
        row.append(cleared.join(QStringLiteral("; ")));
        rows.append(row);
    }
    return toCsv(rows);
}

QByteArray CapabilityListing::json(const CapabilityOverview &overview)
{
    QJsonArray partners;
    for (const PartnerCapability &p : overview.partners)
        partners.append(partnerObject(p));
    const QJsonObject root {
        { QStringLiteral("asOf"), isoDate(overview.asOf) },
        { QStringLiteral("benchmark"), scores(overview.benchmark) },
        { QStringLiteral("benchmarkSource"), benchmarkSourceCode(overview.benchmarkSource) },
        { QStringLiteral("benchmarkNote"), overview.benchmarkNote },
        { QStringLiteral("channelAverage"), scores(overview.channelAverage) },
        { QStringLiteral("partners"), partners },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray CapabilityListing::mentorsCsv(const QList<MentorLoad> &loads)
{
    QList<QStringList> rows { { tr("Mentor"), tr("Partners"), tr("Assessed"), tr("On the watch list") } };
    for (const MentorLoad &m : loads)
        rows.append({ m.mentor.isEmpty() ? tr("(no mentor)") : m.mentor, QString::number(m.partners),
            QString::number(m.assessed), QString::number(m.onWatchList) });
    return toCsv(rows);
}

QByteArray CapabilityListing::mentorsJson(const QList<MentorLoad> &loads)
{
    QJsonArray list;
    for (const MentorLoad &m : loads)
        list.append(QJsonObject { { QStringLiteral("mentor"), m.mentor },
            { QStringLiteral("partners"), m.partners }, { QStringLiteral("assessed"), m.assessed },
            { QStringLiteral("onWatchList"), m.onWatchList } });
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

} // namespace cs
