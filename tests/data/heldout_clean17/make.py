#!/usr/bin/env python3
"""Build blind set 17 (heldout_clean17) about the imaginary 蕖湾镇 (沅平县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Only the standard library: zipfile + raw WordprocessingML for c3.docx. The texts live in texts.py with
inline labels ([[keep]], {{drop}}, ⟦spun|meant⟧, ⟪mojibake⟫, line prefixes § and ½; see its docstring);
this script strips the labels, writes the four files and collects must_keep/must_drop for gold.yaml.
Titles and headings are listed in GOLD below and checked by check.py.
"""
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)
SPUN = re.compile(r"⟦(.*?)\|(.*?)⟧")
MOJI = re.compile(r"⟪(.*?)⟫")


def strip(s):
    """File text: labels removed, spun words as the spinner wrote them."""
    return SPUN.sub(r"\1", DROP.sub(r"\1", KEEP.sub(r"\1", s)))


def seen(k):
    """What a careful reader expects of a kept span: nested drops cut out, spun words read back,
    hard line breaks inside the span joined."""
    return SPUN.sub(r"\2", DROP.sub("", k)).replace("\n", "")


def labels(s):
    return [seen(k) for k in KEEP.findall(s)], [SPUN.sub(r"\1", d) for d in DROP.findall(s)]


def write(name, text, enc="utf-8"):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode(enc))


def split_at(text, anchors):
    idx = [text.index(a) for a in anchors] + [len(text)]
    return [text[idx[i]:idx[i + 1]] for i in range(len(anchors))]


# ---------------------------------------------------------------- c1.txt: spun 范文 page
# The spun words in their context (file form). check.py verifies each is in the file and in no kept string.
C1_SPUN_DROP = [
    "当真践行", "以人平易近为中心", "发展思惟", "执政为平易近", "当真履行职责", "连结了思惟上的前进前辈性", "自动性",
    "缔造性", "加强进修", "中心组进修", "“周二夜校”勾当", "踊跃参加", "操纵业余时刻", "深切下层", "向大众进修",
    "向实践进修", "讲到大众心坎上", "不竭提高", "政绩不美观", "挂职时代", "工作情形的基本上", "更始的精神",
    "立异的思绪", "较着成效", "凸起荷塘村", "经由过程采纳以奖代补", "加年夜撑持力度等法子", "大众反映的",
    "精采形象", "严酷要求", "规章轨制", "把大众的冷暖", "大众满意",
]


def build_c1():
    write("c1.txt", strip(T.C1))
    parts = split_at(T.C1, ["{{第一篇：", "{{第二篇：", "{{第三篇："])
    keep = [labels(p)[0] for p in parts]
    return keep, labels(T.C1)[1] + C1_SPUN_DROP


# ---------------------------------------------------------------- c2.txt: Traditional aggregator page
_S = "万与专两个为么习乡书于们众会体党关内决净几办区却变后员围场坚处够头学审对层干开当户时显机权条来样检没洁渊湾溃点烟独猎现监着种筑纠红纪线组织终经结职虽蚁补见让记讲该说课谈败贴资边达这镇问隐项顿题额饭"
_T = "萬與專兩個為麼習鄉書於們眾會體黨關內決淨幾辦區卻變後員圍場堅處夠頭學審對層幹開當戶時顯機權條來樣檢沒潔淵灣潰點煙獨獵現監著種築糾紅紀線組織終經結職雖蟻補見讓記講該說課談敗貼資邊達這鎮問隱項頓題額飯"
S2T = dict(zip(_S, _T))
S2T.update({"“": "「", "”": "」"})
PINYIN = {"鄉": "鄉(xiāng)", "鎮": "鎮(zhèn)"}


def to_site(s):
    """Traditional (Taiwan forms), 「」 quotes, and the pinyin annotation on every 鄉鎮."""
    t = "".join(S2T.get(c, c) for c in s)
    return t.replace("鄉鎮", PINYIN["鄉"] + PINYIN["鎮"])


def build_c2():
    out, drop = [], []
    for line in T.C2.rstrip("\n").split("\n"):
        chrome = line.startswith("§")
        line = line.lstrip("§")
        conv = (lambda x: x) if chrome else to_site
        out.append(conv(strip(line)))
        drop += [conv(d) for d in labels(line)[1]]
    write("c2.txt", "\n".join(out) + "\n")
    return [labels(T.C2)[0]], drop + ["(xiāng)", "(zhèn)", "蕖灣鎮", "「莫見乎隱", "幹部"]


# ---------------------------------------------------------------- c3.docx: Word, parallel “X得Y是Z。” leads
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, font="仿宋_GB2312", sz=32):
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>'
            f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def par(runs_xml, jc=None, indent=True):
    x = '<w:spacing w:line="560" w:lineRule="exact"/>'
    if indent:
        x += '<w:ind w:firstLine="640" w:firstLineChars="200"/>'
    if jc:
        x += f'<w:jc w:val="{jc}"/>'
    return f'<w:p><w:pPr>{x}</w:pPr>{runs_xml}</w:p>'


NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
C3_CREATOR = "蕖湾镇组织办"


