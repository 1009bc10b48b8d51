// OKR progress (exact, clamped, averaged) and the store of OKRs and improvement
// notes: round-trip, replacement, refusals, and deleting a note by saving it blank.
#include "IncentiveFixture.h"
#include "scorecard/Okr.h"
#include "scorecard/ScorecardCard.h"
#include "storage/OkrStore.h"

#include <algorithm>

using namespace cs;
using namespace cs::test;

namespace {

KeyResult kr(const char *title, Ratio current, Ratio target, const char *unit = "")
{
    return KeyResult { 0, QString::fromUtf8(title), target, current, QString::fromUtf8(unit) };
}

qint64 partnerId(ImportFixture &f, const char *code)
{
    return PartnerRepository(f.workbook()).byCode(QString::fromUtf8(code))->id;
}

QList<Objective> sample()
{
    return { Objective { 0, QStringLiteral("扩大华东覆盖"),
                 { kr("新签客户", Ratio { 3, 1 }, Ratio { 4, 1 }, "家"),
                     kr("Pipeline", Ratio { 25, 2 }, Ratio { 10, 1 }, "万元") } },
        Objective { 0, QStringLiteral("Certify engineers"), {} } };
}

} // namespace

TEST_CASE("key result progress is current over target, clamped to 0..1", "[okr]")
{
    CHECK(keyResultProgress(kr("a", Ratio { 3, 1 }, Ratio { 4, 1 })) == Ratio { 3, 4 });
    CHECK(keyResultProgress(kr("a", Ratio { 1, 3 }, Ratio { 1, 1 })) == Ratio { 1, 3 });
    CHECK(keyResultProgress(kr("over", Ratio { 9, 1 }, Ratio { 4, 1 })) == Ratio { 1, 1 });
    CHECK(keyResultProgress(kr("negative", Ratio { -2, 1 }, Ratio { 4, 1 })) == Ratio { 0, 1 });
    CHECK(keyResultProgress(kr("no target", Ratio { 2, 1 }, Ratio { 0, 1 })) == Ratio { 0, 1 });
    CHECK(keyResultProgress(kr("negative target", Ratio { 2, 1 }, Ratio { -4, 1 })) == Ratio { 0, 1 });
}

TEST_CASE("objective progress is the mean of its key results, none without any", "[okr]")
{
    const QList<Objective> objectives = sample();
    // (3/4 + 1) / 2: the overshoot counts as 100 %, not 125 %.
    CHECK(objectiveProgress(objectives[0]) == Ratio { 7, 8 });
    CHECK(progressPercent(*objectiveProgress(objectives[0])) == 88);
    CHECK_FALSE(objectiveProgress(objectives[1]).has_value());
    const Objective thirds { 0, QStringLiteral("t"),
        { kr("a", Ratio { 1, 3 }, Ratio { 1, 1 }), kr("b", Ratio { 0, 1 }, Ratio { 1, 1 }),
            kr("c", Ratio { 1, 1 }, Ratio { 1, 1 }) } };
    CHECK(objectiveProgress(thirds) == Ratio { 4, 9 });
}

TEST_CASE("OKR numbers parse and print as exact decimals", "[okr]")
{
    CHECK(parseOkrNumber(QStringLiteral("12.5")) == Ratio { 25, 2 });
    CHECK(parseOkrNumber(QStringLiteral(" 1,200 ")) == Ratio { 1200, 1 });
    CHECK(parseOkrNumber(QStringLiteral("0.1")) == Ratio { 1, 10 });
    CHECK_FALSE(parseOkrNumber(QStringLiteral("abc")).has_value());
    CHECK_FALSE(parseOkrNumber(QStringLiteral("")).has_value());
    CHECK(formatOkrNumber(Ratio { 25, 2 }) == QStringLiteral("12.5"));
    CHECK(formatOkrNumber(Ratio { 3, 1 }) == QStringLiteral("3"));
    CHECK(formatOkrNumber(Ratio { -1, 4 }) == QStringLiteral("-0.25"));
    CHECK(formatOkrNumber(Ratio { 1, 3 }) == QStringLiteral("0.33"));
}

