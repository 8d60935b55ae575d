#!/usr/bin/env python3
"""Build blind set 15 (heldout_clean15) about the imaginary 棠梨镇 (云阶县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Only the standard library: zipfile + raw WordprocessingML for z2.docx. The texts live in texts.py with
inline labels ([[keep]], {{drop}}); this script strips the labels, writes the five files and collects
must_keep/must_drop for gold.yaml. Titles and headings are listed in GOLD below and checked by check.py.
"""
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)


def strip(s):
    return DROP.sub(r"\1", KEEP.sub(r"\1", s))


def labels(s):
    return [DROP.sub("", k).replace("**", "") for k in KEEP.findall(s)], DROP.findall(s)


def write(name, text, enc, crlf=False, bom=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(enc)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- z2.docx: outlineLvl on Normal + TOC field
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(font="仿宋_GB2312", sz=32, b=False):
    x = f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
    if b:
        x += "<w:b/><w:bCs/>"
    return f'<w:rPr>{x}<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'


def run(text, **kw):
    return f'<w:r>{rpr(**kw)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>' if text else ""


def ppr(style=None, jc=None, indent=True, outline=None, tabs=False):
    x = f'<w:pStyle w:val="{style}"/>' if style else ""
    if tabs:
        x += '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>'
    x += '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        x += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    if outline is not None:
        x += f'<w:outlineLvl w:val="{outline}"/>'
    return f"<w:pPr>{x}</w:pPr>"


FONT = {1: "黑体", 2: "楷体_GB2312", 3: "仿宋_GB2312", 4: "仿宋_GB2312"}
FLD = '<w:r><w:fldChar w:fldCharType="{}"/></w:r>'


def instr(code):
    return f'<w:r><w:instrText xml:space="preserve">{esc(code)}</w:instrText></w:r>'


def toc(heads):
    """A Word TOC field (\\o "1-3" \\h \\z \\u) inside its content control, entries with PAGEREF page numbers."""
    out = ['<w:sdt><w:sdtPr><w:id w:val="-1620145297"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
           '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>',
           f'<w:p>{ppr("TOCHeading", jc="center", indent=False)}{run("目　录", font="黑体")}</w:p>']
    for i, (lvl, text, bm, page) in enumerate(heads):
        first = FLD.format("begin") + instr(' TOC \\o "1-3" \\h \\z \\u ') + FLD.format("separate") if i == 0 else ""
        out.append(f'<w:p>{ppr(f"TOC{lvl}", indent=False, tabs=True)}{first}'
                   f'<w:hyperlink w:anchor="{bm}" w:history="1">{run(text, sz=28)}<w:r><w:tab/></w:r>'
                   + FLD.format("begin") + instr(f" PAGEREF {bm} \\h ") + FLD.format("separate")
                   + run(str(page), sz=28) + FLD.format("end") + "</w:hyperlink></w:p>")
    out.append(f'<w:p>{ppr(indent=False)}{FLD.format("end")}</w:p>')
    out.append("</w:sdtContent></w:sdt>")
    out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    return "".join(out)


def table(rows):
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    x = (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>{b}</w:tblBorders>'
         '</w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="2400"/><w:gridCol w:w="2000"/></w:tblGrid>')
    for r in rows:
        x += "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>'
                                f'{ppr(jc="center", indent=False)}{run(c, sz=24)}</w:p></w:tc>' for c in r) + "</w:tr>"
    return x + "</w:tbl>"


NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SECT = ('<w:sectPr><w:headerReference w:type="default" r:id="rId6"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
        'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
        '<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
Z2_HEADER = "内部资料　注意保存"
Z2_CREATOR = "RDZXT-PC01"


def build_z2():
    heads, n = [], 0
    for kind, text in T.Z2:
        if kind in ("h1", "h2", "h3"):
            n += 1
            heads.append((int(kind[1]), strip(text), f"_Toc19{n:04d}", 1 + n // 5))
    body, keep, drop, n = [], [], [], 0
    for kind, text in T.Z2:
        if kind == "table":
            body.append(table(text))
            continue
        k, d = labels(text)
        keep += k
        drop += d
        t = strip(text)
        if kind == "title":
            body.append(f'<w:p>{ppr(jc="center", indent=False)}{run(t, font="方正小标宋简体", sz=44)}</w:p>')
        elif kind == "byline":
            body.append(f'<w:p>{ppr(jc="center", indent=False)}{run(t, font="楷体_GB2312")}</w:p>')
        elif kind == "toc":
            body.append(toc(heads))
        elif kind[0] == "h" and kind[1:].isdigit():
            lvl = int(kind[1])
            bm = ""
            if lvl <= 3:
                n += 1
                name = f"_Toc19{n:04d}"
                bm = (f'<w:bookmarkStart w:id="{n}" w:name="{name}"/>', f'<w:bookmarkEnd w:id="{n}"/>')
            r = run(t, font=FONT[lvl], b=lvl in (1, 3))
            inner = bm[0] + r + bm[1] if bm else r
            body.append(f'<w:p>{ppr(outline=lvl - 1)}{inner}</w:p>')
        elif kind == "hb":
            lead, rest = t.split("|")
            body.append(f'<w:p>{ppr()}{run(lead, b=True)}{run(rest)}</w:p>')
        elif kind == "p":
            body.append(f'<w:p>{ppr()}{run(t)}</w:p>')
        elif kind == "cap":
            body.append(f'<w:p>{ppr(jc="center", indent=False)}{run(t, font="黑体", sz=24)}</w:p>')
        elif kind == "sign":
            body.append(f'<w:p>{ppr(jc="right", indent=False)}{run(t)}</w:p>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{SECT}</w:body></w:document>'

    def tocstyle(i):
        return (f'<w:style w:type="paragraph" w:styleId="TOC{i}"><w:name w:val="toc {i}"/><w:basedOn w:val="a"/>'
                f'<w:next w:val="a"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:ind w:leftChars="{200 * (i - 1)}" '
                f'w:left="{420 * (i - 1)}"/></w:pPr></w:style>')
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/>'
              '<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
              '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="a"/>'
              '<w:next w:val="a"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/></w:style>'
              + tocstyle(1) + tocstyle(2) + tocstyle(3) +
              '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
              '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
              '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="a0"/>'
              '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="header"/><w:basedOn w:val="a"/>'
              '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style></w:styles>')
    settings = (f'{XD}<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>'
                '<w:characterSpacingControl w:val="compressPunctuation"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')
    header = (f'{XD}<w:hdr {NS}><w:p><w:pPr><w:pStyle w:val="a4"/><w:jc w:val="right"/></w:pPr>'
              + run(Z2_HEADER, font="宋体", sz=18) + "</w:p></w:hdr>")
    parts = {"word/document.xml": doc, "word/styles.xml": styles, "word/settings.xml": settings,
             "word/header1.xml": header}
    pkg("z2.docx", parts, [("rId6", "header", "header1.xml")], [("header1.xml", "header")])
    drop += ["目　录", 'TOC \\o "1-3" \\h \\z \\u', "PAGEREF _Toc190001", Z2_HEADER, Z2_CREATOR]
    return keep, drop


def pkg(name, parts, rels, overrides):
    ct = (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{MAIN}.settings+xml"/>'
          + "".join(f'<Override PartName="/word/{p}" ContentType="{MAIN}.{kind}+xml"/>' for p, kind in overrides)
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    top = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
             f'<Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/>'
             + "".join(f'<Relationship Id="{r}" Type="{REL}/{k}" Target="{t}"/>' for r, k, t in rels)
             + "</Relationships>")
    app = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><TotalTime>96</TotalTime><Pages>4</Pages>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<AppVersion>16.0000</AppVersion></Properties>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title></dc:title><dc:creator>{Z2_CREATOR}</dc:creator><cp:lastModifiedBy>{Z2_CREATOR}</cp:lastModifiedBy>'
            '<cp:revision>6</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-03T02:10:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-10T07:45:00Z</dcterms:modified></cp:coreProperties>')
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels)]
        entries += list(parts.items()) + [("docProps/app.xml", app), ("docProps/core.xml", core)]
        for p, x in entries:
            z.writestr(zipfile.ZipInfo(p, date_time=(2026, 3, 10, 15, 45, 0)), x, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- titles and headings (gold)
def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "z1.txt": [
        ("棠梨镇副镇长2025年度述职述廉报告", [
            H(1, "一、", "述职"), H(2, "（一）", "坚持学习，提升履职能力"), H(2, "（二）", "履职尽责，推动分管工作"),
            H(3, "1.", "抓好粮食生产"), H(3, "2.", "推进人居环境整治"), H(3, "3.", "抓实自然资源管理"),
            H(2, "（三）", "勇于担当，完成急难险重任务"), H(1, "二、", "述廉"),
            H(2, "一是", "严守政治纪律"), H(2, "二是", "严守中央八项规定精神"), H(2, "三是", "严管身边人"),
            H(1, "三、", "存在的问题和今后努力方向")]),
        ("“作风建设提升年”活动学习心得体会", [
            H(1, "一、", "几点收获"), H(1, "二、", "从“要我干”到“我要干”——转变的是观念"),
            H(1, "三、", "下一步打算")])],
    "z2.docx": [("关于棠梨镇村级集体经济发展情况的调研报告", [
        H(1, "一、", "基本情况"), H(2, "（一）", "集体经济总量稳步增长"), H(2, "（二）", "发展模式日趋多元"),
        H(3, "1．", "物业经营型"), H(4, "（1）", "标准厂房出租"), H(5, "①", "石门村标准厂房项目"),
        H(5, "②", "㮾溪村农贸市场项目"), H(4, "（2）", "仓储冷链服务"), H(3, "2．", "服务创收型"),
        H(3, "3．", "资源盘活型"), H(1, "二、", "存在的问题"), H(2, "（一）", "发展不平衡问题突出"),
        H(2, "（二）", "经营管理人才缺乏"), H(1, "三、", "对策建议"), H(2, "（一）", "因村施策拓宽增收渠道"),
        H(3, "1．", "推行“强村带弱村”"), H(3, "2．", "用好帮扶资金"), H(2, "（二）", "加强人才队伍建设")])],
    "z3.md": [("以“三抓三促”激活乡村振兴内生动力", [
        H(1, "", "抓班子、带队伍，夯实基层治理根基"), H(2, "一是", "选优配强带头人"), H(2, "二是", "建强后备力量"),
        H(2, "三是", "严格管理考核"), H(1, "", "抓产业、促增收，拓宽群众致富门路"),
        H(1, "", "抓服务、优环境，提升群众幸福指数")])],
    "z4.txt": [("在全镇2026年安全生产和森林防火工作会议上的讲话", [
        H(1, "一、", "认清形势，切实增强做好安全工作的责任感"), H(1, "二、", "突出重点，全面抓好隐患排查整治"),
        H(2, "一是", "抓好森林防火"), H(2, "二是", "抓好道路交通安全"), H(2, "三是", "抓好自建房安全"),
        H(1, "三、", "压实责任，确保各项措施落到实处"), H(2, "（一）", "压实属地责任"),
        H(2, "（二）", "压实部门责任")])],
    "z5.txt": [("棠梨镇2025年党建工作总结", [
        H(1, "第一部分", "2025年工作回顾"), H(2, "", "聚焦政治建设，把牢发展方向"),
        H(2, "", "聚焦组织建设，筑牢战斗堡垒"), H(2, "", "聚焦作风建设，树立良好形象"),
        H(1, "第二部分", "存在的问题"), H(1, "第三部分", "2026年工作思路"),
        H(2, "一、", "持续强化理论武装"), H(2, "二、", "全面提升组织力"), H(2, "三、", "驰而不息正风肃纪")])],
}

