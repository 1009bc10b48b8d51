// What the incentive-book tests share: a small workbook with three partners, their
// results and the default policy, and ways to find statements, lines and refusals.
#pragma once

#include "ImportFixture.h"
#include "storage/IncentiveBook.h"
#include "storage/PartnerRepository.h"
#include "storage/StorageError.h"

#include <functional>

namespace cs::test {

inline const Quarter q1(2026, 1);
inline const Quarter q2(2026, 2);
inline const Quarter q3(2026, 3);

inline Money yuan(qint64 y)
{
    return Money::fromFen(y * 100);
}

// A1 (Gold) reaches 93.40 % in 2026Q1 and 100 % in Q2; A2 (Diamond) reaches 120 % in
// Q1 and then churns; A3 has no tier and no results. The default policy from 2026Q1.
struct BookFixture {
    ImportFixture f;
    IncentiveBook book { f.workbook() };

    BookFixture()
    {
        REQUIRE(f.import(ImportKind::Partners,
                     "伙伴编号,伙伴名称,等级,区域,状态\nA1,甲,金牌,华东,合作中\nA2,乙,钻石,华南,已流失\nA3,"
                     "丙,,华北,合作中\n")
                    .isWritten());
        results("A1,2026Q1,1000000,934000\nA2,2026Q1,500000,600000\nA1,2026Q2,1000000,1000000\n");
        book.ensurePolicy(q1);
    }

    void results(const char *rows)
    {
        REQUIRE(
            f.import(ImportKind::Results, QByteArray("伙伴编号,季度,销售目标(元),实际销售额(元)\n") + rows)
                .isWritten());
    }

    qint64 id(const char *code)
    {
        return PartnerRepository(f.workbook()).byCode(QString::fromUtf8(code))->id;
    }

    qint64 count(const char *sql) { return f.query(sql).value(0).toLongLong(); }

    QStringList actions()
    {
        QStringList list;
        for (const AuditEntry &e : book.audit())
            list.append(e.action);
        return list;
    }
};

inline const PartnerStatement *statementOf(const SettlementRun &run, const char *code)
{
    for (const PartnerStatement &st : run.statements)
        if (st.code == QString::fromUtf8(code))
            return &st;
    return nullptr;
}

inline QList<StatementLine> linesOf(const PartnerStatement &st, Component component)
{
    QList<StatementLine> lines;
    for (const StatementLine &l : st.lines)
        if (l.component == component)
            lines.append(l);
    return lines;
}

// PartnerStatement has no operator==: every field, lines included, compared here.
inline void requireSame(const QList<PartnerStatement> &a, const QList<PartnerStatement> &b)
{
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        INFO(a[i].code.toStdString());
        CHECK(a[i].partnerId == b[i].partnerId);
        CHECK(a[i].code == b[i].code);
        CHECK(a[i].name == b[i].name);
        CHECK(a[i].region == b[i].region);
        CHECK(a[i].tier == b[i].tier);
        CHECK(a[i].quarter == b[i].quarter);
        CHECK(a[i].target == b[i].target);
        CHECK(a[i].sales == b[i].sales);
        CHECK(a[i].exceptions == b[i].exceptions);
        CHECK(a[i].lines == b[i].lines);
    }
}

inline QString refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StorageError &e) {
        return e.message();
    }
    FAIL("the call was not refused");
    return {};
}

} // namespace cs::test
