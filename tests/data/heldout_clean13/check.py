#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 13 with a reader independent of make.py (needs PyYAML).

The reader decodes each .txt by its BOM (UTF-16 BE/LE, UTF-8) and removes stray U+FEFF; it reads the
OCR file x3.txt as paragraphs (page numbers and blank lines dropped, lines joined until a line shorter
than the page width or an indented line, OCR spaces next to Chinese characters removed); it reads x5.md
with <br> as a line end, the other tags removed and entities decoded; it reads x6.docx as the paragraphs
of word/document.xml (w:t text without text boxes and footnote references) with the list number drawn
from numbering.xml put in front. Pinyin annotations are removed with a generic pattern. Checks: titles
are whole lines, headings are found in order inside their document, must_keep strings lie inside one
paragraph of their document, must_drop strings occur in the raw file and never inside kept text, plus
the file features the README describes."""
import html
import os
import re
import sys
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []
CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…"
TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
PINYIN = re.compile(rf"[（(\[［【〔](?:[a-z{TONE}]+[1-5]?)(?: [a-z{TONE}]+[1-5]?)*[）)\]］】〕]")
PAGE_NO = re.compile(r"^\s*-\s*\d+\s*-\s*$")
WIDTH = 28


def bad(*a):
    problems.append(" ".join(str(x) for x in a))
    print("PROBLEM", *a)


def parts(f):
    z = zipfile.ZipFile(os.path.join(HERE, f))
    return {n: z.read(n).decode("utf-8") for n in z.namelist()}


def decode(b):
    if b[:2] == b"\xfe\xff":
        return b.decode("utf-16-be")
    if b[:2] == b"\xff\xfe":
        return b.decode("utf-16-le")
    return b.decode("utf-8")


def raw(f):
    if f.endswith(".docx"):
        return "".join(x for n, x in parts(f).items() if n.endswith(".xml") or n.endswith(".rels"))
    return decode(open(os.path.join(HERE, f), "rb").read())


def norm(s):
    """Reader's view of a line: no BOM, no pinyin, half-width commas/colons between Chinese made full."""
    s = PINYIN.sub("", s.replace("\ufeff", ""))
    s = re.sub(rf"(?<=[{CJK}]),|,(?=[{CJK}])", "，", s)
    return s.replace("\xa0", " ").replace("\u2003", "　").strip(" \t　")


def despace(s):
    return re.sub(rf"(?<=[{CJK}]) +| +(?=[{CJK}])", "", s)


def ocr_paragraphs(text):
    out, cur = [], ""
    for ln in text.split("\n"):
        if not ln.strip() or PAGE_NO.match(ln):
            continue
        d = despace(ln)
        if d.startswith("　　") and cur:
            out.append(cur)
            cur = ""
        cur += d.strip("　")
        if len(d) < WIDTH:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def md_lines(text):
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    out = []
    for ln in html.unescape(text).split("\n"):
        ln = re.sub(r"^#+ ", "", ln).replace("**", "")
        out.append(ln)
    return out


def wt(x):
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x))


def cn(n):
    d = "一二三四五六七八九十"
    return d[n - 1] if n <= 10 else "十" + d[n - 11]


