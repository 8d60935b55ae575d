#!/usr/bin/env python3
"""Build blind set 13 (heldout_clean13) about the imaginary 蓼坪镇 (临岚县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Only the standard library: zipfile + raw WordprocessingML for x6.docx. The texts live in texts.py with
inline labels ([[keep]], {{drop}}, ¤ stray BOM, ⁅n⁆ footnote reference); this script strips the labels,
writes the six files and collects must_keep/must_drop for gold.yaml. Titles and headings are listed in
GOLD below (those of x6.docx are derived from its item list and the list numbering) and checked by
check.py.
"""
import html
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)
FNREF = re.compile(r"⁅(\*?)(\d+)⁆")


def strip(s):
    """File text: labels removed, stray BOMs made real. Footnote marks stay for the docx builder."""
    return DROP.sub(r"\1", KEEP.sub(r"\1", s)).replace("¤", "\ufeff")


def clean_keep(k):
    """What a reader sees of a kept span: nested drops (pinyin, tags) cut out, no BOM, no note marks."""
    return FNREF.sub("", DROP.sub("", k)).replace("¤", "")


def labels(s):
    return [clean_keep(k) for k in KEEP.findall(s)], DROP.findall(s)


def write(name, text, enc, crlf=False, bom=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(enc)
    if bom:
        data = {"utf-16-be": b"\xfe\xff", "utf-16-le": b"\xff\xfe", "utf-8": b"\xef\xbb\xbf"}[enc] + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- x3.txt: OCR of a scanned 红头文件
WIDTH = 28          # characters per line of the scanned page (a 公文 line holds 28)
PAGE_LINES = 17     # lines per page as the OCR engine returned them
HANG = "，。、；：”）》！？"


def wrap(text):
    """Cut a paragraph like the printed page: 28 characters a line, closing punctuation hung at the end."""
    out, s = [], "　　" + text
    while s:
        line, s = s[:WIDTH], s[WIDTH:]
        while s and s[0] in HANG:
            line, s = line + s[0], s[1:]
        out.append(line)
    return out


def spaced(line):
    """OCR output with a space between characters (digit runs stay together); the indent is kept."""
    ind = len(line) - len(line.lstrip("　"))
    body = line[ind:]
    out = ""
    for i, c in enumerate(body):
        out += c
        if i + 1 < len(body) and not (c.isascii() and body[i + 1].isascii()):
            out += " "
    return line[:ind] + out


def build_x3():
    lines, keep, drop = [], [], []
    nbody = 0
    for item in T.X3:
        kind, text = item
        k, d = labels(text)
        keep += k
        drop += d
        t = strip(text)
        if kind in ("raw", "title", "h"):
            lines.append(t)
        elif kind == "hs":
            s = spaced(t)
            lines.append(s)
            drop.append(re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", s).group(0))
        elif kind == "sign":
            lines.append("　" * 16 + t)
        elif kind == "p":
            for ln in wrap(t):
                nbody += 1
                if nbody % 6 == 3:  # every sixth body line came out of the OCR engine spaced
                    ln = spaced(ln)
                    m = re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", ln)
                    if m:
                        drop.append(m.group(0))
                lines.append(ln)
    out, page = [], 1
    for i, ln in enumerate(lines):
        out.append(ln)
        if (i + 1) % PAGE_LINES == 0:
            out += ["", f"- {page} -", ""]
            drop.append(f"- {page} -")
            page += 1
    out += ["", f"- {page} -", ""]
    drop.append(f"- {page} -")
    write("x3.txt", "\n".join(out), "utf-8")
    return keep, drop


# ---------------------------------------------------------------- x6.docx: multilevel auto-numbering
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(font="仿宋_GB2312", sz=32, b=False, style=None):
    x = f'<w:rStyle w:val="{style}"/>' if style else ""
    x += f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
    if b:
        x += "<w:b/><w:bCs/>"
    return f'<w:rPr>{x}<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'


def run(text, **kw):
    if not text:
        return ""
    return f'<w:r>{rpr(**kw)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def noted(text, **kw):
    """Runs of a text holding ⁅n⁆ footnote references (⁅*n⁆: custom mark “*” typed after the reference)."""
    out, pos = [], 0
    for m in FNREF.finditer(text):
        out.append(run(text[pos:m.start()], **kw))
        ref = '<w:rPr><w:rStyle w:val="aa"/></w:rPr>'
        if m.group(1):
            out.append(f'<w:r>{ref}<w:footnoteReference w:customMarkFollows="1" w:id="{m.group(2)}"/>'
                       '<w:t>*</w:t></w:r>')
        else:
            out.append(f'<w:r>{ref}<w:footnoteReference w:id="{m.group(2)}"/></w:r>')
        pos = m.end()
    out.append(run(text[pos:], **kw))
    return "".join(out)


def para(content, jc=None, indent=True, num=None):
    ppr = ""
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[0]}"/><w:numId w:val="{num[1]}"/></w:numPr>'
    ppr += '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>"


def field(instr, cached, **kw):
    rp = rpr(**kw)
    return (f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rp}<w:instrText xml:space="preserve">{esc(instr)}</w:instrText></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rp}<w:t>{esc(cached)}</w:t></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')


