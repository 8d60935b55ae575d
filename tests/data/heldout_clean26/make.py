#!/usr/bin/env python3
"""Build blind set 26 (heldout_clean26) about the imaginary 芦湾镇 (清河西县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Standard library only (zipfile + raw WordprocessingML for f2.docx). Texts and labels are in texts.py;
titles and headings are in GOLD below."""
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]")
DROP = re.compile(r"\{\{(.*?)\}\}")
BODY_FONT = "仿宋_GB2312"


def strip(s):
    return DROP.sub(r"\1", KEEP.sub(r"\1", s))


def labels(s):
    return [DROP.sub("", k) for k in KEEP.findall(s)], DROP.findall(s)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def check_lines(text):
    for line in text.split("\n"):
        assert line.count("[[") == line.count("]]") and line.count("{{") == line.count("}}"), line


# ---------------------------------------------------------------- f1.txt: 范文 page saved as text, GBK, CRLF
def halfwidth(line):
    return line.replace("，", ",").replace("；", ";").replace("：", ":")


def build_f1():
    check_lines(T.F1)
    out = []
    for line in T.F1.split("\n"):
        if line.startswith("½"):
            line = halfwidth(line[1:])
        out.append(strip(line))
    write("f1.txt", "\r\n".join(out).encode("gbk"))
    src = T.F1.replace("½", "")
    b = src.index("乡镇干部参加“能力作风建设年”活动心得体会")
    return [labels(src[:b])[0], labels(src[b:])[0]], labels(src)[1]


# ---------------------------------------------------------------- f2.docx: Word, heading styles 1/2
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, font=None, sz=None, bold=False):
    rpr = ""
    if font:
        rpr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>'
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if sz:
        rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def par(r, style=None, jc=None, indent=True):
    x = f'<w:pStyle w:val="{style}"/>' if style else ""
    if indent:
        x += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    return f'<w:p><w:pPr>{x}</w:pPr>{r}</w:p>'


def table(rows):
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    widths = (3000, 1800, 1800, 1800)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="a5"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{b}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>']
    for n, row in enumerate(rows):
        cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(c, sz=24, bold=(n == 0))}</w:p></w:tc>'
                        for c, w in zip(row, widths))
        out.append(f"<w:tr>{cells}</w:tr>")
    return "".join(out) + "</w:tbl>"


def paragraph(kind, t):
    if kind == "title":
        return par(run(t, font="方正小标宋简体", sz=44), jc="center", indent=False)
    if kind == "byline":
        return par(run(t, font="楷体_GB2312"), jc="center", indent=False)
    if kind == "h1":
        return par(run(t), style="1")
    if kind == "h2":
        return par(run(t), style="2")
    if kind == "hb3":
        lead, body = t.split("。", 1)
        return par(run(lead + "。", bold=True) + run(body))
    if kind == "cap":
        return par(run(t, font="黑体", sz=28), jc="center", indent=False)
    if kind in ("date", "close"):
        return par(run(t), jc="right", indent=False)
    return par(run(t))


NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

STYLES = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr>'
          f'<w:rFonts w:ascii="Times New Roman" w:eastAsia="{BODY_FONT}" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
          '<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
          '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
          '</w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
          '<w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/>'
          '<w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/></w:pPr>'
          '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:kern w:val="44"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>'
          '<w:next w:val="a"/><w:link w:val="20"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>'
          '<w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="1"/></w:pPr>'
          '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/></w:rPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
          '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="10"><w:name w:val="标题 1 字符"/>'
          '<w:basedOn w:val="a0"/><w:link w:val="1"/><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/></w:rPr></w:style>'
          '<w:style w:type="character" w:customStyle="1" w:styleId="20"><w:name w:val="标题 2 字符"/>'
          '<w:basedOn w:val="a0"/><w:link w:val="2"/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:semiHidden/>'
          '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
          'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '<w:style w:type="table" w:styleId="a5"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/>'
          '<w:uiPriority w:val="39"/></w:style>'
          '</w:styles>')


