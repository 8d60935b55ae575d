#!/usr/bin/env python3
"""Build blind set 21 (榆泉镇, 沧平县) and write gold.yaml.

Run with the system python:  /usr/bin/python3 make.py
Standard library only (zipfile + raw WordprocessingML for w1.docx, codecs for the text files).
Texts and labels are in texts.py; titles and headings are in GOLD below."""
import os
import re
import zipfile

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = re.compile(r"\[\[(.*?)\]\]", re.S)
DROP = re.compile(r"\{\{(.*?)\}\}", re.S)
SPUN = re.compile(r"⟦(.*?)\|(.*?)⟧")
CTX = re.compile(r"«(.*?)»")

# Simplified → Taiwan Traditional forms for the characters of T.TW_BODY (taken from OpenCC s2tw once,
# frozen here so that make.py needs only the standard library; 布→佈 occurs only in 发布→發佈).
TW = dict(zip(
    "与专个举习乡于从们众会体决办务单参发后听启场墙学实对将层岗布师带干张强数时来检浏点环现着约组织网见规览订认讨让训议讲论识课践车运还这进里镇问间难题验总开阔获满",
    "與專個舉習鄉於從們眾會體決辦務單參發後聽啟場牆學實對將層崗佈師帶幹張強數時來檢瀏點環現著約組織網見規覽訂認討讓訓議講論識課踐車運還這進裡鎮問間難題驗總開闊穫滿"))


def to_file(s):
    s = SPUN.sub(r"\1", s)
    s = CTX.sub(r"\1", s)
    return KEEP.sub(r"\1", DROP.sub(r"\1", s))


def meant(s):
    return SPUN.sub(r"\2", CTX.sub(r"\1", s))


def labels(s):
    keeps = [meant(DROP.sub("", k)) for k in KEEP.findall(s)]
    drops = [to_file(d) for d in DROP.findall(KEEP.sub("", s))]
    drops += [SPUN.sub(r"\1", c) for c in CTX.findall(s)]
    return keeps, drops


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def width(s):
    return sum(0.5 if ord(c) < 0x2000 and c not in "“”" else 1 for c in s if c != "†")


HANG = "，。、；：！？）”’%"


def wrap(text, cols, indent=""):
    """Lay a paragraph out as a PDF/print line does: `cols` columns, closing punctuation hung at the end."""
    lines, cur = [], indent
    for c in re.findall(r"[0-9A-Za-z.%]+|.", text):  # an ASCII number/word is never split (as Word lays it out)
        if width(cur + c) > cols and c[0] not in HANG:
            lines.append(cur)
            cur = ""
        cur += c
    lines.append(cur)
    return lines


# ---------------------------------------------------------------- k1.txt
def build_k1():
    body = T.K1_BODY
    parts = body.split("¶")
    assert len(parts) == 4, len(parts)
    s = T.K1_TOP + T.K1_MARK + parts[0]
    for n, p in enumerate(parts[1:], 1):
        s += f"\n{{{{第 {n} 页 共 4 页}}}}\n" + (T.K1_FOLD if n == 2 else "") + T.K1_MARK + p
    s += "第 4 页 共 4 页\n" + T.K1_END
    write("k1.txt", to_file(s).encode("utf-8"))
    k = labels(body.replace("¶", ""))[0]  # a sentence cut by a page break is one kept string
    drops = [to_file(d) for d in DROP.findall(s)] + [SPUN.sub(r"\1", c) for c in CTX.findall(s)]
    return [k], drops  # page furniture inside a cut sentence is dropped too


# ---------------------------------------------------------------- z1.txt (UTF-8, CRLF, Notepad)
def tw(s):
    return "".join(TW.get(c, c) for c in s)


def quotes(s):
    return s.replace("「", "“").replace("」", "”").replace("『", "‘").replace("』", "’")


def build_z1():
    text = to_file(T.Z1_A) + to_file(T.Z1_B_TOP) + tw(to_file(T.TW_BODY)) + to_file(T.Z1_B_END)
    write("z1.txt", text.replace("\n", "\r\n").encode("utf-8"))
    ka, da = labels(T.Z1_A)
    kb, db = labels(T.TW_BODY)
    _, d1 = labels(T.Z1_B_TOP)
    _, d2 = labels(T.Z1_B_END)
    return [ka, [quotes(k) for k in kb]], da + d1 + [tw(x) for x in db] + d2


# ---------------------------------------------------------------- t1.txt (扫描全能王 OCR, UTF-8, LF)
def ocr_always(s):
    return s.replace("（", "(").replace("）", ")").replace("：", ":").replace("；", ";").replace("！", "!")