def textbox(text):
    p = f'<w:p><w:pPr><w:jc w:val="left"/></w:pPr>{run(text, font="楷体_GB2312", sz=24)}</w:p>'
    return ('<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-914400</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2286000" cy="685800"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>'
            '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="685800"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFF99"/>'
            '</a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{p}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" '
            'wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
            '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
            '</mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
            'o:connecttype="rect"/></v:shapetype><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
            'style="position:absolute;margin-left:0;margin-top:-72pt;width:180pt;height:54pt;z-index:251659264;'
            'mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#ff9" '
            f'strokecolor="red" strokeweight=".5pt"><v:textbox><w:txbxContent>{p}</w:txbxContent></v:textbox>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SECT = ('<w:sectPr><w:headerReference w:type="default" r:id="rId6"/><w:footerReference w:type="default" '
        'r:id="rId7"/><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
        'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
        '<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')

# the list: 一、 (chineseCounting) / （一） (chineseCounting) / 1. (decimal); the number is drawn, not typed
LVL = [("chineseCounting", "%1、", "黑体", ""), ("chineseCounting", "（%2）", "楷体_GB2312", ""),
       ("decimal", "%3.", "仿宋_GB2312", "<w:b/><w:bCs/>")]


def numbering():
    lv = ""
    for i in range(9):
        fmt, txt, font, bold = LVL[i] if i < 3 else ("decimal", f"%{i + 1}.", "仿宋_GB2312", "")
        lv += (f'<w:lvl w:ilvl="{i}" w:tplc="{0x04090019 + i:08X}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
               f'<w:suff w:val="nothing"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
               f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
               f'{bold}</w:rPr></w:lvl>')
    over = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>' for i in range(3))
    return (f'{XD}<w:numbering {NS}><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
            '<w:nsid w:val="2B6C41E7"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001F"/>'
            f'{lv}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            f'<w:num w:numId="2"><w:abstractNumId w:val="0"/>{over}</w:num></w:numbering>')


def footnotes():
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
           '</w:p></w:footnote>')
    notes = ""
    custom = {int(m.group(2)) for it in T.X6 for x in it[1:] if isinstance(x, str)
              for m in FNREF.finditer(x) if m.group(1)}
    for n, text in T.X6_FOOTNOTES.items():
        mark = ('<w:r><w:rPr><w:rStyle w:val="aa"/></w:rPr><w:t>*</w:t></w:r>' if n in custom
                else '<w:r><w:rPr><w:rStyle w:val="aa"/></w:rPr><w:footnoteRef/></w:r>')
        notes += (f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="a9"/></w:pPr>{mark}'
                  f'{run(" " + text, font="仿宋_GB2312", sz=18)}</w:p></w:footnote>')
    return f"{XD}<w:footnotes {NS}>{sep}{notes}</w:footnotes>"


