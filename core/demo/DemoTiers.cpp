#include "demo/DemoTiers.h"

#include "storage/Sql.h"
#include "storage/TierStore.h"
#include "storage/Transaction.h"
#include "storage/Workbook.h"

namespace cs {

namespace {

constexpr Quarter review(2026, 1);
constexpr int promotions = 14;
constexpr int demotions = 5;

Tier step(Tier tier, int by)
{
    return static_cast<Tier>(static_cast<int>(tier) + by);
}

} // namespace

void addDemoTiers(Workbook &workbook)
{
    TierStore store(workbook);
    // Partners the criteria already put where the registry has them: a change into
    // that tier in the review is one the review would have proposed.
    QList<TierEvaluation> settled;
    for (const TierEvaluation &e : store.review(review))
        if (!e.isChange() && e.heldBy == TierHold::None && e.inputs.currentTier
            && !TierReview::inFirstYear(e.inputs.joinDate, review))
            settled.append(e);
    if (settled.isEmpty())
        return;

    // Picked by a fixed stride, so every build names the same partners: promoted
    // from the tier below, or demoted from the one above.
    QHash<qint64, Tier> before;
    const auto pick = [&](int count, int by) {
        QList<const TierEvaluation *> pool;
        for (const TierEvaluation &e : settled)
            if (*e.inputs.currentTier != (by > 0 ? Tier::Bronze : Tier::Diamond))
                pool.append(&e);
        for (qsizetype i = 0, at = 0; i < count && i < pool.size(); ++i) {
            at = (at + 97) % pool.size();
            if (!before.contains(pool[at]->inputs.partnerId))
                before.insert(pool[at]->inputs.partnerId, step(*pool[at]->inputs.currentTier, by));
        }
    };
    pick(promotions, 1);
    pick(demotions, -1);
    // Written as the history of a review held before the registry was exported: the
    // registry already shows where each change ended, so it is not edited (an edit
    // would also stop the demo's partner import from explaining why it cannot be undone).
    const auto code = [](const std::optional<Tier> &t) {
        return t ? QVariant(codeOf(*t)) : QVariant();
    };
    Transaction transaction(workbook.database());
    for (const TierEvaluation &e : settled) {
        const auto from = before.constFind(e.inputs.partnerId);
        if (from == before.cend())
            continue;
        sql::run(workbook.database(),
            QStringLiteral(
                "INSERT INTO tier_changes (partner_id, review_period, effective_from, from_tier, to_tier, "
                "reason, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { e.inputs.partnerId, review.toString(), review.next().toString(), code(*from),
                code(e.inputs.currentTier), e.reason, QString::fromUtf8("渠道管理部 王经理"),
                QStringLiteral("2026-04-09T02:30:00.000Z") });
    }
    transaction.commit();
}

} // namespace cs
