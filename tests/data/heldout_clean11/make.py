#!/usr/bin/env python3
"""Build blind set 11 (heldout_clean11) about the imaginary 鹤源镇 (宁川县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Only the standard library: zipfile + raw WordprocessingML for v2.docx. The texts live in
texts.py with inline labels ([[keep]], {{drop}}, ↵ = w:br); this script strips the labels,
writes the five files and collects must_keep/must_drop for gold.yaml. Titles and headings are
listed in GOLD below and checked against the written text.
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
    return KEEP.findall(s), DROP.findall(s)


# ---------------------------------------------------------------- Simplified -> Traditional (v5)
_S = ("龙积动乡与于镇辖组户来党软务变标风显转后获评县级范准让众么两广征见盖环卫爱亲愿类项细则经会决过张晓"
      "议长员结栏监对异复兑换实里设凭农优额贷虑参达计价约万现红办减发访们将进济挂钩为边折东个体乱开鹤")
_T = ("龍積動鄉與於鎮轄組戶來黨軟務變標風顯轉後獲評縣級範準讓眾麼兩廣徵見蓋環衛愛親願類項細則經會決過張曉"
      "議長員結欄監對異覆兌換實裡設憑農優額貸慮參達計價約萬現紅辦減發訪們將進濟掛鉤為邊摺東個體亂開鶴")
assert len(_S) == len(_T), (len(_S), len(_T))
TRAD = dict(zip(_S, _T))


def to_trad(s):
    return "".join(TRAD.get(c, c) for c in s)


HALF = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？", "「": "“", "」": "”"}


def to_full(s):
    return "".join(HALF.get(c, c) for c in s)


# ---------------------------------------------------------------- WordprocessingML helpers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(font="仿宋_GB2312", sz=32, b=False):
    x = f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
    if b:
        x += "<w:b/>"
    return f"<w:rPr>{x}<w:sz w:val=\"{sz}\"/><w:szCs w:val=\"{sz}\"/></w:rPr>"


def run(text, **kw):
    """text may hold ↵ (manual line break typed with Shift+Enter)."""
    out = []
    for i, piece in enumerate(text.split("↵")):
        if i:
            out.append(f"<w:r>{rpr(**kw)}<w:br/></w:r>")
        if piece:
            out.append(f'<w:r>{rpr(**kw)}<w:t xml:space="preserve">{esc(piece)}</w:t></w:r>')
    return "".join(out)


def para(content, jc=None, spacing=True):
    ppr = ""
    if spacing:
        ppr += '<w:spacing w:line="560" w:lineRule="exact"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>"


def field(instr, cached, **kw):
    rp = rpr(**kw)
    return (f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rp}<w:instrText xml:space="preserve">{esc(instr)}</w:instrText></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rp}<w:t>{cached}</w:t></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')


NS = ('xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def build_v2():
    body = []
    for item in T.V2:
        kind = item[0]
        if kind == "title":
            body.append(para(run(item[1], font="方正小标宋简体", sz=44), jc="center"))
            body.append(para(""))
        elif kind == "h":
            marker, text = item[1], item[2]
            font = "黑体" if marker.endswith("、") else "楷体_GB2312"
            # typed by hand: marker, a TAB, the heading words (no style, no numbering)
            body.append(para(run(marker, font=font) + f"<w:r>{rpr(font=font)}<w:tab/></w:r>"
                             + run(text, font=font)))
        elif kind == "p":
            body.append(para(run(strip(item[1])), jc="both"))
        elif kind == "cap":
            body.append(para(run(item[1], font="黑体", sz=28), jc="center"))
        elif kind == "table":
            grid = "".join('<w:gridCol w:w="2900"/>' for _ in item[1][0])
            rows = ""
            for ri, row in enumerate(item[1]):
                cells = ""
                for c in row:
                    cells += ('<w:tc><w:tcPr><w:tcW w:w="2900" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                              + para(run(c, font="黑体" if ri == 0 else "仿宋_GB2312", sz=24), jc="center",
                                     spacing=False) + "</w:tc>")
                rows += f'<w:tr><w:trPr><w:trHeight w:val="454"/><w:jc w:val="center"/></w:trPr>{cells}</w:tr>'
            borders = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                              for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
            body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
                        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>'
                        f'<w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>')
        elif kind == "sign":
            body.append(para(run(strip(item[1])), jc="right"))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId6"/>'
            '<w:footerReference w:type="default" r:id="rId7"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    hdr = (f'{XD}<w:hdr {NS}><w:p><w:pPr><w:pStyle w:val="a3"/><w:pBdr><w:bottom w:val="single" '
           'w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/></w:pPr>'
           f'{run("宁川县鹤源镇人民政府", font="宋体", sz=18)}</w:p></w:hdr>')
    k = dict(font="宋体", sz=18)
    ftr = (f'{XD}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="a4"/><w:jc w:val="center"/></w:pPr>'
           + run("第 ", **k) + field(" PAGE  \\* Arabic  \\* MERGEFORMAT ", "1", **k)
           + run(" 页 共 ", **k) + field(" NUMPAGES  \\* Arabic  \\* MERGEFORMAT ", "3", **k)
           + run(" 页", **k) + "</w:p></w:ftr>")
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="宋体" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/>'
              '<w:sz w:val="21"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
              '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
              '<w:semiHidden/></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:semiHidden/>'
              '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
              '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
              '</w:tblCellMar></w:tblPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="header"/><w:basedOn w:val="a"/>'
              '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
              '<w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="footer"/><w:basedOn w:val="a"/>'
              '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
              '<w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '</w:styles>')
    # Word 2003 compatibility mode (a .doc converted and kept in 兼容模式)
    settings = (f'{XD}<w:settings {NS}><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/>'
                '<w:bordersDoNotSurroundFooter/><w:defaultTabStop w:val="420"/>'
                '<w:drawingGridHorizontalSpacing w:val="105"/><w:drawingGridVerticalSpacing w:val="156"/>'
                '<w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/>'
                '<w:characterSpacingControl w:val="compressPunctuation"/>'
                '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
                '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>'
                '<w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="11"/></w:compat>'
                '<w:rsids><w:rsidRoot w:val="00A81C3E"/><w:rsid w:val="00A81C3E"/></w:rsids>'
                '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
                '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')
    fonts = f'{XD}<w:fonts {NS}><w:font w:name="宋体"><w:charset w:val="86"/></w:font></w:fonts>'
    app = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dot</Template><TotalTime>96</TotalTime><Pages>3</Pages>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<Company>微软中国</Company><AppVersion>14.0000</AppVersion></Properties>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>鹤源镇2025年上半年安全生产工作总结</dc:title><dc:creator>微软用户</dc:creator>'
            '<cp:lastModifiedBy>微软用户</cp:lastModifiedBy><cp:revision>7</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-07-03T01:20:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-07-05T02:41:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    ct = (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{MAIN}.settings+xml"/>'
          f'<Override PartName="/word/fontTable.xml" ContentType="{MAIN}.fontTable+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{MAIN}.header+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{MAIN}.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    top = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
             f'<Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}/fontTable" Target="fontTable.xml"/>'
             f'<Relationship Id="rId6" Type="{REL}/header" Target="header1.xml"/>'
             f'<Relationship Id="rId7" Type="{REL}/footer" Target="footer1.xml"/></Relationships>')
    with zipfile.ZipFile(os.path.join(HERE, "v2.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", top)
        z.writestr("word/_rels/document.xml.rels", drels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/settings.xml", settings)
        z.writestr("word/fontTable.xml", fonts)
        z.writestr("word/header1.xml", hdr)
        z.writestr("word/footer1.xml", ftr)
        z.writestr("docProps/app.xml", app)
        z.writestr("docProps/core.xml", core)
    keep, drop = [], []
    for item in T.V2:
        if item[0] in ("p", "sign"):
            k, d = labels(item[1])
            keep += [x.replace("↵", "") for x in k]
            drop += d
    return keep, drop


def write(name, text, enc, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode(enc))


# ---------------------------------------------------------------- titles and headings (gold)
def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "v1.md": [("在全镇干部作风建设大会上的表态发言", [
        H(1, "一、", "提高站位，在思想认识上再深化"),
        H(2, "一是", "强化理论武装"), H(2, "二是", "对标查找差距"),
        H(1, "二、", "转变作风，在服务群众上再用力"),
        H(2, "一是", "推行“田间办公”"), H(2, "二是", "落实“一次办好”"), H(2, "三是", "畅通诉求渠道"),
        H(1, "三、", "狠抓落实，在推动发展上再加压"),
        H(2, "一是", "稳住粮食生产"), H(2, "二是", "做强特色果业"), H(2, "三是", "守牢安全底线")])],
    "v2.docx": [(T.V2[0][1], [H(1 if it[1].endswith("、") else 2, it[1], it[2]) for it in T.V2 if it[0] == "h"])],
    "v3.txt": [
        ("鹤源镇2025年农村人居环境整治提升实施方案", [
            H(1, "1.", "总体要求"), H(2, "1.1", "工作思路"), H(2, "1.2", "工作目标"),
            H(1, "2.", "重点任务"), H(2, "2.1", "推进农村厕所革命"), H(3, "2.1.1", "新建改建户厕"),
            H(3, "2.1.2", "加强后续管护"), H(2, "2.2", "治理农村生活垃圾"), H(2, "2.3", "整治村容村貌"),
            H(1, "3.", "保障措施")]),
        ("关于鹤源镇黄桃产业发展情况的调研报告", [
            H(1, "第一部分", "基本情况"), H(2, "（一）", "种植规模稳步扩大"), H(2, "（二）", "经营主体不断壮大"),
            H(1, "第二部分", "存在的问题"), H(2, "（一）", "品种结构单一"), H(2, "（二）", "加工能力不足"),
            H(2, "（三）", "冷链物流滞后"),
            H(1, "第三部分", "意见建议"), H(2, "（一）", "优化品种布局"), H(2, "（二）", "延长产业链条"),
            H(2, "（三）", "打响区域品牌")]),
        ("在全镇基层党建工作推进会上的讲话", [
            H(1, "第一", "要在建强堡垒上持续用力"), H(1, "第二", "要在锻造队伍上持续用力"),
            H(1, "第三", "要在服务发展上持续用力")])],
    "v4.md": [
        ("鹤源镇2025年第8次党政联席会议纪要", [
            H(1, "一、", "关于防汛备汛工作"), H(2, "（一）", "压实防汛责任"), H(2, "（二）", "抓好隐患排查"),
            H(2, "（三）", "做好物资储备"), H(1, "二、", "关于黄桃采摘季服务保障工作"),
            H(1, "三、", "关于2025年村级公益事业一事一议项目")]),
        ("做一颗扎根基层的种子", [
            H(1, "一、", "扎根要深，把基层当作成长的课堂"), H(1, "二、", "脚步要勤，把群众当作最亲的家人"),
            H(1, "三、", "本领要强，把岗位当作奉献的舞台")])],
    "v5.txt": [("龙潭村“积分制”推动乡村治理的做法与成效", [
        H(1, "一、", "主要做法"), H(2, "(一)", "定标准，让群众知道“做什么”"),
        H(2, "(二)", "常评议，让群众看到“怎么评”"), H(2, "(三)", "重兑换，让群众得到“真实惠”"),
        H(1, "二、", "取得成效"), H(1, "三、", "下一步打算")])],
}

# furniture that is markup or decoration rather than a labelled span
EXTRA_DROP = {
    "v1.md": ["### ", "**", "---", "> ", "📌", "✅", "🎯", "- ✅"],
    "v2.docx": ["宁川县鹤源镇人民政府", "NUMPAGES", "MERGEFORMAT", "微软用户", "微软中国", "Microsoft Office Word"],
    "v3.txt": ["\f", "========================================", "\r"],
    "v4.md": ["## ", "### ", "**", "---", "> "],
    "v5.txt": ["\r"],
}


def main():
    keep, drop = {}, {}
    # v1.md — pasted from an AI chat answer (LF, UTF-8, no BOM)
    write("v1.md", strip(T.V1), "utf-8")
    keep["v1.md"] = [[k.replace("**", "") for k in labels(T.V1)[0]]]
    drop["v1.md"] = labels(T.V1)[1]
    # v2.docx
    k, d = build_v2()
    keep["v2.docx"], drop["v2.docx"] = [k], d
    # v3.txt — WPS 另存为文本: GBK, CRLF, form feed before essay 2, a ==== rule before essay 3
    rule = "=" * 40
    v3 = strip(T.V3A) + "\f" + strip(T.V3B) + "\n" + rule + "\n\n" + strip(T.V3C)
    write("v3.txt", v3, "gbk", crlf=True)
    keep["v3.txt"] = [labels(x)[0] for x in (T.V3A, T.V3B, T.V3C)]
    drop["v3.txt"] = sum((labels(x)[1] for x in (T.V3A, T.V3B, T.V3C)), [])
    # v4.md — 纪要 + 心得体会 in one note file
    write("v4.md", strip(T.V4), "utf-8")
    half = T.V4.index("# 做一颗")
    keep["v4.md"] = [labels(T.V4[:half])[0], labels(T.V4[half:])[0]]
    drop["v4.md"] = labels(T.V4)[1]
    # v5.txt — Big5 (cp950), CRLF, Traditional, 「」 and half-width punctuation
    v5 = to_trad(strip(T.V5))
    write("v5.txt", v5, "cp950", crlf=True)
    keep["v5.txt"] = [[to_full(k) for k in labels(T.V5)[0]]]
    drop["v5.txt"] = [to_trad(x) for x in labels(T.V5)[1]]
    for f in EXTRA_DROP:
        drop[f] = drop[f] + EXTRA_DROP[f]
    write_gold(keep, drop)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\f", "\\f").replace("\r", "\\r") + '"'


def write_gold(keep, drop):
    out = [T.HEADER, ""]
    for f in ("v1.md", "v2.docx", "v3.txt", "v4.md", "v5.txt"):
        out.append(f"{f}:")
        out.append("  documents:")
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
