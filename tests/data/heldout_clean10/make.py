#!/usr/bin/env python3
"""Build blind set 10 (heldout_clean10): 4 .docx, 2 .txt, 1 .md about the imaginary 桂岭镇.

Run with the system python:  /usr/bin/python3 make.py
Only the standard library is used for the .docx packages (zipfile + raw WordprocessingML),
so every XML feature described in README.md is written exactly as listed here.
u2.docx is written as a Word-style package first and then opened and saved again by
LibreOffice (soffice --headless --convert-to docx), so the file is a real LibreOffice .docx.

BLOCKS records, per file and document, what a careful reader sees (kind, text); check.py uses
it to verify gold.yaml.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BLOCKS = {}          # file -> list of documents; document = list of (kind, text)
# kinds: title, heading, body, furn (furniture, must go), unl (not labelled either way)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- run / paragraph helpers
def rpr(font=None, sz=None, b=False, color=None, hl=None, hint=True, kern=None, lang=True):
    x = ""
    if font:
        h = ' w:hint="eastAsia"' if hint else ""
        x += f'<w:rFonts{h} w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
    if b:
        x += "<w:b/><w:bCs/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if kern is not None:
        x += f'<w:kern w:val="{kern}"/>'
    if sz:
        x += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if hl:
        x += f'<w:highlight w:val="{hl}"/>'
    if lang:
        x += '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def r(text, **kw):
    return f'<w:r>{rpr(**kw)}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def brr(**kw):
    return f"<w:r>{rpr(**kw)}<w:br/></w:r>"


def tab(**kw):
    return f"<w:r>{rpr(**kw)}<w:tab/></w:r>"


_pid = [0x1A2B0000]


def p(content, ppr="", wps_ids=False):
    attrs = ""
    if wps_ids:
        _pid[0] += 0x1F3
        attrs = f' w14:paraId="{_pid[0]:08X}" w14:textId="{(_pid[0] * 7) & 0x7FFFFFFF:08X}"'
    return f"<w:p{attrs}><w:pPr>{ppr}</w:pPr>{content}</w:p>" if ppr else f"<w:p{attrs}>{content}</w:p>"


def field(instr, result, **kw):
    return (f'<w:r>{rpr(**kw)}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr(**kw)}<w:instrText xml:space="preserve">{esc(instr)}</w:instrText></w:r>'
            f'<w:r>{rpr(**kw)}<w:fldChar w:fldCharType="separate"/></w:r>'
            + r(result, **kw) +
            f'<w:r>{rpr(**kw)}<w:fldChar w:fldCharType="end"/></w:r>')


NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ')
WPS_NS = NS + 'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
IGN = 'mc:Ignorable="w14 w15 wp14"'
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def part(root, body, ns=NS):
    return f"{XMLDECL}<w:{root} {ns}{IGN}>{body}</w:{root}>"


def sect(hdr=None, ftr=None, cols=1, typ=None, grid="lines", pitch=579, title_pg=False):
    x = ""
    if hdr:
        x += f'<w:headerReference w:type="default" r:id="{hdr}"/>'
    if ftr:
        x += f'<w:footerReference w:type="default" r:id="{ftr}"/>'
    if typ:
        x += f'<w:type w:val="{typ}"/>'
    x += ('<w:pgSz w:w="11906" w:h="16838"/>'
          '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
          'w:footer="1304" w:gutter="0"/>')
    x += f'<w:cols w:num="{cols}" w:space="425"/>' if cols > 1 else '<w:cols w:space="425" w:num="1"/>'
    if title_pg:
        x += "<w:titlePg/>"
    x += f'<w:docGrid w:type="{grid}" w:linePitch="{pitch}" w:charSpace="0"/>'
    return f"<w:sectPr>{x}</w:sectPr>"


CT_DEFAULTS = ('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>')
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def write_docx(path, parts, rels, app, core, custom=None):
    """parts: name -> xml (word/...). rels: list of (id, type, target)."""
    over = {
        "word/document.xml": MAIN + ".document.main+xml",
        "word/styles.xml": MAIN + ".styles+xml",
        "word/settings.xml": MAIN + ".settings+xml",
        "word/numbering.xml": MAIN + ".numbering+xml",
        "word/fontTable.xml": MAIN + ".fontTable+xml",
    }
    ct = f'{XMLDECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{CT_DEFAULTS}'
    for name in parts:
        if name in over:
            t = over[name]
        elif "header" in name:
            t = MAIN + ".header+xml"
        elif "footer" in name:
            t = MAIN + ".footer+xml"
        else:
            continue
        ct += f'<Override PartName="/{name}" ContentType="{t}"/>'
    ct += ('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
    if custom:
        ct += '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
    ct += "</Types>"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    top = (f'{XMLDECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId3" Type="{R}/extended-properties" Target="docProps/app.xml"/>')
    if custom:
        top += f'<Relationship Id="rId4" Type="{R}/custom-properties" Target="docProps/custom.xml"/>'
    top += "</Relationships>"
    drels = f'{XMLDECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    for rid, typ, tgt in rels:
        drels += f'<Relationship Id="{rid}" Type="{R}/{typ}" Target="{tgt}"/>'
    drels += "</Relationships>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", top)
        z.writestr("docProps/app.xml", app)
        z.writestr("docProps/core.xml", core)
        if custom:
            z.writestr("docProps/custom.xml", custom)
        z.writestr("word/_rels/document.xml.rels", drels)
        for name, xml in parts.items():
            z.writestr(name, xml)


def core_xml(creator, modby, created="2026-01-10T08:12:00Z", modified="2026-01-10T10:31:00Z", title=""):
    return (f'{XMLDECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(creator)}</dc:creator><cp:lastModifiedBy>{esc(modby)}</cp:lastModifiedBy>'
            f'<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')


def app_xml(application, company=""):
    return (f'{XMLDECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Template>Normal.dotm</Template><Pages>4</Pages><Application>{esc(application)}</Application>'
            f'<DocSecurity>0</DocSecurity><Company>{esc(company)}</Company></Properties>')


class Doc:
    """Collects body xml and the reader's view (BLOCKS) in parallel."""

    def __init__(self, fname):
        self.fname = fname
        self.xml = []
        self.docs = []
        BLOCKS[fname] = self.docs

    def new(self):
        self.docs.append([])

    def add(self, xml, *views):
        self.xml.append(xml)
        for kind, text in views:
            self.docs[-1].append((kind, text))

    def see(self, kind, text):
        self.docs[-1].append((kind, text))


# ================================================================ u1.docx — WPS 文字
FS, HT, KT, XBS = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"
WPS_PPR = ('<w:kinsoku/><w:wordWrap/><w:overflowPunct/><w:topLinePunct w:val="0"/><w:autoSpaceDE/>'
           '<w:autoSpaceDN/><w:bidi w:val="0"/><w:adjustRightInd/><w:snapToGrid/>')