TEST_CASE("OKRs round-trip in order, are replaced as a whole, and reach the card", "[okr]")
{
    ImportFixture f;
    OkrStore store(f.workbook());
    const qint64 a1 = partnerId(f, "A1");
    const qint64 a2 = partnerId(f, "A2");
    store.saveObjectives(a1, q1, sample());
    store.saveObjectives(a2, q1, { Objective { 0, QStringLiteral("Other"), {} } });

    QList<Objective> read = store.objectives(a1, q1);
    REQUIRE(read.size() == 2);
    CHECK(read[0].id > 0);
    CHECK(read[0].title == QStringLiteral("扩大华东覆盖"));
    REQUIRE(read[0].keyResults.size() == 2);
    CHECK(read[0].keyResults[0].title == QStringLiteral("新签客户"));
    CHECK(read[0].keyResults[0].unit == QStringLiteral("家"));
    CHECK(read[0].keyResults[1].current == Ratio { 25, 2 });
    CHECK(read[0].keyResults[1].target == Ratio { 10, 1 });
    CHECK(read[1].title == QStringLiteral("Certify engineers"));
    CHECK(read[1].keyResults.isEmpty());
    CHECK(store.objectives(a1, q2).isEmpty());

    const QHash<qint64, QList<Objective>> all = store.allObjectives(q1);
    CHECK(all.size() == 2);
    CHECK(all.value(a1).size() == 2);
    CHECK(all.value(a1)[0].keyResults.size() == 2);
    CHECK(all.value(a2)[0].title == QStringLiteral("Other"));

    // Replacing leaves only the new set; the old key results go with their objectives.
    store.saveObjectives(
        a1, q1, { Objective { 0, QStringLiteral("Only"), { kr("k", Ratio { 1, 1 }, Ratio { 2, 4 }) } } });
    read = store.objectives(a1, q1);
    REQUIRE(read.size() == 1);
    CHECK(read[0].keyResults[0].target == Ratio { 1, 2 }); // stored reduced
    CHECK(f.query("SELECT count(*) FROM okr_key_results") == strings({ "1" }));
    store.saveObjectives(a1, q1, {});
    CHECK(store.objectives(a1, q1).isEmpty());
    CHECK(store.objectives(a2, q1).size() == 1);

    store.saveObjectives(a1, q1, sample());
    store.saveNote(a1, q1, QStringLiteral("Follow up on 回款 weekly."));
    const QList<ScorecardCard> cards = ScorecardBook(f.workbook()).cards(q1);
    const auto card = std::find_if(
        cards.cbegin(), cards.cend(), [](const ScorecardCard &c) { return c.code == QStringLiteral("A1"); });
    REQUIRE(card != cards.cend());
    CHECK(card->objectives.size() == 2);
    CHECK(card->improvementNote == QStringLiteral("Follow up on 回款 weekly."));
}

TEST_CASE("OKRs with empty titles or non-positive targets are refused and nothing changes", "[okr]")
{
    ImportFixture f;
    OkrStore store(f.workbook());
    const qint64 a1 = partnerId(f, "A1");
    store.saveObjectives(a1, q1, sample());
    CHECK(refusal([&] {
        store.saveObjectives(a1, q1, { Objective { 0, QStringLiteral("  "), {} } });
    }).contains(QStringLiteral("objective needs a title")));
    CHECK(refusal([&] {
        store.saveObjectives(
            a1, q1, { Objective { 0, QStringLiteral("o"), { kr(" ", Ratio { 1, 1 }, Ratio { 1, 1 }) } } });
    }).contains(QStringLiteral("needs a title")));
    CHECK(refusal([&] {
        store.saveObjectives(
            a1, q1, { Objective { 0, QStringLiteral("o"), { kr("k", Ratio { 1, 1 }, Ratio { 0, 1 }) } } });
    }).contains(QStringLiteral("target greater than zero")));
    CHECK(refusal([&] {
        store.saveObjectives(
            a1, q1, { Objective { 0, QStringLiteral("o"), { kr("k", Ratio { 1, 0 }, Ratio { 1, 1 }) } } });
    }).contains(QStringLiteral("denominator")));
    CHECK(refusal([&] { store.saveObjectives(999999, q1, sample()); }).contains(QStringLiteral("no longer")));
    CHECK(store.objectives(a1, q1).size() == 2);
}

TEST_CASE("improvement notes are saved, replaced and deleted by saving them blank", "[okr]")
{
    ImportFixture f;
    OkrStore store(f.workbook());
    const qint64 a1 = partnerId(f, "A1");
    CHECK(store.note(a1, q1).isEmpty());
    store.saveNote(a1, q1, QStringLiteral("first"));
    store.saveNote(a1, q1, QStringLiteral("  second\nline  "));
    CHECK(store.note(a1, q1) == QStringLiteral("second\nline"));
    CHECK(store.note(a1, q2).isEmpty());
    CHECK(store.allNotes(q1) == QHash<qint64, QString> { { a1, QStringLiteral("second\nline") } });
    store.saveNote(a1, q1, QStringLiteral("   "));
    CHECK(store.note(a1, q1).isEmpty());
    CHECK(f.query("SELECT count(*) FROM improvement_notes") == strings({ "0" }));
}

TEST_CASE("a partner with OKRs or notes cannot be deleted, and is told why", "[okr]")
{
    ImportFixture f;
    OkrStore store(f.workbook());
    const qint64 a2 = partnerId(f, "A2");
    store.saveNote(a2, q1, QStringLiteral("n"));
    CHECK(refusal([&] {
        PartnerRepository(f.workbook()).remove(a2);
    }).contains(QStringLiteral("improvement notes")));
    store.saveNote(a2, q1, {});
    store.saveObjectives(a2, q1, sample());
    CHECK(refusal([&] { PartnerRepository(f.workbook()).remove(a2); }).contains(QStringLiteral("OKRs")));
    store.saveObjectives(a2, q1, {});
    PartnerRepository(f.workbook()).remove(a2);
    CHECK_FALSE(PartnerRepository(f.workbook()).byCode(QStringLiteral("A2")));
}