def build_t1():
    lines, src = [], ""
    for kind, t in T.T1:
        src += t + "\n"
        ft = to_file(t)
        if kind == "title":
            lines += [("t", "在全镇2026年春季植树造林暨河湖长制"), ("t", "工作会议上的讲话")]
            assert ft == "在全镇2026年春季植树造林暨河湖长制工作会议上的讲话"
            continue
        ls = wrap(ft, 30)
        assert width(ls[-1]) < 29, ls[-1]
        lines += [(kind, x) for x in ls]
    out, page = [], 1
    for i, (kind, x) in enumerate(lines):
        x = ocr_always(x)
        if i % 2:
            x = x.replace("，", ",")
        if kind == "q":
            x = x.replace("“", '"').replace("”", '"')
        out.append(x)
        if (i + 1) % 18 == 0:
            out += [f"-{page}-", to_file(T.T1_WATERMARK)]
            page += 1
    out += [f"-{page}-", to_file(T.T1_WATERMARK)]
    write("t1.txt", ("\n".join(out) + "\n").encode("utf-8"))
    k, d = labels(src + T.T1_WATERMARK)
    return [k], [ocr_always(x) for x in d]


# ---------------------------------------------------------------- w1.docx: PDF text pasted into Word
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def t_run(s):
    return f'<w:r><w:t xml:space="preserve">{esc(s)}</w:t></w:r>' if s else ""


def w_par(s, comment=False):
    if "†" in s:
        a, b = s.split("†")
        inner = (t_run(a) + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                 '<w:footnoteReference w:id="1"/></w:r>' + t_run(b))
    else:
        inner = t_run(s)
    if comment:
        inner = ('<w:commentRangeStart w:id="0"/>' + inner + '<w:commentRangeEnd w:id="0"/>'
                 '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>')
    return f"<w:p>{inner}</w:p>"


NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
XD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def build_w1():
    src = ""
    lines = []  # (text, comment?)
    for kind, t in T.W1:
        src += t + "\n"
        ft = to_file(t)
        if kind in ("title", "byline", "sign"):
            lines.append((ft, False))
            continue
        ls = wrap(ft, 28, "　　")
        assert width(ls[-1]) < 27, ls[-1]
        assert all(width(x) >= 27 for x in ls[:-1]), ls
        lines += [(x, kind == "pc" and n == 0) for n, x in enumerate(ls)]
    pars, page, per = [], 12, 15
    for i, (x, c) in enumerate(lines):
        if i and i % per == 0:
            pars.append(w_par(f"- {page} -"))
            page += 1
            pars.append(w_par(to_file(T.W1_PDF_HEADER)))
        pars.append(w_par(x, c))
    pars.append(w_par(f"- {page} -"))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:footerReference w:type="default" '
            'r:id="rId6"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
            'w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    doc = f'{XD}<w:document {NS}><w:body>{"".join(pars)}{sect}</w:body></w:document>'
    header = f'{XD}<w:hdr {NS}><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>' \
             f'{t_run(to_file(T.W1_HEADER))}</w:p></w:hdr>'
    footer = (f'{XD}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE '
              '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')
    foot = (f'{XD}<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
            '</w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            '<w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:pPr>'
            '<w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteRef/></w:r>{t_run(" " + T.W1_FOOTNOTE)}</w:p></w:footnote></w:footnotes>')
    comments = (f'{XD}<w:comments {NS}><w:comment w:id="0" w:author="yqz-dzb" w:date="2026-01-20T09:12:00Z" '
                'w:initials="y"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr>'
                '<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                f'{t_run(to_file(T.W1_COMMENT))}</w:p></w:comment></w:comments>')
    styles = (f'{XD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" '
              'w:eastAsia="宋体" w:hAnsi="Calibri"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
              '</w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
              '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
              '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
              '<w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
              '<w:rPr><w:sz w:val="21"/></w:rPr></w:style></w:styles>')
    settings = (f'{XD}<w:settings {NS}><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat></w:settings>')
    ct = (f'{XD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{MAIN}.styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{MAIN}.settings+xml"/>'
          f'<Override PartName="/word/footnotes.xml" ContentType="{MAIN}.footnotes+xml"/>'
          f'<Override PartName="/word/comments.xml" ContentType="{MAIN}.comments+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{MAIN}.header+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{MAIN}.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    top = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (f'{XD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
             f'<Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}/footnotes" Target="footnotes.xml"/>'
             f'<Relationship Id="rId4" Type="{REL}/comments" Target="comments.xml"/>'
             f'<Relationship Id="rId5" Type="{REL}/header" Target="header1.xml"/>'
             f'<Relationship Id="rId6" Type="{REL}/footer" Target="footer1.xml"/></Relationships>')
    core = (f'{XD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>yqz-dzb</dc:creator></cp:coreProperties>')
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/_rels/document.xml.rels", drels),
               ("word/document.xml", doc), ("word/styles.xml", styles), ("word/settings.xml", settings),
               ("word/footnotes.xml", foot), ("word/comments.xml", comments), ("word/header1.xml", header),
               ("word/footer1.xml", footer), ("docProps/core.xml", core)]
    with zipfile.ZipFile(os.path.join(HERE, "w1.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for p, x in entries:
            z.writestr(zipfile.ZipInfo(p, date_time=(2026, 1, 20, 9, 15, 0)), x, zipfile.ZIP_DEFLATED)
    k, d = labels(src)
    return [k], labels(T.W1_HEADER)[1] + labels(T.W1_COMMENT)[1] + labels(T.W1_PDF_HEADER)[1] + d + ["- 12 -"]


def H(level, marker, text):
    return {"level": level, "marker": marker, "text": text}


GOLD = {
    "k1.txt": [("榆泉镇“三联三促”推动乡村振兴经验交流材料", [
        H(1, "一、", "支部联建，凝聚发展合力"), H(1, "二、", "产业联营，壮大村级集体经济"),
        H(2, "（一）", "抱团发展特色产业"), H(2, "（二）", "盘活闲置资产"),
        H(1, "三、", "治理联动，提升基层治理水平"), H(1, "四、", "几点体会")])],
    "z1.txt": [
        ("榆泉镇分管农业副镇长2025年度述职报告", [
            H(1, "一、", "加强学习，不断提高履职能力"), H(1, "二、", "履职尽责，推动分管工作落地见效"),
            H(2, "1.", "稳住粮食生产"), H(2, "2.", "抓好防汛抗旱"), H(2, "3.", "推进林长制落实"),
            H(1, "三、", "严守底线，保持清正廉洁"), H(1, "四、", "存在的不足和下一步打算")]),
        ("参加全市基层治理能力提升培训班心得体会", [
            H(1, "一、", "带着问题学，在“学”上下功夫"), H(1, "二、", "对照先进找差距，在“思”上求突破"),
            H(1, "三、", "立足岗位抓落实，在“干”上见成效")])],
    "w1.docx": [("榆泉镇2025年工作总结", [
        H(1, "一、", "2025年工作回顾"), H(2, "（一）", "经济发展稳中有进"), H(2, "（二）", "乡村振兴扎实推进"),
        H(2, "（三）", "民生保障持续改善"), H(2, "（四）", "安全稳定形势向好"),
        H(1, "二、", "2026年工作安排"), H(2, "（一）", "聚焦项目建设，增强发展后劲"),
        H(2, "（二）", "聚焦乡村振兴，促进农民增收"), H(2, "（三）", "聚焦民生福祉，守牢安全底线")])],
    "t1.txt": [("在全镇2026年春季植树造林暨河湖长制工作会议上的讲话", [
        H(1, "一、", "提高站位，充分认识做好两项工作的重要意义"), H(1, "二、", "突出重点，确保各项任务落到实处"),
        H(2, "(一)", "高质量完成植树造林任务"), H(2, "(二)", "从严落实河湖长制"), H(2, "(三)", "持续抓好森林防火"),
        H(1, "三、", "压实责任，形成齐抓共管的工作合力")])],
}
FILES = ("k1.txt", "z1.txt", "w1.docx", "t1.txt")


def q(s):
    out = []
    for c in s:
        if c in "\\\"":
            out.append("\\" + c)
        elif ord(c) < 0x20 or 0x7f <= ord(c) <= 0xa0 or c == "\u200b":
            out.append(f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
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
    keep["k1.txt"], drop["k1.txt"] = build_k1()
    keep["z1.txt"], drop["z1.txt"] = build_z1()
    keep["w1.docx"], drop["w1.docx"] = build_w1()
    keep["t1.txt"], drop["t1.txt"] = build_t1()
    for f in FILES:
        drop[f] = list(dict.fromkeys(drop[f]))
    write_gold(keep, drop)
    for f in FILES:
        print(f, "docs", len(keep[f]), "keep", sum(map(len, keep[f])), "drop", len(drop[f]),
              "heads", sum(len(h) for _, h in GOLD[f]))


if __name__ == "__main__":
    main()
