#!/usr/bin/env python3
"""Writes the .xlsx test fixtures in tests/data/xlsx/ from hand-written XML parts.

Standard library only, and deterministic (fixed entry order and timestamps), so
running it again reproduces the committed files byte for byte. Usage:
    scripts/make-xlsx-fixtures.py [OUTPUT_DIR]
"""
import datetime
import os
import sys
import zipfile
from xml.sax.saxutils import escape

FIXED_TIME = (2026, 1, 1, 0, 0, 0)
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_DOC = NS_REL + "/officeDocument"
REL_SHEET = NS_REL + "/worksheet"
REL_STRINGS = NS_REL + "/sharedStrings"
REL_STYLES = NS_REL + "/styles"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_zip(path, entries):
    """entries: (name, bytes or str) in order; every entry deflated, fixed timestamp."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data, compresslevel=9)


def serial(day, date1904=False):
    """The serial Excel stores for a day, in the 1900 or 1904 date system."""
    if date1904:
        return (day - datetime.date(1904, 1, 1)).days
    return (day - datetime.date(1899, 12, 30)).days  # valid from 1900-03-01 on


# --- cells -------------------------------------------------------------------

def num(ref, value, style=None):
    s = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def shared(ref, index, style=None):
    s = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{s} t="s"><v>{index}</v></c>'


def inline(text, ref=None):
    r = f' r="{ref}"' if ref else ""
    return f'<c{r} t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def row(number, cells, extra=""):
    r = f' r="{number}"' if number is not None else ""
    return f"<row{r}{extra}>{''.join(cells)}</row>"


def worksheet(rows, after="", prefix=""):
    p = prefix + ":" if prefix else ""
    ns = f'xmlns:{prefix}="{NS_MAIN}"' if prefix else f'xmlns="{NS_MAIN}"'
    return (f'{XML_DECL}<{p}worksheet {ns} xmlns:r="{NS_REL}"><{p}dimension ref="A1"/>'
            f"<{p}sheetData>{''.join(rows)}</{p}sheetData>{after}</{p}worksheet>")


class Strings:
    """The shared-string table: plain items by text, rich-text items as raw XML."""

    def __init__(self):
        self.items = []

    def add(self, text):
        item = f"<si><t>{escape(text)}</t></si>" if not text.startswith("<") else text
        if item in self.items:
            return self.items.index(item)
        self.items.append(item)
        return len(self.items) - 1

    def xml(self):
        n = len(self.items)
        return f'{XML_DECL}<sst xmlns="{NS_MAIN}" count="{n}" uniqueCount="{n}">{"".join(self.items)}</sst>'


def styles(custom, xf_formats):
    fmts = "".join(f'<numFmt numFmtId="{i}" formatCode="{escape(code, {chr(34): "&quot;"})}"/>'
                   for i, code in custom)
    xfs = "".join(f'<xf numFmtId="{f}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>'
                  for f in xf_formats)
    # A date-looking number format in cellStyleXfs and in dxfs must not count.
    return (f'{XML_DECL}<styleSheet xmlns="{NS_MAIN}"><numFmts count="{len(custom)}">{fmts}</numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(xf_formats)}">{xfs}</cellXfs>'
            '<dxfs count="1"><dxf><numFmt numFmtId="0" formatCode="yyyy-mm-dd"/></dxf></dxfs>'
            "</styleSheet>")


def package(path, sheets, strings=None, style_xml=None, date1904=None, absolute=False, workbook_pr=True):
    """sheets: (name, worksheet xml). Writes the parts Excel writes, in Excel's order."""
    def target(part):  # part is relative to xl/
        return "/xl/" + part if absolute else part

    rels = [(f"rId{i + 1}", REL_SHEET, target(f"worksheets/sheet{i + 1}.xml")) for i in range(len(sheets))]
    if style_xml:
        rels.append((f"rId{len(rels) + 1}", REL_STYLES, target("styles.xml")))
    if strings:
        rels.append((f"rId{len(rels) + 1}", REL_STRINGS, target("sharedStrings.xml")))
    pr = ""
    if workbook_pr:
        pr = f'<workbookPr date1904="{date1904}"/>' if date1904 else "<workbookPr/>"
    sheet_list = "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                         for i, (n, _) in enumerate(sheets))
    workbook = (f'{XML_DECL}<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">{pr}'
                f"<bookViews><workbookView/></bookViews><sheets>{sheet_list}</sheets></workbook>")
    workbook_rels = (f'{XML_DECL}<Relationships xmlns="{NS_PKG_REL}">'
                     + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
                     + "</Relationships>")
    root_target = "/xl/workbook.xml" if absolute else "xl/workbook.xml"
    root_rels = (f'{XML_DECL}<Relationships xmlns="{NS_PKG_REL}">'
                 f'<Relationship Id="rId1" Type="{REL_DOC}" Target="{root_target}"/></Relationships>')
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="{ct}.worksheet+xml"/>'
                        for i in range(len(sheets)))
    content_types = (f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>{overrides}</Types>')
    entries = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
               ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbook_rels)]
    entries += [(f"xl/worksheets/sheet{i + 1}.xml", xml) for i, (_, xml) in enumerate(sheets)]
    if style_xml:
        entries.append(("xl/styles.xml", style_xml))
    if strings:
        entries.append(("xl/sharedStrings.xml", strings.xml()))
    write_zip(path, entries)


