#!/usr/bin/env python3
"""Build blind set 19 (heldout_clean19) about the imaginary 芩溪镇 (沣阳县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Standard library only (zipfile + raw WordprocessingML for g2.docx). Texts and labels are in texts.py;
titles and headings are in GOLD below."""
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)
SPUN = re.compile(r"⟦(.*?)\|(.*?)⟧")
HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "“": '"', "”": '"', "。": "."}


def strip(s):
    return SPUN.sub(r"\1", DROP.sub(r"\1", KEEP.sub(r"\1", s)))


def seen(k):
    k = SPUN.sub(r"\2", DROP.sub("", k)).replace("\n", "")
    return re.sub(r"(?<=[\u4e00-\u9fff])[ \u00a0]+(?=[\u4e00-\u9fff])", "", k)


def labels(s):
    return [seen(k) for k in KEEP.findall(s)], [SPUN.sub(r"\1", d) for d in DROP.findall(s)]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- g1.txt: 范文 page, spun section
G1_SPUN_DROP = ["对峙农业出产", "扶植宜居", "本人对峙", "乡村扶植", "农业出产大会", "鼓吹惠农政策", "阐扬种粮大户",
                "供给技术办事", "平安查抄", "出格是", "加速农村根本设施扶植", "方针是"]


def build_g1():
    write("g1.txt", strip(T.G1).encode("utf-8"))
    k, d = labels(T.G1)
    return [k], d + G1_SPUN_DROP


# ---------------------------------------------------------------- g2.docx: Word file pasted from the web
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, font="仿宋_GB2312", sz=32, bold=False):
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>{b}'
            f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def par(r, jc=None, indent=True):
    x = '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        x += '<w:ind w:firstLine="640" w:firstLineChars="200"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    return f'<w:p><w:pPr>{x}</w:pPr>{r}</w:p>'


NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def build_g2():
    body, keep, drop = [], [], []
    for kind, text in T.G2:
        k, d = labels(text)
        keep += k
        drop += d
        t = strip(text)
        if kind.startswith("½"):
            t = "".join(HALF.get(c, c) for c in t)
        if kind == "title":
            body.append(par(run(t, font="方正小标宋简体", sz=44), jc="center", indent=False))
        elif kind == "byline":
            body.append(par(run(t, font="楷体_GB2312"), jc="center", indent=False))
        elif kind == "h":
            body.append(par(run(t, font="黑体")))
        else:
            first, *rest = t.split("\n")
            body.append(par(run(first)))
            body += [par(run(c), indent=False) for c in rest]
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="21"/><w:lang w:val="en-US" '
              'w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" '
              'w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>')
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>' + T.G2_CREATOR + '</dc:creator>'
            '</cp:coreProperties>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels),
               ("word/document.xml", doc), ("word/styles.xml", styles), ("docProps/core.xml", core)]
    with zipfile.ZipFile(os.path.join(HERE, "g2.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for p, x in entries:
            z.writestr(zipfile.ZipInfo(p, date_time=(2026, 3, 20, 9, 30, 0)), x, zipfile.ZIP_DEFLATED)
    return [keep], drop + [T.G2_CREATOR]


# ---------------------------------------------------------------- g3.md: two web clips in a Markdown note
def build_g3():
    write("g3.md", strip(T.G3).encode("utf-8"))
    parts = T.G3.split("\n# ")[1:]
    keeps = [labels(p)[0] for p in parts]
    return keeps, labels(T.G3)[1]


def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "g1.txt": [("芩溪镇分管农业副镇长2025年度述职述廉报告", [
        H(1, "一、", "抓好粮食生产，守牢耕地保护红线"), H(2, "（一）", "稳定粮食播种面积"), H(2, "（二）", "严格耕地保护"),
        H(1, "二、", "坚持农业生产不放松，建设宜居宜业和美乡村"), H(1, "三、", "廉洁自律情况")])],
    "g2.docx": [("参加全市乡镇干部乡村振兴专题培训心得体会", [
        H(1, "一、", "乡村振兴要以产业为根本"), H(1, "二、", "乡村振兴要以群众为主体"),
        H(1, "三、", "乡村振兴要以干部为关键")])],
    "g3.md": [
        ("芩溪镇“三张清单”推动为民办实事经验交流材料", [
            H(1, "一、", "建立需求清单，问需于民"), H(1, "二、", "建立项目清单，问计于民"),
            H(1, "三、", "建立责任清单，问效于民")]),
        ("芩溪镇2025年度为民办实事工作总结", [H(1, "一、", "主要成效"), H(1, "二、", "存在的不足")])],
}
FILES = ("g1.txt", "g2.docx", "g3.md")


def q(s):
    out = []
    for c in s:
        if c in "\\\"":
            out.append("\\" + c)
        elif ord(c) < 0x20 or 0x7f <= ord(c) <= 0xa0:
            out.append(f"\\x{ord(c):02x}")
        elif c == "\ufffd":
            out.append("\\ufffd")
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
    keep["g1.txt"], drop["g1.txt"] = build_g1()
    keep["g2.docx"], drop["g2.docx"] = build_g2()
    keep["g3.md"], drop["g3.md"] = build_g3()
    for f in FILES:
        drop[f] = list(dict.fromkeys(drop[f]))
    write_gold(keep, drop)


if __name__ == "__main__":
    main()
