#!/usr/bin/env python3
"""Build blind set 23 (枫坪镇, 岚水县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Standard library only: zipfile + raw WordprocessingML for d1.docx/d2.docx, codecs for t1.txt (UTF-16 LE
without BOM) and t2.txt (GB18030). Texts and labels are in texts.py; titles and headings in GOLD below."""
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)
INLINE = re.compile(r"‹([DMFX]):(.*?)›")
FS = "仿宋_GB2312"


def visible(s):
    """Text a reader sees for the inline Word markup."""
    def rep(m):
        kind, val = m.group(1), m.group(2)
        return val.split("|", 1)[1] if kind == "F" else val
    return INLINE.sub(rep, s)


def strip(s):
    return DROP.sub(r"\1", KEEP.sub(r"\1", s))


def labels(s):
    return [visible(DROP.sub("", k)) for k in KEEP.findall(s)], [visible(d) for d in DROP.findall(s)]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = f'xmlns:r="{REL}"'


def rpr(font=FS, sz=32, b=False, i=False, color=None):
    x = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>'
    if b:
        x += "<w:b/><w:bCs/>"
    if i:
        x += "<w:i/><w:iCs/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    x += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    return f"<w:rPr>{x}</w:rPr>"


def r(text, **k):
    if not text:
        return ""
    return f'<w:r>{rpr(**k)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


