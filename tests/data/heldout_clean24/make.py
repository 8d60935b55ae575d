#!/usr/bin/env python3
"""Build blind set 24 (heldout_clean24) about the imaginary 檀溪镇 (沅陵西县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Standard library only (zipfile + raw WordprocessingML for m1.docx and m3.docx). Texts and labels are in
texts.py; titles and headings are in GOLD below."""
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)
BODY = "仿宋_GB2312"


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


def run(text, font=BODY, sz=32, bold=False, highlight=False):
    b = "<w:b/><w:bCs/>" if bold else ""
    hl = '<w:highlight w:val="yellow"/>' if highlight else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>'
            f'{b}{hl}<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def par(r, jc=None, indent=True, style=None):
    x = f'<w:pStyle w:val="{style}"/>' if style else ""
    x += '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        x += '<w:ind w:firstLine="640" w:firstLineChars="200"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    return f'<w:p><w:pPr>{x}</w:pPr>{r}</w:p>'


def lead_split(t):
    i = t.index("。") + 1
    return t[:i], t[i:]


def paragraph(kind, t):
    if kind == "note":
        return par(run(t, sz=24, highlight=True), indent=False)
    if kind == "title":
        return par(run(t, font="方正小标宋简体", sz=44), jc="center", indent=False)
    if kind == "byline":
        return par(run(t, font="楷体_GB2312"), jc="center", indent=False)
    if kind == "info":
        return par(run(t), indent=False)
    if kind == "h1":  # Heading 1 style (黑体 from the style), typed 一、
        return par(f'<w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r>', style="1")
    if kind == "b":  # bold standalone, not indented
        return par(run(t, font="黑体", bold=True), indent=False)
    if kind == "b2":  # bold standalone, indented
        return par(run(t, font="楷体_GB2312", bold=True))
    if kind == "hb":
        lead, body = lead_split(t)
        return par(run(lead, bold=True) + run(body))
    if kind in ("sign", "date", "close"):
        return par(run(t), jc="right", indent=False)
    if kind == "att":
        return par(run(t), indent=False)
    if kind == "att2":
        return par(run(t), indent=False).replace("<w:pPr>", '<w:pPr><w:ind w:left="960"/>', 1)
    return par(run(t))  # p, remark


NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def styles_xml(with_heading):
    h = ""
    if with_heading:
        h = ('<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
             '<w:next w:val="a"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
             '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/>'
             '<w:kern w:val="44"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>')
    return (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
            'w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="21"/><w:lang w:val="en-US" '
            'w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" '
            'w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:rFonts w:ascii="仿宋_GB2312" '
            'w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>'
            f'{h}<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/></w:style>'
            '</w:styles>')