def wps_styles():
    def ps(sid, name, ppr, rp, based="1", extra=""):
        return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/>'
                f'<w:next w:val="1"/>{extra}<w:qFormat/><w:uiPriority w:val="0"/><w:pPr>{ppr}</w:pPr>{rp}</w:style>')
    s = (f'{XMLDECL}<w:styles {WPS_NS}{IGN}>'
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" '
         'w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/>'
         '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
         '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:uiPriority w:val="0"/>'
         f'<w:pPr><w:widowControl w:val="0"/>{WPS_PPR}<w:jc w:val="both"/></w:pPr>'
         f'{rpr(font=FS, sz=32, kern=2)}</w:style>'
         + ps("2", "heading 1", '<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
              '<w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/><w:outlineLvl w:val="0"/>',
              rpr(font=HT, sz=32, kern=44))
         + ps("3", "heading 2", '<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
              '<w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/><w:outlineLvl w:val="1"/>',
              rpr(font=KT, sz=32), extra='<w:unhideWhenUsed/>')
         + ps("4", "heading 3", '<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>'
              '<w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/><w:outlineLvl w:val="2"/>',
              rpr(font=FS, sz=32, b=True), extra='<w:unhideWhenUsed/>')
         + ps("5", "header", '<w:pBdr><w:bottom w:val="single" w:color="auto" w:sz="6" w:space="1"/></w:pBdr>'
              '<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="center"/>',
              rpr(sz=18))
         + ps("6", "footer", '<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
              '<w:snapToGrid w:val="0"/><w:jc w:val="left"/>', rpr(sz=18))
         + '<w:style w:type="character" w:default="1" w:styleId="7"><w:name w:val="Default Paragraph Font"/>'
         '<w:semiHidden/><w:uiPriority w:val="0"/></w:style>'
         '<w:style w:type="table" w:default="1" w:styleId="8"><w:name w:val="Normal Table"/><w:semiHidden/>'
         '<w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
         '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
         '<w:style w:type="character" w:styleId="9"><w:name w:val="page number"/><w:basedOn w:val="7"/>'
         '<w:qFormat/><w:uiPriority w:val="0"/></w:style>'
         '</w:styles>')
    return s