EXTRA_DROP = {
    "z1.txt": ["\ufeff", "\r"],
    "z2.docx": [],
    "z3.md": ["# ", "**抓", "**“支部"],
    "z4.txt": ["\r"],
    "z5.txt": ["〖"],
}
FILES = ("z1.txt", "z2.docx", "z3.md", "z4.txt", "z5.txt")


def split_essays(text, titles):
    """Cut a labelled source at the title lines (whole lines) so each essay's keeps go to its own document."""
    idx = [re.search("^" + re.escape(t) + "$", text, re.M).start() for t in titles] + [len(text)]
    return [text[idx[i]:idx[i + 1]] for i in range(len(titles))]


def main():
    keep, drop = {}, {}
    write("z1.txt", strip(T.Z1), "utf-8", crlf=True, bom=True)
    keep["z1.txt"] = [labels(x)[0] for x in split_essays(T.Z1, [t for t, _ in GOLD["z1.txt"]])]
    drop["z1.txt"] = labels(T.Z1)[1]
    k, d = build_z2()
    keep["z2.docx"], drop["z2.docx"] = [k], d
    write("z3.md", strip(T.Z3), "utf-8")
    keep["z3.md"], drop["z3.md"] = [labels(T.Z3)[0]], labels(T.Z3)[1]
    write("z4.txt", strip(T.Z4), "gb18030", crlf=True)
    keep["z4.txt"], drop["z4.txt"] = [labels(T.Z4)[0]], labels(T.Z4)[1]
    write("z5.txt", strip(T.Z5), "utf-8")
    keep["z5.txt"], drop["z5.txt"] = [labels(T.Z5)[0]], labels(T.Z5)[1]
    for f in FILES:
        out = []
        for s in drop[f] + EXTRA_DROP[f]:
            if s not in out:
                out.append(s)
        drop[f] = out
    write_gold(keep, drop)


def q(s):
    return ('"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r")
            .replace("\ufeff", "\\ufeff") + '"')


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


if __name__ == "__main__":
    main()