# --- the well-formed workbooks ------------------------------------------------

# Cell styles (index in cellXfs): 0 General, 1 built-in date 14, 2 Chinese date,
# 3 yyyy/m/d, 4 [$-804] Chinese date, 5 percent (10), 6 "m"0, 7 [Red]0.
SALES_STYLES = styles([(176, 'yyyy"年"m"月"d"日"'), (177, "yyyy/m/d"), (178, "[$-804]yyyy年m月d日"),
                       (179, '"m"0'), (180, "[Red]0")],
                      [0, 14, 176, 177, 178, 10, 179, 180])


def sales_workbook(path, date1904):
    d = lambda y, m, day: serial(datetime.date(y, m, day), date1904)  # noqa: E731
    sst = Strings()
    blank = sst.add("   ")
    title = sst.add("2026年第一季度伙伴销售明细")
    headers = [sst.add(h) for h in ["伙伴编号", "伙伴名称", "实际销售额(元)", "签约日期", "加入日期",
                                    "评估日期", "达标", "备注"]]
    rich = sst.add('<si><r><t xml:space="preserve">华东 </t></r><r><rPr><b/></rPr><t>精诚科技</t></r>'
                   '<rPh sb="0" eb="2"><t>ハトウ</t></rPh><phoneticPr fontId="1"/></si>')
    name2 = sst.add("A&B <渠道> 公司")
    name3 = sst.add("第一行_x000D_\n第二行")
    note = sst.add("备注：以上数据为初稿")
    p1, p2, p3 = sst.add("P0001"), sst.add("P0002"), sst.add("P0003")

    cover = worksheet([row(1, [shared("A1", blank), '<c r="B1" s="1"/>'])])
    styled_blanks = [f'<c r="{c}1" s="0"/>' for c in "BCDEFGH"]
    if date1904:
        odd_days = [num("D6", 0, 1), num("E6", 1, 2)]  # 1904-01-01, 1904-01-02
        leap_day = num("B8", 59, 3)  # 1904-02-29, a real day
    else:
        odd_days = [num("D6", 60, 1), num("E6", 61, 2)]  # the phantom 1900-02-29, then 1900-03-01
        leap_day = num("B8", 59, 3)  # 1900-02-28
    sales = worksheet([
        row(1, [shared("A1", title)] + styled_blanks, ' ht="24" customHeight="1"'),
        row(2, ['<c r="A2" s="1"/>', '<c r="B2" s="2"/>']),  # formatted but blank
        row(3, [shared(f"{c}3", h) for c, h in zip("ABCDEFGH", headers)]),
        row(4, [shared("A4", p1), shared("B4", rich), num("C4", "1234567.5"), num("D4", d(2024, 1, 1), 1),
                num("E4", d(2024, 3, 15), 2), num("F4", d(2024, 5, 1), 3), '<c r="G4" t="b"><v>1</v></c>',
                '<c r="H4" t="str"><f>IF(C4&gt;0,"优先跟进","")</f><v>优先跟进</v></c>']),
        row(5, [shared("A5", p2), shared("B5", name2), num("C5", "-0.25"), num("D5", f"{d(2024, 1, 1)}.75", 1),
                num("F5", d(2026, 12, 31), 4), '<c r="G5" t="b"><v>0</v></c>',
                '<c r="H5" t="e"><f>VLOOKUP(A5,X:Y,2,0)</f><v>#N/A</v></c>']),
        row(6, [shared("A6", p3), shared("B6", name3), num("C6", "1E-3")] + odd_days
            + [num("F6", "0.92", 5), num("G6", 5, 7), num("H6", 3, 6)]),
        row(8, [shared("A8", note), leap_day]),
    ], after='<mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells>')
    partners = worksheet([
        row(1, [inline("编号", "A1"), inline("名称", "B1")]),
        row(2, [shared("A2", p1), shared("B2", rich)]),
        row(3, [shared("A3", p2), inline("  ", "B3")]),
    ])
    package(path, [("封面", cover), ("销售", sales), ("伙伴", partners)], strings=sst,
            style_xml=SALES_STYLES, date1904="1" if date1904 else None)


