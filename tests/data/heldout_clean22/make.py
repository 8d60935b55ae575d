#!/usr/bin/env python3
"""Build blind set 22 (桐岙乡, 临江县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Standard library only (zipfile + raw WordprocessingML for k1.docx, codecs for k2.txt). Texts and labels
are in texts.py; titles and headings are in GOLD below (those of k1.docx are derived from its items)."""
import codecs
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


def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


# ---------------------------------------------------------------- k1.docx
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, font=BODY, sz=32, bold=False):
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>'
            f'{b}<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def par(r, style=None, jc=None, indent=True):
    x = f'<w:pStyle w:val="{style}"/>' if style else ""
    x += '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        x += '<w:ind w:firstLine="640" w:firstLineChars="200"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    return f'<w:p><w:pPr>{x}</w:pPr>{r}</w:p>'


def k1_par(kind, t):
    if kind == "note":
        return par(run(t, font="黑体", sz=28), indent=False)
    if kind == "title":
        return par(run(t, font="方正小标宋简体", sz=44), jc="center", indent=False)
    if kind == "byline":
        return par(run(t, font="楷体_GB2312"), jc="center", indent=False)
    if kind == "h1":
        return par(run(t, font="黑体"), style="1", indent=False)
    if kind == "h2":
        return par(run(t, font="楷体_GB2312"), style="2")
    if kind == "hb":
        lead, body = t.split("。", 1)
        return par(run(lead + "。", bold=True) + run(body))
    if kind == "attach":
        return par(run(t), indent=False)
    if kind == "date":
        return par(run(t), jc="right", indent=False)
    return par(run(t))


NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def style_heading(sid, name, lvl, font, sz):
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="a"/>'
            f'<w:next w:val="a"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
            f'<w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="{lvl}"/></w:pPr><w:rPr>'
            f'<w:rFonts w:eastAsia="{font}"/><w:b/><w:bCs/><w:sz w:val="{sz}"/></w:rPr></w:style>')