CN = "一二三四五六七八九十"


def x6_numbers():
    """The number Word draws before each numbered paragraph (per list instance, deeper levels restart)."""
    out, num_id, counters = [], 1, {1: [0] * 9, 2: [0] * 9}
    for it in T.X6:
        if it[0] == "restart":
            num_id = 2
        if it[0] in ("h", "hb"):
            c = counters[num_id]
            c[it[1]] += 1
            for j in range(it[1] + 1, 9):
                c[j] = 0
            v = c[it[1]]
            out.append(f"{CN[v - 1]}、" if it[1] == 0 else f"（{CN[v - 1]}）" if it[1] == 1 else f"{v}.")
    return out


def build_x6():
    body, keep, drop = [], [], []
    num_id, pending_box = 1, ""
    docs = []
    marks = iter(x6_numbers())
    for it in T.X6:
        kind = it[0]
        if kind == "title":
            body.append(para(run(it[1], font="方正小标宋简体", sz=44), jc="center", indent=False))
            docs.append((it[1], [], []))
        elif kind == "textbox":
            pending_box = textbox(strip(it[1]))
            drop += labels(it[1])[1]
        elif kind == "p":
            body.append(para(pending_box + noted(strip(it[1]))))
            pending_box = ""
            k, d = labels(it[1])
            docs[-1][2].extend(k)
            drop += d
        elif kind == "h":
            font = "黑体" if it[1] == 0 else "楷体_GB2312"
            body.append(para(noted(strip(it[2]), font=font), num=(it[1], num_id)))
            docs[-1][1].append({"level": it[1] + 1, "marker": next(marks), "text": clean_keep(it[2])})
        elif kind == "hb":
            font = "楷体_GB2312" if it[1] == 1 else "仿宋_GB2312"
            content = run(it[2] + "。", font=font, b=it[1] == 2) + noted(strip(it[3]))
            body.append(para(content, num=(it[1], num_id)))
            docs[-1][1].append({"level": it[1] + 1, "marker": next(marks), "text": it[2]})
            k, d = labels(it[3])
            docs[-1][2].extend(k)
            drop += d
        elif kind == "sign":
            body.append(para(run(strip(it[1])), jc="right", indent=False))
            drop += labels(it[1])[1]
        elif kind == "pagebreak":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif kind == "restart":
            num_id = 2
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{SECT}</w:body></w:document>'
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/>'
              '<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
              '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
              '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
              '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="header"/><w:basedOn w:val="a"/>'
              '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
              '<w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
              '<w:pPr><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="a9"><w:name w:val="footnote text"/><w:basedOn w:val="a"/>'
              '<w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>'
              '</w:style><w:style w:type="character" w:styleId="aa"><w:name w:val="footnote reference"/>'
              '<w:basedOn w:val="a0"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
              '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/>'
              '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style></w:styles>')
    settings = (f'{XD}<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>'
                '<w:drawingGridVerticalSpacing w:val="579"/><w:characterSpacingControl w:val="compressPunctuation"/>'
                '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
                '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')
    k = dict(font="宋体", sz=18)
    header = (f'{XD}<w:hdr {NS}><w:p><w:pPr><w:pStyle w:val="a4"/></w:pPr>'
              + run("蓼坪镇2025年度工作材料汇编", **k) + "</w:p></w:hdr>")
    footer = (f'{XD}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="a6"/><w:jc w:val="center"/></w:pPr>'
              + run("— ", font="宋体", sz=28) + field(" PAGE   \\* MERGEFORMAT ", "1", font="宋体", sz=28)
              + run(" —", font="宋体", sz=28) + "</w:p></w:ftr>")
    parts = {"word/document.xml": doc, "word/styles.xml": styles, "word/settings.xml": settings,
             "word/numbering.xml": numbering(), "word/footnotes.xml": footnotes(),
             "word/header1.xml": header, "word/footer1.xml": footer}
    rels = [("rId3", "numbering", "numbering.xml"), ("rId4", "footnotes", "footnotes.xml"),
            ("rId6", "header", "header1.xml"), ("rId7", "footer", "footer1.xml")]
    over = [("numbering.xml", "numbering"), ("footnotes.xml", "footnotes"), ("header1.xml", "header"),
            ("footer1.xml", "footer")]
    pkg("x6.docx", parts, rels, over)
    drop += list(T.X6_FOOTNOTES.values())
    drop += ["蓼坪镇2025年度工作材料汇编", "MERGEFORMAT", "蓼坪镇党政办", "HP Inc."]
    return docs, drop


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
             + "".join(f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"/>' for rid, kind, target in rels)
             + "</Relationships>")
    app = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><TotalTime>96</TotalTime><Pages>4</Pages>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<Company>HP Inc.</Company><AppVersion>16.0000</AppVersion></Properties>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title></dc:title><dc:creator>蓼坪镇党政办</dc:creator><cp:lastModifiedBy>蓼坪镇党政办</cp:lastModifiedBy>'
            '<cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-14T02:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T07:41:00Z</dcterms:modified></cp:coreProperties>')
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels)]
        entries += list(parts.items()) + [("docProps/app.xml", app), ("docProps/core.xml", core)]
        for p, x in entries:  # fixed time stamps: the same texts give the same bytes
            z.writestr(zipfile.ZipInfo(p, date_time=(2026, 3, 2, 15, 41, 0)), x, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- titles and headings (gold)
def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "x1.txt": [("做一名“勤、实、廉”的乡镇干部", [
        H(1, "", "勤"), H(1, "", "实"), H(2, "一要", "俯下身子"), H(2, "二要", "夯实基础"),
        H(2, "三要", "讲究方法"), H(1, "", "廉")])],
    "x2.txt": [
        ("蓼坪镇2025年农村人居环境整治工作总结", [
            H(1, "一.", "主要工作及成效"), H(2, "(一)、", "聚焦“三清一改”，村容村貌明显改观"),
            H(2, "(二)、", "聚焦厕所革命，群众满意度稳步提升"), H(2, "(三)、", "聚焦长效管护，治理成果得到巩固"),
            H(1, "二.", "存在的问题"), H(1, "三.", "2026年工作打算")]),
        ("在全镇2026年春季森林防灭火工作会议上的讲话", [
            H(1, "第一、", "深化思想认识，切实增强做好防灭火工作的责任感"),
            H(1, "第二、", "突出关键环节，坚决守住不发生重大森林火灾的底线"),
            H(2, "其一", "严格火源管控"), H(2, "其二", "加强隐患排查"), H(2, "其三", "做好应急准备"),
            H(1, "第三、", "压紧压实责任，确保各项措施落到实处")]),
        ("关于蓼坪镇猕猴桃产业发展情况的调研报告", [
            H(1, "1.", "基本情况"), H(2, "（一）", "种植规模不断扩大"), H(2, "（二）", "经营主体逐步壮大"),
            H(1, "2.", "存在的问题"), H(2, "（一）", "品种结构单一"), H(2, "（二）", "冷链仓储能力不足"),
            H(1, "3.", "对策建议"), H(2, "（一）", "优化品种结构"), H(2, "（二）", "补齐冷链短板")])],
    "x3.txt": [("蓼坪镇人民政府关于进一步加强农村集体“三资”管理的意见", [
        H(1, "一、", "总体要求"), H(1, "二、", "重点任务"), H(2, "（一）", "全面清查核实"),
        H(2, "（二）", "规范合同管理"), H(2, "（三）", "严格财务管理"), H(3, "1.", "落实村账镇代理"),
        H(3, "2.", "严控非生产性开支"), H(1, "三、", "保障措施")])],
    "x4.txt": [("蓼坪镇：“三个聚焦”推动矛盾纠纷多元化解", [
        H(1, "一、", "聚焦源头预防，把矛盾纠纷化解在萌芽状态"), H(1, "二、", "聚焦多元调处，让群众少跑腿好办事"),
        H(1, "三、", "聚焦依法化解，提升基层治理法治化水平"), H(2, "一是", "深化法律服务"),
        H(2, "二是", "加强普法宣传"), H(2, "三是", "强化诉调对接")])],
    "x5.md": [("蓼坪镇2026年“美丽庭院”创建工作方案", [
        H(1, "一、", "工作目标"), H(1, "二、", "创建标准"), H(2, "（一）", "庭院整洁"), H(2, "（二）", "绿化美化"),
        H(2, "（三）", "家风和谐"), H(1, "三、", "实施步骤"), H(2, "（一）", "宣传发动阶段（2026年3月）"),
        H(2, "（二）", "创建实施阶段（2026年4月至9月）"), H(2, "（三）", "评选表彰阶段（2026年10月至11月）"),
        H(1, "四、", "保障措施")])],
}

