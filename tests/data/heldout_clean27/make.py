#!/usr/bin/env python3
"""Build blind set 27 (柏溪乡, 安平北县 — imaginary) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Standard library only (zipfile + raw WordprocessingML for w2.docx, codecs for o3.txt). Texts and labels are
in texts.py; titles and headings are in GOLD below."""
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)
BODY_FONT = "仿宋_GB2312"


def strip(s):
    return DROP.sub(r"\1", KEEP.sub(r"\1", s))


def labels(s):
    return [DROP.sub("", k) for k in KEEP.findall(s)], DROP.findall(s)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- WordprocessingML helpers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, font=BODY_FONT, sz=32, highlight=False, bold=False):
    hl = '<w:highlight w:val="yellow"/>' if highlight else ""
    hl = ('<w:b/><w:bCs/>' if bold else "") + hl
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>'
            f'{hl}<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def par(r, jc=None, indent=True, extra=""):
    x = '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        x += '<w:ind w:firstLine="640" w:firstLineChars="200"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    return f'<w:p><w:pPr>{extra}{x}</w:pPr>{r}</w:p>'


def table(rows):
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>{b}'
           '</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
           + '<w:gridCol w:w="2100"/>' * len(rows[0]) + '</w:tblGrid>']
    for n, row in enumerate(rows):
        cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="2100" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
                        f'{run(c, font="黑体" if n == 0 else BODY_FONT, sz=24)}</w:p></w:tc>' for c in row)
        out.append(f"<w:tr>{cells}</w:tr>")
    return "".join(out) + "</w:tbl>"


def paragraph(kind, t):
    if kind == "note":
        return par(run(t, sz=24, highlight=True), indent=False)
    if kind == "title":
        return par(run(t, font="方正小标宋简体", sz=44), jc="center", indent=False)
    if kind == "byline":
        return par(run(t, font="楷体_GB2312"), jc="center", indent=False)
    if kind == "tochead":
        return par(run(t, font="黑体"), jc="center", indent=False)
    if kind == "toc1":
        return par(run(t), indent=False)
    if kind == "toc2":
        return par(run("　　" + t), indent=False)
    if kind == "pagebreak":
        return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    if kind == "h1":
        return par(run(t, font="黑体", bold=True))
    if kind == "h2":
        return par(run(t, font="楷体_GB2312"))
    if kind == "hb2":
        lead, body = t.split("。", 1)
        return par(run(lead + "。", font="楷体_GB2312", bold=True) + run(body))
    if kind == "cap":
        return par(run(t, font="黑体", sz=28), jc="center", indent=False)
    if kind in ("date", "close", "sign"):
        return par(run(t), jc="right", indent=False)
    if kind == "banji":
        return par(run(t, sz=28), indent=False, extra='<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" '
                   'w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>')
    if kind == "banji2":
        return par(run(t, sz=28), indent=False, extra='<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" '
                   'w:color="000000"/></w:pBdr>')
    return par(run(t))  # p, h3, hb4: plain 仿宋 paragraphs


NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def build_docx(name, items, creator, when):
    body, keep, drop = [], [], []
    for kind, text in items:
        if kind == "table":
            body.append(table(text))
            continue
        k, d = labels(text)
        keep += k
        drop += d
        body.append(paragraph(kind, strip(text)))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="21"/><w:lang w:val="en-US" '
              'w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" '
              'w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/></w:style>'
              '</w:styles>')
    ct = (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    top = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{creator}</dc:creator>'
            '</cp:coreProperties>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels),
               ("word/document.xml", doc), ("word/styles.xml", styles), ("docProps/core.xml", core)]
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for p, x in entries:
            z.writestr(zipfile.ZipInfo(p, date_time=when), x, zipfile.ZIP_DEFLATED)
    return [keep], drop


# ---------------------------------------------------------------- text files
def build_p1():
    write("p1.txt", strip(T.P1).encode("utf-8"))
    cut = T.P1.index("{{范文二}}")
    return [labels(T.P1[:cut])[0], labels(T.P1[cut:])[0]], labels(T.P1)[1]


def build_o3():
    write("o3.txt", strip(T.O3).replace("\n", "\r\n").encode("gbk"))
    return [labels(T.O3)[0]], labels(T.O3)[1]


def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "p1.txt": [
        ("柏溪乡2025年上半年工作总结", [
            H(1, "一、", "主要工作完成情况"), H(2, "一是", "产业发展稳中有进"), H(2, "二是", "项目建设加快推进"),
            H(2, "三是", "民生保障持续加强"),
            H(1, "二、", "存在的问题"),
            H(1, "三、", "下半年工作打算"), H(2, "（一）", "聚焦产业抓提升"), H(2, "（二）", "聚焦项目抓攻坚"),
            H(2, "（三）", "聚焦民生抓落实")]),
        ("参加全县乡镇干部能力提升培训班心得体会", [
            H(1, "第一，", "要把学习当成一种责任"), H(1, "第二，", "要把群众当成自己的亲人"),
            H(1, "第三，", "要把担当落到具体的事上")])],
    "w2.docx": [("柏溪乡党委副书记2025年度述职报告", [
        H(1, "一、", "加强理论学习，政治站位持续提升"), H(1, "二、", "履行岗位职责，分管工作扎实推进"),
        H(2, "（一）", "抓党建基础"), H(2, "（二）", "抓意识形态"), H(2, "（三）", "抓平安建设"),
        H(1, "三、", "落实“一岗双责”，廉洁自律从严从实"), H(1, "四、", "存在的不足和今后努力方向")])],
    "o3.txt": [("柏溪乡推行“积分制”管理激活乡村治理新动能", [
        H(1, "", "小积分定好规矩"), H(1, "", "小积分激发活力"),
        H(2, "1.", "积分能兑物品"), H(2, "2.", "积分能评先进"), H(2, "3.", "积分能享优惠"),
        H(1, "", "小积分带来变化")])],
}
FILES = ("p1.txt", "w2.docx", "o3.txt")


def q(s):
    out = []
    for c in s:
        if c in "\\\"":
            out.append("\\" + c)
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
    keep["p1.txt"], drop["p1.txt"] = build_p1()
    keep["w2.docx"], drop["w2.docx"] = build_docx("w2.docx", T.W2, "bxx-dzb", (2026, 1, 10, 16, 20, 0))
    keep["o3.txt"], drop["o3.txt"] = build_o3()
    for f in FILES:
        drop[f] = list(dict.fromkeys(drop[f]))
    write_gold(keep, drop)


if __name__ == "__main__":
    main()