def build_k1():
    body, keep, drop, heads = [], [], [], []
    levels = {"h1": 1, "h2": 2, "hb": 3}
    for kind, text in T.K1:
        k, d = labels(text)
        keep += k
        drop += d
        s = strip(text)
        body.append(k1_par(kind, s))
        if kind in ("h1", "h2"):
            m = re.match(r"(第[一二三四五六七八九十]+[章节])　(.+)$", s)
            heads.append(H(levels[kind], m.group(1), m.group(2)))
        elif kind == "hb":
            m = re.match(r"([一二三四五六七八九十]+、)([^。]+)。", s)
            heads.append(H(levels[kind], m.group(1), m.group(2)))
    hk, hd = labels(T.K1_HEADER)
    ck, cd = labels(T.K1_CREATOR)
    drop += hd + cd
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>'
            '<w:footerReference w:type="default" r:id="rId4"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="21"/><w:lang w:val="en-US" '
              'w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" '
              'w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              + style_heading("1", "heading 1", 0, "黑体", 32)
              + style_heading("2", "heading 2", 1, "楷体_GB2312", 32)
              + '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="header"/><w:basedOn w:val="a"/>'
              '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
              '<w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
              '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/></w:style>'
              '</w:styles>')
    header = (f'{XD}<w:hdr {NS}><w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr>{run(strip(T.K1_HEADER), sz=18)}'
              '</w:p></w:hdr>')
    footer = (f'{XD}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="a4"/><w:jc w:val="center"/></w:pPr>'
              f'{run("— ", sz=28)}<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              '<w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
              f'<w:r><w:fldChar w:fldCharType="end"/></w:r>{run(" —", sz=28)}</w:p></w:ftr>')
    ct = (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{MAIN}.header+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{MAIN}.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    top = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}/header" Target="header1.xml"/>'
             f'<Relationship Id="rId4" Type="{REL}/footer" Target="footer1.xml"/></Relationships>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{strip(T.K1_CREATOR)}</dc:creator>'
            f'<cp:lastModifiedBy>{strip(T.K1_CREATOR)}</cp:lastModifiedBy></cp:coreProperties>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels),
               ("word/document.xml", doc), ("word/styles.xml", styles), ("word/header1.xml", header),
               ("word/footer1.xml", footer), ("docProps/core.xml", core)]
    with zipfile.ZipFile(os.path.join(HERE, "k1.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for p, x in entries:
            z.writestr(zipfile.ZipInfo(p, date_time=(2025, 9, 28, 16, 5, 0)), x, zipfile.ZIP_DEFLATED)
    return [("桐岙乡白茶产业发展情况调研报告", heads)], [keep], drop


# ---------------------------------------------------------------- k2.txt / k3.md
K2_TITLES = ("参加全市乡镇党政正职履职能力提升培训班心得体会", "在全乡秋冬季森林防火工作推进会上的讲话",
             "桐岙乡2025年平安建设工作总结")
K3_TITLES = ("桐岙乡“五个到位”推动农村人居环境整治常态长效", "桐岙乡网格化服务管理工作情况汇报")


def split_keep(src, titles, prefix):
    cuts = [src.index(prefix + t) for t in titles] + [len(src)]
    return [labels(src[cuts[i]:cuts[i + 1]])[0] for i in range(len(titles))]


def build_k2():
    text = strip(T.K2).replace("\n", "\r\n")
    write("k2.txt", codecs.BOM_UTF8 + text.encode("utf-8"))
    return split_keep(T.K2, K2_TITLES, "\n"), labels(T.K2)[1]


def build_k3():
    write("k3.md", strip(T.K3).encode("utf-8"))
    return split_keep(T.K3, K3_TITLES, "# "), labels(T.K3)[1]


GOLD = {
    "k2.txt": [
        (K2_TITLES[0], [H(1, "", "学习是履职的底气"), H(1, "", "调研是决策的前提"), H(1, "", "实干是担当的本色")]),
        (K2_TITLES[1], [
            H(1, "第一点", "思想认识要再提高"), H(1, "第二点", "防控措施要再落细"),
            H(2, "一抓", "火源管控"), H(2, "二抓", "隐患排查"), H(2, "三抓", "队伍建设"),
            H(1, "第三点", "责任链条要再压紧")]),
        (K2_TITLES[2], [
            H(1, "一、", "主要工作"), H(2, "首先", "强化矛盾纠纷排查化解"), H(2, "其次", "深化社会治安防控"),
            H(2, "再次", "抓实重点人群服务管理"), H(2, "最后", "推进平安创建宣传"),
            H(1, "二、", "存在的问题"), H(1, "三、", "2026年工作打算")]),
    ],
    "k3.md": [
        (K3_TITLES[0], [
            H(1, "〔一〕", "组织领导到位"), H(1, "〔二〕", "规划引领到位"),
            H(2, "", "坚持因地制宜"), H(2, "", "坚持群众主体"), H(2, "", "坚持量力而行"),
            H(1, "〔三〕", "资金保障到位"), H(1, "〔四〕", "长效管护到位"), H(1, "〔五〕", "考核激励到位")]),
        (K3_TITLES[1], [
            H(1, "一、", "主要做法"), H(2, "", "网格划分“细”起来"), H(2, "", "网格队伍“专”起来"),
            H(2, "", "网格服务“实”起来"), H(1, "二、", "存在的困难"), H(1, "三、", "下一步打算")]),
    ],
}
FILES = ("k1.docx", "k2.txt", "k3.md")


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
    GOLD["k1.docx"], keep["k1.docx"], drop["k1.docx"] = build_k1()
    keep["k2.txt"], drop["k2.txt"] = build_k2()
    keep["k3.md"], drop["k3.md"] = build_k3()
    for f in FILES:
        drop[f] = list(dict.fromkeys(drop[f]))
    write_gold(keep, drop)


if __name__ == "__main__":
    main()