# ---------------------------------------------------------------- d1.docx (Word 2007, smart tags etc.)
def chsdate(text, **k):
    m = re.match(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$", text)
    y, mo, d = m.group(1), m.group(2), m.group(3) or "1"
    attrs = "".join(f'<w:attr w:name="{n}" w:val="{v}"/>' for n, v in
                    (("Year", y), ("Month", mo), ("Day", d), ("IsLunarDate", "False"), ("IsROCDate", "False")))
    # Word often splits the date into runs at the digit/Chinese boundaries
    parts = re.findall(r"\d+|\D+", text)
    return (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">'
            f'<w:smartTagPr>{attrs}</w:smartTagPr>{"".join(r(p, **k) for p in parts)}</w:smartTag>')


def chmetcnv(text, **k):
    m = re.match(r"([\d.]+)(.+)$", text)
    num, unit = m.group(1), m.group(2)
    attrs = "".join(f'<w:attr w:name="{n}" w:val="{v}"/>' for n, v in
                    (("TCSC", "0"), ("NumberType", "1"), ("Negative", "False"), ("HasSpace", "False"),
                     ("SourceValue", num), ("UnitName", unit)))
    return (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv">'
            f'<w:smartTagPr>{attrs}</w:smartTagPr>{r(num, **k)}{r(unit, **k)}</w:smartTag>')


def mergefield(spec, **k):
    name, result = spec.split("|", 1)
    return (f'<w:r>{rpr(**k)}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr(**k)}<w:instrText xml:space="preserve"> MERGEFIELD {esc(name)} \\* MERGEFORMAT </w:instrText></w:r>'
            f'<w:r>{rpr(**k)}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'{r(result, **k)}<w:r>{rpr(**k)}<w:fldChar w:fldCharType="end"/></w:r>')


def customxml(text, **k):
    return (f'<w:customXml w:uri="http://www.lanshui.gov.cn/zzb/shuzhi" w:element="数据项">'
            f'{r(text, **k)}</w:customXml>')


def runs(text, **k):
    out, pos = [], 0
    for m in INLINE.finditer(text):
        out.append(r(text[pos:m.start()], **k))
        kind, val = m.group(1), m.group(2)
        out.append({"D": chsdate, "M": chmetcnv, "F": mergefield, "X": customxml}[kind](val, **k))
        pos = m.end()
    out.append(r(text[pos:], **k))
    return "".join(out)


def ppr(style=None, jc=None, indent=True, extra=""):
    x = f'<w:pStyle w:val="{style}"/>' if style else ""
    x += extra + '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        x += '<w:ind w:firstLine="640" w:firstLineChars="200"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    return f"<w:pPr>{x}</w:pPr>"


def sdt(alias, tag, sid, content, block=True):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
            f'<w:lock w:val="sdtLocked"/><w:richText/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>')


def d1_par(kind, t):
    if kind == "attach":
        return f'<w:p>{ppr(indent=False)}{runs(t, font="黑体")}</w:p>'
    if kind == "title":
        p = f'<w:p>{ppr(jc="center", indent=False)}{runs(t, font="方正小标宋简体", sz=44)}</w:p>'
        return sdt("标题", "title", "-1528367110", p)
    if kind == "byline":
        return f'<w:p>{ppr(jc="center", indent=False)}{customxml(t, font="楷体_GB2312")}</w:p>'
    if kind == "hint":
        return f'<w:p>{ppr(indent=False)}{runs(t, i=True, color="FF0000", sz=24)}</w:p>'
    if kind == "h1":
        return f'<w:p>{ppr(style="a5")}{runs(t, font="黑体")}</w:p>'
    if kind == "h2":
        return f'<w:p>{ppr(style="a6")}{runs(t, font="楷体_GB2312")}</w:p>'
    if kind == "hb":
        lead, body = t.split("。", 1)
        return f'<w:p>{ppr()}{runs(lead + "。", b=True)}{runs(body)}</w:p>'
    if kind == "cxp":
        return (f'<w:customXml w:uri="http://www.lanshui.gov.cn/zzb/shuzhi" w:element="正文段落">'
                f'<w:p>{ppr()}{runs(t)}</w:p></w:customXml>')
    if kind == "sign":
        return f'<w:p>{ppr(jc="right", indent=False)}{runs(t)}</w:p>'
    if kind == "date":
        return f'<w:p>{ppr(jc="right", indent=False)}{runs(t)}</w:p>'
    return f'<w:p>{ppr()}{runs(t)}</w:p>'


def pkg(name, parts, when):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for p, x in parts:
            z.writestr(zipfile.ZipInfo(p, date_time=when), x, zipfile.ZIP_DEFLATED)


def content_types(extra):
    ov = "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in extra)
    return (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>'
            f'<Override PartName="/word/settings.xml" ContentType="{MAIN}.settings+xml"/>'
            f'<Override PartName="/word/header1.xml" ContentType="{MAIN}.header+xml"/>'
            f'<Override PartName="/word/footer1.xml" ContentType="{MAIN}.footer+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            f'{ov}</Types>')


def top_rels(extra=""):
    return (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>{extra}</Relationships>')


def doc_rels():
    return (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/>'
            f'<Relationship Id="rId8" Type="{REL}/header" Target="header1.xml"/>'
            f'<Relationship Id="rId9" Type="{REL}/footer" Target="footer1.xml"/></Relationships>')


def hdr(text, ns=f"{W_NS} {R_NS}"):
    return (f'{XD}<w:hdr {ns}><w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" '
            f'w:color="auto"/></w:pBdr><w:jc w:val="center"/></w:pPr>{r(text, sz=18)}</w:p></w:hdr>')


def ftr(ns=f"{W_NS} {R_NS}"):
    k = dict(font="宋体", sz=28)
    return (f'{XD}<w:ftr {ns}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{r("— ", **k)}'
            f'<w:r>{rpr(**k)}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr(**k)}<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
            f'<w:r>{rpr(**k)}<w:fldChar w:fldCharType="separate"/></w:r>{r("1", **k)}'
            f'<w:r>{rpr(**k)}<w:fldChar w:fldCharType="end"/></w:r>{r(" —", **k)}</w:p></w:ftr>')


SECT = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
        'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
        '<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')


def core(creator, last, when):
    return (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{last}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created></cp:coreProperties>')


def build_d1():
    keep, drop = [], []
    body, in_body = [], None
    for kind, text in T.D1:
        if kind == "BODY_START":
            in_body = []
            continue
        if kind == "BODY_END":
            body.append(sdt("正文", "body", "1873920145", "".join(in_body)))
            in_body = None
            continue
        k, d = labels(text)
        keep += k
        drop += d
        (in_body if in_body is not None else body).append(d1_par(kind, strip(text)))
    for extra in (T.D1_HEADER, T.D1_MERGE_CODE, T.D1_CREATOR):
        drop += labels(extra)[1]
    doc = f'{XD}<w:document {R_NS} {W_NS}><w:body>{"".join(body)}{SECT}</w:body></w:document>'
    styles = (f'{XD}<w:styles {R_NS} {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="宋体" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/>'
              '<w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault/></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
              '<w:next w:val="a"/><w:link w:val="1Char"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
              '<w:spacing w:before="340" w:after="330" w:line="578" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr>'
              '<w:rPr><w:b/><w:bCs/><w:kern w:val="44"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>'
              '<w:next w:val="a"/><w:link w:val="2Char"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>'
              '<w:keepLines/><w:spacing w:before="260" w:after="260" w:line="416" w:lineRule="auto"/>'
              '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
              'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
              # custom styles of the county template: outline level only through basedOn
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="a5"><w:name w:val="一级标题"/>'
              '<w:basedOn w:val="1"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0" '
              'w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:b w:val="0"/><w:bCs w:val="0"/>'
              '<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="a6"><w:name w:val="二级标题"/>'
              '<w:basedOn w:val="2"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0" '
              'w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/><w:b w:val="0"/>'
              '<w:bCs w:val="0"/></w:rPr></w:style>'
              '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
              '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
              '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="header"/><w:basedOn w:val="a"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="footer"/><w:basedOn w:val="a"/></w:style>'
              '</w:styles>')
    settings = (f'{XD}<w:settings {R_NS} {W_NS} xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
                'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main">'
                '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
                '<w:attachedTemplate r:id="rId1"/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
                '<w:characterSpacingControl w:val="compressPunctuation"/>'
                '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
                '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat>'
                '<w:rsids><w:rsidRoot w:val="00A53E1C"/></w:rsids><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
                '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')
    sset_rels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
                 'Target="file:///D:\\%E8%BF%B0%E8%81%8C%E6%A8%A1%E6%9D%BF\\%E8%BF%B0%E8%81%8C%E8%BF%B0%E5%BB%89%E6%8A%A5%E5%91%8A%E6%A8%A1%E6%9D%BF.dot" '
                 'TargetMode="External"/></Relationships>')
    # smart tag types are declared before w:zoom? Word writes them after w:decimalSymbol
    settings = settings.replace('<w:listSeparator w:val=","/>', '<w:listSeparator w:val=","/>'
                                '<w:smartTagType w:namespaceuri="urn:schemas-microsoft-com:office:smarttags" w:name="chmetcnv"/>'
                                '<w:smartTagType w:namespaceuri="urn:schemas-microsoft-com:office:smarttags" w:name="chsdate"/>')
    app = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>述职述廉报告模板.dot</Template>'
           '<TotalTime>96</TotalTime><Pages>3</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<Company>微软中国</Company><AppVersion>12.0000</AppVersion></Properties>')
    hdr1 = hdr(labels(T.D1_HEADER)[1][0])
    parts = [("[Content_Types].xml", content_types([])), ("_rels/.rels", top_rels()),
             ("word/_rels/document.xml.rels", doc_rels()), ("word/document.xml", doc), ("word/styles.xml", styles),
             ("word/settings.xml", settings), ("word/_rels/settings.xml.rels", sset_rels),
             ("word/header1.xml", hdr1), ("word/footer1.xml", ftr()),
             ("docProps/core.xml", core(labels(T.D1_CREATOR)[1][0], "Windows 用户", "2009-11-20T08:15:00Z")),
             ("docProps/app.xml", app)]
    pkg("d1.docx", parts, (2026, 1, 10, 16, 22, 0))
    return [keep], drop


# ---------------------------------------------------------------- d2.docx (WPS, text-box headings, TOC)
NS2 = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:o="urn:schemas-microsoft-com:office:office" '
       f'{R_NS} xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
       'xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:w10="urn:schemas-microsoft-com:office:word" '
       f'{W_NS} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
       'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
       'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
       'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14 wp14"')

