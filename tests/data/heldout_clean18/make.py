#!/usr/bin/env python3
"""Build blind set 18 (heldout_clean18) about the imaginary 柘塘乡 (澧川县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Only the standard library: zipfile + raw WordprocessingML (with numbering.xml) for f1.docx. The texts live
in texts.py with inline labels ([[keep]], {{drop}}, ⟦spun|meant⟧; see its docstring); this script strips
the labels, writes the three files and collects must_keep/must_drop for gold.yaml. Titles and headings
are listed in GOLD below and checked by check.py.
"""
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)
SPUN = re.compile(r"⟦(.*?)\|(.*?)⟧")


def strip(s):
    """File text: labels removed, spun words as the spinner wrote them."""
    return SPUN.sub(r"\1", DROP.sub(r"\1", KEEP.sub(r"\1", s)))


def seen(k):
    """What a careful reader expects of a kept span: nested drops cut out, spun words read back."""
    return SPUN.sub(r"\2", DROP.sub("", k)).replace("\n", "")


def labels(s):
    return [seen(k) for k in KEEP.findall(s)], [SPUN.sub(r"\1", d) for d in DROP.findall(s)]


def write(name, text, enc="utf-8"):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode(enc))


# ---------------------------------------------------------------- f1.docx: Word auto-numbered headings
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, font="仿宋_GB2312", sz=32, bold=False):
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>{b}'
            f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def par(runs_xml, jc=None, indent=True, num=None):
    x = ""
    if num:
        x += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    x += '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        x += '<w:ind w:firstLine="640" w:firstLineChars="200"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    return f'<w:p><w:pPr>{x}</w:pPr>{runs_xml}</w:p>'


NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def lvl(ilvl, fmt, text, suff, font, ind):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="{suff}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="{ind}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/></w:rPr></w:lvl>')


