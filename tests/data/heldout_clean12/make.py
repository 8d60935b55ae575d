#!/usr/bin/env python3
"""Build blind set 12 (heldout_clean12) about the imaginary 栖凤镇 (安澜县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Only the standard library: zipfile + raw WordprocessingML for w2.docx and w3.docx. The texts live
in texts.py with inline labels ([[keep]], {{drop}}, «bold run»); this script strips the labels,
writes the six files and collects must_keep/must_drop for gold.yaml. Titles and headings are listed
in GOLD below (the .docx ones are derived from the item lists) and checked by check.py.
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
    return [k.replace("«", "").replace("»", "") for k in KEEP.findall(s)], DROP.findall(s)


# ---------------------------------------------------------------- WordprocessingML helpers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(font="仿宋_GB2312", sz=32, b=False, style=None):
    x = f'<w:rStyle w:val="{style}"/>' if style else ""
    x += f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
    if b:
        x += "<w:b/><w:bCs/>"
    return f'<w:rPr>{x}<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'


_RSIDS = ["00B31F27", "004E6A5C", "00D27C41", "0062A9E3"]


def run(text, rsid=0, **kw):
    if not text:
        return ""
    return (f'<w:r w:rsidR="{_RSIDS[rsid % 4]}">{rpr(**kw)}'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def rich(text, **kw):
    """Plain runs with «…» spans set in bold (emphasis inside a sentence, not a heading)."""
    out = []
    for i, piece in enumerate(re.split(r"[«»]", text)):
        out.append(run(piece, rsid=i, b=bool(i % 2), **kw))
    return "".join(out)


def para(content, jc=None, indent=False, style=None, sect=None, keep_next=False, line=True):
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if keep_next:
        ppr += "<w:keepNext/>"
    if line:
        ppr += '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if sect:
        ppr += sect
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>"


def field(instr, cached, **kw):
    rp = rpr(**kw)
    return (f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rp}<w:instrText xml:space="preserve">{esc(instr)}</w:instrText></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rp}<w:t>{esc(cached)}</w:t></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')


NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" mc:Ignorable="w14"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PORTRAIT = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>')
LANDSCAPE = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1588" w:right="2098" '
             'w:bottom="1474" w:left="1984" w:header="851" w:footer="992" w:gutter="0"/>')
COLS = '<w:cols w:space="425"/>'
DOCGRID = '<w:docGrid w:type="lines" w:linePitch="579"/>'
GRID = COLS + DOCGRID

STYLE_BASE = ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" '
              'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/>'
              '<w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>'
              '</w:rPrDefault><w:pPrDefault/></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
              '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/>'
              '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
              '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
              '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
              '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/>'
              '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>')
HDR_STYLES = ('<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="header"/><w:basedOn w:val="a"/>'
              '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/>'
              '</w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
              '<w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/>'
              '</w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
              '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
              '<w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/>'
              '</w:rPr></w:style>')


def pkg(name, parts, rels, overrides, app, core):
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
    app_x = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
             'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
             f'<Template>Normal.dotm</Template><TotalTime>{app[1]}</TotalTime><Pages>{app[2]}</Pages>'
             f'<Application>{app[0]}</Application><DocSecurity>0</DocSecurity>'
             '<AppVersion>16.0000</AppVersion></Properties>')
    core_x = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
              'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
              f'<dc:title></dc:title><dc:creator>{core[0]}</dc:creator><cp:lastModifiedBy>{core[1]}</cp:lastModifiedBy>'
              f'<cp:revision>{core[2]}</cp:revision>'
              f'<dcterms:created xsi:type="dcterms:W3CDTF">{core[3]}</dcterms:created>'
              f'<dcterms:modified xsi:type="dcterms:W3CDTF">{core[4]}</dcterms:modified></cp:coreProperties>')
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", top)
        z.writestr("word/_rels/document.xml.rels", drels)
        for p, x in parts.items():
            z.writestr(p, x)
        z.writestr("docProps/app.xml", app_x)
        z.writestr("docProps/core.xml", core_x)


def settings(extra=""):
    # element order follows CT_Settings (evenAndOddHeaders comes after defaultTabStop)
    return (f'{XD}<w:settings {NS}><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/>'
            f'<w:bordersDoNotSurroundFooter/><w:defaultTabStop w:val="420"/>{extra}'
            '<w:drawingGridVerticalSpacing w:val="579"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
            '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat><w:rsids><w:rsidRoot w:val="00B31F27"/>'
            + "".join(f'<w:rsid w:val="{r}"/>' for r in _RSIDS)
            + '</w:rsids><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')


def page_footer(jc):
    k = dict(font="宋体", sz=28)
    return (f'{XD}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="a6"/><w:jc w:val="{jc}"/></w:pPr>'
            + run("— ", **k) + field(" PAGE   \\* MERGEFORMAT ", "1", **k) + run(" —", **k) + "</w:p></w:ftr>")


# ---------------------------------------------------------------- w2.docx
def build_w2():
    body, keep, drop = [], [], []
    for item in T.W2:
        kind = item[0]
        if kind == "title":
            body.append(para(run(item[1], font="方正小标宋简体", sz=44), jc="center"))
        elif kind == "byline":
            body.append(para(run(strip(item[1]), font="楷体_GB2312"), jc="center"))
            drop += labels(item[1])[1]
        elif kind == "h":
            body.append(para(run(item[1] + item[2], font="黑体"), indent=True, keep_next=True))
        elif kind == "lead":
            marker, words, how, text = item[1:]
            if how == "b":  # direct bold, split by Word into two runs with different rsids
                lead = run(marker, rsid=1, b=True) + run(words + "。", rsid=2, b=True)
            elif how == "strong":  # character style 要点 (Strong)
                lead = run(marker + words + "。", rsid=3, style="a7")
            else:  # bold words, plain full stop
                lead = run(marker + words, rsid=1, b=True) + run("。", rsid=2)
            body.append(para(lead + rich(strip(text)), indent=True))
            k, d = labels(text)
            keep += k
            drop += d
        elif kind == "p":
            body.append(para(rich(strip(item[1])), indent=True))
            k, d = labels(item[1])
            keep += k
            drop += d
        elif kind == "sect":
            size = LANDSCAPE if item[1] == "landscape" else PORTRAIT
            refs = '<w:footerReference w:type="default" r:id="rId7"/>' if item[1] == "portrait" else ""
            sp = f'<w:sectPr>{refs}{size}<w:pgNumType w:fmt="decimal"/>{GRID}</w:sectPr>'
            body.append(para("", sect=sp))
        elif kind == "cap":
            body.append(para(run(item[1], font="黑体", sz=28), jc="center", keep_next=True))
        elif kind == "table":
            widths = [800, 2600, 3600, 1800, 1600, 2600]
            grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
            rows = ""
            for ri, row in enumerate(item[1]):
                cells = ""
                for w, c in zip(widths, row):
                    cells += (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                              + para(run(c, font="黑体" if ri == 0 else "仿宋_GB2312", sz=24), jc="center",
                                     line=False) + "</w:tc>")
                trpr = "<w:tblHeader/>" if ri == 0 else ""
                rows += f'<w:tr><w:trPr><w:trHeight w:val="567"/>{trpr}<w:jc w:val="center"/></w:trPr>{cells}</w:tr>'
            borders = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                              for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="a8"/><w:tblW w:w="13000" w:type="dxa"/>'
                        f'<w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders><w:tblLook w:val="04A0"/>'
                        f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>')
        elif kind == "sign":
            body.append(para(run(strip(item[1])), jc="right"))
            drop += labels(item[1])[1]
    last = f'<w:sectPr>{PORTRAIT}<w:pgNumType w:fmt="decimal"/>{GRID}</w:sectPr>'
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{last}</w:body></w:document>'
    styles = (f'{XD}<w:styles {NS}>{STYLE_BASE}{HDR_STYLES}'
              '<w:style w:type="character" w:styleId="a7"><w:name w:val="Strong"/><w:basedOn w:val="a0"/>'
              '<w:uiPriority w:val="22"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="a8"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/>'
              '<w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" '
              'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
              '</w:tblPr></w:style></w:styles>')
    pkg("w2.docx",
        {"word/document.xml": doc, "word/styles.xml": styles, "word/settings.xml": settings(),
         "word/footer1.xml": page_footer("center")},
        [("rId7", "footer", "footer1.xml")], [("footer1.xml", "footer")],
        ("Microsoft Office Word", 214, 5),
        ("栖凤镇党政办", "DELL", 12, "2025-12-15T02:10:00Z", "2025-12-20T08:47:00Z"))
    drop += ["栖凤镇党政办", "DELL", "MERGEFORMAT"]
    return keep, drop


# ---------------------------------------------------------------- w3.docx
WATERMARK = ('<w:r><w:rPr><w:noProof/></w:rPr><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" '
             'o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" '
             'o:connecttype="custom"/><v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" '
             'shapetype="t"/></v:shapetype><v:shape id="PowerPlusWaterMarkObject{n}" o:spid="_x0000_s{sp}" '
             'type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:415.25pt;'
             'height:138.4pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;'
             'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
             'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
             '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" '
             'string="内部资料"/></v:shape></w:pict></w:r>')


def hdr_para(content, jc="center", bottom=True):
    ppr = '<w:pStyle w:val="a4"/>'
    if not bottom:
        ppr += '<w:pBdr><w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:pBdr>'
    return f'<w:p><w:pPr>{ppr}<w:jc w:val="{jc}"/></w:pPr>{content}</w:p>'


def hdr_table(left, right):
    k = dict(font="仿宋_GB2312", sz=24)
    cell = ('<w:tc><w:tcPr><w:tcW w:w="2500" w:type="pct"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="a4"/>'
            '<w:pBdr><w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:pBdr>'
            '<w:jc w:val="{jc}"/></w:pPr>{r}</w:p></w:tc>')
    return ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:bottom w:val="single" w:sz="8" '
            'w:space="0" w:color="auto"/></w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="4422"/><w:gridCol w:w="4422"/></w:tblGrid><w:tr>'
            + cell.format(jc="left", r=run(left, **k)) + cell.format(jc="right", r=run(right, **k))
            + "</w:tr></w:tbl>" + hdr_para("", bottom=False))


def build_w3():
    k = dict(font="宋体", sz=18)
    body, keep, drop = [], [], []
    titles, sect_no = [], 0
    for item in T.W3:
        kind = item[0]
        if kind == "title":
            titles.append(item[1])
            body.append(para(run(item[1], font="方正小标宋简体", sz=44), style="a3", jc="center"))
        elif kind == "byline":
            body.append(para(run(strip(item[1]), font="楷体_GB2312"), jc="center"))
            drop += labels(item[1])[1]
        elif kind == "salute":
            body.append(para(run(item[1])))
        elif kind in ("h1", "h2"):
            body.append(para(run(item[1], font="黑体" if kind == "h1" else "楷体_GB2312"),
                             style="1" if kind == "h1" else "2", indent=True))
        elif kind == "p":
            body.append(para(run(strip(item[1])), indent=True))
            kk, d = labels(item[1])
            keep += [(len(titles) - 1, x) for x in kk]
            drop += d
        elif kind == "sign":
            body.append(para(run(strip(item[1])), jc="right"))
            drop += labels(item[1])[1]
        elif kind == "sect":
            sect_no += 1
            sp = ('<w:sectPr><w:headerReference w:type="even" r:id="rId13"/>'
                  '<w:headerReference w:type="default" r:id="rId12"/>'
                  '<w:footerReference w:type="even" r:id="rId23"/><w:footerReference w:type="default" r:id="rId22"/>'
                  '<w:headerReference w:type="first" r:id="rId11"/><w:footerReference w:type="first" r:id="rId21"/>'
                  f'{PORTRAIT}<w:pgNumType w:start="1"/>{COLS}<w:titlePg/>{DOCGRID}</w:sectPr>')
            body.append(para("", sect=sp))
    last = ('<w:sectPr><w:headerReference w:type="even" r:id="rId16"/>'
            '<w:headerReference w:type="default" r:id="rId15"/>'
            '<w:footerReference w:type="even" r:id="rId23"/><w:footerReference w:type="default" r:id="rId22"/>'
            '<w:headerReference w:type="first" r:id="rId14"/><w:footerReference w:type="first" r:id="rId24"/>'
            f'{PORTRAIT}<w:pgNumType w:start="1"/>{COLS}<w:titlePg/>{DOCGRID}</w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{last}</w:body></w:document>'
    styleref = ' STYLEREF  "标题"  \\* MERGEFORMAT '
    h = {
        "header1.xml": hdr_table("内部资料　注意保存", "会议材料之三"),
        "header2.xml": hdr_para(WATERMARK.format(n=357831064, sp=2050)
                                + run("栖凤镇2025年度领导班子和领导干部述职述廉材料", **k)),
        "header3.xml": hdr_para(WATERMARK.format(n=357831065, sp=2051) + field(styleref, titles[0], **k)),
        "header4.xml": hdr_table("密级：内部", "栖政办发〔2026〕5号"),
        "header5.xml": hdr_para(run("栖凤镇人民政府办公室", **k)),
        "header6.xml": hdr_para(field(styleref, titles[1], **k)),
    }
    parts = {f"word/{n}": f"{XD}<w:hdr {NS}>{x}</w:hdr>" for n, x in h.items()}
    parts["word/footer1.xml"] = (f'{XD}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="a6"/><w:jc w:val="center"/></w:pPr>'
                                 + run("中共栖凤镇委员会办公室　2026年1月印", **k) + "</w:p></w:ftr>")
    parts["word/footer2.xml"] = page_footer("right")
    parts["word/footer3.xml"] = page_footer("left")
    parts["word/footer4.xml"] = (f'{XD}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="a6"/><w:jc w:val="right"/></w:pPr>'
                                 + run("（共印150份）", **k) + "</w:p></w:ftr>")
    parts["word/document.xml"] = doc
    parts["word/settings.xml"] = settings("<w:evenAndOddHeaders/>")
    parts["word/styles.xml"] = (
        f'{XD}<w:styles {NS}>{STYLE_BASE}{HDR_STYLES}'
        '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:next w:val="a"/>'
        '<w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/>'
        '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/>'
        '<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:kern w:val="44"/><w:sz w:val="32"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/>'
        '<w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
        '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>'
        '</w:styles>')
    rels = [(f"rId{10 + i}", "header", f"header{i}.xml") for i in range(1, 7)]
    rels += [(f"rId{20 + i}", "footer", f"footer{i}.xml") for i in range(1, 5)]
    over = [(f"header{i}.xml", "header") for i in range(1, 7)] + [(f"footer{i}.xml", "footer") for i in range(1, 5)]
    pkg("w3.docx", parts, rels, over, ("Microsoft Office Word", 388, 6),
        ("Administrator", "Administrator", 9, "2026-01-14T01:02:00Z", "2026-02-26T09:31:00Z"))
    drop += ["内部资料　注意保存", "会议材料之三", "栖凤镇2025年度领导班子和领导干部述职述廉材料",
             "中共栖凤镇委员会办公室　2026年1月印", "密级：内部", "栖政办发〔2026〕5号", "栖凤镇人民政府办公室",
             "（共印150份）", "STYLEREF", "MERGEFORMAT", "PowerPlusWaterMarkObject", "Administrator"]
    per_doc = [[x for i, x in keep if i == n] for n in range(len(titles))]
    return per_doc, drop


# ---------------------------------------------------------------- titles and headings (gold)
def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


def split_marker(s):
    m = re.match(r"(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)(.*)", s)
    return m.group(1), m.group(2)


def w2_gold():
    heads = []
    for it in T.W2:
        if it[0] == "h":
            heads.append(H(1, it[1], it[2]))
        elif it[0] == "lead":
            heads.append(H(2, it[1], it[2]))
    return [(T.W2[0][1], heads)]


def w3_gold():
    docs = []
    for it in T.W3:
        if it[0] == "title":
            docs.append((it[1], []))
        elif it[0] in ("h1", "h2"):
            m, t = split_marker(it[1])
            docs[-1][1].append(H(1 if it[0] == "h1" else 2, m, t))
    return docs


GOLD = {
    "w1.txt": [("栖凤镇2025年乡村振兴工作情况汇报", [
        H(1, "一、", "主要工作及成效"), H(2, "（一）", "守牢防止规模性返贫底线"), H(2, "（二）", "做强特色产业"),
        H(2, "（三）", "建设宜居宜业和美乡村"),
        H(1, "二、", "主要特色和亮点"), H(2, "（一）", "推行“积分超市”激发内生动力"),
        H(2, "（二）", "探索“强村公司”壮大集体经济"),
        H(1, "三、", "存在的问题和下一步打算"), H(2, "（一）", "存在的问题"), H(2, "（二）", "下一步打算")])],
    "w2.docx": w2_gold(),
    "w3.docx": w3_gold(),
    "w4.txt": [("栖凤镇：“院坝会”开出乡村治理新气象", [
        H(1, "01", "把会场搬到群众家门口"), H(1, "02", "让群众的事群众商量着办"),
        H(1, "03", "用制度把好做法固定下来")])],
    "w5.txt": [
        ("栖凤镇2025年工作总结和2026年工作思路", [
            H(1, "一、", "2025年工作回顾"), H(2, "（一）", "经济发展稳中有进"), H(2, "（二）", "乡村振兴扎实推进"),
            H(2, "（三）", "民生保障持续改善"), H(2, "（四）", "社会大局和谐稳定"),
            H(1, "二、", "2026年工作思路"), H(2, "（一）", "聚焦项目建设，增强发展后劲"),
            H(2, "（二）", "聚焦产业升级，促进农民增收"), H(2, "（三）", "聚焦民生改善，提升群众幸福感"),
            H(2, "（四）", "聚焦安全稳定，守牢发展底线")]),
        ("栖凤镇党委书记2025年度抓基层党建工作述职报告", [
            H(1, "一、", "履职尽责情况"), H(1, "二、", "存在的问题及原因"), H(1, "三、", "下一步工作打算")])],
    "w6.txt": [
        ("关于栖凤镇农村居家养老服务情况的调研报告", [
            H(1, "1.", "基本情况"), H(1, "2.", "主要做法"), H(2, "2.1", "健全养老服务设施"),
            H(3, "(1)", "建设区域养老服务中心"), H(3, "(2)", "建设村级互助养老点"),
            H(4, "①", "盘活闲置资源"), H(4, "②", "明确运营主体"),
            H(2, "2.2", "提升医养结合水平"), H(2, "2.3", "发展“老年食堂”"),
            H(1, "3.", "存在的问题"), H(1, "4.", "对策建议"), H(2, "4.1", "拓宽资金筹措渠道"),
            H(2, "4.2", "加强护理队伍建设"), H(2, "4.3", "丰富精神关爱服务")]),
        ("石板村“低龄助高龄”互助养老的探索", [
            H(1, "(1)", "用好一栋闲置楼"), H(1, "(2)", "建好一支服务队"), H(1, "(3)", "算好一本明白账")])],
}

# furniture that is markup, decoration or a control character rather than a labelled span
EXTRA_DROP = {
    "w1.txt": ["--", "> ", "\r"],
    "w2.docx": [],
    "w3.docx": [],
    "w4.txt": [],
    "w5.txt": ["\r"],
    "w6.txt": ["\ufeff", "\r"],
}
FILES = ("w1.txt", "w2.docx", "w3.docx", "w4.txt", "w5.txt", "w6.txt")


def write(name, text, enc, crlf=False, bom=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    if bom:
        text = "\ufeff" + text
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode(enc))


def main():
    keep, drop = {}, {}
    # w1.txt — Thunderbird-style “save as text” of a sent reply: UTF-8, CRLF
    write("w1.txt", strip(T.W1), "utf-8", crlf=True)
    keep["w1.txt"] = [labels(T.W1)[0]]
    drop["w1.txt"] = labels(T.W1)[1]
    k, d = build_w2()
    keep["w2.docx"], drop["w2.docx"] = [k], d
    keep["w3.docx"], drop["w3.docx"] = build_w3()
    # w4.txt — forum thread copied from the browser: UTF-8, LF
    write("w4.txt", strip(T.W4), "utf-8")
    keep["w4.txt"] = [labels(T.W4)[0]]
    drop["w4.txt"] = labels(T.W4)[1]
    # w5.txt — WPS 汇编 saved as text: GBK, CRLF, cover + typed 目录 before the two essays
    write("w5.txt", strip(T.W5_COVER + T.W5A + T.W5B), "gbk", crlf=True)
    keep["w5.txt"] = [labels(T.W5A)[0], labels(T.W5B)[0]]
    drop["w5.txt"] = sum((labels(x)[1] for x in (T.W5_COVER, T.W5A, T.W5B)), [])
    # w6.txt — Notepad UTF-8 with BOM, CRLF; the 附件 essay follows the report
    write("w6.txt", strip(T.W6), "utf-8", crlf=True, bom=True)
    half = T.W6.index("{{附件}}")
    keep["w6.txt"] = [labels(T.W6[:half])[0], labels(T.W6[half:])[0]]
    drop["w6.txt"] = labels(T.W6)[1]
    for f in FILES:
        drop[f] = drop[f] + EXTRA_DROP[f]
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