_shape_id = [1]


def shape(text):
    """A WPS rounded-rectangle text box holding one heading; mc:Fallback repeats it as VML."""
    _shape_id[0] += 1
    n = _shape_id[0]
    inner = (f'<w:p><w:pPr><w:jc w:val="left"/><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="黑体" w:hAnsi="黑体" '
             f'w:eastAsia="黑体"/><w:color w:val="FFFFFF"/><w:sz w:val="32"/></w:rPr></w:pPr>'
             f'{r(text, font="黑体", b=True, color="FFFFFF")}</w:p>')
    choice = (f'<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
              f'simplePos="0" relativeHeight="{251658240 + n * 1024}" behindDoc="0" locked="0" layoutInCell="1" '
              f'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>'
              f'-12700</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>38100'
              f'</wp:posOffset></wp:positionV><wp:extent cx="4320000" cy="431800"/><wp:effectExtent l="0" t="0" '
              f'r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="{n}" name="圆角矩形 {n}"/><wp:cNvGraphicFramePr/>'
              f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData '
              f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/>'
              f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4320000" cy="431800"/></a:xfrm><a:prstGeom '
              f'prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="C00000"/></a:solidFill>'
              f'<a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
              f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
              f'anchor="ctr" anchorCtr="0" upright="1"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData>'
              f'</a:graphic></wp:anchor></w:drawing></mc:Choice>')
    fallback = (f'<mc:Fallback><w:pict><v:roundrect id="_x0000_s10{n:02d}" o:spid="_x0000_s10{n:02d}" '
                f'o:spt="2" style="position:absolute;left:0pt;margin-left:-1pt;margin-top:3pt;height:34pt;'
                f'width:340.15pt;mso-wrap-distance-bottom:0pt;mso-wrap-distance-top:0pt;z-index:{n};" '
                f'arcsize="0.166666666666667" fillcolor="#C00000" filled="t" stroked="f" coordsize="21600,21600">'
                f'<v:path/><v:fill on="t" focussize="0,0"/><v:stroke on="f"/><v:textbox><w:txbxContent>{inner}'
                f'</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:roundrect></w:pict></mc:Fallback>')
    return (f'<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
            f'</w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><mc:AlternateContent>{choice}{fallback}'
            f'</mc:AlternateContent></w:r></w:p>')