def wps_numbering():
    lv = []
    fm = [("chineseCounting", "%1、", "2"), ("chineseCounting", "（%2）", "3"), ("decimal", "%3．", "4")]
    for i in range(9):
        fmt, txt, st = fm[i] if i < 3 else ("decimal", f"%{i + 1}.", None)
        lv.append(f'<w:lvl w:ilvl="{i}" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                  + (f'<w:pStyle w:val="{st}"/>' if st else "")
                  + f'<w:suff w:val="nothing"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                  '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl>')
    return (f'{XMLDECL}<w:numbering {WPS_NS}{IGN}><w:abstractNum w:abstractNumId="0">'
            '<w:nsid w:val="5E3B1A2C"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0A1B2C3D"/>'
            + "".join(lv) + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def build_u1():
    d = Doc("u1.docx")
    BODY = '<w:pStyle w:val="1"/><w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/>'

    def body(text, **kw):
        d.add(p(r(text, font=FS, sz=32), BODY, True), ("body", text))

    def h(style, text, marker):
        d.add(p(r(text, font={"2": HT, "3": KT, "4": FS}[style], sz=32, b=(style == "4")),
                f'<w:pStyle w:val="{style}"/><w:bidi w:val="0"/>', True), ("heading", marker + text))

    # ---- essay 1: 述职报告, headings numbered through the heading styles (no numPr in the paragraphs)
    d.new()
    txbx = ('<w:r><w:rPr><w:sz w:val="44"/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">'
            '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="3C1F5B2A" wp14:editId="6D2E4A18">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>4389120</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="page"><wp:posOffset>640080</wp:posOffset></wp:positionV><wp:extent cx="1371600" cy="342900"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="2" name="文本框 2"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1371600" cy="342900"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>'
            + p(r("内部资料　注意保存", font=HT, sz=24), '<w:jc w:val="right"/>') +
            '</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            '<v:shape id="文本框 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:345.6pt;'
            'margin-top:50.4pt;width:108pt;height:27pt;z-index:251659264" filled="f" stroked="f"><v:textbox><w:txbxContent>'
            + p(r("内部资料　注意保存", font=HT, sz=24), '<w:jc w:val="right"/>') +
            '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    d.add('<w:p w14:paraId="0F3A1B2C" w14:textId="4B5C6D7E"><w:pPr><w:pStyle w:val="1"/><w:spacing w:line="579" w:lineRule="exact"/>'
          '<w:jc w:val="center"/></w:pPr><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
          + txbx + r("桂岭镇党委组织委员2025年度述职报告", font=XBS, sz=44) + "</w:p>",
          ("furn", "内部资料　注意保存"), ("title", "桂岭镇党委组织委员2025年度述职报告"))
    d.add(p(r("桂岭镇党委委员、组织委员　何晓燕", font=KT, sz=32), '<w:pStyle w:val="1"/><w:jc w:val="center"/>', True),
          ("furn", "桂岭镇党委委员、组织委员　何晓燕"))
    d.add(p("", '<w:pStyle w:val="1"/>', True))
    body("2025年，在县委组织部的精心指导和镇党委的坚强领导下，我认真履行组织委员职责，紧紧围绕“抓党建、强基层、促振兴”"
         "工作思路，扎实推进基层党组织建设各项工作。现将一年来的履职情况报告如下。")
    h("2", "坚持学用结合，理论素养不断提升", "一、")
    body("坚持把学习作为立身之本，全年参加镇党委理论学习中心组学习14次，撰写学习体会5篇，在县级以上刊物发表文章2篇。"
         "结合组织工作实际，系统学习党章党规和基层组织建设相关条例，带着问题深入村（社区）开展调研11次，"
         "形成的《关于加强村级后备力量建设的调研报告》被县委组织部转发。")
    h("2", "聚焦主责主业，基层党建全面过硬", "二、")
    h("3", "抓班子带队伍", "（一）")
    body("以村“两委”班子运行评估为抓手，对全镇14个村（社区）逐一“体检”，调整不胜任、不尽职的村干部3名。"
         "实施“头雁培育工程”，选派6名村党组织书记到先进地区跟班学习，储备村级后备力量42名，其中35岁以下的占六成以上。")
    h("3", "抓规范强管理", "（二）")
    body("严格落实“三会一课”、主题党日等制度，推行党员积分制管理，全镇1126名党员全部纳入积分台账。"
         "全年发展党员16名，稳妥处置不合格党员2名，党员队伍结构持续优化。")
    h("3", "抓阵地优服务", "（三）")
    h("4", "推进阵地标准化建设", "1．")
    body("投入资金186万元，完成石门村、上坪村等5个村级党群服务中心提质改造，全镇村级阵地全部达到“六有”标准。")
    h("4", "推动服务下沉到户", "2．")
    body("建立“党员联户”制度，每名无职党员联系群众5至10户，全年帮助群众解决急难愁盼问题320余件。")
    h("2", "严守纪律规矩，廉洁自律以身作则", "三、")
    body("严格执行中央八项规定及其实施细则精神，在干部选拔、发展党员等敏感工作中坚持按程序办事，做到公道正派、不徇私情。"
         "全年未收受任何礼品礼金，未发生违反廉洁纪律的问题。")
    h("2", "正视问题不足，改进提高明确方向", "四、")
    body("一年来的工作虽然取得了一定成效，但对照组织要求和群众期盼，还存在一些不足：一是抓党建促产业发展的办法不多，"
         "部分村集体经济仍然薄弱；二是对年轻党员的教育管理创新不够；三是深入基层调研的时间还不够多。2026年，我将坚持问题导向，"
         "以更高标准、更实作风推动全镇基层党建工作再上新台阶。")
    body("以上述职，请予评议。")
    d.add(p("", '<w:pStyle w:val="1"/>', True))
    d.add(p(r("述职人：何晓燕", font=FS, sz=32), '<w:pStyle w:val="1"/><w:ind w:right="640"/><w:jc w:val="right"/>', True),
          ("furn", "述职人：何晓燕"))
    d.add(p(r("2026年1月10日", font=FS, sz=32), '<w:pStyle w:val="1"/><w:ind w:right="640"/><w:jc w:val="right"/>'
            + sect("rId6", "rId7", typ=None), True), ("furn", "2026年1月10日"))

    # ---- essay 2: 公文 实施方案 (typed numbering, half-width brackets, heading-lead paragraphs)
    d.new()
    d.add(p(r("附件1", font=HT, sz=32), '<w:pStyle w:val="1"/><w:spacing w:line="579" w:lineRule="exact"/>', True),
          ("furn", "附件1"))
    d.add(p("", '<w:pStyle w:val="1"/>', True))
    TT = '<w:pStyle w:val="1"/><w:spacing w:line="700" w:lineRule="exact"/><w:jc w:val="center"/>'
    d.add(p(r("桂岭镇2025年秋冬季森林防灭火", font=XBS, sz=44), TT, True))
    d.add(p(r("工作实施方案", font=XBS, sz=44), TT, True), ("title", "桂岭镇2025年秋冬季森林防灭火工作实施方案"))
    d.add(p("", '<w:pStyle w:val="1"/>', True))
    # 一、 headings: style 标题 1 applied, its automatic numbering switched off (numId 0); 一、 typed
    NONUM = '<w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr><w:ind w:left="0" w:firstLine="640" w:firstLineChars="200"/>'

    def h1(text):
        d.add(p(r(text, font=HT, sz=32), NONUM, True), ("heading", text))

    def lead(head, rest, font=KT, b=False):
        d.add(p(r(head, font=font, sz=32, b=b) + r(rest, font=FS, sz=32), BODY, True),
              ("heading", head), ("body", rest))

    body("为切实做好2025年秋冬季森林防灭火工作，坚决防范和遏制重特大森林火灾发生，确保人民群众生命财产安全和森林资源安全，"
         "根据《平川县2025年秋冬季森林防灭火工作方案》要求，结合我镇实际，制定本方案。")
    h1("一、工作目标")
    body("坚持“预防为主、积极消灭”的方针，做到“打早、打小、打了”，确保不发生重大森林火灾、不发生人员伤亡事故，"
         "森林火灾受害率控制在0.5‰以内。")
    h1("二、工作时间")
    body("2025年10月1日至2026年4月30日为森林防火期，其中春节、清明节前后为重点防火期。")
    h1("三、主要任务")
    lead("(一)加强火源管控。", "在进山路口设立临时检查站12个，落实专人值守，严禁携带火种进山。防火期内一律禁止野外烧荒、"
         "烧田埂草、燃放孔明灯等野外用火行为。")
    lead("(二)强化巡查值守。", "各村要组建不少于10人的半专业扑火队，全镇共组建扑火队伍14支、队员186人。防火期内实行24小时值班"
         "和领导带班制度，每日17时前向镇森林防灭火指挥部报告火情。")
    d.add(p(r("（三）开展隐患排查", font=KT, sz=32), BODY, True), ("heading", "（三）开展隐患排查"))
    lead("1.清理林区可燃物。", "对林区内的坟山、田埂、林缘地带开展可燃物清理，建设生物防火隔离带8公里。", font=FS, b=True)
    lead("2.严管祭祀用火。", "清明、冬至等祭祀高峰期，各村要在重点坟山安排专人值守。", font=FS, b=True)
    lead("(1)登记造册。", "各村对辖区内坟山逐一登记造册，明确看护责任人。", font=FS)
    lead("(2)倡导文明祭祀。", "引导群众以鲜花代替香烛鞭炮，全镇发放倡议书5000份。", font=FS)
    lead("(四)做好宣传教育。", "利用村村响广播、宣传车、微信群等载体，常态化开展森林防火宣传，做到家喻户晓、人人皆知。"
         "每个村张贴防火标语不少于20条，中小学校要开展一次“小手拉大手”防火主题教育活动。")
    h1("四、保障措施")
    lead("(一)加强组织领导。", "成立以镇长为指挥长、分管副镇长为副指挥长的森林防灭火指挥部，指挥部办公室设在镇应急办，"
         "负责日常调度和督查工作。各村相应成立工作专班，村党组织书记为第一责任人。")
    lead("(二)严格责任追究。", "对因工作不力、措施不落实导致发生森林火灾的，依规依纪严肃追究相关人员责任；"
         "对野外违规用火的，一律依法从严处罚。")
    d.add(p("", '<w:pStyle w:val="1"/>', True))
    d.add('<w:tbl><w:tblPr><w:tblW w:w="8838" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="auto"/>'
          '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="auto"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
          '<w:tblGrid><w:gridCol w:w="8838"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="8838" w:type="dxa"/></w:tcPr>'
          + p(r("桂岭镇人民政府办公室", font=FS, sz=28) + tab(font=FS, sz=28) + r("2025年9月28日印发", font=FS, sz=28),
              '<w:pStyle w:val="1"/><w:tabs><w:tab w:val="right" w:pos="8600"/></w:tabs><w:ind w:left="320" w:right="320"/>', True)
          + "</w:tc></w:tr></w:tbl>", ("furn", "桂岭镇人民政府办公室　2025年9月28日印发"))

    body_xml = "".join(d.xml) + p("", '<w:pStyle w:val="1"/>', True) + sect("rId8", "rId9")
    doc = part("document", f"<w:body>{body_xml}</w:body>", WPS_NS)
    HF = (f'{XMLDECL}<w:{{0}} {WPS_NS}{IGN}>{{1}}</w:{{0}}>')
    hdr1 = HF.format("hdr", p(r("桂岭镇2025年度领导干部述职材料", font=FS, sz=21), '<w:pStyle w:val="5"/>'))
    hdr2 = HF.format("hdr", p("", '<w:pStyle w:val="5"/><w:pBdr/>'))
    pg = ('<w:pStyle w:val="6"/><w:framePr w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="outside" w:y="1"/>'
          '<w:rPr><w:rStyle w:val="9"/></w:rPr>')
    ftr = HF.format("ftr", p(r("— ", font="宋体", sz=28) + field(" PAGE  \\* MERGEFORMAT ", "1", font="宋体", sz=28)
                              + r(" —", font="宋体", sz=28), pg) + p("", '<w:pStyle w:val="6"/>'))
    settings = (f'{XMLDECL}<w:settings {WPS_NS}{IGN}><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader w:val="1"/>'
                '<w:bordersDoNotSurroundFooter w:val="1"/><w:documentProtection w:enforcement="0"/><w:defaultTabStop w:val="420"/>'
                '<w:evenAndOddHeaders w:val="0"/><w:drawingGridHorizontalSpacing w:val="160"/><w:drawingGridVerticalSpacing w:val="289"/>'
                '<w:displayHorizontalDrawingGridEvery w:val="1"/><w:displayVerticalDrawingGridEvery w:val="1"/>'
                '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/>'
                '<w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>'
                '<w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/>'
                '</w:compat><w:docVars><w:docVar w:name="commondata" w:val="eyJoZGlkIjoiYjM1ZTBlNmQ5MjFhNGM3YTk4ZjE0MmE5ZDY1ZjA3MjEifQ=="/>'
                '<w:docVar w:name="KSO_WPS_MARK_KEY" w:val="7c1e0a2b-93d4-4f6e-8a51-2b7c9d3e4f10"/></w:docVars>'
                '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" '
                'w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" '
                'w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/></w:settings>')
    custom = (f'{XMLDECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.18276</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>E3A1F0B2C4D54E6F8A7B9C0D1E2F3A4B_13</vt:lpwstr></property>'
              '</Properties>')
    R = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"), ("rId3", "numbering", "numbering.xml"),
         ("rId6", "header", "header1.xml"), ("rId7", "footer", "footer1.xml"),
         ("rId8", "header", "header2.xml"), ("rId9", "footer", "footer2.xml")]
    write_docx(os.path.join(HERE, "u1.docx"),
               {"word/document.xml": doc, "word/styles.xml": wps_styles(), "word/settings.xml": settings,
                "word/numbering.xml": wps_numbering(), "word/header1.xml": hdr1, "word/footer1.xml": ftr,
                "word/header2.xml": hdr2, "word/footer2.xml": ftr},
               R, app_xml("WPS Office_12.1.0.18276_F1E327BC-269C-435d-A152-05C5408002CA"),
               core_xml("Administrator", "WPS_1698825463"), custom)
    # the reader's view of the furniture outside the body
    BLOCKS["u1.docx"][0].append(("furn", "桂岭镇2025年度领导干部述职材料"))


# ================================================================ u2.docx — 简报, two sections, saved by LibreOffice
def word_styles(extra=""):
    return (f'{XMLDECL}<w:styles {NS}{IGN}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
            'w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/>'
            '<w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault/></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
            '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
            '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
            + extra + "</w:styles>")


def build_u2(outdir):
    d = Doc("u2.docx")
    extra = ('<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
             '<w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/>'
             '<w:ind w:firstLine="560"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" '
             'w:eastAsia="黑体"/><w:sz w:val="28"/></w:rPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>'
             '<w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLine="560"/><w:outlineLvl w:val="2"/></w:pPr>'
             '<w:rPr><w:rFonts w:ascii="楷体" w:hAnsi="楷体" w:eastAsia="楷体"/><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>'
             '<w:pPr><w:spacing w:line="360" w:lineRule="auto"/><w:ind w:firstLine="560"/></w:pPr><w:rPr>'
             '<w:rFonts w:ascii="仿宋" w:hAnsi="仿宋" w:eastAsia="仿宋"/><w:sz w:val="28"/></w:rPr></w:style>')
    F = "仿宋"

    def body(text):
        d.add(p(r(text, lang=False), '<w:pStyle w:val="BodyText"/>'), ("body", text))

    def h(style, text):
        d.add(p(r(text, lang=False), f'<w:pStyle w:val="{style}"/>'), ("heading", text))

    d.new()
    d.add(p(r("桂岭工作简报", font=XBS, sz=72, color="FF0000"), '<w:jc w:val="center"/>'), ("furn", "桂岭工作简报"))
    d.add(p(r("第9期", font=FS, sz=32), '<w:jc w:val="center"/>'), ("furn", "第9期"))
    d.add(p(r("桂岭镇党政办公室编", font=FS, sz=28) + tab() + r("2025年11月28日", font=FS, sz=28),
            '<w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="4" w:color="FF0000"/></w:pBdr>'
            '<w:tabs><w:tab w:val="right" w:pos="8844"/></w:tabs>'), ("furn", "桂岭镇党政办公室编"), ("furn", "2025年11月28日"))
    d.add(p(r("关于桂岭镇村级集体经济发展情况的调研报告", font=XBS, sz=36), '<w:spacing w:before="240"/><w:jc w:val="center"/>'),
          ("title", "关于桂岭镇村级集体经济发展情况的调研报告"))
    d.add(p(r("桂岭镇党委调研组", font=KT, sz=28), '<w:jc w:val="center"/>'), ("furn", "桂岭镇党委调研组"))
    body("为全面掌握全镇村级集体经济发展现状，今年10月，镇党委成立专题调研组，采取实地走访、座谈交流、查阅台账等方式，"
         "对全镇14个村（社区）集体经济发展情况进行了深入调研。现将有关情况报告如下。")
    h("Heading2", "一、基本情况")
    body("截至2025年10月底，全镇14个村（社区）集体经济收入全部达到5万元以上，其中10万元以上的6个、30万元以上的2个，"
         "全镇村级集体经济总收入达到198万元，较上年增长23.6%。从收入来源看，资源发包、物业租赁和入股分红是主要渠道。")
    h("Heading2", "二、主要做法")
    h("Heading3", "（一）盘活闲置资源")
    body("对全镇闲置校舍、厂房、山林等资产进行全面清查，登记造册闲置资产37处，通过公开招租盘活21处，年增加村集体收入46万元。")
    h("Heading3", "（二）发展特色产业")
    body("依托油茶、高山蔬菜等特色产业，推行“村集体+合作社+农户”模式，带动村集体和农户共同增收。"
         "石门村油茶基地年分红12万元，上坪村高山蔬菜基地年增加村集体收入8万元。")
    h("Heading3", "（三）强化服务创收")
    body("鼓励村集体领办劳务合作社、农机服务队，为周边农户和企业提供有偿服务，全年创收38万元。")
    h("Heading2", "三、存在的问题")
    body("一是发展不平衡，8个村集体收入仍在10万元以下；二是产业项目抗风险能力弱，部分项目收益不稳定；"
         "三是村干部经营管理能力不足，“等靠要”思想仍然存在。")
    h("Heading2", "四、对策建议")
    h("Heading3", "（一）因村施策，分类推进")
    body("按照资源型、产业型、服务型对各村进行分类指导，一村一策制定发展规划，力争2026年所有村集体收入达到10万元以上。")
    h("Heading3", "（二）健全机制，防范风险")
    d.add(p(r("完善村集体资产管理和收益分配制度，重大项目实行民主决策和风险评估，确保集体资产保值增值。", lang=False),
            '<w:pStyle w:val="BodyText"/>' + sect("rId6", "rId7")),
          ("body", "完善村集体资产管理和收益分配制度，重大项目实行民主决策和风险评估，确保集体资产保值增值。"))

    # section 2: continuous, two columns
    d.new()
    d.add(p(r("龙泉村“三治融合”推进乡村善治的经验做法", font=XBS, sz=36), '<w:spacing w:before="240"/><w:jc w:val="center"/>'),
          ("title", "龙泉村“三治融合”推进乡村善治的经验做法"))
    body("龙泉村位于桂岭镇东部，辖9个村民小组、632户2318人。近年来，村党支部坚持以自治激发活力、以法治强化保障、"
         "以德治引领风尚，走出了一条乡村善治的新路子，先后获评市级民主法治示范村、县级文明村。"
         "2025年，全村未发生一起群体性事件和越级上访。")
    NUM = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:ind w:firstLine="560"/>'
    for i, (hd, bd) in enumerate([
        ("以自治激发活力，让村民的事村民办",
         "健全村民代表会议、村务监督委员会等自治组织，推行“四议两公开”工作法，凡涉及村民切身利益的事项一律提交村民代表会议"
         "讨论决定。全年召开村民代表会议11次，讨论决定道路硬化、产业发展等事项23项。村里还建立了“村民说事”微信群，"
         "群众有意见建议随时提，村干部24小时内回应。"),
        ("以法治强化保障，让矛盾纠纷不出村",
         "聘请1名法律顾问，培养“法律明白人”18名，建立“村—组—户”三级矛盾排查网络。2025年共调解矛盾纠纷37起，"
         "调解成功率100%，实现了“小事不出组、大事不出村”。每季度开展一次“法律进村”活动，村民学法用法意识明显增强。"),
        ("以德治引领风尚，让文明新风进万家",
         "修订完善村规民约，成立红白理事会，将高价彩礼、大操大办等纳入约束内容。每年开展“好婆媳”“最美家庭”评选，"
         "累计评出各类先进典型64人次，婚丧事宜平均花费下降四成。村里还设立了“善行义举榜”，让好人好事有地方晒、有人学。")]):
        d.add(p(r(hd, font=HT, sz=28, lang=False), NUM), ("heading", "一二三"[i] + "、" + hd))
        body(bd)
    body("下一步，龙泉村将持续深化“三治融合”，不断提升乡村治理水平，为建设宜居宜业和美乡村提供坚实保障。")
    d.add(p(r("（龙泉村党支部供稿）", font=KT, sz=28), '<w:jc w:val="right"/>'
            + sect(None, None, cols=2, typ="continuous")), ("furn", "（龙泉村党支部供稿）"))
    # section 3: continuous, one column, 版记
    BJ = '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
    for t in ["报：县委办、县政府办，县委组织部", "送：镇党政领导班子成员", "发：各村（社区）、镇直各单位"]:
        d.add(p(r(t, font=FS, sz=24), BJ), ("furn", t))
    d.add(p(r("责任编辑：黄丽　　审核：刘建军", font=FS, sz=24) + tab() + r("（共印40份）", font=FS, sz=24),
            BJ.replace("top", "bottom") + '<w:tabs><w:tab w:val="right" w:pos="8844"/></w:tabs>'),
          ("furn", "责任编辑：黄丽　　审核：刘建军"), ("furn", "（共印40份）"))
    body_xml = "".join(d.xml) + sect(None, None, typ="continuous")
    doc = part("document", f"<w:body>{body_xml}</w:body>")
    numbering = (f'{XMLDECL}<w:numbering {NS}{IGN}><w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="singleLevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
                 '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="560"/></w:pPr>'
                 '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="3"/></w:num></w:numbering>')
    HF = f'{XMLDECL}<w:{{0}} {NS}{IGN}>{{1}}</w:{{0}}>'
    hdr = HF.format("hdr", p(r("桂岭工作简报　2025年第9期", font=FS, sz=18), '<w:pStyle w:val="Header"/>'))
    ftr = HF.format("ftr", p(r("第 ", sz=18) + field(" PAGE ", "1", sz=18) + r(" 页", sz=18), '<w:pStyle w:val="Footer"/>'))
    settings = f'{XMLDECL}<w:settings {NS}{IGN}><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/></w:settings>'
    src = os.path.join(outdir, "u2.docx")
    write_docx(src, {"word/document.xml": doc, "word/styles.xml": word_styles(extra), "word/settings.xml": settings,
                     "word/numbering.xml": numbering, "word/header1.xml": hdr, "word/footer1.xml": ftr},
               [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"), ("rId3", "numbering", "numbering.xml"),
                ("rId6", "header", "header1.xml"), ("rId7", "footer", "footer1.xml")],
               app_xml("Microsoft Office Word"), core_xml("huangli", "huangli"))
    BLOCKS["u2.docx"][0].append(("furn", "桂岭工作简报　2025年第9期"))
    # open and save again with LibreOffice
    prof = os.path.join(outdir, "profile")
    conv = os.path.join(outdir, "conv")
    os.makedirs(conv, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", conv, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(conv, "u2.docx"), os.path.join(HERE, "u2.docx"))


# ================================================================ u3.docx — exported from an online document (腾讯文档 style)
def build_u3():
    d = Doc("u3.docx")
    F = "微软雅黑"
    SP = '<w:spacing w:line="360" w:lineRule="auto"/>'
    empties = [p("", SP), p(f'<w:r>{rpr(font=F, sz=24, hint=False, lang=False)}</w:r>', SP),
               p(f'<w:r>{rpr(font=F, sz=24, hint=False, lang=False)}<w:t></w:t></w:r>', SP)]
    k = [0]

    def gap(n=1):
        for _ in range(n):
            d.add(empties[k[0] % 3])
            k[0] += 1

    def rr(text, **kw):
        kw.setdefault("sz", 24)
        return r(text, font=F, hint=False, lang=False, color="000000", **kw)

    def body(*parts):
        d.add(p("".join(rr(t) for t in parts), SP), *[("body", t) for t in parts])
        gap()

    d.new()
    d.add(p(rr("【第二稿　2月24日　请办公室统一校对后印发】", hl="yellow"), SP), ("furn", "【第二稿　2月24日　请办公室统一校对后印发】"))
    gap()
    d.add(p(rr("在全镇2026年春季农业生产暨高标准农田建设推进会上的讲话", b=True, sz=44), SP + '<w:jc w:val="center"/>'),
          ("title", "在全镇2026年春季农业生产暨高标准农田建设推进会上的讲话"))
    gap()
    d.add(p(rr("镇长　苏文斌", sz=32) + brr() + rr("（2026年2月26日）", sz=28), SP + '<w:jc w:val="center"/>'),
          ("furn", "镇长　苏文斌"), ("furn", "（2026年2月26日）"))
    gap(2)
    d.add(p(rr("同志们："), SP), ("unl", "同志们："))
    gap()
    body("今天召开全镇春季农业生产暨高标准农田建设推进会，主要任务是贯彻落实全县农村工作会议精神，安排部署今年春季农业生产"
         "和高标准农田建设工作。刚才，农业综合服务中心通报了备耕情况，石门村、茶园村作了表态发言，讲得都很好。下面，我再讲三点意见。")
    d.add(p(rr("一、提高站位，切实增强抓好春耕生产的责任感", b=True, sz=32), SP), ("heading", "一、提高站位，切实增强抓好春耕生产的责任感"))
    gap()
    # one paragraph holding what are really three paragraphs, separated by soft breaks
    s1 = "粮食安全是“国之大者”。去年，全镇粮食播种面积稳定在3.2万亩，总产量达到1.36万吨"
    note = "（此数据请农业站再核实）"
    s2 = "，实现了面积、产量“双稳”。"
    s3 = ("但也要清醒看到，今年春季气候多变，农资价格上涨，部分村撂荒地复耕后还存在“复而不种”的问题，任务依然艰巨。")
    s4 = "各村一定要把思想和行动统一到县委、县政府的决策部署上来，切实把春耕生产抓紧抓实。"
    d.add(p(rr(s1) + rr(note, hl="yellow") + rr(s2) + brr(sz=24) + brr(sz=24) + rr(s3) + brr(sz=24) + rr(s4), SP),
          ("body", s1), ("furn", note), ("cont", s2), ("body", s3), ("body", s4))
    gap(2)
    d.add(p(rr("二、突出重点，全力抓好当前各项工作", b=True, sz=32), SP), ("heading", "二、突出重点，全力抓好当前各项工作"))
    gap()
    for hd, bd in [
        ("（一）抓好粮食生产", "今年县里下达我镇粮食播种面积3.25万亩，其中水稻2.1万亩。各村要把任务分解到组、落实到户、明确到田块，"
         "确保早稻育秧在3月25日前全部完成。"),
        ("（二）抓好高标准农田建设", "今年我镇承担高标准农田建设任务8600亩，涉及上坪、枫木等6个村。各村要主动做好群众工作，"
         "配合施工单位解决用地、用水等问题，确保6月底前主体工程完工，做到建一片、成一片、管好一片。"),
        ("（三）抓好农资保供和技术服务", "农业综合服务中心要加强农资市场检查，严厉打击制售假劣农资行为。要组织农技人员下村入户，"
         "开展技术指导不少于50场次，让农民群众种上放心田。")]:
        d.add(p(rr(hd, b=True, sz=28) + brr(sz=24) + rr(bd), SP), ("heading", hd), ("body", bd))
        gap()
    d.add(p(rr("三、压实责任，确保各项任务落地见效", b=True, sz=32), SP), ("heading", "三、压实责任，确保各项任务落地见效"))
    gap()
    a = ("镇领导班子成员要履行好包村责任，每周至少下村2次，及时协调解决春耕生产中的困难和问题。镇纪委要加强督查，"
         "对工作不力、进度滞后的村进行通报。")
    b = "同志们，一年之计在于春。希望大家抢抓农时、真抓实干，为全年农业农村工作开好局、起好步！"
    d.add(p(rr(a) + brr(sz=24) + rr(b), SP), ("body", a), ("body", b))
    gap(3)
    d.add(p(rr("附件：2026年春耕生产重点任务分工表（在线表格）"), SP), ("furn", "附件：2026年春耕生产重点任务分工表（在线表格）"))
    gap(2)
    body_xml = "".join(d.xml) + sect(None, None, grid="default", pitch=312)
    doc = part("document", f"<w:body>{body_xml}</w:body>")
    styles = word_styles()
    settings = f'{XMLDECL}<w:settings {NS}{IGN}><w:defaultTabStop w:val="720"/></w:settings>'
    write_docx(os.path.join(HERE, "u3.docx"), {"word/document.xml": doc, "word/styles.xml": styles,
                                               "word/settings.xml": settings},
               [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml")],
               app_xml("Tencent Docs"), core_xml("腾讯文档", "腾讯文档", "2026-02-24T10:02:11Z", "2026-02-24T10:02:11Z"))


# ================================================================ u4.docx — the whole essay inside a one-cell layout table
def build_u4():
    d = Doc("u4.docx")
    CELL = '<w:pStyle w:val="a"/><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>'

    def body(text):
        d.add(p(r(text, font=FS, sz=32), CELL), ("body", text))

    def h(text):
        d.add(p(r(text, font=HT, sz=32), CELL), ("heading", text))

    d.new()
    cell = []
    d.add(p(r("参加全县乡镇领导干部乡村振兴专题培训班心得体会", font=XBS, sz=40),
            '<w:pStyle w:val="a"/><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>'),
          ("title", "参加全县乡镇领导干部乡村振兴专题培训班心得体会"))
    d.add(p(r("桂岭镇副镇长　罗振华", font=KT, sz=32), '<w:pStyle w:val="a"/><w:jc w:val="center"/>'),
          ("furn", "桂岭镇副镇长　罗振华"))
    body("2025年11月17日至21日，我参加了县委组织部举办的全县乡镇领导干部乡村振兴专题培训班。五天时间里，聆听了专家教授的专题辅导，"
         "赴浙江安吉、德清等地进行了现场教学，与来自各乡镇的同志交流探讨，深受启发、收获很大。结合分管的农业农村工作，谈几点体会。")
    h("首先，要在学思践悟中筑牢信仰之基")
    body("这次培训，专家从理论和实践两个层面系统讲解了“千万工程”的经验内涵。我深刻认识到，“千万工程”之所以能够20多年持续推进、"
         "久久为功，根本在于坚持一张蓝图绘到底。作为基层干部，只有把理论学深悟透，才能在推动工作中把准方向、不走偏路。")
    h("其次，要在对标先进中找准发展之路")
    body("在安吉余村，我们看到了“绿水青山就是金山银山”的生动实践；在德清，我们看到了数字乡村建设带来的治理变革。对照先进，"
         "桂岭镇有山有水、有茶有林，资源禀赋并不差，差的是思路和办法。我们要立足全镇1.8万亩油茶、4.2万亩竹林的资源优势，"
         "做足“山”的文章，推动一产往后延、二产两头连、三产走高端。")
    h("再次，要在真抓实干中厚植为民之情")
    body("现场教学中，一位村支书说：“群众的事再小也是大事。”这句话让我感触很深。乡村振兴，说到底是为了让农民过上好日子。"
         "今后，我将坚持每月下村不少于8天，把群众的“急难愁盼”作为工作的“第一信号”，多办顺民意、解民忧、惠民生的实事。")
    h("最后，要在严于律己中守牢廉洁之线")
    body("分管农业农村工作，涉及项目多、资金多，更要时刻绷紧廉洁这根弦。我将严格执行项目资金管理各项规定，自觉接受监督，"
         "做到干净干事、清白做人。")
    body("培训虽然结束了，但学习永无止境。我将把这次培训的收获转化为推动工作的实际成效，为建设富裕美丽幸福新桂岭贡献自己的力量。")
    R = '<w:pStyle w:val="a"/><w:ind w:right="640"/><w:jc w:val="right"/>'
    d.add(p(r("罗振华", font=FS, sz=32), R), ("furn", "罗振华"))
    d.add(p(r("2025年11月25日", font=FS, sz=32), R), ("furn", "2025年11月25日"))
    cell = "".join(d.xml)
    B = '<w:{0} w:val="double" w:sz="4" w:space="0" w:color="auto"/>'
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="a3"/><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/><w:tblBorders>'
           + "".join(B.format(s) for s in ["top", "left", "bottom", "right"])
           + '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
           'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="8844"/></w:tblGrid>'
           '<w:tr w:rsidR="00A51C2E" w14:paraId="2B7D0E11" w14:textId="2B7D0E11"><w:trPr><w:trHeight w:val="13200" w:hRule="atLeast"/>'
           '<w:jc w:val="center"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="pct"/><w:tcMar><w:top w:w="284" w:type="dxa"/>'
           '<w:left w:w="340" w:type="dxa"/><w:right w:w="340" w:type="dxa"/></w:tcMar></w:tcPr>' + cell + "</w:tc></w:tr></w:tbl>")
    body_xml = tbl + p("", '<w:pStyle w:val="a"/>') + sect("rId6", None, grid="lines", pitch=312)
    doc = part("document", f"<w:body>{body_xml}</w:body>")
    extra = ('<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
             '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
             '<w:style w:type="table" w:styleId="a3"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
             '<w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="header"/><w:basedOn w:val="a"/><w:pPr>'
             '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/></w:pPr>'
             '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>')
    styles = word_styles(extra).replace('w:default="1" w:styleId="Normal"', 'w:styleId="Normal"')
    hdr = f'{XMLDECL}<w:hdr {NS}{IGN}>' + p(r("桂岭镇干部学习心得汇编", font=FS, sz=18), '<w:pStyle w:val="a4"/>') + "</w:hdr>"
    settings = f'{XMLDECL}<w:settings {NS}{IGN}><w:defaultTabStop w:val="420"/></w:settings>'
    write_docx(os.path.join(HERE, "u4.docx"), {"word/document.xml": doc, "word/styles.xml": styles,
                                               "word/settings.xml": settings, "word/header1.xml": hdr},
               [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"), ("rId6", "header", "header1.xml")],
               app_xml("Microsoft Office Word"), core_xml("罗振华", "罗振华", "2025-11-25T01:00:00Z", "2025-11-25T03:40:00Z"))
    BLOCKS["u4.docx"][0].append(("furn", "桂岭镇干部学习心得汇编"))


# ================================================================ u5.txt — copied out of two PDFs (GB18030, CRLF then CR)
NOSTART = set("，。、；：？！）》”’…%‰")
NOEND = set("（《“‘")


def _w(tok):
    return sum(0.5 if ord(c) < 128 else 1 for c in tok)


def _tokens(s):
    out, i = [], 0
    while i < len(s):
        if s[i].isascii() and (s[i].isalnum() or s[i] in ".%"):
            j = i
            while j < len(s) and s[j].isascii() and (s[j].isalnum() or s[j] in ".%"):
                j += 1
            out.append(s[i:j])
            i = j
        else:
            out.append(s[i])
            i += 1
    return out


def wrap(text, width=28, indent=""):
    lines, cur, cw = [], indent, _w(indent)
    for t in _tokens(text):
        tw = _w(t)
        if cw + tw > width and cur.strip():
            if t in NOSTART and cw + tw <= width + 1:      # hanging punctuation
                cur += t
                cw += tw
                continue
            carry = ""
            while cur and cur[-1] in NOEND:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur, cw = carry + t, _w(carry) + tw
        else:
            cur += t
            cw += tw
    if cur:
        lines.append(cur)
    return lines


def paginate(items, header, pageno, first_page_no, per_page=22, header_first=False):
    """items: list of lines. Returns lines with running header and page numbers inserted."""
    out, n, page, onpage = [], 0, first_page_no, 0
    if header_first:
        out.append(header)
    for ln in items:
        if onpage == per_page:
            out.append(pageno(page))
            page += 1
            out.append(header)
            onpage = 0
        out.append(ln)
        onpage += 1
    out.append(pageno(page))
    return out


def build_u5():
    BLOCKS["u5.txt"] = docs = []
    # ---- essay A: 工作总结 from a 汇编 PDF: paragraphs indented with two full-width spaces, CRLF
    A = []
    docs.append(A)

    def pa(kind, text, indent="　　", width=28):
        A.append((kind, text))
        return wrap(text, width, indent if kind == "body" else "")
    L = []
    L += wrap("桂岭镇2025年工作总结和2026年", 16) + ["工作打算"]
    A.append(("title", "桂岭镇2025年工作总结和2026年工作打算"))
    L += pa("body", "2025年，桂岭镇在县委、县政府的坚强领导下，坚持稳中求进工作总基调，统筹推进稳增长、促振兴、惠民生、保平安各项工作，"
            "全镇经济社会保持稳中有进、持续向好的发展态势。全年完成地区生产总值28.6亿元，同比增长6.2%；一般公共预算收入1.12亿元，"
            "同比增长8.4%。")
    L += pa("heading", "一、2025年工作回顾")
    for hd, bd in [
        ("（一）产业发展提质增效", "坚持把发展产业作为富民强镇的根本之策，新增油茶种植4500亩，全镇油茶面积达到1.8万亩，"
         "建成年加工能力3000吨的茶油精深加工厂1家。培育市级农业产业化龙头企业2家、家庭农场21家。新引进工业项目5个，"
         "完成工业投资3.6亿元。"),
        ("（二）乡村建设扎实推进", "完成农村户厕改造680户，新建通组公路18公里，改造农村危房42户。石门村、龙泉村成功创建"
         "市级美丽乡村示范村，全镇村庄清洁行动实现常态化。"),
        ("（三）民生保障持续改善", "全年民生支出占财政支出的78%。新增城镇就业460人，发放各类救助资金1026万元。新建村级"
         "互助养老服务点4个，镇中心小学新建教学楼投入使用，群众获得感不断增强。"),
        ("（四）社会大局和谐稳定", "深入开展矛盾纠纷排查化解，全年调处矛盾纠纷263起，调解成功率98.1%。安全生产形势总体"
         "平稳，全年未发生较大以上安全事故。")]:
        L += pa("heading", hd)
        L += pa("body", bd)
    L += pa("heading", "二、存在的问题")
    L += pa("body", "一年来，我们虽然取得了一定成绩，但也存在一些困难和问题：产业链条较短，农产品附加值不高；财政收支矛盾突出，"
            "项目建设资金缺口较大；部分干部干事创业的精气神还不够足。")
    L += pa("heading", "三、2026年工作打算")
    L += pa("body", "2026年是“十五五”开局之年。我们将重点抓好以下工作：")
    for hd, bd in [("1.做强特色产业。", "以油茶、竹木、高山蔬菜为重点，力争全镇农业总产值增长6%以上，新增规模以上工业企业2家。"),
                   ("2.建设和美乡村。", "全面推进农村人居环境整治提升，完成户厕改造500户，新建污水处理设施3处。"),
                   ("3.增进民生福祉。", "持续办好十件民生实事，推进镇卫生院提质改造，确保群众满意度达到95%以上。")]:
        A.append(("heading", hd))
        A.append(("cont", bd))
        L += wrap(hd + bd, 28, "　　")
    L += pa("body", "新的一年，我们将以更加饱满的热情、更加务实的作风，奋力谱写桂岭高质量发展新篇章。")
    L += ["　　　　　　　　　　　　　　　　桂岭镇人民政府", "　　　　　　　　　　　　　　　　2026年1月6日"]
    A += [("furn", "桂岭镇人民政府"), ("furn", "2026年1月6日")]
    hdrA = "桂岭镇2025年度工作材料汇编"
    LA = paginate(L, hdrA, lambda n: f"— {n} —", 3, per_page=19)
    A += [("furn", hdrA), ("furn", "— 3 —"), ("furn", "— 4 —"), ("furn", "— 5 —")]
    # ---- essay B: 调研报告 from another PDF: no indents, pasted on a Mac (CR only)
    B = []
    docs.append(B)
    L = []

    def pb(kind, text):
        B.append((kind, text))
        return wrap(text, 28)
    L += pb("title", "关于桂岭镇农村饮水安全情况的调研报告")
    L += pb("furn", "桂岭镇人大主席团调研组")
    L += pb("body", "农村饮水安全事关群众身体健康和生活质量。今年8月至9月，镇人大主席团组织部分人大代表，对全镇农村饮水安全工作进行了"
            "专题调研，实地查看集中供水工程9处，走访农户120户。现将调研情况报告如下。")
    L += pb("heading", "一、基本情况")
    L += pb("body", "全镇现有集中供水工程23处，分散供水工程146处，农村自来水普及率达到91.5%。2023年以来，累计投入资金1860万元，"
            "新建改造供水管网96公里，解决了㮾塘村、竹山村等7个村4800余人的饮水不稳定问题。镇级水厂日供水能力达到5000吨，"
            "覆盖镇区及周边6个村。")
    L += pb("heading", "二、存在的问题")
    for hd, bd in [("（一）部分水源保障能力不足。", "全镇有11处小型供水工程以山塘、山泉为水源，遇到持续干旱时容易断水，今年7月就有3个村"
                    "出现季节性缺水。"),
                   ("（二）工程管护机制不健全。", "部分村级供水工程产权不明晰，管护人员多为兼职，报酬偏低，存在“重建轻管”的现象。"),
                   ("（三）水质检测覆盖不全面。", "分散供水工程基本没有开展常规水质检测，群众对饮水安全的知晓度不高。")]:
        B += [("heading", hd), ("cont", bd)]
        L += wrap(hd + bd, 28)
    L += pb("heading", "三、意见建议")
    for hd, bd in [("（一）加强水源工程建设。", "建议将㮾塘水库引水工程纳入县级“十五五”规划，逐步实现规模化供水全覆盖。"),
                   ("（二）健全长效管护机制。", "落实“县级统管、镇级主责、村级协管”的管护体系，按照每处每年不低于2000元的标准"
                    "落实管护经费。"),
                   ("（三）强化水质监测。", "每年对集中供水工程开展水质检测不少于2次，检测结果及时向群众公开。同时为分散供水农户"
                    "免费检测水质，引导群众科学用水、安全饮水。")]:
        B += [("heading", hd), ("cont", bd)]
        L += wrap(hd + bd, 28)
    L += pb("body", "以上报告，供镇党委、政府决策参考。")
    L += ["　　　　　　　　　　　　　　　　桂岭镇人大主席团", "　　　　　　　　　　　　　　　　2025年9月26日"]
    B += [("furn", "桂岭镇人大主席团"), ("furn", "2025年9月26日")]
    hdrB = "桂岭镇人大调研成果选编（2025）"
    LB = paginate(L, hdrB, lambda n: f"- {n} -", 7, per_page=24, header_first=True)
    B += [("furn", hdrB), ("furn", "- 7 -")]
    data = "\r\n".join(LA) + "\r\n" + "\r".join(LB) + "\r"
    with open(os.path.join(HERE, "u5.txt"), "wb") as f:
        f.write(data.encode("gb18030"))
    return LA, LB


# ================================================================ u6.txt — a WeChat article copied from the browser (UTF-16 LE + BOM)
def build_u6():
    BLOCKS["u6.txt"] = [D := []]
    lines = []

    def add(kind, text, blank=True):
        D.append((kind, text))
        lines.append(text)
        if blank:
            lines.append("")
    add("title", "桂岭镇：“红色物业”让老旧小区焕新颜", False)
    add("furn", "原创 平川融媒 平川发布 2025年12月05日 18:30 湖南")
    add("furn", "👆点击蓝字 关注我们")
    q = "“以前楼道里堆满杂物，下水道三天两头堵，反映了也没人管。现在有了‘红色物业’，大事小事都有人操心！”"
    lines.append(q + "说起小区的变化，桂岭镇新田社区居民王阿姨赞不绝口。😊")
    lines.append("")
    D += [("body", q + "说起小区的变化，桂岭镇新田社区居民王阿姨赞不绝口。"), ("furn", "😊")]
    add("body", "新田社区是桂岭镇最大的集中安置社区，有老旧小区5个、居民1260户，其中多数小区没有专业物业服务，环境脏乱、设施老化等"
        "问题突出。今年以来，桂岭镇探索推行“红色物业”服务模式，把党组织建在小区里、把服务送到家门口，让老旧小区焕发新颜。")
    add("furn", "👇👇👇")
    add("heading", "▍党建引领，让“无主”小区有了“主心骨”")
    add("body", "镇党委指导新田社区成立小区党支部5个、楼栋党小组18个，推选党员楼栋长36名，构建起“社区党委—小区党支部—楼栋党小组—"
        "党员中心户”四级组织体系。同时，由社区牵头成立公益性物业服务中心，聘请物业管理员8名，实行“红色物业”统一管理，"
        "每月收取物业费每户仅15元。")
    add("furn", "▲小区党支部召开“楼栋议事会”")
    add("heading", "▍居民议事，让“烦心事”变成“暖心事”")
    lines.append("小区每月召开一次“楼栋议事会”，居民提需求、党员领任务、社区抓落实。今年以来，通过议事会解决楼道照明、停车管理、"
                 "化粪池清掏等问题47个，新增停车位120个，安装电动车充电桩60个🚗。“有事大家商量着办，心里都敞亮了。”居民代表李大爷说。")
    lines.append("")
    D += [("body", "小区每月召开一次“楼栋议事会”，居民提需求、党员领任务、社区抓落实。今年以来，通过议事会解决楼道照明、停车管理、"
           "化粪池清掏等问题47个，新增停车位120个，安装电动车充电桩60个"), ("furn", "🚗"),
          ("cont", "。“有事大家商量着办，心里都敞亮了。”居民代表李大爷说。")]
    add("furn", "▲新安装的电动车充电桩")
    add("heading", "▍多方联动，让“老小区”住出“新滋味”")
    add("body", "桂岭镇整合老旧小区改造资金680万元，完成5个小区的雨污分流、外墙翻新和绿化提升工程。组织镇直单位与小区结对共建，"
        "开展“党员志愿服务日”活动32场次。如今的新田社区，道路平整了，楼道亮堂了，邻里之间也更加和谐了，居民满意度由改造前的62%"
        "提升到96%。")
    add("body", "下一步，桂岭镇将总结推广新田社区经验，力争2026年底前实现全镇老旧小区“红色物业”全覆盖，让更多居民享受到家门口的幸福。")
    for t in ["— END —", "文字：王晓雯　图片：李强", "来源：桂岭镇融媒体中心", "编辑：刘畅", "审核：陈敏", "校对：周婷",
              "终审：张国平", "往期推荐", "▶平川县召开2025年冬季森林防火工作会议", "▶好消息！平川这3个村上榜省级名单",
              "▶权威发布｜平川县2026年民生实事项目征集开始啦", "长按二维码关注我们", "分享", "收藏", "点赞", "在看"]:
        add("furn", t, blank=t not in ("编辑：刘畅", "审核：陈敏", "校对：周婷", "来源：桂岭镇融媒体中心"))
    text = "\r\n".join(lines)
    with open(os.path.join(HERE, "u6.txt"), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))


# ================================================================ u7.md — note-app export (YAML front matter, Joplin style)
U7 = """---
title: 油茶产业提质增效实施方案（初稿）
updated: 2026-01-15 13:06:42Z
created: 2026-01-12 01:40:18Z
author: 罗振华
tags:
  - 油茶
  - 方案
  - 待审
---

# 桂岭镇2026年油茶产业提质增效实施方案

为加快推进油茶产业提质增效，把资源优势转化为发展优势，助力群众增收和乡村振兴，根据县委、县政府关于加快油茶产业发展的部署要求，结合我镇实际，制定本方案。

## 一、总体目标

到2026年底，全镇完成低产油茶林改造3000亩，新造高产油茶林1500亩，油茶林总面积达到1.95万亩；茶油年产量达到1200吨，油茶产业综合产值突破3亿元，带动3000户以上农户稳定增收。

| 指标 | 2025年 | 2026年目标 |
|---|---|---|
| 油茶林面积（万亩） | 1.8 | 1.95 |
| 茶油产量（吨） | 960 | 1200 |

## 二、重点任务

### （一）推进低产林改造

**1．实施品种改良**

采取截干嫁接、补植套种等方式,对树龄老化、品种混杂的低产林进行改造,全部选用“湘林210”“华硕”等良种。今年重点在石门、上坪、枫木3个村建设低改示范基地1000亩。

![油茶基地.jpg](:/3f9c2b7a1e4d4c8b9a0e6d5f1c2b3a4e)

**2．加强抚育管理**

推广测土配方施肥、病虫害绿色防控等技术，组织技术培训12期以上，培训油茶种植户800人次。

### （二）延伸产业链条

- 1．壮大加工主体
    - 支持桂岭茶油公司扩建精炼生产线,新增年加工能力2000吨,争创省级农业产业化龙头企业。
- 2．打响区域品牌
    - 统一使用“桂岭山茶油”区域公用品牌，积极申报国家地理标志产品，全年参加各类展销会不少于5次。
- 3．拓展销售渠道
    - 依托电商服务站和直播带货，发展线上销售，力争线上销售额达到3000万元。

## 三、保障措施

- **（一）强化组织保障**
    - 成立由镇长任组长、分管副镇长任副组长的油茶产业发展工作专班，定期调度推进重点工作。
- **（二）强化资金保障**
    - 整合涉农资金1200万元用于油茶产业发展，对新造高产油茶林每亩补助800元。
    > 备注：补助标准待财政所确认，周三前回复罗镇长
- **（三）强化技术服务**
    - 与省林科院建立合作关系，聘请专家3名，每个村培养乡土技术员2名以上。
"""


def build_u7():
    with open(os.path.join(HERE, "u7.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(U7)
    BLOCKS["u7.md"] = [[("title", "桂岭镇2026年油茶产业提质增效实施方案")]]


if __name__ == "__main__":
    build_u1()
    with tempfile.TemporaryDirectory(dir=HERE, prefix=".tmp_lo_") as td:
        build_u2(td)
    build_u3()
    build_u4()
    build_u5()
    build_u6()
    build_u7()
    print("built:", ", ".join(sorted(BLOCKS)))
