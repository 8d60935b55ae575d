#!/usr/bin/env python3
"""Build blind set 20 (heldout_clean20) about the imaginary 栌川镇 (泾宁县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Standard library only (zipfile + raw WordprocessingML for w1.docx and w3.docx). Texts and labels are in
texts.py; titles and headings are in GOLD below."""
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


def run(text, font=BODY_FONT, sz=32, highlight=False):
    hl = '<w:highlight w:val="yellow"/>' if highlight else ""
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
        return par(run(t, font="黑体"))
    if kind == "h2":
        return par(run(t, font="楷体_GB2312"))
    if kind == "hb2":
        lead, body = t.split("。", 1)
        return par(run(lead + "。", font="楷体_GB2312") + run(body))
    if kind == "cap":
        return par(run(t, font="黑体", sz=28), jc="center", indent=False)
    if kind in ("date", "close"):
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


# ---------------------------------------------------------------- x2.txt: WPS “另存为文本”, GBK, CRLF
def build_x2():
    write("x2.txt", strip(T.X2).replace("\n", "\r\n").encode("gbk"))
    part_b = T.X2.index("参加全县党政办公室系统业务培训心得体会")
    return [labels(T.X2[:part_b])[0], labels(T.X2[part_b:])[0]], labels(T.X2)[1]


def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "w1.docx": [("栌川镇农村土地流转情况调研报告", [
        H(1, "一、", "基本情况"), H(2, "（一）", "土地流转规模"), H(2, "（二）", "流转主要形式"),
        H(3, "1.", "农户之间自发流转"), H(4, "（1）", "口头约定多"), H(4, "（2）", "流转期限短"),
        H(3, "2.", "村集体统一流转"),
        H(1, "二、", "存在的问题"), H(2, "（一）", "流转价格机制不健全"), H(2, "（二）", "流转服务体系不完善"),
        H(2, "（三）", "经营主体带动能力不强"),
        H(1, "三、", "对策建议"), H(2, "（一）", "规范流转程序"), H(2, "（二）", "健全服务体系"),
        H(2, "（三）", "培育壮大经营主体")])],
    "x2.txt": [
        ("栌川镇党政办公室主任2025年度述职报告", [
            H(1, "一、", "坚持政治引领，在加强学习上下功夫"), H(1, "二、", "立足岗位职责，在服务大局上求实效"),
            H(2, "（一）", "文稿起草方面"), H(2, "（二）", "会务保障方面"), H(2, "（三）", "督查督办方面"),
            H(1, "三、", "严守纪律规矩，在廉洁自律上作表率"), H(1, "四、", "存在的不足和下一步打算")]),
        ("参加全县党政办公室系统业务培训心得体会", [
            H(1, "一、", "办文要严谨"), H(1, "二、", "办会要周密"), H(1, "三、", "办事要高效")])],
    "w3.docx": [("栌川镇推行“村务夜谈会”密切党群干群关系的做法与体会", [
        H(1, "一、", "定好“夜谈”规矩，让群众愿意来"), H(2, "一是", "固定时间地点"), H(2, "二是", "明确谈什么"),
        H(2, "三是", "规定谁参加"),
        H(1, "二、", "用好“夜谈”成果，让群众看得见"), H(2, "一是", "当场能答的当场答"),
        H(2, "二是", "当场答不了的限时办"), H(2, "三是", "办理结果群众评"),
        H(1, "三、", "几点体会")])],
}
FILES = ("w1.docx", "x2.txt", "w3.docx")


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
    keep["w1.docx"], drop["w1.docx"] = build_docx("w1.docx", T.W1, "Administrator", (2026, 3, 12, 17, 40, 0))
    keep["x2.txt"], drop["x2.txt"] = build_x2()
    keep["w3.docx"], drop["w3.docx"] = build_docx("w3.docx", T.W3, "lcz-dzb", (2026, 4, 2, 10, 15, 0))
    for f in FILES:
        drop[f] = list(dict.fromkeys(drop[f]))
    write_gold(keep, drop)


if __name__ == "__main__":
    main()