def d2_par(kind, t, first_toc=None, last_toc=None):
    if kind == "title":
        return f'<w:p>{ppr(jc="center", indent=False)}{r(t, font="方正小标宋简体", sz=44)}</w:p>'
    if kind == "byline":
        return f'<w:p>{ppr(jc="center", indent=False)}{r(t, font="楷体_GB2312")}</w:p>'
    if kind == "shape":
        return shape(t)
    if kind == "hb":
        lead, body = t.split("。", 1)
        return f'<w:p>{ppr()}{r(lead + "。", font="楷体_GB2312", b=True)}{r(body)}</w:p>'
    if kind == "tochead":
        return f'<w:p>{ppr(style="19", jc="center", indent=False)}{r(t, font="黑体")}</w:p>'
    if kind == "toc":
        entry, page = t.split("\t")
        tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>'
        pre = post = ""
        if first_toc:
            pre = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o '
                   f'"1-1" \\h \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        if last_toc:
            post = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        return (f'<w:p>{ppr(style="20", indent=False, extra=tabs)}{pre}{r(entry)}<w:r>{rpr()}<w:tab/></w:r>'
                f'{r(page)}{post}</w:p>')
    if kind == "s1":
        return f'<w:p>{ppr(style="15")}{r(t, font="黑体")}</w:p>'
    if kind == "s2":
        return f'<w:p>{ppr(style="16")}{r(t, font="楷体_GB2312")}</w:p>'
    if kind in ("sign", "date"):
        return f'<w:p>{ppr(jc="right", indent=False)}{r(t)}</w:p>'
    return f'<w:p>{ppr()}{r(t)}</w:p>'


