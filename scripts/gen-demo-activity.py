#!/usr/bin/env python3
"""Generate the demo activity spreadsheets for Channel Station from data/partners.csv.

The demo workbook is built by the project's importer from these files, next
to the partner registry made by scripts/gen-demo-partners.py (which must be
run first: this script reads DATA_DIR/partners.csv for the partner codes,
tiers, types, join dates and statuses). Seven quarters are covered, 2025Q1
to 2026Q3; "today" is October 2026.

  ledger.csv       the sales ledger, one order line a row:
                   订单号,伙伴编号,订单日期,产品线,金额(元). About 50,000 lines over
                   5 product lines (网络设备 服务器 存储 软件 云服务). Order numbers
                   SO<yyyymm><4-digit sequence> are unique and follow the order
                   date. Diamond partners sell far more than bronze ones; no line
                   is dated before the partner joined; churned partners stop
                   buying (in the quarter their registry note names, if any).
  results.csv      quarterly results, one row per partner and quarter with
                   orders: 伙伴编号,季度,销售目标(元),实际销售额(元),回款额(元),
                   新客户数,客户满意度,30天客户拜访次数,备注. 实际销售额 is exactly
                   the sum of the partner's ledger lines in that quarter.
                   Targets are round figures (multiples of 10,000 yuan, 5,000
                   below 100,000) and the achievement (actual / target) spans
                   every rebate band - about 45 % of partners meet their target
                   in 2025Q1, about 60 % in 2026Q3 - with a few rows exactly on
                   a band boundary (80 %, 90 %, 100 %, 120 %; the ledger line
                   is nudged to make it so) and two one fen below one. Three
                   rows have target 0 (new partners; valid, flagged by the
                   application) and four report a quarter without orders with
                   actual 0; other quarters without orders have no row.
                   回款额 is at most the actual, 满意度 is "92%" / "88.5%" text.
  assessments.csv  monthly capability assessments (月度能力评估), 2026-01 to
                   2026-10 (on the 25th, or the Friday before), for every
                   partner not churned, from the month it joined:
                   伙伴编号,评估日期,产品理解力,销售执行力,客户服务力, scores
                   0-10 with one decimal. Excellent partners (annual sales above
                   20 M yuan) average about 8.7 on product understanding, small
                   ones about 4.2; some partners fall in the last three months
                   (Aug-Oct) and some have one weak dimension (below 5) - the
                   material of the watch list.
  samples/results-2026Q3-east.xlsx
                   a deliberately messy regional-office results sheet (title
                   row, note row, header synonyms with full-width brackets,
                   amounts as numbers and as "¥1,234,567.50" text, quarters as
                   "2026Q3" and "2026年第3季度", full-width digits, stray spaces,
                   a "=SUM(A1:A3)" remark stored as text, and six bad rows:
                   unknown code, negative amount, "一百万", empty target,
                   quarter 2026Q5, a duplicate partner+quarter). Its other 40
                   rows repeat results.csv for 2026Q3 华东 partners. For the
                   import wizard's validation report; not part of the demo
                   workbook. The script prints the Excel row of each bad row.

To rebuild the files, run scripts/gen-demo-activity.py (after
scripts/gen-demo-partners.py if partners.csv is to change: the output follows it).

Deterministic: fixed seeds, only random.Random.random() / randrange(), no
set or hash ordering ever iterated, fixed zip timestamps, so rerunning the
script gives byte-identical files. The CSV files match Excel's "CSV UTF-8"
(UTF-8 with BOM, CRLF, RFC 4180 quoting), like partners.csv. Money is
computed in integer fen.

Usage: gen-demo-activity.py [DATA_DIR]   (default: <repo>/data)
Standard library only.
"""

import csv
import datetime
import io
import math
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

SEED = 20261008

LEDGER_HEADER = ["订单号", "伙伴编号", "订单日期", "产品线", "金额(元)"]
RESULTS_HEADER = ["伙伴编号", "季度", "销售目标(元)", "实际销售额(元)", "回款额(元)", "新客户数",
                  "客户满意度", "30天客户拜访次数", "备注"]
ASSESS_HEADER = ["伙伴编号", "评估日期", "产品理解力", "销售执行力", "客户服务力"]

FIRST_YEAR = 2025
QUARTER_COUNT = 7                     # 2025Q1 .. 2026Q3
ASSESS_MONTHS = [(2026, m) for m in range(1, 11)]  # 2026-01 .. 2026-10

