#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 17 with a reader independent of make.py (needs PyYAML; uses
OpenCC for c2 when the module is there, otherwise the small table below).

The reader:
- c1.txt (UTF-8): lines, site watermarks “(fwyz.cn)” read away; a line continues the one before it when
  that one is long (≥ 24 character widths)
  and does not end in sentence punctuation (the page broke a line in mid-word); in the FIRST essay the
  synonym-spun words are read back with the table DESPIN below, after protecting the legitimate words
  of PROTECT;
- c2.txt (UTF-8): pinyin annotations “(xiāng)” removed, Traditional read as Simplified, 「」 as “”;
- c3.docx: every w:p of word/document.xml; NBSP/spaces between non-ASCII characters removed, half-width
  , ; next to a non-ASCII character read full-width;
- c4.txt (UTF-8): a line made of Latin-1 characters is repaired (Windows-1252 → bytes → GBK); half-width
  , ; : ( ) next to a non-ASCII character read full-width.
Checks:
- titles are whole paragraphs, searched in order (a “文章标题：” prefix or a “ 篇N” suffix is allowed);
- headings are found in order inside their document, as a whole paragraph (marker [，] text [。：]) or
  as the lead of a heading+body paragraph (marker [，] text “。” body);
- the gold levels equal the levels computed here from the marker families (first-appearance rule);
- every paragraph of an essay that starts like a heading (markers, or the file's parallel frame) is in
  the gold;
- each must_keep lies inside one paragraph of its document; each must_drop occurs in the raw file (every
  part of the .docx) and never inside a kept string, title or heading;
- the file features the README describes; and a mutated gold (a wrong level, a missing heading) is
  reported."""
import copy
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
problems = []
CN = "一二三四五六七八九十"
HEADLIKE = re.compile(rf"^(?:[{CN}]+[、.．]|（[{CN}]+）|\([{CN}]+\)|\d+[.．、](?!\d)|（\d+）|[{CN}]是|[{CN}]要|"
                      rf"第[{CN}]+[、，,]|其[{CN}][，,]|(?:首先|其次|再次|最后)[，,])")
# the parallel frames of the unmarked headings of each file (a paragraph opening so must be a heading)
FRAMES = {"c1.txt": re.compile(r"^(?:做好群众工作，(?:首先|其次|其三|最后)要|下村工作既要)"),
          "c2.txt": re.compile(r"^[^，。“”]{2}。"),
          "c3.docx": re.compile(r"^.得.是..。"),
          "c4.txt": None}
PROTECT = ["进修班", "深切体会", "新时代", "平易近人", "时刻把", "熟悉工作"]
DESPIN = [("经由过程", "通过"), ("前进前辈", "先进"), ("深切下层", "深入基层"), ("加年夜", "加大"), ("平易近", "民"),
          ("不美观", "观"), ("当真", "认真"), ("思惟", "思想"), ("连结", "保持"), ("自动", "主动"), ("缔造", "创造"),
          ("进修", "学习"), ("踊跃", "积极"), ("勾当", "活动"), ("操纵", "利用"), ("时刻", "时间"), ("大众", "群众"),
          ("不竭", "不断"), ("时代", "期间"), ("情形", "情况"), ("基本上", "基础上"), ("更始", "改革"), ("立异", "创新"),
          ("思绪", "思路"), ("较着", "明显"), ("凸起", "突出"), ("采纳", "采取"), ("撑持", "支持"), ("法子", "办法"),
          ("精采", "良好"), ("严酷", "严格"), ("轨制", "制度")]
# Traditional (Taiwan forms) -> Simplified for the characters of c2.txt, used when OpenCC is absent.
_T = "萬與專兩個為麼習鄉書於們眾會體黨關內決淨幾辦區卻變後員圍場堅處夠頭學審對層幹開當戶時顯機權條來樣檢沒潔淵灣潰點煙獨獵現監著種築糾紅紀線組織終經結職雖蟻補見讓記講該說課談敗貼資邊達這鎮問隱項頓題額飯防聯擊"
_S = "万与专两个为么习乡书于们众会体党关内决净几办区却变后员围场坚处够头学审对层干开当户时显机权条来样检没洁渊湾溃点烟独猎现监着种筑纠红纪线组织终经结职虽蚁补见让记讲该说课谈败贴资边达这镇问隐项顿题额饭防联击"
WATERMARK = re.compile(r"\([a-z0-9.-]+\.(?:cn|com|net)(?: [^()]*)?\)")
PINYIN = re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def bad(*a):
    problems.append(" ".join(str(x) for x in a))
    print("PROBLEM", *a)


def path(f):
    return os.path.join(HERE, f)


def raw(f):
    if f.endswith(".docx"):
        z = zipfile.ZipFile(path(f))
        return "".join(z.read(n).decode("utf-8") for n in z.namelist())
    return open(path(f), "rb").read().decode("utf-8")


def width(s):
    return sum(0.5 if c.isascii() else 1 for c in s)


def t2s(s):
    try:
        import opencc
    except ImportError:
        opencc = None
    if opencc is not None:
        s = opencc.OpenCC("tw2s").convert(s)
    else:
        s = s.translate(str.maketrans(_T, _S))
    return s.replace("「", "“").replace("」", "”")


def despin(s):
    for i, w in enumerate(PROTECT):
        s = s.replace(w, chr(0xE000 + i))
    for a, b in DESPIN:
        s = s.replace(a, b)
    for i, w in enumerate(PROTECT):
        s = s.replace(chr(0xE000 + i), w)
    return s


def fullwidth(s, chars=",;:()"):
    table = dict(zip(",;:()", "，；：（）"))
    out = []
    for i, c in enumerate(s):
        near = (i > 0 and not s[i - 1].isascii()) or (i + 1 < len(s) and not s[i + 1].isascii())
        out.append(table[c] if c in chars and near else c)
    return "".join(out)


def unmoji(line):
    """A line of Latin-1/C1 characters is GBK text read as Windows-1252: map back and decode."""
    if not line or any(ord(c) > 0xff for c in line) or sum(ord(c) >= 0x80 for c in line) < len(line) // 2:
        return line
    bs = bytearray()
    for c in line:
        try:
            bs += c.encode("cp1252")
        except UnicodeEncodeError:
            bs.append(ord(c))
    return bs.decode("gbk")


def docx_paras(f):
    root = ET.fromstring(zipfile.ZipFile(path(f)).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def pars(f):
    if f == "c1.txt":
        out, prev = [], ""
        for line in raw(f).split("\n"):
            line = WATERMARK.sub("", line)
            if out and width(prev) >= 24 and not prev.endswith(tuple("。！？：；”….>")) and line \
                    and not HEADLIKE.match(line):
                out[-1] += line
            else:
                out.append(line)
            prev = line
        return [s.strip() for s in out]
    if f == "c2.txt":
        return [t2s(PINYIN.sub("", s)).strip() for s in raw(f).split("\n")]
    if f == "c3.docx":
        return [fullwidth(re.sub(r"(?<=[^\x00-\x7f])[ \u00a0]+(?=[^\x00-\x7f])", "", s), ",;").strip()
                for s in docx_paras(f)]
    return [fullwidth(unmoji(s)).strip() for s in raw(f).split("\n")]


def family(m):
    for name, pat in (("dun", rf"[{CN}]+、"), ("di_dun", rf"第[{CN}]+、"), ("qi", rf"其[{CN}]"),
                      ("seq", r"首先|其次|再次|最后"), ("none", r"")):
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def is_head(s, h):
    m, t = h["marker"], h["text"]
    for sep in ("", "，", " ", "　"):
        base = m + sep + t
        if s in (base, base + "。", base + "：") or s.startswith(base + "。"):
            return True
    return False


def is_title(s, t):
    return s == t or s == "文章标题：" + t or bool(re.fullmatch(re.escape(t) + r" 篇\d+", s))


def check_file(f, g, report):
    ls = pars(f)
    if f == "c1.txt":
        t1 = next(i for i, s in enumerate(ls) if is_title(s, g["documents"][0]["title"]))
        t2 = next(i for i, s in enumerate(ls) if is_title(s, g["documents"][1]["title"]))
        ls = ls[:t1] + [despin(s) for s in ls[t1:t2]] + ls[t2:]
    rw = raw(f)
    docs = g["documents"]
    starts, pos = [], 0
    for d in docs:
        i = next((j for j in range(pos, len(ls)) if is_title(ls[j], d["title"])), None)
        if i is None:
            report("TITLE not a whole paragraph", f, d["title"])
            i = pos
        starts.append(i)
        pos = i + 1
    kept = []
    for n, d in enumerate(docs):
        end = starts[n + 1] if n + 1 < len(docs) else len(ls)
        i, used = starts[n] + 1, set()
        levels, cur = {}, 0
        for h in d["headings"]:
            while i < end and not is_head(ls[i], h):
                i += 1
            if i >= end:
                report("HEADING not found in order", f, h)
                i = starts[n] + 1
            else:
                used.add(i)
                i += 1
            fam = family(h["marker"])
            if fam not in levels:
                levels[fam] = cur + 1
            cur = levels[fam]
            if h["level"] != cur:
                report("LEVEL differs from the first-appearance rule", f, h, cur)
        frame = FRAMES[f]
        for j in range(starts[n] + 1, end):
            if j not in used and (HEADLIKE.match(ls[j]) or (frame and frame.match(ls[j]))):
                report("heading-like paragraph not in gold", f, ls[j][:30])
        seg = ls[starts[n]:end]
        for k in d["must_keep"]:
            if not any(k in s for s in seg):
                report("KEEP not inside one paragraph of its document", f, k)
        kept += [d["title"]] + [h["text"] for h in d["headings"]] + d["must_keep"]
    for s in g["must_drop"]:
        if s not in rw:
            report("DROP not in file", f, repr(s))
        for k in kept:
            if s.strip() and s in k:
                report("DROP inside kept", f, repr(s), k)
    return kept


def features(gold, kept):
    t1 = raw("c1.txt")
    l1 = t1.split("\n")
    for n, (lab, d) in enumerate(zip("一二三", gold["c1.txt"]["documents"])):
        i = next((j for j, x in enumerate(l1) if x == f"第{lab}篇：{d['title']}"), None)
        if i is None or l1[i + 1] not in (d["title"], "文章标题：" + d["title"]):
            bad("c1 label line 第N篇：<title> followed by the title", lab)
    e1 = t1[t1.index("第一篇："):t1.index("第二篇：")]
    spun = sum(e1.count(a) for a, _ in DESPIN)
    if spun < 40:
        bad("c1 essay 1 should hold many spun words", spun)
    if any(a in t1[t1.index("第二篇："):] for a in ("当真", "思惟", "平易近为", "勾当", "不美观")):
        bad("c1 essays 2 and 3 should not be spun")
    for w in PROTECT:
        if w not in e1 or not any(w in k for k in kept["c1.txt"]):
            bad("c1 legitimate word should be in essay 1 and kept", w)
    if "进修作\n为" not in t1 or "的事(fwyz.cn)，" not in t1 or "服。\n务；" not in t1:
        bad("c1 mid-word line break / inline watermark / stray-period break")
    if "达 %" not in t1 or any("达 %" in k or "达%" in k for k in kept["c1.txt"]):
        bad("c1 number blank (not spanned by a kept string)")
    if t1.count("自我鉴定《蕖湾镇挂职干部工作鉴定》") != 1 or "工作，蕖湾镇挂职干部工作鉴定。" not in t1:
        bad("c1 title stuffed into two sentences")
    t2 = raw("c2.txt")
    if t2.count("鄉(xiāng)鎮(zhèn)") < 8 or "乡镇" in t2 or "鄉鎮" in t2:
        bad("c2 every 鄉鎮 annotated with pinyin")
    if t2.count("「") < 8 or "“" in t2:
        bad("c2 「」 quotes")
    title2 = "守住「四慎」做清廉鄉(xiāng)鎮(zhèn)幹部"
    if sum(x == title2 for x in t2.split("\n")) != 2 or t2.count(title2) != 5:
        bad("c2 title: twice as a whole line, five times in all")
    if len(re.findall(r"^慎.。「", t2, re.M)) != 4 or "更新时间" not in t2:
        bad("c2 two-character headings / Simplified chrome")
    z = zipfile.ZipFile(path("c3.docx"))
    d3 = z.read("word/document.xml").decode("utf-8")
    if "\u00a0" not in d3 or "全年 培训" not in d3 or "挂钩;" not in d3 or "<w:b/>" in d3 or "<w:pStyle" in d3:
        bad("c3 NBSP / stray space / half-width ; / no bold, no styles")
    p3 = docx_paras("c3.docx")
    if sum(bool(FRAMES["c3.docx"].match(p)) for p in p3) != 4 or not p3[2].startswith("村干部是") \
            or "占比达 %" not in d3 or "1.村干部" not in d3:
        bad("c3 four parallel leads, the X是Y opening, the blank, the in-paragraph list")
    t4 = raw("c4.txt")
    l4 = t4.split("\n")
    if [x for x in l4 if re.search(r" 篇\d$", x)] != ["蕖湾镇干部述职报告 篇1", "蕖湾镇干部述职报告 篇2"]:
        bad("c4 篇N lines")
    moj = [x for x in l4 if x and unmoji(x) != x]
    if len(moj) != 1 or not unmoji(moj[0]).startswith("修订完善") or "£¬" not in moj[0]:
        bad("c4 one mojibake line (GBK read as Windows-1252)")
    if len(re.findall(r"^(?:首先|其次|最后),", t4, re.M)) != 3 or "98.5%" not in t4 or "件(卷)" not in t4:
        bad("c4 half-width heads / decimal / brackets")
    if len(re.findall(r"^其[一二三]，", t4, re.M)) != 3 or len(re.findall(r"^第[一二三四]、", t4, re.M)) != 4:
        bad("c4 第N、 and 其N heads")


def main():
    gold = yaml.safe_load(open(path("gold.yaml"), encoding="utf-8"))
    nd = nh = nk = ndrop = 0
    kept = {}
    for f, g in gold.items():
        kept[f] = check_file(f, g, bad)
        nd += len(g["documents"])
        nh += sum(len(d["headings"]) for d in g["documents"])
        nk += sum(len(d["must_keep"]) for d in g["documents"])
        ndrop += len(g["must_drop"])
    features(gold, kept)
    # a mutated gold must be reported: a wrong level and a missing heading
    found = []
    g = copy.deepcopy(gold["c4.txt"])
    g["documents"][0]["headings"][2]["level"] = 1
    del g["documents"][1]["headings"][1]
    check_file("c4.txt", g, lambda *a: found.append(a[0]))
    if "LEVEL differs from the first-appearance rule" not in found or "heading-like paragraph not in gold" not in found:
        bad("the mutated gold was not reported", found)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