def build_d2():
    keeps, drop, body = [], [], []
    for n, items in enumerate((T.D2A, T.D2B)):
        keep = []
        if n:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        tocs = [i for i, (k, _) in enumerate(items) if k == "toc"]
        for i, (kind, text) in enumerate(items):
            k, d = labels(text)
            keep += k
            drop += d
            body.append(d2_par(kind, strip(text), first_toc=tocs and i == tocs[0], last_toc=tocs and i == tocs[-1]))
        keeps.append(keep)
    for extra in (T.D2_HEADER, T.D2_CREATOR):
        drop += labels(extra)[1]
    drop.append("TOC \\o")
    doc = f'{XD}<w:document {NS2}><w:body>{"".join(body)}{SECT}</w:body></w:document>'
    st = (f'{XD}<w:styles {R_NS} {W_NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" '
          'w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/>'
          '<w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/>'
          '<w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>'
          '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
          '<w:sz w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/>'
          '<w:next w:val="1"/><w:qFormat/><w:uiPriority w:val="9"/><w:pPr><w:keepNext/><w:keepLines/>'
          '<w:spacing w:before="340" w:after="330" w:line="576" w:lineRule="auto"/><w:outlineLvl w:val="0"/>'
          '</w:pPr><w:rPr><w:b/><w:kern w:val="44"/><w:sz w:val="44"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 2"/><w:basedOn w:val="1"/>'
          '<w:next w:val="1"/><w:unhideWhenUsed/><w:qFormat/><w:uiPriority w:val="9"/><w:pPr><w:keepNext/>'
          '<w:keepLines/><w:spacing w:before="260" w:after="260" w:line="413" w:lineRule="auto"/>'
          '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="黑体"/>'
          '<w:b/><w:sz w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="11"><w:name w:val="Default Paragraph Font"/>'
          '<w:semiHidden/><w:uiPriority w:val="0"/></w:style>'
          '<w:style w:type="paragraph" w:customStyle="1" w:styleId="15"><w:name w:val="一级标题"/>'
          '<w:basedOn w:val="2"/><w:next w:val="1"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:spacing '
          'w:before="0" w:after="0" w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/>'
          '</w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:b w:val="0"/><w:kern w:val="2"/>'
          '<w:sz w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:customStyle="1" w:styleId="16"><w:name w:val="二级标题"/>'
          '<w:basedOn w:val="3"/><w:next w:val="1"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:spacing '
          'w:before="0" w:after="0" w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/>'
          '</w:pPr><w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" w:eastAsia="楷体_GB2312"/>'
          '<w:b w:val="0"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="19"><w:name w:val="TOC Heading"/><w:basedOn w:val="2"/>'
          '<w:next w:val="1"/><w:unhideWhenUsed/><w:qFormat/><w:uiPriority w:val="39"/><w:pPr><w:outlineLvl '
          'w:val="9"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="20"><w:name w:val="toc 1"/><w:basedOn w:val="1"/>'
          '<w:next w:val="1"/><w:uiPriority w:val="39"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="7"><w:name w:val="header"/><w:basedOn w:val="1"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="8"><w:name w:val="footer"/><w:basedOn w:val="1"/></w:style>'
          '</w:styles>')
    settings = (f'{XD}<w:settings {R_NS} {W_NS} xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:v="urn:schemas-microsoft-com:vml"><w:zoom w:percent="100"/><w:doNotDisplayPageBoundaries '
                'w:val="1"/><w:bordersDoNotSurroundHeader w:val="0"/><w:bordersDoNotSurroundFooter w:val="0"/>'
                '<w:updateFields w:val="false"/><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
                '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/>'
                '<w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
                '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat>'
                '<w:docVars><w:docVar w:name="commondata" w:val="eyJoZGlkIjoiN2Y0YjE2ZTQ2ZDk1In0="/></w:docVars>'
                '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/>'
                '<w:listSeparator w:val=","/></w:settings>')
    app = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           '</Template><Pages>5</Pages><Application>WPS Office_12.1.0.18608_F1E327BC-269C-435d-A152-05C5408002CA'
           '</Application><DocSecurity>0</DocSecurity></Properties>')
    custom = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
              '<vt:lpwstr>2052-12.1.0.18608</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
              '<vt:lpwstr>4A6C1D2E8B3F4F0C9D1E2A7B5C6D8E9F_12</vt:lpwstr></property></Properties>')
    ct = content_types([("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")])
    rels = top_rels('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'custom-properties" Target="docProps/custom.xml"/>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", doc_rels()),
             ("word/document.xml", doc), ("word/styles.xml", st), ("word/settings.xml", settings),
             ("word/header1.xml", hdr(labels(T.D2_HEADER)[1][0], NS2)), ("word/footer1.xml", ftr(NS2)),
             ("docProps/core.xml", core(labels(T.D2_CREATOR)[1][0], "fengping-dzb", "2026-03-27T02:10:00Z")),
             ("docProps/app.xml", app), ("docProps/custom.xml", custom)]
    pkg("d2.docx", parts, (2026, 3, 27, 18, 5, 0))
    return keeps, drop


