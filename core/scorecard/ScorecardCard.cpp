#include "scorecard/ScorecardCard.h"

#include "capability/CapabilityModel.h"
#include "storage/IncentiveBook.h"
#include "storage/OkrStore.h"
#include "storage/PartnerRepository.h"
#include "storage/ScorecardStore.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cs {

namespace {

// The trend covers this quarter and the seven before it.
constexpr int trendQuarters = 8;

bool selected(
    const Partner &p, const ScorecardFilter &filter, const QSet<QString> &codes, const QSet<QString> &watched)
{
    if (!codes.isEmpty() && !codes.contains(p.code.toUpper()))
        return false;
    if (filter.tier && p.tier != filter.tier)
        return false;
    if (!filter.region.isEmpty() && p.region != filter.region)
        return false;
    if (filter.watchListOnly && !watched.contains(p.code))
        return false;
    return true;
}

struct GroupSizes {
    int channel = 0;
    QHash<int, int> tiers; // by int(Tier)
    QHash<QString, int> regions;
};

// Ranks are only given to scored partners, so "12 / N" counts those alone.
GroupSizes groupSizes(const QList<PartnerScore> &scores)
{
    GroupSizes sizes;
    for (const PartnerScore &s : scores) {
        if (!s.overall)
            continue;
        ++sizes.channel;
        if (s.tier)
            ++sizes.tiers[int(*s.tier)];
        ++sizes.regions[s.region];
    }
    return sizes;
}

} // namespace

ScorecardBook::ScorecardBook(Workbook &workbook)
    : m_workbook(workbook)
{
}

QList<ScorecardCard> ScorecardBook::cards(Quarter quarter, const ScorecardFilter &filter) const
{
    const QList<Partner> partners = PartnerRepository(m_workbook).all();
    QSet<QString> codes;
    for (const QString &code : filter.codes)
        codes.insert(code.trimmed().toUpper());
    if (!codes.isEmpty()) {
        QSet<QString> known;
        for (const Partner &p : partners)
            known.insert(p.code.toUpper());
        for (const QString &code : filter.codes)
            if (!known.contains(code.trimmed().toUpper()))
                throw StorageError(tr("There is no partner with the code “%1”.").arg(code.trimmed()));
    }

    const CapabilityRules rules = CapabilityRules::load(m_workbook);
    const CapabilityOverview capability = CapabilityModel::compute(m_workbook, quarter.lastDay(), rules);
    QHash<QString, const PartnerCapability *> capabilityByCode;
    QSet<QString> watched;
    for (const PartnerCapability &pc : capability.partners) {
        capabilityByCode.insert(pc.code, &pc);
        if (pc.onWatchList())
            watched.insert(pc.code);
    }

    // Oldest first, `quarter` last. Only the current quarter needs the change since
    // the one before, so the others are scored without their predecessor.
    const ScorecardStore store(m_workbook);
    const KpiCatalogue catalogue = store.catalogue();
    QList<Quarter> quarters;
    for (Quarter q = quarter; quarters.size() < trendQuarters; q = q.previous())
        quarters.prepend(q);
    QList<QList<PartnerScore>> scores;
    QList<PartnerKpiInputs> previousInputs;
    for (qsizetype i = 0; i < quarters.size(); ++i) {
        QList<PartnerKpiInputs> inputs = store.inputs(quarters[i], catalogue);
        const bool current = i == quarters.size() - 1;
        scores.append(
            Scoring::score(catalogue, inputs, current ? previousInputs : QList<PartnerKpiInputs> {}));
        previousInputs = std::move(inputs);
    }
    // Quarters before the workbook's first data would only show as an empty stretch of chart.
    qsizetype first = 0;
    while (first < scores.size() - 1
        && std::none_of(scores[first].cbegin(), scores[first].cend(),
            [](const PartnerScore &s) { return s.overall.has_value(); }))
        ++first;

    QList<QHash<QString, const PartnerScore *>> byCode(scores.size());
    for (qsizetype i = 0; i < scores.size(); ++i)
        for (const PartnerScore &s : scores[i])
            byCode[i].insert(s.code, &s);
    const QHash<QString, const PartnerScore *> &now = byCode.back();
    const QHash<QString, const PartnerScore *> &before = byCode[byCode.size() - 2];
    const GroupSizes sizes = groupSizes(scores.back());

    QHash<QString, const PartnerStatement *> statementByCode;
    std::optional<SettlementRun> run;
    try {
        const IncentiveBook book(m_workbook);
        if (book.policies().inForce(quarter)) {
            run = book.run(quarter);
            for (const PartnerStatement &s : run->statements)
                statementByCode.insert(s.code, &s);
        }
    } catch (const StorageError &) {
        // A scorecard without its incentive section is still worth printing.
        run.reset();
        statementByCode.clear();
    }

    const OkrStore okrs(m_workbook);
    const QHash<qint64, QList<Objective>> objectives = okrs.allObjectives(quarter);
    const QHash<qint64, QString> notes = okrs.allNotes(quarter);

    QList<ScorecardCard> cards;
    for (const Partner &p : partners) {
        if (!selected(p, filter, codes, watched))
            continue;
        ScorecardCard card;
        card.quarter = quarter;
        card.code = p.code;
        card.name = p.name;
        card.tier = p.tier;
        card.region = p.region;
        card.mentor = p.mentor;
        card.catalogue = catalogue;
        if (const PartnerScore *s = now.value(p.code)) {
            card.score = *s;
        } else {
            // Not scored this quarter (joined later, churned): the card says so by its empty scores.
            card.score.partnerId = p.id;
            card.score.code = p.code;
            card.score.name = p.name;
            card.score.region = p.region;
            card.score.tier = p.tier;
        }
        card.channelSize = sizes.channel;
        card.tierSize = p.tier ? sizes.tiers.value(int(*p.tier)) : 0;
        card.regionSize = sizes.regions.value(p.region);
        for (qsizetype i = first; i < scores.size(); ++i) {
            const PartnerScore *s = byCode[i].value(p.code);
            card.trend.append({ quarters[i], s ? s->overall : std::nullopt });
        }
        if (const PartnerScore *s = before.value(p.code))
            for (const KpiScore &k : s->kpis)
                if (k.score)
                    card.previousKpiScores.insert(k.code, *k.score);
        if (const PartnerCapability *pc = capabilityByCode.value(p.code)) {
            if (pc->latest)
                card.capability = pc->latest->tenths;
            for (const WatchHit &hit : pc->watch)
                card.watchReasons.append(hit.reason);
        }
        card.benchmark = capability.benchmark;
        card.channelAverage = capability.channelAverage;
        if (const PartnerStatement *st = statementByCode.value(p.code)) {
            card.statement = *st;
            card.statementClosed = run->closed;
        }
        card.objectives = objectives.value(p.id);
        card.improvementNote = notes.value(p.id);
        cards.append(std::move(card));
    }
    return cards;
}

} // namespace cs
