#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus in tests/fuzz/corpus/ from the project's own
fixtures and a few hand-made inputs, one folder per target (csv, xlsx, values).

Deterministic, standard library only; running it again reproduces the committed
files. The xlsx seeds come twice: as the zip itself, and as the "--- part" text
the xlsx harness zips itself (tests/fuzz/FuzzHarness.h), so mutations of the
second kind reach the XML readers. Usage: scripts/make-fuzz-corpus.py
"""
import glob
import hashlib
import os
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus")


def put(target, data, name=None):
    folder = os.path.join(OUT, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = name or hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def head(path, lines):
    with open(path, "rb") as f:
        return b"".join(f.readline() for _ in range(lines))


def csv_seeds():
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "csv", "*"))):
        put("csv", open(path, "rb").read(), os.path.basename(path))
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "*.csv"))):
        put("csv", head(path, 12), "head-" + os.path.basename(path))
    text = ("季度业绩汇总\r\n\r\n伙伴编号,季度,销售目标(元),实际销售额(元),回款额,新客户数,客户满意度,30天拜访,备注\r\n"
            "HZ-0001,2026年第1季度,\"¥1,200,000.00\",1180000,1000000,3,92%,12,\"多行\r\n备注\"\r\n"
            "ＨＺ－０００２,2026Q1,0,-5,1e3,１２,0.92,1,=HYPERLINK(\"x\")\r\n")
    put("csv", text, "title-rows-crlf.csv")
    put("csv", b"\xef\xbb\xbf" + text.encode("utf-8"), "utf8-bom.csv")
    put("csv", b"\xff\xfe" + text.encode("utf-16-le"), "utf16le-bom.csv")
    put("csv", b"\xfe\xff" + text.encode("utf-16-be"), "utf16be-bom.csv")
    put("csv", text.replace(",", ";").encode("gb18030"), "semicolon-gb18030.csv")
    put("csv", text.replace(",", "\t").replace("\r\n", "\n").encode("utf-8"), "tabs-lf.txt")
    put("csv", "code,name\n\"unterminated,quote\nHZ-1,\"\"\"x\"\"\"\n¥,€\n".encode("gb18030"), "quotes.csv")


def xlsx_seeds():
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "data", "xlsx", "*.xlsx")))
    paths += sorted(glob.glob(os.path.join(ROOT, "data", "samples", "*.xlsx")))
    for path in paths:
        name = os.path.basename(path)
        put("xlsx", open(path, "rb").read(), name)
        try:
            with zipfile.ZipFile(path) as z:
                parts = []
                for info in z.infolist():
                    if info.file_size > 64 * 1024:
                        continue  # the bombs stay zips; as text they would only be big
                    parts.append(b"--- " + info.filename.encode("utf-8") + b"\n" + z.read(info))
                if parts:
                    put("xlsx", b"\n".join(parts), os.path.splitext(name)[0] + ".parts")
        except zipfile.BadZipFile:
            pass  # the renamed CSV and the old binary format are seeds only as they are


VALUES = [
    "¥1,234,567.50", "(1,234.00)", "1234.5元", "-0.005", "１２３４．５", "1E3", "8.6999999999999993",
    "92%", "92.5 %", "９２％", "0.92", "1", "0", "1000%", "-5%",
    "2026Q1", "2026年第1季度", "2026 q4", "2026年4季度",
    "2024/3/5", "2024-03-05", "2024.3.5", "2024年3月5日", "2024年3月5号", "20240305",
    "2024-03-05 10:30:00", "3/5/2024", "45000", "60", "1", "2958465",
    "12", "1,200", "12.0", "1.2E3", "12.5", "8.7分", "10", "4h", "72.5",
    "钻石", "Diamond", "金牌", "silver", " 　12 ", "=1+1", "@SUM(A1)", "\u200b12\ufeff",
]


def value_seeds():
    for value in VALUES:
        put("values", value)


if __name__ == "__main__":
    csv_seeds()
    xlsx_seeds()
    value_seeds()