PRODUCT_LINES = ["网络设备", "服务器", "存储", "软件", "云服务"]
# product-line mix by partner type (relative weights, perturbed per partner)
PRODUCT_MIX = {
    "代理商": [30, 28, 18, 14, 10],
    "经销商": [32, 24, 16, 18, 10],
    "零售商": [45, 8, 10, 30, 7],
    "独立销售代表": [25, 10, 8, 32, 25],
    "外设销售机构": [28, 22, 18, 16, 16],
    "内部销售团队": [20, 25, 20, 15, 20],
}
# product lines a partner carries at all, by tier (the first k of its own ranking)
LINES_CARRIED = {"钻石": [0, 0, 0, 1, 9], "金牌": [0, 0, 1, 3, 6],
                 "银牌": [0, 2, 3, 3, 2], "铜牌": [2, 4, 3, 1, 0]}  # weights for k = 1..5

# median quarterly sales (yuan) by tier, and a multiplier by type
TIER_SALES = {"钻石": 6500000, "金牌": 1800000, "银牌": 480000, "铜牌": 110000}
TYPE_SALES = {"代理商": 1.2, "经销商": 1.0, "内部销售团队": 1.1, "外设销售机构": 0.9,
              "零售商": 0.7, "独立销售代表": 0.5}
# mean order lines per quarter at the tier's median sales
TIER_LINES = {"钻石": 13.5, "金牌": 7.6, "银牌": 3.9, "铜牌": 2.1}
# share of quarters with no orders at all
GAP_RATE = {"钻石": 0.0, "金牌": 0.005, "银牌": 0.015, "铜牌": 0.035}
SEASON = [0.88, 1.0, 1.02, 1.18]      # by quarter of the year
NEW_CUSTOMERS = {"钻石": 12.0, "金牌": 7.0, "银牌": 3.5, "铜牌": 1.6}
VISITS = {"钻石": 34, "金牌": 25, "银牌": 15, "铜牌": 8}

# public holidays without orders (New Year, Spring Festival, Labour Day, National Day)
HOLIDAYS = [
    (datetime.date(2025, 1, 1), datetime.date(2025, 1, 1)),
    (datetime.date(2025, 1, 28), datetime.date(2025, 2, 4)),
    (datetime.date(2025, 5, 1), datetime.date(2025, 5, 5)),
    (datetime.date(2025, 10, 1), datetime.date(2025, 10, 8)),
    (datetime.date(2026, 1, 1), datetime.date(2026, 1, 3)),
    (datetime.date(2026, 2, 15), datetime.date(2026, 2, 23)),
    (datetime.date(2026, 5, 1), datetime.date(2026, 5, 5)),
]

# occasional remarks: (text, when it fits: "up" target met, "down" missed,
# "late" collections below 80 %, "" any row)
RESULT_NOTES = [("季末集中出货", ""), ("新品导入顺利", "up"), ("回款延迟, 已发催款函", "late"),
                ("签约行业大客户1家", "up"), ("促销活动带动增长", "up"), ("库存偏高，下季控制进货", ""),
                ("负责人变更，业绩有波动", "down"), ("参加30天产品训练营", ""),
                ("区域保护调整，部分客户移交", "down"), ("\"以旧换新\"活动效果好", "up")]
NOTE_NO_TARGET = "新伙伴，本季度未设目标"
NOTE_NO_ORDERS = "本季度无出货"
TARGET_ZERO_ROWS = 3
ZERO_ACTUAL_ROWS = 4
# exact achievement boundaries: (numerator, denominator, minus one fen?, count)
BOUNDARY_CASES = [(4, 5, False, 1), (9, 10, False, 2), (1, 1, False, 2), (6, 5, False, 2),
                  (9, 10, True, 1), (6, 5, True, 1)]


# --------------------------------------------------------------------------
# Helpers (only rng.random() / rng.randrange() - stable across versions)
# --------------------------------------------------------------------------

def wchoice(rng, items, weights):
    total = float(sum(weights))
    x = rng.random() * total
    acc = 0.0
    for item, w in zip(items, weights):
        acc += w
        if x < acc:
            return item
    return items[-1]


def choice(rng, seq):
    return seq[rng.randrange(len(seq))]


def normal(rng):
    """Standard normal (Box-Muller, one value per call)."""
    u = rng.random()
    while u == 0.0:
        u = rng.random()
    return math.sqrt(-2.0 * math.log(u)) * math.cos(2.0 * math.pi * rng.random())


def poisson(rng, mean):
    limit = math.exp(-mean)
    k, p = 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def pick_k(rng, items, k, weight=lambda x: 1.0):
    """Weighted sample of k items without replacement, in their given order."""
    keyed = [(rng.random() ** (1.0 / weight(x)), n) for n, x in enumerate(items)]
    keyed.sort(key=lambda t: (-t[0], t[1]))
    chosen = sorted(n for _key, n in keyed[:k])
    return [items[n] for n in chosen]


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def iround(x):
    """Round half away from zero to an int."""
    return int(math.floor(x + 0.5)) if x >= 0 else -int(math.floor(-x + 0.5))


