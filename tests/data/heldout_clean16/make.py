#!/usr/bin/env python3
"""Build blind set 16 (heldout_clean16) about the imaginary 杉岚镇 (鸣泉县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Only the standard library: zipfile + raw WordprocessingML for a3.docx. The texts live in texts.py with
inline labels ([[keep]], {{drop}}); this script strips the labels, writes the three files and collects
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
    return [DROP.sub("", k) for k in KEEP.findall(s)], DROP.findall(s)


def write(name, text, enc, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode(enc))


# ---------------------------------------------------------------- a1.txt: text copied out of a PDF
WIDTH = 28          # characters per line of a 公文 page (ASCII counts half)
PAGE_LINES = 18     # text lines per page
A1_HEAD = "杉政发〔2026〕8号"
CLOSING = "，。、；：？！”’）》〕"


def wrap(par):
    """Hard-wrap one paragraph like a PDF copy: ASCII runs are never split, closing punctuation hangs."""
    toks = re.findall(r"[0-9A-Za-z.%]+|.", par)
    lines, cur, w = [], "", 0.0
    for t in toks:
        tw = len(t) * 0.5 if t.isascii() else 1.0
        if w + tw > WIDTH and cur and not (len(t) == 1 and t in CLOSING):
            lines.append(cur)
            cur, w = "", 0.0
        cur += t
        w += tw
    return lines + [cur]


def build_a1():
    lines = []
    for par in strip(T.A1).rstrip("\n").split("\n"):
        lines += wrap(par) if par.startswith("　　") else [par]
    pages = [lines[i:i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)]
    out, drop = [], []
    for n, pg in enumerate(pages, 1):
        if n > 1:
            out.append(A1_HEAD)
        out += pg
        foot = f"杉岚镇人民政府文件　第 {n} 页 共 {len(pages)} 页"
        out.append(foot)
        drop.append(f"第 {n} 页 共 {len(pages)} 页")
    write("a1.txt", "\n".join(out) + "\n", "utf-8")
    return drop + ["杉岚镇人民政府文件　第 2 页"]


# ---------------------------------------------------------------- a3.docx: WPS, essay in a one-cell table
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, font="仿宋_GB2312", sz=32):
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>'
            f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def par(text, jc=None, indent=True, **kw):
    x = '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        x += '<w:ind w:firstLine="640" w:firstLineChars="200"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    return f'<w:p><w:pPr>{x}</w:pPr>{run(text, **kw)}</w:p>'


NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A3_CREATOR = "杉岚镇农办"
A3_APP = "WPS Office_12.1.0.19302_F1E327BC-269C-435d-A152-05C5408002CA"


def build_a3():
    cell, keep, drop = [], [], []
    for kind, text in T.A3:
        k, d = labels(text)
        keep += k
        drop += d
        t = strip(text)
        if kind == "title":
            cell.append(par(t, jc="center", indent=False, font="方正小标宋简体", sz=44))
        elif kind == "byline":
            cell.append(par(t, jc="center", indent=False, font="楷体_GB2312"))
        elif kind == "h":      # a heading only by its bigger font: 小二 (sz 36), not bold, no style
            cell.append(par(t, indent=False, font="仿宋_GB2312", sz=36))
        elif kind == "p":
            cell.append(par(t))
        elif kind == "sign":
            cell.append(par(t, jc="right", indent=False))
    b = "".join(f'<w:{s} w:val="single" w:color="auto" w:sz="4" w:space="0"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tbl = (f'<w:tbl><w:tblPr><w:tblStyle w:val="3"/><w:tblW w:w="8522" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
           f'<w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="8522"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="8522" w:type="dxa"/>'
           f'</w:tcPr>{"".join(cell)}</w:tc></w:tr></w:tbl>')
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
            'w:left="1800" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425" w:num="1"/>'
            '<w:docGrid w:type="lines" w:linePitch="312" w:charSpace="0"/></w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{tbl}<w:p><w:pPr><w:rPr/></w:pPr></w:p>{sect}</w:body></w:document>'
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/>'
              '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="character" w:default="1" w:styleId="4"><w:name w:val="Default Paragraph Font"/>'
              '<w:semiHidden/></w:style><w:style w:type="table" w:default="1" w:styleId="2"><w:name w:val="Normal Table"/>'
              '<w:semiHidden/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
              '</w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="3"><w:name w:val="Table Grid"/>'
              '<w:basedOn w:val="2"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0"/>'
              '</w:tblBorders></w:tblPr></w:style></w:styles>')
    settings = (f'{XD}<w:settings {NS}><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader w:val="1"/>'
                '<w:documentProtection w:enforcement="0"/><w:defaultTabStop w:val="420"/>'
                '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/>'
                '<w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
                '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/>'
                '</w:compat><w:docVars><w:docVar w:name="commondata" w:val="eyJoZGlkIjoiNmE3ZTIxIn0="/></w:docVars>'
                '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')
    custom = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
              '<vt:lpwstr>2052-12.1.0.19302</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
              '<vt:lpwstr>3B5C1A0E9D2F4C7B8E61A2D4F0C93E51_12</vt:lpwstr></property></Properties>')
    ct = (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{MAIN}.settings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
          '</Types>')
    top = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
           '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
             f'<Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/></Relationships>')
    app = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           f'<Template>Normal.dotm</Template><Pages>1</Pages><Application>{A3_APP}</Application>'
           '<DocSecurity>0</DocSecurity></Properties>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{A3_CREATOR}</dc:creator><cp:lastModifiedBy>{A3_CREATOR}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-26T01:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-26T03:40:00Z</dcterms:modified></cp:coreProperties>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels),
               ("word/document.xml", doc), ("word/styles.xml", styles), ("word/settings.xml", settings),
               ("docProps/app.xml", app), ("docProps/core.xml", core), ("docProps/custom.xml", custom)]
    with zipfile.ZipFile(os.path.join(HERE, "a3.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for p, x in entries:
            z.writestr(zipfile.ZipInfo(p, date_time=(2026, 2, 26, 11, 40, 0)), x, zipfile.ZIP_DEFLATED)
    return keep, drop + [A3_CREATOR, "KSOProductBuildVer", "WPS Office_12.1.0.19302"]


# ---------------------------------------------------------------- titles and headings (gold)
def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "a1.txt": [("杉岚镇2026年防汛抗旱工作实施方案", [
        H(1, "一、", "总体要求"), H(1, "二、", "组织机构"), H(2, "（一）", "成立防汛抗旱指挥部"),
        H(2, "（二）", "明确工作职责"), H(1, "三、", "重点任务"), H(2, "（一）", "抓好隐患排查"),
        H(3, "1．", "排查河道堤防"), H(3, "2．", "排查山塘水库"), H(3, "3．", "排查地质灾害点"),
        H(2, "（二）", "做好应急准备"), H(3, "1．", "充实抢险队伍"), H(3, "2．", "储备防汛物资"),
        H(1, "四、", "保障措施"), H(2, "（一）", "强化值班值守"), H(2, "（二）", "严肃追责问责")])],
    "a2.txt": [
        ("杉岚镇党委委员、副镇长2025年度述职报告", [
            H(1, "一、", "加强学习，提高素质"), H(1, "二、", "履职尽责，推动发展"), H(2, "（一）", "抓好产业发展"),
            H(2, "（二）", "抓好民生保障"), H(1, "三、", "廉洁自律，守住底线"), H(1, "四、", "存在的不足和努力方向")]),
        ("杉岚镇人大主席2025年度述职报告", [
            H(1, "一、", "依法履职，人大工作有新成效"), H(2, "1.", "组织开展执法检查"), H(2, "2.", "扎实开展代表活动"),
            H(2, "3.", "推进民生实事项目票决"), H(1, "二、", "存在的不足"), H(1, "三、", "下一步打算")])],
    "a3.docx": [("学习习近平总书记关于“三农”工作重要论述心得体会", [
        H(1, "", "深刻领会“三农”工作的重要地位"), H(1, "", "对照要求查找自身差距"), H(2, "一是", "理论学习不够深入"),
        H(2, "二是", "服务群众不够主动"), H(2, "三是", "创新意识不够强"), H(1, "", "以学促干推动乡村振兴")])],
}

EXTRA_DROP = {"a1.txt": [], "a2.txt": ["\r"], "a3.docx": []}
FILES = ("a1.txt", "a2.txt", "a3.docx")


def split_essays(text, titles):
    """Cut a labelled source at the title lines (whole lines) so each essay's keeps go to its own document."""
    idx = [re.search("^" + re.escape(t) + "$", text, re.M).start() for t in titles] + [len(text)]
    return [text[idx[i]:idx[i + 1]] for i in range(len(titles))]


def main():
    keep, drop = {}, {}
    d = build_a1()
    keep["a1.txt"], drop["a1.txt"] = [labels(T.A1)[0]], labels(T.A1)[1] + d
    write("a2.txt", strip(T.A2), "gb18030", crlf=True)
    keep["a2.txt"] = [labels(x)[0] for x in split_essays(T.A2, [t for t, _ in GOLD["a2.txt"]])]
    drop["a2.txt"] = labels(T.A2)[1]
    k, d = build_a3()
    keep["a3.docx"], drop["a3.docx"] = [k], d
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