def build_c3():
    body, keep, drop = [], [], []
    for kind, text in T.C3:
        k, d = labels(text)
        keep += [re.sub(r"(?<=[^\x00-\x7f])[ \u00a0]+(?=[^\x00-\x7f])", "", x) for x in k]
        drop += d
        t = strip(text)
        if kind == "title":
            body.append(par(run(t, font="方正小标宋简体", sz=44), jc="center", indent=False))
        elif kind == "byline":
            body.append(par(run(t, font="楷体_GB2312"), jc="center", indent=False))
        elif kind == "p½":     # pasted from a web page: half-width , and ;
            body.append(par(run(t.replace("，", ",").replace("；", ";"))))
        else:
            body.append(par(run(t)))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" '
            'w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    header = (f'{XD}<w:hdr {NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(T.C3_HEADER, font="宋体", sz=18)}'
              '</w:p></w:hdr>')
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/>'
              '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style></w:styles>')
    ct = (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{MAIN}.header+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    top = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
             f'<Relationship Id="rId2" Type="{REL}/header" Target="header1.xml"/></Relationships>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{C3_CREATOR}</dc:creator><cp:lastModifiedBy>{C3_CREATOR}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-02T01:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-03T08:40:00Z</dcterms:modified></cp:coreProperties>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels),
               ("word/document.xml", doc), ("word/styles.xml", styles), ("word/header1.xml", header),
               ("docProps/core.xml", core)]
    with zipfile.ZipFile(os.path.join(HERE, "c3.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for p, x in entries:
            z.writestr(zipfile.ZipInfo(p, date_time=(2025, 12, 3, 16, 40, 0)), x, zipfile.ZIP_DEFLATED)
    return [keep], drop + [T.C3_HEADER, C3_CREATOR, "后备\u00a0干部", "全年 培训", "评定结果与绩效报酬挂钩;"]


# ---------------------------------------------------------------- c4.txt: “篇N” page, half-width and mojibake
def moj_gbk1252(s):
    """The GBK bytes of s decoded the way a browser decodes windows-1252 (bytes that cp1252 leaves
    undefined become the C1 control with the same number)."""
    out = []
    for b in s.encode("gbk"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def build_c4():
    out, drop = [], []
    for line in T.C4.rstrip("\n").split("\n"):
        half = line.startswith("½")
        line = line.lstrip("½")
        conv = (lambda x: x.translate(str.maketrans("，；：（）", ",;:()"))) if half else (lambda x: x)
        m = MOJI.fullmatch(line)
        if m:
            t = moj_gbk1252(strip(m.group(1)))
            out.append(t)
            drop.append(t[:24])
        else:
            out.append(conv(strip(line)))
        drop += [conv(d) for d in labels(line)[1]]
    write("c4.txt", "\n".join(out) + "\n")
    parts = split_at(T.C4, ["{{蕖湾镇干部述职报告 篇1}}", "{{蕖湾镇干部述职报告 篇2}}"])
    return [labels(p)[0] for p in parts], drop


# ---------------------------------------------------------------- titles and headings (gold)
def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "c1.txt": [
        ("蕖湾镇挂职干部工作鉴定", [
            H(1, "一、", "加强学习，提高自身素质和履职能力"), H(1, "二、", "真抓实干，创造性开展工作"),
            H(1, "三、", "严于律己，树立良好形象")]),
        ("蕖湾镇党委书记谈做好新时代群众工作", [
            H(1, "", "做好群众工作，首先要站稳人民立场，明白群众是我们的衣食父母"),
            H(1, "", "做好群众工作，其次要摸准群众需求，明白民生无小事"),
            H(1, "", "做好群众工作，其三要改进工作方法，明白方法对头才能事半功倍"),
            H(1, "", "做好群众工作，最后要锤炼过硬作风，明白身教重于言传")]),
        ("蕖湾镇年轻干部驻村工作心得", [
            H(1, "", "下村工作既要“身入”，更要“心至”"), H(1, "", "下村工作既要“接地气”，更要“有底气”"),
            H(1, "", "下村工作既要“当好宣传员”，更要“做好服务员”")])],
    "c2.txt": [("守住“四慎”做清廉乡镇干部", [
        H(1, "", "慎独"), H(1, "", "慎初"), H(1, "", "慎微"), H(1, "", "慎友")])],
    "c3.docx": [("蕖湾镇抓实“选育管用”建强村级带头人队伍", [
        H(1, "", "选得准是前提"), H(1, "", "育得强是关键"), H(1, "", "管得严是保障"), H(1, "", "用得好是目的")])],
    "c4.txt": [
        ("蕖湾镇干部述职报告", [
            H(1, "第一、", "坚持学习不放松，政治站位不断提高"), H(1, "第二、", "聚焦主责抓落实，分管工作取得实效"),
            H(2, "其一", "抓好粮食生产"), H(2, "其二", "抓好农村人居环境整治"), H(2, "其三", "抓好防汛抗旱"),
            H(1, "第三、", "严守纪律规矩，始终廉洁自律"), H(1, "第四、", "存在的不足和下步打算")]),
        ("蕖湾镇干部述职报告", [
            H(1, "一、", "以文辅政，当好参谋助手"), H(2, "首先", "提高文稿起草质量"), H(2, "其次", "做好政务信息报送"),
            H(2, "最后", "抓好督查督办"), H(1, "二、", "以制管事，提升机关运转效能"),
            H(1, "三、", "存在的不足和努力方向")])],
}

FILES = ("c1.txt", "c2.txt", "c3.docx", "c4.txt")


def main():
    keep, drop = {}, {}
    keep["c1.txt"], drop["c1.txt"] = build_c1()
    keep["c2.txt"], drop["c2.txt"] = build_c2()
    keep["c3.docx"], drop["c3.docx"] = build_c3()
    keep["c4.txt"], drop["c4.txt"] = build_c4()
    for f in FILES:
        out = []
        for s in drop[f]:
            if s not in out:
                out.append(s)
        drop[f] = out
    write_gold(keep, drop)


def q(s):
    """YAML double-quoted scalar; control characters (the C1 controls of the mojibake), NBSP escaped."""
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