def yuan(fen):
    """Integer fen -> '12345.60'."""
    sign = "-" if fen < 0 else ""
    q, r = divmod(abs(fen), 100)
    return "%s%d.%02d" % (sign, q, r)


def grouped(fen):
    """Integer fen -> '1,234,567.50'."""
    sign = "-" if fen < 0 else ""
    q, r = divmod(abs(fen), 100)
    return "%s%s.%02d" % (sign, "{:,}".format(q), r)


def score(tenths):
    return "%d.%d" % divmod(tenths, 10)


def quarter_label(q):
    return "%dQ%d" % (FIRST_YEAR + q // 4, q % 4 + 1)


def quarter_bounds(q):
    y, n = FIRST_YEAR + q // 4, q % 4
    start = datetime.date(y, 3 * n + 1, 1)
    end = (datetime.date(y + 1, 1, 1) if n == 3 else datetime.date(y, 3 * n + 4, 1)) \
        - datetime.timedelta(days=1)
    return start, end


def quarter_index(day):
    return (day.year - FIRST_YEAR) * 4 + (day.month - 1) // 3


def is_working_day(day):
    if day.weekday() >= 5:
        return False
    return not any(a <= day <= b for a, b in HOLIDAYS)


def working_days(start, end):
    out, d = [], start
    while d <= end:
        if is_working_day(d):
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def assessment_date(year, month):
    """The 25th, or the Friday before it when it falls on a weekend."""
    d = datetime.date(year, month, 25)
    while d.weekday() >= 5:
        d -= datetime.timedelta(days=1)
    return d


def render_csv(header, rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                   lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")


# --------------------------------------------------------------------------
# Partners and their plans
# --------------------------------------------------------------------------

def read_partners(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for n, r in enumerate(rows):
        out.append({
            "n": n, "code": r["伙伴编号"], "type": r["类型"], "region": r["区域"],
            "tier": r["等级"], "cert": r["认证等级"], "status": r["状态"],
            "joined": datetime.date.fromisoformat(r["加入日期"]), "note": r["备注"],
        })
    return out


def churn_stop(rng, p):
    """First quarter index without orders for a churned partner (may be <= 0)."""
    note = p["note"]
    # "转投竞品，2026Q1起停止进货"
    k = note.find("起停止进货")
    if k >= 6 and note[k - 2] == "Q":
        y, q = int(note[k - 6:k - 2]), int(note[k - 1])
        return (y - FIRST_YEAR) * 4 + q - 1
    # "2025年终止合作，库存已回收": the last orders fall in that year
    if note[4:9] == "年终止合作":
        y = int(note[:4])
        if y < FIRST_YEAR:
            return 0
        last = (y - FIRST_YEAR) * 4 + rng.randrange(4 if y < 2026 else 2)
        return last + 1
    if rng.random() < 0.35:
        return 0
    return 1 + rng.randrange(QUARTER_COUNT - 1)


def make_plans(rng, partners):
    for p in partners:
        tier = p["tier"]
        p["base"] = TIER_SALES[tier] * TYPE_SALES[p["type"]] * math.exp(0.35 * normal(rng))
        p["growth"] = 0.02 + 0.015 * normal(rng)              # per quarter
        p["uplift"] = 0.97 + 0.1 * rng.random()               # target over plan
        p["jq"] = quarter_index(p["joined"])
        p["stop"] = churn_stop(rng, p) if p["status"] == "已流失" else QUARTER_COUNT
        # a watch-listed partner often declines from some quarter on
        p["decline_from"] = QUARTER_COUNT
        if p["status"] == "重点关注" and rng.random() < 0.6:
            p["decline_from"] = 2 + rng.randrange(QUARTER_COUNT - 2)
        # product lines carried, with the partner's own weights
        mix = [w * math.exp(0.5 * normal(rng)) for w in PRODUCT_MIX[p["type"]]]
        order = sorted(range(len(PRODUCT_LINES)), key=lambda i: (-mix[i], i))
        k = wchoice(rng, [1, 2, 3, 4, 5], LINES_CARRIED[tier])
        p["lines"] = [(PRODUCT_LINES[i], mix[i]) for i in sorted(order[:k])]
        sat = 91.0 + {"钻石": 2.0, "金牌": 1.0, "银牌": 0.0, "铜牌": -1.5}[tier] + 2.5 * normal(rng)
        p["sat"] = sat - (6.0 if p["status"] == "重点关注" else 0.0)


def plan_level(p, q):
    """The partner's planned (expected) sales in quarter q, before any decline."""
    level = p["base"] * SEASON[q % 4] * (1.0 + p["growth"]) ** (q - 3)
    age = q - p["jq"]                  # quarters since joining
    if age < 4:
        level *= [0.45, 0.7, 0.85, 0.95][age]
    return level


# --------------------------------------------------------------------------
# Ledger
# --------------------------------------------------------------------------

def line_amounts(rng, total_fen, n):
    weights = [-math.log(1.0 - rng.random()) + 0.08 for _ in range(n)]
    s = sum(weights)
    out = []
    for w in weights:
        x = total_fen * w / s
        r = rng.random()
        if r < 0.45:
            fen = iround(x / 100.0) * 100          # whole yuan
        elif r < 0.6:
            fen = iround(x / 1000.0) * 1000        # tens of yuan
        else:
            fen = iround(x)
        out.append(max(fen, 20000))                # at least 200 yuan
    return out


def make_ledger(rng, partners):
    """Returns (lines, by_pq): lines are dicts; by_pq[(n, q)] -> list of lines."""
    quarter_days = [working_days(*quarter_bounds(q)) for q in range(QUARTER_COUNT)]
    lines, by_pq, seq = [], {}, 0
    for q in range(QUARTER_COUNT):
        qstart, qend = quarter_bounds(q)
        for p in partners:
            if q < p["jq"] or q >= p["stop"]:
                continue
            days = [d for d in quarter_days[q] if d >= p["joined"]]
            if not days:
                continue
            if rng.random() < GAP_RATE[p["tier"]]:
                p.setdefault("gaps", []).append(q)
                continue
            expected = plan_level(p, q)
            if q >= p["decline_from"]:
                expected *= 0.82 ** (q - p["decline_from"] + 1)
            if p["status"] == "已流失" and q == p["stop"] - 1:
                expected *= 0.5                    # the last quarter before leaving
            share = len(days) / float(len(quarter_days[q]))
            # the channel programme slowly lifts achievement (about 45 % of
            # partners met their target in 2025Q1, about 60 % in 2026Q3)
            amount = expected * share * math.exp(0.2 * normal(rng) + 0.015 * q)
            n = TIER_LINES[p["tier"]] * math.sqrt(amount / TIER_SALES[p["tier"]]) * (0.7 + 0.6 * rng.random())
            n = clamp(iround(n), 1, 60)
            last_month = [d for d in days if d.month == qend.month]
            pq = []
            for fen in line_amounts(rng, iround(amount * 100.0), n):
                if last_month and rng.random() < 0.3:
                    day = choice(rng, last_month)  # the quarter-end push
                else:
                    day = choice(rng, days)
                p_line = wchoice(rng, [x[0] for x in p["lines"]], [x[1] for x in p["lines"]])
                line = {"n": p["n"], "code": p["code"], "date": day, "product": p_line,
                        "fen": fen, "key": rng.random(), "seq": seq}
                seq += 1
                lines.append(line)
                pq.append(line)
            by_pq[(p["n"], q)] = pq
    return lines, by_pq


def number_orders(lines):
    lines.sort(key=lambda l: (l["date"], l["key"], l["seq"]))
    counters = {}
    for l in lines:
        month = l["date"].strftime("%Y%m")
        counters[month] = counters.get(month, 0) + 1
        assert counters[month] < 10000
        l["order"] = "SO%s%04d" % (month, counters[month])


# --------------------------------------------------------------------------
# Quarterly results
# --------------------------------------------------------------------------

def round_target(yuan_value):
    step = 10000 if yuan_value >= 100000 else 5000
    return max(step, iround(yuan_value / step) * step) * 100   # fen


def make_results(rng, partners, by_pq):
    """Returns {(n, q): row dict}; may adjust ledger lines for boundary cases."""
    results = {}
    for q in range(QUARTER_COUNT):
        for p in partners:
            pq = by_pq.get((p["n"], q))
            if not pq:
                continue
            plan = plan_level(p, q)
            qdays = working_days(*quarter_bounds(q))
            share = len([d for d in qdays if d >= p["joined"]]) / float(len(qdays))
            results[(p["n"], q)] = {
                "p": p, "q": q, "target": round_target(plan * share * p["uplift"]),
                "actual": sum(l["fen"] for l in pq), "note": "",
            }

    keys = sorted(results, key=lambda k: (k[1], k[0]))

    # Exact band boundaries: pick rows near the boundary and nudge their
    # biggest ledger line so that actual = target * ratio (minus one fen).
    used = set()
    for num, den, minus, count in BOUNDARY_CASES:
        near = [k for k in keys if k not in used and results[k]["target"] >= 10000000
                and abs(results[k]["actual"] * den - results[k]["target"] * num)
                <= 0.03 * results[k]["target"] * num]
        for k in pick_k(rng, near, count):
            used.add(k)
            r = results[k]
            want = r["target"] * num // den - (1 if minus else 0)
            big = max(by_pq[k], key=lambda l: (l["fen"], -l["seq"]))
            big["fen"] += want - r["actual"]
            assert big["fen"] > 0
            r["actual"] = want

    # Target 0: a few new partners whose target was not set in the join quarter.
    fresh = [k for k in keys if k not in used and results[k]["p"]["jq"] == k[1]]
    for k in pick_k(rng, fresh, TARGET_ZERO_ROWS):
        results[k]["target"] = 0
        results[k]["note"] = NOTE_NO_TARGET
        used.add(k)

    # A few quarters without orders are reported anyway, with actual 0.
    gaps = [(p["n"], q) for p in partners for q in p.get("gaps", [])]
    gaps.sort(key=lambda k: (k[1], k[0]))
    for k in pick_k(rng, gaps, ZERO_ACTUAL_ROWS):
        p = partners[k[0]]
        results[k] = {"p": p, "q": k[1], "target": round_target(plan_level(p, k[1]) * p["uplift"]),
                      "actual": 0, "note": NOTE_NO_ORDERS}
        used.add(k)

    # The other columns.
    for k in sorted(results, key=lambda k: (k[1], k[0])):
        r = results[k]
        p = r["p"]
        tier = p["tier"]
        if r["actual"] == 0:
            r["paid"] = 0
        elif rng.random() < 0.15:
            r["paid"] = r["actual"]
        else:
            low = 0.55 if p["status"] == "重点关注" else 0.7
            r["paid"] = iround(r["actual"] * (low + (0.995 - low) * rng.random()))
        scale = math.sqrt(max(r["actual"], 0) / 100.0 / TIER_SALES[tier])
        r["new"] = clamp(poisson(rng, NEW_CUSTOMERS[tier] * clamp(scale, 0.3, 2.0)), 0, 30)
        if r["actual"] == 0:
            r["new"] = 0
        r["visits"] = clamp(iround(VISITS[tier] * (0.6 + 0.8 * rng.random())
                                   - (4 if p["status"] == "重点关注" else 0)), 0, 60)
        halves = clamp(iround((p["sat"] + 1.8 * normal(rng)) * 2.0), 120, 200)
        r["sat"] = "%d%%" % (halves // 2) if halves % 2 == 0 else "%d.5%%" % (halves // 2)
        if not r["note"] and r["target"] > 0 and rng.random() < 0.012:
            facts = ["", "up" if r["actual"] >= r["target"] else "down"]
            if r["paid"] * 5 < r["actual"] * 4:
                facts.append("late")
            r["note"] = choice(rng, [text for text, need in RESULT_NOTES if need in facts])
    return results


# --------------------------------------------------------------------------
# Monthly capability assessments
# --------------------------------------------------------------------------

def make_assessments(rng, partners, by_pq):
    rows = []
    active = [p for p in partners if p["status"] != "已流失"]
    # annual sales: the last four quarters, annualised for newer partners
    for p in active:
        total, quarters = 0, 0
        for q in range(QUARTER_COUNT - 4, QUARTER_COUNT):
            if q >= p["jq"]:
                quarters += 1
                total += sum(l["fen"] for l in by_pq.get((p["n"], q), []))
        annual = total / 100.0 * 4.0 / quarters if quarters else 0.0
        x = (math.log10(max(annual, 1.0)) - math.log10(3e5)) / (math.log10(2e7) - math.log10(3e5))
        x = clamp(x, 0.0, 1.0)
        cert = {"专家": 0.3, "进阶": 0.1, "基础": -0.2}.get(p["cert"], 0.0)
        prod = 3.1 + 5.3 * x ** 1.8 + cert + 0.45 * normal(rng)
        p["dims"] = [prod,
                     4.0 + 0.45 * prod + 0.5 * normal(rng),
                     4.5 + 0.4 * prod + 0.5 * normal(rng)]
        p["drift"] = 0.025 + 0.02 * normal(rng)
        p["annual"] = annual
        p["falling"] = []
        p["weak"] = None

    # One weak dimension: otherwise sound partners with sales execution or
    # customer service below 5.
    sound = [p for p in active if p["tier"] in ("钻石", "金牌", "银牌")]
    for p in pick_k(rng, sound, 45):
        d = 1 + rng.randrange(2)
        p["dims"][d] = 3.2 + 1.5 * rng.random()
        p["weak"] = d
    # Falling over the last three months (Aug-Oct), watch-listed partners first.
    settled = [p for p in active if p["joined"] <= datetime.date(2026, 5, 31)]
    falling = pick_k(rng, settled, 60, lambda p: 6.0 if p["status"] == "重点关注" else 1.0)
    for p in falling:
        dims = [rng.randrange(3)]
        if rng.random() < 0.4:
            dims = [0, 1, 2]
        p["falling"] = [(d, 0.4 + 0.5 * rng.random()) for d in dims]

    for year, month in ASSESS_MONTHS:
        day = assessment_date(year, month)
        m = month - 1                                  # 0 .. 9
        for p in active:
            if p["joined"] > day:
                continue
            vals = []
            for d in range(3):
                v = p["dims"][d] + p["drift"] * m + 0.18 * normal(rng)
                drop = [x for dd, x in p["falling"] if dd == d]
                if drop and m >= 6:                     # July is the last good month
                    v = p["dims"][d] + p["drift"] * 6 - drop[0] * (m - 6)
                vals.append(clamp(iround(v * 10.0), 0, 100))
            rows.append([p["code"], day.isoformat()] + [score(t) for t in vals])
    return rows


# --------------------------------------------------------------------------
# The messy regional results sheet (zip + hand-written XML, as in
# scripts/make-xlsx-fixtures.py)
# --------------------------------------------------------------------------

FIXED_TIME = (2026, 10, 8, 9, 30, 0)
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
SS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

# cellXfs: 0 General, 1 title, 2 header, 3 amount #,##0.00, 4 percent 0%, 5 grey note
STYLE_TITLE, STYLE_HEADER, STYLE_AMOUNT, STYLE_PERCENT, STYLE_NOTE = 1, 2, 3, 4, 5
XLSX_STYLES = (
    f'{XML_DECL}<styleSheet xmlns="{NS_MAIN}">'
    '<fonts count="4"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>'
    '<font><b/><sz val="14"/><name val="等线"/><family val="2"/><charset val="134"/></font>'
    '<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>'
    '<font><sz val="10"/><color rgb="FF808080"/><name val="等线"/><family val="2"/>'
    '<charset val="134"/></font>'
    '</fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/>'
    '</patternFill></fill>'
    '</fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
    '<alignment horizontal="center" vertical="center"/></xf>'
    '<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
    '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>')


def write_zip(path, entries):
    """entries: (name, str) in order; every entry deflated, fixed timestamp."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, data.encode("utf-8"), compresslevel=9)


class Strings:
    """The shared-string table, in first-use order."""

    def __init__(self):
        self.index = {}
        self.items = []
        self.uses = 0

    def add(self, text):
        self.uses += 1
        if text not in self.index:
            self.index[text] = len(self.items)
            keep = ' xml:space="preserve"' if text != text.strip() else ""
            self.items.append(f"<si><t{keep}>{escape(text)}</t></si>")
        return self.index[text]

    def xml(self):
        return (f'{XML_DECL}<sst xmlns="{NS_MAIN}" count="{self.uses}" uniqueCount="{len(self.items)}">'
                f'{"".join(self.items)}</sst>')


def col_letter(c):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[c]


def sheet_xml(sst, rows, widths, merges=""):
    """rows: [(row number, [cell or None], height or None)]; a cell is
    ("s", text, style) or ("n", number text, style)."""
    out, last_col, last_row = [], 0, 1
    for number, cells, height in rows:
        xs = []
        for c, cell in enumerate(cells):
            if cell is None:
                continue
            kind, value, style = cell
            ref = f"{col_letter(c)}{number}"
            s = f' s="{style}"' if style else ""
            if kind == "s":
                xs.append(f'<c r="{ref}"{s} t="s"><v>{sst.add(value)}</v></c>')
            else:
                xs.append(f'<c r="{ref}"{s}><v>{value}</v></c>')
            last_col = max(last_col, c)
        last_row = max(last_row, number)
        ht = f' ht="{height}" customHeight="1"' if height else ""
        out.append(f'<row r="{number}"{ht}>{"".join(xs)}</row>')
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>'
                   for i, w in enumerate(widths))
    return (f'{XML_DECL}<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
            f'<dimension ref="A1:{col_letter(last_col)}{last_row}"/>'
            '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="14.25"/>'
            f'<cols>{cols}</cols><sheetData>{"".join(out)}</sheetData>{merges}'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            '</worksheet>')


def xlsx_package(path, sheets, sst):
    """sheets: [(name, worksheet xml)]. Writes the parts Excel writes, in its order."""
    n = len(sheets)
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{NS_REL}/worksheet" '
                   f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
    rels += (f'<Relationship Id="rId{n + 1}" Type="{NS_REL}/styles" Target="styles.xml"/>'
             f'<Relationship Id="rId{n + 2}" Type="{NS_REL}/sharedStrings" Target="sharedStrings.xml"/>')
    sheet_list = "".join(f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                         for i, (name, _) in enumerate(sheets))
    workbook = (f'{XML_DECL}<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}"><workbookPr/>'
                f'<bookViews><workbookView activeTab="0"/></bookViews><sheets>{sheet_list}</sheets>'
                '</workbook>')
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                        f'ContentType="{SS_CT}.worksheet+xml"/>' for i in range(n))
    content_types = (
        f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{SS_CT}.sheet.main+xml"/>{overrides}'
        f'<Override PartName="/xl/styles.xml" ContentType="{SS_CT}.styles+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SS_CT}.sharedStrings+xml"/></Types>')
    root_rels = (f'{XML_DECL}<Relationships xmlns="{NS_PKG_REL}"><Relationship Id="rId1" '
                 f'Type="{NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    entries = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
               ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels",
                f'{XML_DECL}<Relationships xmlns="{NS_PKG_REL}">{rels}</Relationships>')]
    entries += [(f"xl/worksheets/sheet{i + 1}.xml", xml) for i, (_, xml) in enumerate(sheets)]
    entries += [("xl/styles.xml", XLSX_STYLES), ("xl/sharedStrings.xml", sst.xml())]
    write_zip(path, entries)


def number_text(fen):
    """Fen as the number an Excel cell stores: 1234567.5, 88, -5000."""
    text = yuan(fen)
    return text.rstrip("0").rstrip(".") if "." in text else text


def make_messy_sample(rng, path, partners, results):
    """The 华东 2026Q3 results as a regional office sends them. Returns the
    list of (Excel row, description) of the deliberate errors."""
    q = QUARTER_COUNT - 1
    east = [results[(p["n"], q)] for p in partners
            if p["region"] == "华东" and (p["n"], q) in results
            and results[(p["n"], q)]["target"] > 0 and results[(p["n"], q)]["actual"] > 0]
    # HD-0012 gets the full-width code, so it is always in the sample
    pinned = [r for r in east if r["p"]["code"] == "HD-0012"]
    rest = [r for r in east if r["p"]["code"] != "HD-0012"]
    picked = pick_k(rng, rest, 40 - len(pinned) + 5)
    good, spare = picked[:40 - len(pinned)], picked[40 - len(pinned):]
    good = sorted(good + pinned, key=lambda r: r["p"]["n"])

    def amount_cell(fen, as_text):
        if as_text == "yen":
            return ("s", "¥" + grouped(fen), 0)
        if as_text == "plain":
            return ("s", grouped(fen), 0)
        return ("n", number_text(fen), STYLE_AMOUNT)

    def data_row(r, quarter=None, code=None):
        p = r["p"]
        quarter = quarter or ("2026年第3季度" if rng.random() < 0.4 else "2026Q3")
        u = rng.random()
        actual_kind = "yen" if u < 0.35 else "plain" if u < 0.45 else "num"
        paid_kind = "yen" if rng.random() < 0.2 else "num"
        target_kind = "yen" if rng.random() < 0.1 else "num"
        pct = r["sat"].rstrip("%")
        u = rng.random()
        if u < 0.45:
            sat = ("n", str(round(float(pct) / 100.0, 4)), STYLE_PERCENT)
        elif u < 0.6:
            sat = ("n", str(round(float(pct) / 100.0, 4)), 0)
        else:
            sat = ("s", r["sat"], 0)
        return [("s", code or p["code"], 0), ("s", quarter, 0),
                amount_cell(r["target"], target_kind), amount_cell(r["actual"], actual_kind),
                amount_cell(r["paid"], paid_kind), ("n", str(r["new"]), 0), sat,
                ("n", str(r["visits"]), 0), ("s", r["note"], 0) if r["note"] else None]

    body = [data_row(r, code="ＨＤ-００１２" if r["p"]["code"] == "HD-0012" else None) for r in good]
    # stray spaces around a few cells (an amount becomes text then)
    for k, col in [(3, 0), (11, 1), (19, 3), (27, 0)]:
        kind, value, style = body[k][col]
        if kind == "n":
            value = grouped(iround(float(value) * 100))
        body[k][col] = ("s", " " + value + ("  " if col == 0 else " "), 0)
    # satisfaction written as 1 (meant as 100 %) on the best-rated row
    best = max(range(len(good)), key=lambda k: (float(good[k]["sat"].rstrip("%")), -k))
    body[best][6] = ("n", "1", 0)
    body[15][8] = ("s", "=SUM(A1:A3)", 0)        # must stay text
    body[30][8] = ("s", "含上季度遗漏订单2笔", 0)

    # the bad rows: (inserted after good row k, cells, description)
    bad = []
    row = data_row(dict(spare[0], note=""), quarter="2026Q3", code="HD-9999")
    bad.append((5, row, "伙伴编号 HD-9999: no such partner"))
    row = data_row(spare[1], quarter="2026Q3")
    row[3] = ("n", "-5000", STYLE_AMOUNT)
    bad.append((12, row, "实际销售额 -5000: negative amount"))
    row = data_row(spare[2], quarter="2026年第3季度")
    row[3] = ("s", "一百万", 0)
    bad.append((18, row, "实际销售额 \"一百万\": not a number"))
    row = data_row(spare[3], quarter="2026Q3")
    row[2] = None
    bad.append((24, row, "销售目标 empty: required value missing"))
    row = data_row(spare[4], quarter="2026Q5")
    bad.append((31, row, "季度 2026Q5: no such quarter"))
    # the same partner and quarter as an earlier row, the quarter spelt the other way
    dup_of = 9
    row = list(body[dup_of])
    spelt = row[1][1].strip()
    row[1] = ("s", "2026Q3" if spelt == "2026年第3季度" else "2026年第3季度", 0)
    bad.append((36, row, None))

    header = ["伙伴编号", "季度", "销售目标（元）", "实际销售额（元）", "回款额", "新客户数",
              "满意度", "拜访次数", "备注"]
    sst = Strings()
    rows = [(1, [("s", "华东区 2026年第3季度 渠道伙伴业绩汇总", STYLE_TITLE)], 28),
            (3, [("s", "数据来源：华东大区办公室 截至 2026-10-08", STYLE_NOTE)], None),
            (4, [("s", h, STYLE_HEADER) for h in header], None)]
    errors, first_row_of, number = [], {}, 5
    inserts = {after: (cells, what) for after, cells, what in bad}
    for k, cells in enumerate(body):
        rows.append((number, cells, None))
        first_row_of[k] = number
        number += 1
        if k in inserts:
            cells, what = inserts[k]
            if what is None:
                what = ("伙伴编号+季度 %s/2026Q3 again: duplicates row %d (quarter spelt \"%s\" there)"
                        % (good[dup_of]["p"]["code"], first_row_of[dup_of], spelt))
            rows.append((number, cells, None))
            errors.append((number, what))
            number += 1
    notes = [("row %d: 满意度 1 (read as 100 %%)" % first_row_of[best]),
             ("row %d: 备注 \"=SUM(A1:A3)\", stored as text" % first_row_of[15]),
             ("row %d: 伙伴编号 in full-width characters (ＨＤ-００１２)"
              % first_row_of[[r["p"]["code"] for r in good].index("HD-0012")])]
    sheet = sheet_xml(sst, rows, [12, 15, 16, 18, 16, 10, 9, 10, 24],
                      '<mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells>')
    about = sheet_xml(sst, [
        (1, [("s", "填表说明", STYLE_HEADER)], None),
        (2, [("s", "1. 每个伙伴每季度填写一行，伙伴编号以总部系统为准。", 0)], None),
        (3, [("s", "2. 金额单位为元，可保留两位小数；回款额为本季度实际到账金额。", 0)], None),
        (4, [("s", "3. 满意度填写百分比，例如 92%。", 0)], None),
        (5, [("s", "4. 拜访次数为季度末前30天的客户拜访次数。", 0)], None),
        (6, [("s", "5. 本表由华东大区办公室汇总，于每季度结束后10日内报送渠道管理部。", 0)], None),
    ], [70])
    xlsx_package(path, [("业绩", sheet), ("说明", about)], sst)
    return errors, notes


# --------------------------------------------------------------------------

def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    out = argv[1] if len(argv) > 1 else os.path.join(here, os.pardir, "data")
    out = os.path.normpath(out)
    partners = read_partners(os.path.join(out, "partners.csv"))

    make_plans(random.Random(SEED), partners)
    lines, by_pq = make_ledger(random.Random(SEED + 1), partners)
    results = make_results(random.Random(SEED + 2), partners, by_pq)
    number_orders(lines)
    assessments = make_assessments(random.Random(SEED + 3), partners, by_pq)

    files = []
    ledger_rows = [[l["order"], l["code"], l["date"].isoformat(), l["product"], yuan(l["fen"])]
                   for l in lines]
    files.append(("ledger.csv", render_csv(LEDGER_HEADER, ledger_rows), len(ledger_rows)))
    result_rows = []
    for k in sorted(results, key=lambda k: (k[1], k[0])):
        r = results[k]
        result_rows.append([r["p"]["code"], quarter_label(r["q"]), yuan(r["target"]), yuan(r["actual"]),
                            yuan(r["paid"]), str(r["new"]), r["sat"], str(r["visits"]), r["note"]])
    files.append(("results.csv", render_csv(RESULTS_HEADER, result_rows), len(result_rows)))
    files.append(("assessments.csv", render_csv(ASSESS_HEADER, assessments), len(assessments)))

    for name, data, count in files:
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        print("wrote %s (%d rows, %d bytes)" % (os.path.join(out, name), count, len(data)))

    os.makedirs(os.path.join(out, "samples"), exist_ok=True)
    sample = os.path.join(out, "samples", "results-2026Q3-east.xlsx")
    errors, notes = make_messy_sample(random.Random(SEED + 4), sample, partners, results)
    print("wrote %s (%d bytes); bad rows:" % (sample, os.path.getsize(sample)))
    for n, what in errors:
        print("  row %d: %s" % (n, what))
    print("  and, valid but odd: " + "; ".join(notes))


if __name__ == "__main__":
    main(sys.argv)