def erp_inline(path):
    """As some ERP exports write: inline strings only, a prefixed namespace, absolute
    targets, rows and cells without r, and date1904="true"."""
    date = serial(datetime.date(2024, 1, 2), True)
    x = lambda cells: "".join(c.replace("<c", "<x:c").replace("</c>", "</x:c>").replace("<is>", "<x:is>")  # noqa
                              .replace("</is>", "</x:is>").replace("<t>", "<x:t>").replace("</t>", "</x:t>")
                              .replace("<v>", "<x:v>").replace("</v>", "</x:v>")
                              .replace("<r>", "<x:r>").replace("</r>", "</x:r>") for c in cells)
    r = lambda number, cells: (f'<x:row{f" r={chr(34)}{number}{chr(34)}" if number else ""}>'  # noqa
                               f"{x(cells)}</x:row>")
    sheet = worksheet([
        r(None, [inline("订单号"), inline("伙伴编号"), inline("日期"), inline("金额")]),
        r(None, [inline("SO-1"), inline("P0001"), f'<c s="1"><v>{date}</v></c>', '<c t="n"><v>100.5</v></c>']),
        r(5, [inline("SO-2"), '<c r="D5"><v>7</v></c>', '<c t="inlineStr"><is><r><t>多</t></r><r><t>段</t></r></is></c>']),
        r(None, [inline("SO-3")]),
    ], prefix="x")
    style_xml = styles([], [0, 14])
    package(path, [("Export", sheet)], style_xml=style_xml, date1904="true", absolute=True)


# --- hostile files -------------------------------------------------------------

def rewrite(path, change):
    """Rewrites a package, each entry's data passed through change(name, data) (None drops it)."""
    with zipfile.ZipFile(path) as z:
        entries = [(n, change(n, z.read(n))) for n in z.namelist()]
    write_zip(path, [(n, d) for n, d in entries if d is not None])


def zip_bomb(path):
    # 50 MB of spaces packs to about 50 KB: a 1000:1 ratio no real sheet has.
    spaces = b" " * (50 * 1024 * 1024)
    head = f'{XML_DECL}<worksheet xmlns="{NS_MAIN}"><sheetData>'.encode()
    package(path, [("Sheet1", "")])
    rewrite(path, lambda n, d: head + spaces + b"</sheetData></worksheet>" if n.endswith("sheet1.xml") else d)


def billion_laughs(path):
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    sheet = (f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>'
             f'<worksheet xmlns="{NS_MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t>'
             "</is></c></row></sheetData></worksheet>")
    package(path, [("Sheet1", sheet)])


def deep_nesting(path):
    deep = "<x>" * 70 + "</x>" * 70
    sheet = worksheet([row(1, [inline("编号", "A1")]), row(2, [f'<c r="B2"><extLst>{deep}</extLst></c>'])])
    package(path, [("Sheet1", sheet)])