# ---------------------------------------------------------------- t1.txt / t2.txt
def build_t1():
    data = strip(T.T1).replace("\n", "\r\n").encode("utf-16-le")   # no BOM
    assert not data.startswith(b"\xff\xfe")
    write("t1.txt", data)
    k, d = labels(T.T1)
    return [k], d


def build_t2():
    write("t2.txt", strip(T.T2).replace("\n", "\r\n").encode("gb18030"))
    k, d = labels(T.T2)
    return [k], d


def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "d1.docx": [("枫坪镇党委委员、副镇长2025年度述职述廉报告", [
        H(1, "一、", "坚持学思践悟，在政治站位上持续提升"),
        H(1, "二、", "聚焦主责主业，在推动发展上担当作为"),
        H(2, "（一）", "粮食生产稳中有进"), H(2, "（二）", "水利设施不断夯实"),
        H(3, "1.", "新修整治灌溉渠道12.6公里"), H(3, "2.", "打好防汛抗旱主动仗"),
        H(2, "（三）", "人居环境持续改善"),
        H(1, "三、", "严守纪律规矩，在廉洁自律上严格要求"),
        H(1, "四、", "存在的不足和下一步打算")])],
    "d2.docx": [
        ("枫坪镇以茶旅融合带动群众增收的经验做法", [
            H(1, "一、", "规划先行，把茶园建成景区"),
            H(1, "二、", "龙头带动，把茶农连成一体"),
            H(2, "（一）", "培育加工龙头"), H(2, "（二）", "推行订单收购"), H(2, "（三）", "发展股份合作"),
            H(1, "三、", "文化赋能，把茶香变成流量"),
            H(1, "四、", "服务跟进，把环境营造优良")]),
        ("枫坪镇农村集体经济发展情况调研报告", [
            H(1, "", "发展现状"),
            H(1, "", "主要做法"),
            H(2, "（一）", "盘活闲置资源"), H(2, "（二）", "发展物业经济"), H(2, "（三）", "开展有偿服务"),
            H(1, "", "存在问题"),
            H(1, "", "对策建议"),
            H(2, "（一）", "强化分类指导"), H(2, "（二）", "加强人才支撑")])],
    "t1.txt": [("在全镇2026年防汛备汛工作会议上的讲话", [
        H(1, "一、", "清醒认识今年防汛形势"),
        H(1, "二、", "扎实抓好汛前各项准备"),
        H(2, "（一）", "隐患排查要见底"), H(2, "（二）", "预案演练要管用"), H(2, "（三）", "物资队伍要到位"),
        H(1, "三、", "层层压实防汛工作责任")])],
    "t2.txt": [("枫坪镇“巾帼红”志愿服务队助力乡村治理经验交流材料", [
        H(1, "一、", "建强队伍，让志愿服务有人干"),
        H(1, "二、", "找准切口，让志愿服务有事干"),
        H(2, "1.", "护好“一老一小”"), H(2, "2.", "调好“家长里短”"), H(2, "3.", "扮靓“房前屋后”"),
        H(1, "三、", "完善机制，让志愿服务长久干")])],
}
FILES = ("d1.docx", "d2.docx", "t1.txt", "t2.txt")


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
    keep["d1.docx"], drop["d1.docx"] = build_d1()
    keep["d2.docx"], drop["d2.docx"] = build_d2()
    keep["t1.txt"], drop["t1.txt"] = build_t1()
    keep["t2.txt"], drop["t2.txt"] = build_t2()
    for f in FILES:
        drop[f] = list(dict.fromkeys(drop[f]))
    write_gold(keep, drop)


if __name__ == "__main__":
    main()