NUMBERING = (f'{XD}<w:numbering {NS}>'
             '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="3A5C71E2"/><w:multiLevelType w:val="multilevel"/>'
             + lvl(0, "chineseCounting", "第%1部分", "space", "黑体", 640)
             + lvl(1, "chineseCounting", "%2、", "nothing", "楷体_GB2312", 640)
             + lvl(2, "decimalEnclosedCircle", "%3", "nothing", "仿宋_GB2312", 640)
             + '</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="6B0F24D9"/><w:multiLevelType w:val="singleLevel"/>'
             + lvl(0, "ideographTraditional", "%1、", "nothing", "黑体", 640)
             + '</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


def build_f1():
    body, keeps, drop = [], [[]], []
    for kind, text in T.F1:
        k, d = labels(text)
        drop += d
        t = strip(text)
        if kind == "break":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            keeps.append([])
            continue
        keeps[-1] += k
        if kind == "title":
            body.append(par(run(t, font="方正小标宋简体", sz=44), jc="center", indent=False))
        elif kind == "byline":
            body.append(par(run(t, font="楷体_GB2312"), jc="center", indent=False))
        elif kind == "sig":
            body.append(par(run(t), jc="right", indent=False))
        elif kind == "h0":
            body.append(par(run(t, font="黑体"), num=(1, 0)))
        elif kind == "h1":
            body.append(par(run(t, font="楷体_GB2312", bold=True), num=(1, 1)))
        elif kind == "h2":     # heading+body: bold lead clause, then the body in the same paragraph
            lead, rest = t.split("。", 1)
            body.append(par(run(lead + "。", bold=True) + run(rest), num=(1, 2)))
        elif kind == "g":
            body.append(par(run(t, font="黑体"), num=(2, 0)))
        else:
            body.append(par(run(t)))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" '
            'w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    header = (f'{XD}<w:hdr {NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(T.F1_HEADER, font="宋体", sz=18)}'
              '</w:p></w:hdr>')
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/>'
              '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style></w:styles>')
    ct = (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>'
          f'<Override PartName="/word/numbering.xml" ContentType="{MAIN}.numbering+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{MAIN}.header+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    top = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
             f'<Relationship Id="rId2" Type="{REL}/numbering" Target="numbering.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}/header" Target="header1.xml"/></Relationships>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{T.F1_CREATOR}</dc:creator><cp:lastModifiedBy>{T.F1_CREATOR}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-10T02:05:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-12T07:48:00Z</dcterms:modified></cp:coreProperties>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels),
               ("word/document.xml", doc), ("word/styles.xml", styles), ("word/numbering.xml", NUMBERING),
               ("word/header1.xml", header), ("docProps/core.xml", core)]
    with zipfile.ZipFile(os.path.join(HERE, "f1.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for p, x in entries:
            z.writestr(zipfile.ZipInfo(p, date_time=(2026, 1, 12, 15, 48, 0)), x, zipfile.ZIP_DEFLATED)
    return keeps, drop + [T.F1_HEADER, T.F1_CREATOR]


# ---------------------------------------------------------------- f2.txt: 范文 page with a speech
F2_SPUN_DROP = ["要当真吸取", "要不竭增强", "人民大众", "要踊跃组织"]


def build_f2():
    write("f2.txt", strip(T.F2))
    k, d = labels(T.F2)
    return [k], d + F2_SPUN_DROP


# ---------------------------------------------------------------- f3.txt: PDF copy, hard-wrapped, paged
NOSTART = "，。；：、）”！？%"


def w(s):
    return sum(0.5 if c.isascii() else 1 for c in s)


def wrap(s, width=30):
    lines, cur = [], ""
    for c in s:
        if w(cur + c) > width and c not in NOSTART:
            lines.append(cur)
            cur = ""
        cur += c
    lines.append(cur)
    return lines


def build_f3():
    lines, keep, drop = [], [], []
    for kind, text in T.F3_PARAS:
        k, d = labels(text)
        keep += k
        drop += d
        t = strip(text)
        if kind in ("p", "h"):
            lines += wrap("　　" + t)
        elif kind == "title":
            lines.append("　　" + t)
        else:
            lines.append(t)
    out, page = [], T.F3_FIRST_PAGE
    for i, line in enumerate(lines):
        if i and i % T.F3_LINES_PER_PAGE == 0:
            out.append(f"— {page} —")
            page += 1
            out.append(T.F3_BOOK if page % 2 == 0 else "　　" + T.F3_TITLE)
            drop.append(f"— {page - 1} —")
        out.append(line)
    out.append(f"— {page} —")
    drop.append(f"— {page} —")
    write("f3.txt", "\n".join(out) + "\n")
    return [keep], drop + [T.F3_BOOK]


# ---------------------------------------------------------------- titles and headings (gold)
def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "f1.docx": [
        ("柘塘乡党委副书记2025年度述职报告", [
            H(1, "第一部分", "履职尽责情况"), H(2, "一、", "抓党建，夯实基层基础"),
            H(3, "①", "抓实“网格党建”"), H(3, "②", "抓好党员教育"), H(2, "二、", "抓治理，维护和谐稳定"),
            H(1, "第二部分", "廉洁自律情况"), H(1, "第三部分", "存在的问题和下步打算"),
            H(2, "一、", "存在的问题"), H(2, "二、", "下步打算")]),
        ("赴浙江学习“千万工程”经验的几点体会", [
            H(1, "甲、", "乡村建设必须规划先行"), H(1, "乙、", "乡村建设必须久久为功"),
            H(1, "丙、", "乡村建设必须依靠群众")])],
    "f2.txt": [("在柘塘乡2026年防汛工作会议上的讲话", [
        H(1, "第一", "要把思想统一到防大汛、抗大灾的要求上来"), H(1, "第二", "要把力量集中到隐患排查和应急准备上来"),
        H(1, "第三", "要把责任落实到每一个岗位、每一个人")])],
    "f3.txt": [(T.F3_TITLE, [
        H(1, "", "抓产业发展，关键在选准路子，让特色产业成为群众增收的“钱袋子”"),
        H(1, "", "抓基层治理，关键在建强网格，让矛盾纠纷化解在村组、化解在萌芽状态"),
        H(1, "", "抓人居环境，关键在发动群众，让村庄由“一时美”变为“持久美”")])],
}

FILES = ("f1.docx", "f2.txt", "f3.txt")


def q(s):
    """YAML double-quoted scalar."""
    out = []
    for c in s:
        if c in "\\\"":
            out.append("\\" + c)
        elif ord(c) < 0x20 or 0x7f <= ord(c) <= 0xa0:
            out.append(f"\\x{ord(c):02x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def write_gold(keep, drop):
    out = [T.HEADER]
    for f in FILES:
        out.append(f"{f}:")
        out.append("  documents:")
        assert len(GOLD[f]) == len(keep[f]), f
        for (title, heads), ks in zip(GOLD[f], keep[f]):
            out.append(f"    - title: {q(title)}")
            out.append("      headings:")
            for h in heads:
                out.append(f'        - {{level: {h["level"]}, marker: {q(h["marker"])}, text: {q(h["text"])}}}')
            out.append("      must_keep:")
            out += [f"        - {q(k)}" for k in ks]
        out.append("  must_drop:")
        out += [f"    - {q(d)}" for d in drop[f]]
        out.append("")
    with open(os.path.join(HERE, "gold.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def main():
    keep, drop = {}, {}
    keep["f1.docx"], drop["f1.docx"] = build_f1()
    keep["f2.txt"], drop["f2.txt"] = build_f2()
    keep["f3.txt"], drop["f3.txt"] = build_f3()
    for f in FILES:
        out = []
        for s in drop[f]:
            if s not in out:
                out.append(s)
        drop[f] = out
    write_gold(keep, drop)


if __name__ == "__main__":
    main()