def long_cells(path):
    sst = Strings()
    head = sst.add("标题")
    long_shared = sst.add("长" * 40000)
    rows = [row(1, [shared("A1", head)])] + [row(i, [inline(f"第{i}行", f"A{i}")]) for i in range(2, 12)]
    rows.append(row(12, [inline("P0012", "A12"), inline("正常", "B12"), inline("x" * 32768, "C12")]))
    at_limit = worksheet([row(1, [inline("y" * 32767, "A1")])])
    package(path, [("销售", worksheet(rows)), ("共享", worksheet([row(2, [shared("B2", long_shared)])])),
                   ("刚好", at_limit)], strings=sst)


def damaged(path):
    sst = Strings()
    sst.add("唯一")
    too_far = worksheet([row(1, [inline("A", "A1")]), row(2, [inline("B", "XFD2"), inline("C", "XFE2")])])
    no_refs = worksheet([row(1, ["<c><v>1</v></c>" * 16385])])
    bad_index = worksheet([row(1, [shared("A1", 0)]), row(2, [shared("A2", 99)])])
    truncated = worksheet([row(1, [inline("A", "A1")])])[:-40]
    bad_ref = worksheet([row(1, [inline("A", "1A")])])
    bad_row = worksheet([row(1, [inline("A", "A1")]), row(0, [inline("B", "A2")])])
    package(path, [("列超界", too_far), ("无引用", no_refs), ("坏索引", bad_index), ("残缺", truncated),
                   ("坏引用", bad_ref), ("坏行号", bad_row)], strings=sst)


def cuts(path):
    """Sheets that test where the reader may cut a sheet into pieces parsed side by
    side: "</row>" inside CDATA, a comment and a processing instruction, rows after a
    row without a number, rows out of order, and rows after </sheetData>, which are
    not the sheet's. Read cut at every row, each must give what one piece gives."""
    traps = worksheet([
        row(1, [inline("编号", "A1"), inline("备注", "B1")]),
        row(2, [inline("P1", "A2"), '<c r="B2" t="inlineStr"><is><t><![CDATA[a</row>b]]></t></is></c>']),
        "<!-- a comment with </row> in it -->",
        row(3, [inline("P2", "A3"), "<!-- </row> -->", inline("c", "B3")]),
        '<?note </row> ?>',
        row(4, [inline("P3", "A4"), num("B4", 4)]),
    ])
    # Rows after </sheetData> (well-formed, not valid): a cut after one of them would
    # parse the next as a row of the sheet.
    tail = worksheet([row(1, [inline("A", "A1")]), row(2, [inline("B", "A2")])],
                     after=row(9, [inline("after", "A9")]) + row(10, [inline("the end", "A10")]))
    unnumbered = worksheet([row(1, [inline("A", "A1")]), row(None, [inline("B", "A2")]),
                            row(None, [inline("C", "A3")]), row(7, [inline("D", "A7")]), row(None, [inline("E")])])
    unnumbered_back = worksheet([row(1, [inline("A", "A1")]), row(None, [inline("B", "A2")]),
                                 row(None, [inline("C", "A3")]), row(3, [inline("D", "A3")])])
    disorder = worksheet([row(1, [inline("A", "A1")]), row(3, [inline("B", "A3")]), row(2, [inline("C", "A2")])])
    repeated = worksheet([row(1, [inline("A", "A1")]), row(2, [inline("B", "A2")]), row(2, [inline("C", "A2")])])
    blank_repeat = worksheet([row(1, [inline("A", "A1")]), row(2, ['<c r="A2"/>']), row(2, [inline("C", "A2")])])
    # Shared strings are put into cells after the pieces are parsed, so only then
    # is a row of blank strings known to be blank; a cell given twice keeps its last value.
    sst = Strings()
    spaces, ideographic, name = sst.add("   "), sst.add("\u3000"), sst.add("P4")
    blank_strings = worksheet([
        row(1, [inline("编号", "A1")]),
        row(2, [shared("A2", spaces), shared("B2", ideographic)]),
        row(3, [shared("A3", name), shared("B3", spaces)]),
        row(4, [shared("A4", name), num("A4", 5)]),
        row(5, [num("A5", 6), shared("A5", name)]),
        row(6, [shared("A6", spaces), num("A6", 7)]),
        row(7, [shared("B7", name), shared("A7", spaces), num("B7", 8)]),
    ])
    # The single parse stops at a string the table lacks even when its column comes again.
    overwritten_bad_index = worksheet([row(1, [inline("编号", "A1")]), row(2, [shared("A2", 99), num("A2", 5)])])
    package(path, [("陷阱", traps), ("尾部", tail), ("无行号", unnumbered), ("无行号后倒退", unnumbered_back), ("乱序", disorder), ("重复", repeated),
                   ("空行重复", blank_repeat), ("空白串", blank_strings), ("覆盖坏索引", overwritten_bad_index)], strings=sst)