def build_f2():
    body, keep, drop = [], [], []
    for kind, text in T.F2:
        if kind == "table":
            body.append(table(text))
            continue
        k, d = labels(text)
        keep += k
        drop += d
        body.append(paragraph(kind, strip(text)))
    hk, hd = labels(T.HEADER_F2)
    drop = hd + drop
    header = (f'{XD}<w:hdr {NS}><w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/>'
              '</w:pBdr><w:jc w:val="center"/></w:pPr>'
              f'{run(strip(T.HEADER_F2), sz=18)}</w:p></w:hdr>')
    footer = (f'{XD}<w:ftr {NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run("— ", sz=28)}'
              '<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr><w:sz w:val="28"/></w:rPr>'
              '<w:t>1</w:t></w:r></w:fldSimple>'
              f'{run(" —", sz=28)}</w:p></w:ftr>')
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>'
            '<w:footerReference w:type="default" r:id="rId4"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    ct = (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{MAIN}.header+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{MAIN}.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    top = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}/header" Target="header1.xml"/>'
             f'<Relationship Id="rId4" Type="{REL}/footer" Target="footer1.xml"/></Relationships>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>lenovo</dc:creator>'
            '<cp:lastModifiedBy>lenovo</cp:lastModifiedBy><cp:revision>7</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-08T02:11:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-12T08:47:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Template>Normal.dotm</Template><TotalTime>214</TotalTime><Pages>3</Pages>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<AppVersion>16.0000</AppVersion></Properties>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels),
               ("word/document.xml", doc), ("word/styles.xml", STYLES), ("word/header1.xml", header),
               ("word/footer1.xml", footer), ("docProps/core.xml", core), ("docProps/app.xml", app)]
    with zipfile.ZipFile(os.path.join(HERE, "f2.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for p, x in entries:
            z.writestr(zipfile.ZipInfo(p, date_time=(2026, 1, 12, 16, 47, 0)), x, zipfile.ZIP_DEFLATED)
    return [keep], drop


# ---------------------------------------------------------------- f3.txt (UTF-8, LF) and f4.md (UTF-8, LF)
def build_plain(name, text):
    check_lines(text)
    write(name, strip(text).encode("utf-8"))
    return [labels(text)[0]], labels(text)[1]


def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "f1.txt": [
        ("芦湾镇2025年上半年工作总结", [
            H(1, "一、", "上半年工作开展情况"), H(2, "（一）", "经济运行稳中有进"), H(2, "（二）", "乡村振兴扎实推进"),
            H(2, "（三）", "生态环境持续改善"), H(2, "（四）", "民生保障不断加强"),
            H(1, "二、", "存在的问题"),
            H(1, "三、", "下半年工作打算"), H(2, "（一）", "聚焦项目建设，增强发展后劲"),
            H(2, "（二）", "聚焦产业兴旺，促进农民增收"), H(2, "（三）", "聚焦作风建设，提升干事效能")]),
        ("乡镇干部参加“能力作风建设年”活动心得体会", [
            H(1, "首先", "要在学习中提升本领"), H(1, "其次", "要在实践中锤炼作风"),
            H(1, "再次", "要在服务中践行宗旨"), H(1, "最后", "要在自律中守牢底线")])],
    "f2.docx": [("2025年度个人述职述廉报告", [
        H(1, "一、", "加强理论学习，不断提高政治站位"),
        H(1, "二、", "聚焦主责主业，扎实推进分管工作"),
        H(2, "（一）", "抓好粮食生产和特色产业"), H(3, "1.", "稳住粮食基本盘"), H(3, "2.", "做强稻虾主导产业"),
        H(2, "（二）", "抓好水利建设和防汛抗旱"), H(2, "（三）", "抓好农村人居环境整治"),
        H(1, "三、", "严守纪律规矩，认真履行“一岗双责”"),
        H(1, "四、", "存在的不足和下一步打算")])],
    "f3.txt": [("芦湾镇：“红色网格”织密基层治理“一张网”", [
        H(1, "", "党建引领，把支部建在网格上"),
        H(1, "", "清单管理，把服务送到家门口"),
        H(2, "一是", "建立“民情清单”"), H(2, "二是", "建立“服务清单”"), H(2, "三是", "建立“责任清单”"),
        H(1, "", "数字赋能，让治理更精准更高效")])],
    "f4.md": [("在全镇2026年农业农村工作会议上的讲话", [
        H(1, "一、", "认清形势，切实增强做好“三农”工作的责任感"),
        H(1, "二、", "突出重点，全力抓好2026年各项工作"),
        H(2, "一是", "抓粮食生产不放松"), H(2, "二是", "抓产业发展不停步"),
        H(2, "三是", "抓乡村建设不懈怠"), H(2, "四是", "抓农民增收不松劲"),
        H(1, "三、", "强化保障，确保各项任务落地见效")])],
}
FILES = ("f1.txt", "f2.docx", "f3.txt", "f4.md")


def q(s):
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
        out += [f"{f}:", "  documents:"]
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
    keep["f1.txt"], drop["f1.txt"] = build_f1()
    keep["f2.docx"], drop["f2.docx"] = build_f2()
    keep["f3.txt"], drop["f3.txt"] = build_plain("f3.txt", T.F3)
    keep["f4.md"], drop["f4.md"] = build_plain("f4.md", T.F4)
    for f in FILES:
        drop[f] = list(dict.fromkeys(drop[f]))
    write_gold(keep, drop)
    nk = sum(len(x) for v in keep.values() for x in v)
    print("keep", nk, "drop", sum(len(v) for v in drop.values()),
          "headings", sum(len(h) for v in GOLD.values() for _, h in v))


if __name__ == "__main__":
    main()
