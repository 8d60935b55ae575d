#!/usr/bin/env python3
"""Build blind set 14 (heldout_clean14) about the imaginary 檀溪镇 (青枫县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Only the standard library: zipfile + raw WordprocessingML for y3.docx. The texts live in texts.py with
inline labels ([[keep]], {{drop}}; see its docstring for the y2/y3/y4/y5 markup); this script strips the
labels, writes the six files and collects must_keep/must_drop for gold.yaml. Titles and headings are
listed in GOLD below and checked by check.py.
"""
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)
TRACK = re.compile(r"⟦([-+<>])(.*?)⟧|⟪(.*?)⟫", re.S)


def strip(s):
    """File text: labels removed (tracked-change markup stays for the docx builder)."""
    return DROP.sub(r"\1", KEEP.sub(r"\1", s))


def seen(k):
    """What a reader sees of a kept span: nested drops cut out, tracked changes accepted, comments unmarked."""
    def accept(m):
        if m.group(1) is None:
            return m.group(3)
        return "" if m.group(1) in "-<" else m.group(2)
    return TRACK.sub(accept, DROP.sub("", k))


def labels(s):
    return [seen(k) for k in KEEP.findall(s)], DROP.findall(s)


def write(name, text, enc, crlf=False, bom=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(enc)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- y2.txt: mojibake (UTF-8 read as Windows-1252)
def moj1252(s):
    """The UTF-8 bytes of s decoded the way a browser decodes windows-1252 (the five bytes cp1252 leaves
    undefined become the C1 control with the same number), as a double-encoding web site shows it."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def build_y2():
    lines, drop = [], []
    for ln in T.Y2.split("\n"):
        if "§" in ln:
            ind, rest = ln.split("§")
            m = moj1252(strip(rest))
            lines.append(ind + m)
            drop.append(m[:12])
        else:
            lines.append(strip(ln))
    return "\n".join(lines), drop


# ---------------------------------------------------------------- y4.md: Markdown converted from Word
def width(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


def wrap(text, cols=72):
    """Hard-wrap a paragraph at 72 columns (a Chinese character counts two), breaking only between two
    Chinese characters so that no line starts with markup or punctuation."""
    out, line = [], ""
    for i, c in enumerate(text):
        line += c
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if width(line) >= cols - 1 and "\u4e00" <= c <= "\u9fff" and "\u4e00" <= nxt <= "\u9fff":
            out.append(line)
            line = ""
    if line:
        out.append(line)
    return out


def ascii_quotes(s):
    return s.replace("“", '"').replace("”", '"')


def build_y4():
    blocks = []
    raw_run = []
    for kind, text in T.Y4:
        t = ascii_quotes(strip(text))
        if kind == "raw":
            raw_run.append(t)
            continue
        if raw_run:
            blocks.append("\n".join(raw_run).strip("\n"))
            raw_run = []
        if kind == "title":
            blocks.append(t + "\n" + "=" * width(t))
        elif kind == "h":
            blocks.append(t + "\n" + "-" * width(t))
        elif kind == "hb":
            blocks.append("**" + t + "**")
        elif kind == "byline":
            blocks.append(t)
        elif kind == "p":
            blocks.append("\n".join(wrap(t)))
        elif kind == "br":
            parts = [wrap(x) for x in t.split("↵")]
            ls = []
            for j, p in enumerate(parts):
                if j:
                    ls[-1] += "\\"
                ls += p
            blocks.append("\n".join(ls))
    if raw_run:
        blocks.append("\n".join(raw_run).strip("\n"))
    return "\n\n".join(b for b in blocks if b) + "\n"


def md_seen(k):
    k = re.sub(r"\\([*.\[\]])", r"\1", k)
    return k.replace("↵", "")


# ---------------------------------------------------------------- y5.txt: Hong Kong Traditional
_S = ("页内乡镇传体积来华网记进云滩货摆齐换络绎绝陈刚说卫干门现抢个软务变群众见条动标准让么细里导评价则环风愿邻为"
      "类项确开过党员组议结栏张布监机乐宽农资东岭书强励选优荐实参与达乱显减发经丽责编辑枫县数设赣点热关闻带叶权转载签兴")
_T = ("頁內鄉鎮傳體積來華網記進雲灘貨擺齊換絡繹絕陳剛説衞幹門現搶個軟務變羣眾見條動標準讓麼細裏導評價則環風願鄰為"
      "類項確開過黨員組議結欄張佈監機樂寬農資東嶺書強勵選優薦實參與達亂顯減發經麗責編輯楓縣數設贛點熱關聞帶葉權轉載籤興")
assert len(_S) == len(_T)
HK = dict(zip(_S, _T))
HK.update({"“": "「", "”": "」", "‘": "『", "’": "』"})


def to_hk(s):
    # character by character, then the one word where 里 is not 裏 (邻里 → 鄰里)
    return "".join(HK.get(c, c) for c in s).replace("鄰裏", "鄰里")


# ---------------------------------------------------------------- y3.docx: tracked changes, lying styles
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


AUTHOR = 'w:author="李海燕" w:date="2026-01-08T16:20:00Z"'
_rev = [100]


def rid():
    _rev[0] += 1
    return _rev[0]


def rpr(font="仿宋_GB2312", sz=32, b=False):
    x = f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
    if b:
        x += "<w:b/><w:bCs/>"
    return f'<w:rPr>{x}<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'


def run(text, tag="w:t", **kw):
    if not text:
        return ""
    return f'<w:r>{rpr(**kw)}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def runs(text, whole=None, **kw):
    """Runs of a text holding tracked-change and comment markup. whole = "del"/"ins": every run of a
    deleted/inserted paragraph."""
    text = strip(text)
    if whole == "del":
        return f'<w:del w:id="{rid()}" {AUTHOR}>{run(text, tag="w:delText", **kw)}</w:del>'
    if whole == "ins":
        return f'<w:ins w:id="{rid()}" {AUTHOR}>{run(text, **kw)}</w:ins>'
    out, pos = [], 0
    for m in TRACK.finditer(text):
        out.append(run(text[pos:m.start()], **kw))
        op, t = m.group(1), m.group(2)
        if op == "-":
            out.append(f'<w:del w:id="{rid()}" {AUTHOR}>{run(t, tag="w:delText", **kw)}</w:del>')
        elif op == "+":
            out.append(f'<w:ins w:id="{rid()}" {AUTHOR}>{run(t, **kw)}</w:ins>')
        elif op == "<":
            n = rid()
            out.append(f'<w:moveFromRangeStart w:id="{n}" {AUTHOR} w:name="move220814"/>'
                       f'<w:moveFrom w:id="{rid()}" {AUTHOR}>{run(t, **kw)}</w:moveFrom>'
                       f'<w:moveFromRangeEnd w:id="{n}"/>')
        elif op == ">":
            n = rid()
            out.append(f'<w:moveToRangeStart w:id="{n}" {AUTHOR} w:name="move220814"/>'
                       f'<w:moveTo w:id="{rid()}" {AUTHOR}>{run(t, **kw)}</w:moveTo>'
                       f'<w:moveToRangeEnd w:id="{n}"/>')
        else:  # comment
            out.append('<w:commentRangeStart w:id="1"/>' + run(m.group(3), **kw) + '<w:commentRangeEnd w:id="1"/>'
                       '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="1"/></w:r>')
        pos = m.end()
    out.append(run(text[pos:], **kw))
    return "".join(out)


STYLE = {"N": None, "H1": "Heading1", "H2": "Heading2", "H3": "Heading3"}


def para(style, content, jc=None, indent=True, mark=None, change=None):
    ppr = f'<w:pStyle w:val="{STYLE[style]}"/>' if STYLE[style] else ""
    ppr += '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if mark == "del":
        ppr += f'<w:rPr><w:del w:id="{rid()}" {AUTHOR}/></w:rPr>'
    elif mark == "ins":
        ppr += f'<w:rPr><w:ins w:id="{rid()}" {AUTHOR}/></w:rPr>'
    if change:
        ppr += f'<w:pPrChange w:id="{rid()}" {AUTHOR}><w:pPr><w:pStyle w:val="{change}"/></w:pPr></w:pPrChange>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>"


NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SECT = ('<w:sectPr><w:headerReference w:type="default" r:id="rId6"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
        'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
        '<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')


def build_y3():
    body, keep, drop = [], [], []
    for kind, style, text in T.Y3:
        k, d = labels(text)
        drop += d
        if kind == "title":
            body.append(para(style, runs(text, font="方正小标宋简体", sz=44), jc="center", indent=False))
            continue
        keep += k
        if kind == "byline":
            body.append(para(style, runs(text, font="楷体_GB2312"), jc="center", indent=False))
        elif kind == "h":
            if text.startswith("（"):
                body.append(para(style, runs(text, font="楷体_GB2312"),
                                 change="Heading2" if "教育卫健" in text else None))
            else:
                body.append(para(style, runs(text, font="黑体")))
        elif kind == "p":
            body.append(para(style, runs(text)))
        elif kind == "delpara":
            font = "楷体_GB2312" if style == "H1" else "仿宋_GB2312"
            body.append(para(style, runs(text, whole="del", font=font), mark="del"))
            drop += [strip(text)[:12]] if not d else []
        elif kind == "inspara":
            body.append(para(style, runs(text, whole="ins"), mark="ins"))
        elif kind == "sign":
            body.append(para(style, runs(text), jc="right", indent=False))
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{SECT}</w:body></w:document>'

    def hstyle(i, n):
        return (f'<w:style w:type="paragraph" w:styleId="Heading{i}"><w:name w:val="heading {i}"/>'
                '<w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="Heading' + str(i) + 'Char"/><w:uiPriority w:val="9"/>'
                f'<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{n}" w:after="{n}"/>'
                f'<w:outlineLvl w:val="{i - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:kern w:val="44"/>'
                f'<w:sz w:val="{48 - 8 * i}"/></w:rPr></w:style>')
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/>'
              '<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
              '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
              + hstyle(1, 340) + hstyle(2, 260) + hstyle(3, 260) +
              '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
              '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
              '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="header"/><w:basedOn w:val="a"/>'
              '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
              '<w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
              '<w:basedOn w:val="a0"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
              '<w:basedOn w:val="a"/><w:pPr><w:jc w:val="left"/></w:pPr></w:style></w:styles>')
    settings = (f'{XD}<w:settings {NS}><w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="420"/>'
                '<w:characterSpacingControl w:val="compressPunctuation"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')
    ctext = strip(T.Y3_COMMENTS[1])
    drop += labels(T.Y3_COMMENTS[1])[1]
    comments = (f'{XD}<w:comments {NS}><w:comment w:id="1" w:author="李海燕" w:date="2026-01-08T16:25:00Z" '
                'w:initials="LHY"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr>'
                '<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                f'<w:r><w:t>{esc(ctext)}</w:t></w:r></w:p></w:comment></w:comments>')
    header = (f'{XD}<w:hdr {NS}><w:p><w:pPr><w:pStyle w:val="a4"/></w:pPr>'
              + run("檀溪镇领导班子成员2025年度述职材料", font="宋体", sz=18) + "</w:p></w:hdr>")
    parts = {"word/document.xml": doc, "word/styles.xml": styles, "word/settings.xml": settings,
             "word/comments.xml": comments, "word/header1.xml": header}
    rels = [("rId4", "comments", "comments.xml"), ("rId6", "header", "header1.xml")]
    over = [("comments.xml", "comments"), ("header1.xml", "header")]
    pkg("y3.docx", parts, rels, over)
    drop += ["檀溪镇领导班子成员2025年度述职材料", "李海燕", "Windows 用户"]
    return keep, drop


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
             + "".join(f'<Relationship Id="{rid_}" Type="{REL}/{kind}" Target="{target}"/>' for rid_, kind, target in rels)
             + "</Relationships>")
    app = (f'{XD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><TotalTime>214</TotalTime><Pages>3</Pages>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<AppVersion>16.0000</AppVersion></Properties>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title></dc:title><dc:creator>Windows 用户</dc:creator><cp:lastModifiedBy>李海燕</cp:lastModifiedBy>'
            '<cp:revision>9</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T01:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-08T08:31:00Z</dcterms:modified></cp:coreProperties>')
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels)]
        entries += list(parts.items()) + [("docProps/app.xml", app), ("docProps/core.xml", core)]
        for p, x in entries:  # fixed time stamps: the same texts give the same bytes
            z.writestr(zipfile.ZipInfo(p, date_time=(2026, 1, 8, 16, 31, 0)), x, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- titles and headings (gold)
def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "y1.txt": [("檀溪镇2026年工作要点", [
        H(1, "一、", "加强党的政治建设"), H(1, "二、", "夯实基层党组织建设"),
        H(2, "㈠", "深化“红色檀溪”党建品牌创建"), H(2, "㈡", "加强党员队伍建设"),
        H(3, "⑴", "严格发展党员程序"), H(3, "⑵", "抓好党员教育培训"), H(3, "⑶", "规范流动党员管理"),
        H(1, "三、", "推动特色产业提质增效"), H(1, "四、", "全力抓好项目建设"),
        H(1, "五、", "持续改善农村人居环境"), H(1, "六、", "巩固拓展脱贫攻坚成果"),
        H(2, "㈠", "健全防止返贫监测帮扶机制"), H(2, "㈡", "推动帮扶产业提档升级"),
        H(1, "七、", "大力发展乡村旅游"), H(1, "八、", "推进社会事业发展"), H(1, "九、", "提升基层治理水平"),
        H(1, "十、", "守牢安全稳定底线"), H(1, "十一、", "加强政府自身建设"),
        H(2, "㈠", "深入推进法治政府建设"), H(2, "㈡", "严格落实过紧日子要求"),
        H(1, "十二、", "持续改进工作作风")])],
    "y2.txt": [
        ("乡镇干部应急管理能力提升培训心得体会", [
            H(1, "一、", "应急管理首先是“想在前”"), H(1, "二、", "应急管理关键在“练在平”"),
            H(1, "三、", "应急管理落脚于“统在一”")]),
        ("檀溪镇2025年退役军人服务保障工作总结", [
            H(1, "一、", "主要工作"), H(2, "（一）", "强化思想政治引领"), H(2, "（二）", "做实优待抚恤工作"),
            H(2, "（三）", "推动就业创业"), H(1, "二、", "存在的不足"), H(1, "三、", "2026年工作打算"),
            H(2, "（一）", "推进服务站标准化建设"), H(2, "（二）", "拓宽就业创业渠道")])],
    "y3.docx": [("2025年度个人述职报告", [
        H(1, "一、", "履职尽责情况"), H(2, "（一）", "推动文旅融合发展"), H(2, "（二）", "抓好教育卫健工作"),
        H(2, "（三）", "做好招商引资工作"), H(1, "二、", "廉洁自律情况"), H(1, "三、", "存在的不足"),
        H(1, "四、", "2026年工作打算"), H(2, "（一）", "在文旅融合上求突破"),
        H(2, "（二）", "在招商引资上求实效")])],
    "y4.md": [("关于檀溪镇农村寄递物流体系建设情况的调研报告", [
        H(1, "一、", "基本情况"), H(2, "（一）", "服务网络基本建成"), H(2, "（二）", "农产品上行渠道不断拓宽"),
        H(1, "二、", "存在的问题"), H(2, "（一）", "站点运营“小散弱”"), H(2, "（二）", "冷链寄递能力不足"),
        H(1, "三、", "对策建议"), H(2, "（一）", "完善寄递网络"), H(3, "1.", "整合末端网点资源"),
        H(3, "2.", "提升站点服务功能"), H(2, "（二）", "补齐冷链短板")])],
    "y5.txt": [("檀溪镇“积分超市”激活乡村治理“一池春水”", [
        H(1, "一、", "定标准，让群众知道“做什么”"), H(2, "（一）", "细化积分内容"), H(2, "（二）", "公开评分过程"),
        H(1, "二、", "建机制，让群众乐意“跟着干”"), H(2, "（一）", "拓宽兑换渠道"), H(2, "（二）", "强化正向激励"),
        H(1, "三、", "见实效，让群众真正“得实惠”")])],
    "y6.txt": [
        ("在泥土里读懂乡村", [
            H(1, "", "放下架子，才能走进群众心里"), H(1, "", "沉下身子，才能找准发展路子"),
            H(1, "", "扑下身子，才能干出一番事业")]),
        ("写好基层这篇“大文章”", [
            H(1, "一、", "把群众的事当成自家的事"), H(1, "二、", "把脚下的路当成成长的路"),
            H(1, "三、", "把平凡的岗位当成奋斗的舞台")])],
}

# furniture that is markup, decoration or a control character rather than a labelled span
EXTRA_DROP = {
    "y1.txt": ["\r"],
    "y2.txt": [],
    "y3.docx": [],
    "y4.md": ["**（", "==========", "\\*", "1\\.", "[^1]"],
    "y5.txt": [],
    "y6.txt": [],
}
FILES = ("y1.txt", "y2.txt", "y3.docx", "y4.md", "y5.txt", "y6.txt")


def split_essays(text, titles):
    """Cut a labelled source at the title lines so that each essay's keeps go to its own document."""
    idx = [text.index(t) for t in titles] + [len(text)]
    return [text[idx[i]:idx[i + 1]] for i in range(len(titles))]


Y4_TEXT = "\n".join(text for _, text in T.Y4)


def main():
    keep, drop = {}, {}
    # y1.txt — WPS 另存为文本: GBK, CRLF
    write("y1.txt", strip(T.Y1), "gbk", crlf=True)
    keep["y1.txt"] = [labels(T.Y1)[0]]
    drop["y1.txt"] = labels(T.Y1)[1]
    # y2.txt — 范文 page, UTF-8, LF; one paragraph shows mojibake
    text, d = build_y2()
    write("y2.txt", text, "utf-8")
    keep["y2.txt"] = [labels(x)[0] for x in split_essays(T.Y2, [t for t, _ in GOLD["y2.txt"]])]
    drop["y2.txt"] = labels(T.Y2)[1] + d
    # y3.docx — Word with tracked changes still on
    k, d = build_y3()
    keep["y3.docx"], drop["y3.docx"] = [k], d
    # y4.md — Markdown converted from Word: setext headings, escapes, wrapped lines, ASCII quotes
    write("y4.md", build_y4(), "utf-8")
    keep["y4.md"] = [[md_seen(x) for x in labels(Y4_TEXT)[0]]]
    drop["y4.md"] = [ascii_quotes(x) for x in labels(Y4_TEXT)[1]]
    # y5.txt — Hong Kong mirror site: Traditional (HK forms), 「」『』, UTF-8, LF
    write("y5.txt", to_hk(strip(T.Y5)), "utf-8")
    keep["y5.txt"] = [labels(T.Y5)[0]]
    drop["y5.txt"] = [to_hk(x) for x in labels(T.Y5)[1]]
    # y6.txt — WeChat article with two essays, UTF-8, LF
    write("y6.txt", strip(T.Y6), "utf-8")
    keep["y6.txt"] = [labels(x)[0] for x in split_essays(T.Y6, [t for t, _ in GOLD["y6.txt"]])]
    drop["y6.txt"] = labels(T.Y6)[1]
    for f in FILES:
        out = []
        for s in drop[f] + EXTRA_DROP[f]:
            if s not in out:
                out.append(s)
        drop[f] = out
    write_gold(keep, drop)


def q(s):
    return ('"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r")
            .replace("\ufeff", "\\ufeff").replace("\x81", "\\x81").replace("\x8d", "\\x8d")
            .replace("\x8f", "\\x8f").replace("\x90", "\\x90").replace("\x9d", "\\x9d") + '"')


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