def missing_parts(path):
    """A sheet whose part is not in the zip, and one with no relationship at all."""
    sheet = worksheet([row(1, [inline("A", "A1")])])
    package(path, [("缺失", sheet), ("无关系", sheet)])
    rewrite(path, lambda n, d: None if n == "xl/worksheets/sheet1.xml" else
            d.replace(b'r:id="rId2"', b'r:id="rId9"') if n == "xl/workbook.xml" else d)


def no_sheets(path):
    package(path, [])


def styles_dtd(path):
    """A DTD in a part other than the sheet: the whole workbook is refused."""
    dtd = '<!DOCTYPE styleSheet [<!ENTITY x "x">]>'
    package(path, [("Sheet1", worksheet([row(1, [inline("A", "A1")])]))],
            style_xml=SALES_STYLES.replace(XML_DECL, XML_DECL + dtd))


def declared_huge(path):
    """A small sheet whose zip headers claim it unpacks to 1.25 GiB."""
    package(path, [("Sheet1", worksheet([row(1, [inline("A", "A1")])]))])
    data = bytearray(open(path, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    huge = (5 << 28).to_bytes(4, "little")
    local = data.find(b"PK\x03\x04")
    while local >= 0:  # local headers: size at +22, name at +30
        if data[local + 30:local + 30 + len(name)] == name:
            data[local + 22:local + 26] = huge
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:  # central headers: size at +24, name at +46
        if data[central + 46:central + 46 + len(name)] == name:
            data[central + 24:central + 28] = huge
        central = data.find(b"PK\x01\x02", central + 4)
    open(path, "wb").write(bytes(data))


def empty(path):
    package(path, [("Sheet1", worksheet([row(1, ['<c r="A1" s="0"/>'])])), ("Sheet2", worksheet([]))])


def no_workbook(path):
    write_zip(path, [("readme.txt", "这不是工作簿\n")])


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests", "data", "xlsx")
    os.makedirs(out, exist_ok=True)
    p = lambda name: os.path.join(out, name)  # noqa: E731
    sales_workbook(p("sales-1900.xlsx"), False)
    sales_workbook(p("sales-1904.xlsx"), True)
    erp_inline(p("erp-inline.xlsx"))
    empty(p("empty.xlsx"))
    zip_bomb(p("zip-bomb.xlsx"))
    billion_laughs(p("billion-laughs.xlsx"))
    deep_nesting(p("deep-nesting.xlsx"))
    long_cells(p("long-cells.xlsx"))
    damaged(p("damaged.xlsx"))
    cuts(p("cuts.xlsx"))
    declared_huge(p("declared-huge.xlsx"))
    no_workbook(p("no-workbook.xlsx"))
    missing_parts(p("missing-parts.xlsx"))
    no_sheets(p("no-sheets.xlsx"))
    styles_dtd(p("styles-dtd.xlsx"))
    with open(p("renamed-csv.xlsx"), "wb") as f:
        f.write("伙伴编号,伙伴名称\r\nP0001,华东精诚科技\r\n".encode("utf-8"))
    with open(p("old-format.xlsx"), "wb") as f:  # an OLE2 header, as .xls files start
        f.write(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))


if __name__ == "__main__":
    main()