def docx_lines(f):
    p = parts(f)
    num = p["word/numbering.xml"]
    absn = {}
    for a, body in re.findall(r'<w:abstractNum w:abstractNumId="(\d+)".*?>(.*?)</w:abstractNum>', num, re.S):
        absn[a] = {lv: (fmt, txt) for lv, fmt, txt in re.findall(
            r'<w:lvl w:ilvl="(\d)"[^>]*>.*?<w:numFmt w:val="(\w+)"/>.*?<w:lvlText w:val="([^"]*)"/>', body)}
    inst = {}
    for nid, body in re.findall(r'<w:num w:numId="(\d+)">(.*?)</w:num>', num, re.S):
        a = re.search(r'<w:abstractNumId w:val="(\d+)"/>', body).group(1)
        over = set(re.findall(r'<w:lvlOverride w:ilvl="(\d)"><w:startOverride', body))
        inst[nid] = (a, over)
    counters = {}
    out = []
    doc = re.sub(r"<mc:AlternateContent>.*?</mc:AlternateContent>", "", p["word/document.xml"], flags=re.S)
    for para in re.findall(r"<w:p[ >].*?</w:p>", doc, re.S):
        runs = [r for r in re.findall(r"<w:r[ >].*?</w:r>", para, re.S) if "footnoteReference" not in r]
        text = "".join(wt(r) for r in runs)
        m = re.search(r'<w:numPr><w:ilvl w:val="(\d)"/><w:numId w:val="(\d+)"/>', para)
        if m:
            lv, nid = m.group(1), m.group(2)
            a, over = inst[nid]
            # list instances without overrides share the counters of their abstract list
            key = nid if over else "abs" + a
            c = counters.setdefault(key, [0] * 9)
            c[int(lv)] += 1
            for j in range(int(lv) + 1, 9):
                c[j] = 0
            fmt, txt = absn[a][lv]
            label = re.sub(r"%(\d)", lambda g: cn(c[int(g.group(1)) - 1]) if absn[a][str(int(g.group(1)) - 1)][0]
                           == "chineseCounting" else str(c[int(g.group(1)) - 1]), txt)
            text = label + text
        out.append(text)
    return out


def paragraphs(f):
    if f.endswith(".docx"):
        return docx_lines(f)
    text = raw(f).replace("\r\n", "\n")
    if f == "x3.txt":
        return ocr_paragraphs(text)
    if f.endswith(".md"):
        return md_lines(text)
    return text.split("\n")


def head_at(ls, i, h):
    m, t = h["marker"], h["text"]
    s = ls[i]
    if s in (m + t, m + " " + t, m + "　" + t):
        return True
    return any(s.startswith(p + "。") for p in (m + t, m + " " + t, m + "，" + t))


def check_file(f, g):
    ls = [norm(s) for s in paragraphs(f)]
    rw = raw(f)
    pos, kept = 0, []
    docs = g["documents"]
    starts = []
    for d in docs:
        try:
            i = ls.index(d["title"], pos)
        except ValueError:
            bad("TITLE not a whole line", f, d["title"])
            i = pos
        starts.append(i)
        pos = i + 1
    for n, d in enumerate(docs):
        seg_end = starts[n + 1] if n + 1 < len(docs) else len(ls)
        i = starts[n] + 1
        for h in d["headings"]:
            while i < seg_end and not head_at(ls, i, h):
                i += 1
            if i >= seg_end:
                bad("HEADING not found in order", f, h)
                i = starts[n] + 1
            else:
                i += 1
            if not 1 <= h["level"] <= 4:
                bad("LEVEL", f, h)
        seg = ls[starts[n]:seg_end]
        for k in d["must_keep"]:
            if not any(k in s for s in seg):
                bad("KEEP not inside one paragraph of its document", f, k)
        kept += [d["title"]] + [h["text"] for h in d["headings"]] + d["must_keep"]
    for s in g["must_drop"]:
        if s not in rw:
            bad("DROP not in file", f, repr(s))
        for k in kept:
            if s.strip() and s in k:
                bad("DROP inside kept", f, repr(s), k)
    return kept