# furniture that is markup, decoration or a control character rather than a labelled span
EXTRA_DROP = {
    "x1.txt": ["\ufeff", "\r"],
    "x2.txt": ["\ufeff"],
    "x3.txt": [],
    "x4.txt": [],
    "x5.md": ["<h1", "<h2", "<span style=", "<p style=", "<p align=", "<strong>", "**", "## ", "&emsp;",
              "&ldquo;", "&nbsp;", "<table", "<td>", "<div align="],
    "x6.docx": [],
}
FILES = ("x1.txt", "x2.txt", "x3.txt", "x4.txt", "x5.md", "x6.docx")


def md_keep(k):
    return html.unescape(re.sub(r"<[^>]+>", "", k))


def main():
    keep, drop = {}, {}
    # x1.txt — a 范文 page pasted into Notepad and saved as “Unicode big endian”: UTF-16 BE + BOM, CRLF
    write("x1.txt", strip(T.X1), "utf-16-be", crlf=True, bom=True)
    keep["x1.txt"] = [labels(T.X1)[0]]
    drop["x1.txt"] = labels(T.X1)[1]
    # x2.txt — three UTF-8 files joined with `copy /b`: no BOM at the start, the BOMs of files 2 and 3
    # (and one pasted in a paragraph) are in the middle; LF
    write("x2.txt", strip(T.X2A + T.X2B + T.X2C), "utf-8")
    keep["x2.txt"] = [labels(x)[0] for x in (T.X2A, T.X2B, T.X2C)]
    drop["x2.txt"] = sum((labels(x)[1] for x in (T.X2A, T.X2B, T.X2C)), [])
    # x3.txt — OCR of a scanned 红头文件: UTF-8, LF
    k, d = build_x3()
    keep["x3.txt"], drop["x3.txt"] = [k], d
    # x4.txt — portal page saved from the browser as text, pages 1 and 2 of the article: UTF-8, LF
    page = T.X4_PAGE1 + T.X4_PAGE2
    write("x4.txt", strip(page), "utf-8")
    keep["x4.txt"] = [labels(page)[0]]
    drop["x4.txt"] = labels(page)[1]
    # x5.md — Markdown note with raw HTML pasted from a rich-text editor: UTF-8, LF
    write("x5.md", strip(T.X5), "utf-8")
    keep["x5.md"] = [[md_keep(x) for x in labels(T.X5)[0]]]
    drop["x5.md"] = labels(T.X5)[1]
    docs, d = build_x6()
    GOLD["x6.docx"] = [(t, h) for t, h, _ in docs]
    keep["x6.docx"], drop["x6.docx"] = [k for _, _, k in docs], d
    for f in FILES:
        seen = []
        for s in drop[f] + EXTRA_DROP[f]:
            if s not in seen:
                seen.append(s)
        drop[f] = seen
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