def build_docx(name, items, creator, when, header=None):
    body, keep, drop = [], [], []
    for kind, text in items:
        k, d = labels(text)
        keep += k
        drop += d
        body.append(paragraph(kind, strip(text)))
    hdr_ref = ""
    if header:
        drop += labels(header)[1]
        hdr_ref = '<w:headerReference w:type="default" r:id="rId9"/>'
    sect = (f'<w:sectPr>{hdr_ref}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
            'w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    over = ""
    hrel = ""
    parts = []
    if header:
        hx = (f'{XD}<w:hdr {NS}><w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" '
              'w:color="000000"/></w:pBdr><w:jc w:val="center"/></w:pPr>'
              f'{run(strip(header), sz=18)}</w:p></w:hdr>')
        parts.append(("word/header1.xml", hx))
        over = f'<Override PartName="/word/header1.xml" ContentType="{MAIN}.header+xml"/>'
        hrel = f'<Relationship Id="rId9" Type="{REL}/header" Target="header1.xml"/>'
    ct = (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>{over}'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    top = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>{hrel}</Relationships>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{creator}</dc:creator>'
            '</cp:coreProperties>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels),
               ("word/document.xml", doc), ("word/styles.xml", styles_xml(any(k == "h1" for k, _ in items))),
               ("docProps/core.xml", core)] + parts
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for p, x in entries:
            z.writestr(zipfile.ZipInfo(p, date_time=when), x, zipfile.ZIP_DEFLATED)
    return [keep], drop


# ---------------------------------------------------------------- .txt files
def build_m2():
    # a clerk's own file: UTF-8 with BOM, CRLF
    write("m2.txt", b"\xef\xbb\xbf" + strip(T.M2).replace("\n", "\r\n").encode("utf-8"))
    b = T.M2.index("　　　　　　参加县委党校")
    return [labels(T.M2[:b])[0], labels(T.M2[b:])[0]], labels(T.M2)[1]


def build_m4():
    # a 范文 page saved from the browser: UTF-8, LF
    write("m4.txt", strip(T.M4).encode("utf-8"))
    return [labels(T.M4)[0]], labels(T.M4)[1]


def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "m1.docx": [("檀溪镇党委委员、副镇长2025年度述职报告", [
        H(1, "一、", "德：坚定理想信念，始终做到对党忠诚"),
        H(1, "二、", "能：加强学习实践，不断提升履职本领"),
        H(1, "三、", "勤：扑下身子干事，始终保持奋发有为的精神状态"),
        H(1, "四、", "绩：聚焦分管重点，推动各项工作取得新成效"),
        H(2, "1）", "抓实粮食生产"), H(2, "2）", "抓好水利建设"),
        H(2, "3）", "抓牢林业和生态保护"), H(2, "4）", "抓细自然资源管理"),
        H(1, "五、", "廉：严守纪律规矩，切实做到清正廉洁"),
        H(1, "六、", "存在的不足及今后努力方向")])],
    "m2.txt": [
        ("檀溪镇2025年农业农村工作总结", [
            H(1, "", "一年来的主要工作"),
            H(2, "1.", "粮食生产"), H(3, "a)", "早稻集中育秧"), H(3, "b)", "晚稻病虫害统防统治"),
            H(2, "2.", "特色产业"), H(2, "3.", "农村改革"),
            H(1, "", "存在的问题"),
            H(1, "", "明年工作思路"),
            H(2, "1.", "稳住粮食基本盘"), H(2, "2.", "做强特色产业"), H(2, "3.", "提升服务能力")]),
        ("参加县委党校中青年干部培训班学习心得体会", [
            H(1, "", "学什么？学理论、学政策、学本领"),
            H(1, "", "思什么？思差距、思责任、思方法"),
            H(1, "", "践什么？把学到的东西用到檀溪的实际工作中"),
            H(1, "", "悟什么？悟初心、悟使命、悟担当")])],
    "m3.docx": [("檀溪镇“一个中心、两个抓手、三项机制”推动矛盾纠纷就地化解的经验做法", [
        H(1, "一、", "主要做法"),
        H(2, "", "一个中心：把群众满意作为检验工作的第一标准"),
        H(2, "", "两个抓手：网格员和“老娘舅”调解室"),
        H(3, "1）", "网格员当好“前哨”"), H(3, "2）", "“老娘舅”调解室当好“和事佬”"),
        H(2, "", "三项机制：排查、分流、回访闭环运行"),
        H(3, "①", "每周一排查"), H(3, "②", "分级分类分流"), H(3, "③", "办结必回访"),
        H(1, "二、", "取得成效"),
        H(1, "三、", "几点体会")])],
    "m4.txt": [("檀溪镇纪委书记2025年度述职述廉报告", [
        H(1, "", "德——讲政治、守规矩，始终把忠诚放在首位"),
        H(1, "", "能——学业务、练本领，努力做监督执纪的行家里手"),
        H(1, "", "勤——沉下去、盯得住，把监督延伸到村组一线"),
        H(1, "", "绩——聚焦主责主业，推动全面从严治党向基层延伸"),
        H(2, "（一）", "抓什么：抓住群众身边不正之风和腐败问题这个重点"),
        H(2, "（二）", "怎么抓：推行“小微权力”清单化管理"),
        H(2, "（三）", "抓得怎么样：群众获得感明显增强"),
        H(1, "", "廉——严于律己、以身作则，当好廉洁自律的表率")])],
}
FILES = ("m1.docx", "m2.txt", "m3.docx", "m4.txt")


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
    keep["m1.docx"], drop["m1.docx"] = build_docx("m1.docx", T.M1, "周立群", (2026, 1, 10, 9, 12, 0),
                                                  header=T.M1_HEADER)
    keep["m2.txt"], drop["m2.txt"] = build_m2()
    keep["m3.docx"], drop["m3.docx"] = build_docx("m3.docx", T.M3, "txz-zzb", (2026, 3, 18, 16, 5, 0))
    keep["m4.txt"], drop["m4.txt"] = build_m4()
    for f in FILES:
        drop[f] = list(dict.fromkeys(drop[f]))
    write_gold(keep, drop)


if __name__ == "__main__":
    main()