def features(kept):
    b = {f: open(os.path.join(HERE, f), "rb").read() for f in ("x1.txt", "x2.txt", "x3.txt", "x4.txt", "x5.md")}
    x1 = b["x1.txt"]
    if not x1.startswith(b"\xfe\xff") or b"\x00\r\x00\n" not in x1 or x1.count(b"\x00\n") != x1.count(b"\x00\r\x00\n"):
        bad("x1 should be UTF-16 BE with BOM and CRLF")
    x1t = x1.decode("utf-16-be")
    for sh in ("（tāng）", "[bò]", "［hāng］", "[che4]", "【chuō lì】", "〔zāng pǐ〕"):
        if sh not in x1t:
            bad("x1 pinyin shape missing", sh)
    x2 = b["x2.txt"].decode("utf-8")
    if b["x2.txt"].startswith(b"\xef\xbb\xbf") or x2.count("\ufeff") != 3 or b"\r" in b["x2.txt"]:
        bad("x2 BOMs: none at the start, three inside, LF")
    if not re.search(r"[^\n]\ufeff", x2) or x2.count("（正文完）") != 2 or "（全文完）" not in x2:
        bad("x2 mid-line BOM / end markers")
    x3 = b["x3.txt"].decode("utf-8")
    if len(re.findall(r"^- \d+ -$", x3, re.M)) < 3 or not re.search(r"^[^\n]*(?:[\u4e00-\u9fff] ){8}", x3, re.M):
        bad("x3 page numbers / spaced OCR lines")
    joined = "".join(ocr_paragraphs(x3))
    for conf in ("日径", "己经", "自已"):
        if conf not in joined or any(conf in k for k in kept["x3.txt"]):
            bad("x3 OCR confusion should be in the text and unlabelled", conf)
    if "〔2026〕3号" not in x3 or "抄送：" not in x3 or "印发" not in x3:
        bad("x3 红头/版记")
    x4 = b["x4.txt"].decode("utf-8")
    for s in ("网站地图", "无障碍", "关怀版", "政务服务", "【打印本页】", "【关闭窗口】", "【字体：大 中 小】", "信息来源",
              "浏览次数", "扫一扫在手机打开当前页", "下一页"):
        if s not in x4:
            bad("x4 portal item missing", s)
    if x4.count("\n蓼坪镇：“三个聚焦”推动矛盾纠纷多元化解\n") != 2:
        bad("x4 title should be repeated on page 2")
    x5 = b["x5.md"].decode("utf-8")
    for s in ("<br>", "<br />", "<font color=", "<span style=", "<table", "&ldquo;", "&emsp;", "<h2", "## "):
        if s not in x5:
            bad("x5 markup missing", s)
    p6 = parts("x6.docx")
    doc = p6["word/document.xml"]
    nump = re.findall(r'<w:p><w:pPr><w:numPr>.*?</w:p>', doc)
    if len(nump) != 18 or any(re.match(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.", wt(p)) for p in nump):
        bad("x6 numbered paragraphs (the number must not be typed)", len(nump))
    if '<w:lvlText w:val="%1、"/>' not in p6["word/numbering.xml"] or "（%2）" not in p6["word/numbering.xml"] \
            or "<w:startOverride" not in p6["word/numbering.xml"]:
        bad("x6 numbering.xml")
    if 'w:customMarkFollows="1"' not in doc or doc.count("<w:footnoteReference") != 3 \
            or doc.count("<w:txbxContent>") != 2:
        bad("x6 footnotes / text box")
    ls = docx_lines("x6.docx")
    i2 = ls.index("蓼坪镇2026年防汛抗旱工作方案")
    if not ls[i2 + 2].startswith("一、基本情况") or "四、" in "".join(ls[i2:i2 + 3]):
        bad("x6 second list should restart at 一、")


def main():
    gold = yaml.safe_load(open(os.path.join(HERE, "gold.yaml"), encoding="utf-8"))
    nd = nt = nh = nk = ndrop = 0
    kept = {}
    for f, g in gold.items():
        kept[f] = check_file(f, g)
        nd += len(g["documents"])
        nt += sum(1 for d in g["documents"] if d["title"])
        nh += sum(len(d["headings"]) for d in g["documents"])
        nk += sum(len(d["must_keep"]) for d in g["documents"])
        ndrop += len(g["must_drop"])
    features(kept)
    print(f"files {len(gold)}  documents {nd}  titles {nt}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
