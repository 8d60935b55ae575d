#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 21 with a reader independent of make.py (needs PyYAML; uses
OpenCC tw2s when the module is there, otherwise a small table of its own).

Reader (what a careful reader sees):
- k1.txt: UTF-8 lines; the 文库 page furniture (page footers, book118 watermark lines, 展开阅读全文 / 还剩…)
  read away; a line that was cut by such furniture without sentence-final punctuation is joined with the next
  kept line; spun words read back in context (DESPIN; legitimate look-alikes are not in the list).
- z1.txt: UTF-8, CRLF; U+200B read away; after the clerk's “素材二” line the text is read Simplified and
  「」『』 as “”‘’.
- w1.docx: every w:p of word/document.xml in order (w:t text only: footnote/comment parts not included); the
  PDF page numbers “- N -” and the 汇编 running header read away; a paragraph joins the previous one when the
  previous is a full PDF line (≥ 27 columns) and it does not start with “　　”; leading “　　” read away.
- t1.txt: UTF-8 lines; “-N-” and the 扫描全能王 watermark read away; a line joins the previous one when the
  previous is a full printed line (≥ 28 columns); half-width , : ; ! ( ) read full-width, ASCII " paired “”.
Checks titles (a paragraph or two joined), headings in order, levels (first-appearance rule), heading-like
paragraphs all in gold, keep inside one paragraph of its document, drop in the raw file and never inside kept
text, masked names only as ×××, the file features, and that a mutated gold is reported."""
import copy
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CN = "一二三四五六七八九十"
HEADLIKE = re.compile(rf"^(?:[{CN}]+[、.．]|（[{CN}]+）|\([{CN}]+\)|\d+[.．、](?!\d)|（\d+）|[①-⑩]|[{CN}]是|第[{CN}]+[、，,])")
FAMILIES = (("dun", rf"[{CN}]+、"), ("paren", rf"（[{CN}]+）|\([{CN}]+\)"), ("arabic", r"\d+[.．]"))
DESPIN = [("鞭策", "推动"), ("农夫", "农民"), ("可支配支出", "可支配收入"), ("次要做法", "主要做法"),
          ("凝集", "凝聚"), ("县直部分", "县直部门"), ("树立了联建", "建立了联建"), ("义务清单", "任务清单"),
          ("实时处理", "及时解决"), ("前锋", "先锋"), ("党构造", "党组织"), ("特征财产", "特色产业"),
          ("资源上风", "资源优势"), ("名目", "项目"), ("今朝", "目前"), ("治理程度", "治理水平"),
          ("抵触胶葛", "矛盾纠纷"), ("人民调停", "人民调解"), ("保持不变", "保持稳定"), ("人居情况", "人居环境"),
          ("渣滓", "垃圾"), ("门路", "道路"), ("查核", "考核"), ("干部风格", "干部作风"), ("总结阅历", "总结经验")]
LEAVE_ALONE = ["针对部分村集体经济薄弱", "压减一般性支出", "视频实时监控", "在一定程度上", "树立正确政绩观",
               "才能真正激发", "体会主要有三点", "乡村发展规律", "加快发展步伐", "组织优势转化为发展优势"]
T2S = dict(zip("與專個舉習鄉於從們眾會體決辦務單參發後聽啟場牆學實對將層崗佈師帶幹張強數時來檢瀏點環現著約組織網見規覽訂認討讓訓議講論識課踐車運還這進裡鎮問間難題驗總開闊穫滿",
               "与专个举习乡于从们众会体决办务单参发后听启场墙学实对将层岗布师带干张强数时来检浏点环现着约组织网见规览订认讨让训议讲论识课践车运还这进里镇问间难题验总开阔获满"))
problems = []


def bad(*a):
    problems.append(a)
    print("PROBLEM", *a)


def path(f):
    return os.path.join(HERE, f)


def raw(f):
    if f.endswith(".docx"):
        z = zipfile.ZipFile(path(f))
        return "".join(z.read(n).decode("utf-8") for n in z.namelist())
    return open(path(f), "rb").read().decode("utf-8")


def t2s(s):
    try:
        import opencc
        return opencc.OpenCC("tw2s").convert(s)
    except ImportError:
        return "".join(T2S.get(c, c) for c in s)


def cols(s, punct_full=False):
    n = 0
    for c in s:
        if ord(c) < 0x2000 and not (punct_full and c in ",:;!()\""):
            n += 0.5
        else:
            n += 1
    return n


def fullwidth(s):
    s = s.replace(",", "，").replace(":", "：").replace(";", "；").replace("!", "！")
    s = s.replace("(", "（").replace(")", "）")
    n = [0]

    def quote(m):
        n[0] += 1
        return "“" if n[0] % 2 else "”"
    return re.sub('"', quote, s)


K1_FURN = re.compile(r"^(第 \d 页 共 4 页|原创力文档 max\.book118\.com|预览与源文档一致,下载高清无水印|展开阅读全文|还剩\d页未读，继续阅读)$")


def pars(f):
    if f == "k1.txt":
        out, cut = [], False
        for s in raw(f).split("\n"):
            s = s.strip()
            if K1_FURN.match(s):
                cut = True
                continue
            if cut and out and len(out[-1]) > 30 and re.search(r"[\u4e00-\u9fff]$", out[-1]):
                out[-1] += s
            else:
                out.append(s)
            cut = False
        res = []
        for s in out:
            for a, b in DESPIN:
                s = s.replace(a, b)
            res.append(s)
        return res
    if f == "z1.txt":
        out, trad = [], False
        for s in raw(f).replace("\u200b", "").split("\r\n"):
            s = s.strip()
            if s.startswith("素材二"):
                trad = True
            elif trad:
                s = t2s(s).replace("「", "“").replace("」", "”").replace("『", "‘").replace("』", "’")
            out.append(s)
        return out
    if f == "w1.docx":
        root = ET.fromstring(zipfile.ZipFile(path(f)).read("word/document.xml"))
        out = []
        for p in root.iter(W + "p"):
            t = "".join(x.text or "" for x in p.iter(W + "t"))
            if re.fullmatch(r"- \d+ -", t) or t == "沧平县2025年度乡镇工作总结汇编":
                continue
            if out and cols(out[-1][0]) >= 27 and not t.startswith("　　"):
                out[-1] = [t, out[-1][1] + t]
            else:
                out.append([t, t])
        return [s.strip("　") for _, s in out]
    out, last = [], ""
    for s in raw(f).split("\n"):
        if re.fullmatch(r"-\d+-", s) or s == "扫描全能王 创建":
            continue
        if out and cols(last, punct_full=True) >= 28:
            out[-1] += s
        else:
            out.append(s)
        last = s
    return [fullwidth(s).strip() for s in out]


def family(m):
    for name, pat in FAMILIES:
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def is_head(s, h):
    base = fullwidth(h["marker"]) + h["text"]  # t1: the reader reads the OCR's “(一)” full-width too
    return s in (base, base + "。", base + "：") or s.startswith(base + "。")


def find_title(ls, title, pos):
    for j in range(pos, len(ls)):
        if ls[j] == title:
            return j, j + 1
        if j + 1 < len(ls) and ls[j] and ls[j + 1] and ls[j] + ls[j + 1] == title:
            return j, j + 2
    return None, None


def check_file(f, g, report):
    ls = pars(f)
    docs = g["documents"]
    spans, pos = [], 0
    for d in docs:
        i, after = find_title(ls, d["title"], pos)
        if i is None:
            report("TITLE not a paragraph (or two joined)", f, d["title"])
            i, after = pos, pos + 1
        spans.append((i, after))
        pos = after
    kept = []
    for n, d in enumerate(docs):
        start, body = spans[n]
        end = spans[n + 1][0] if n + 1 < len(docs) else len(ls)
        i, used, levels, cur = body, set(), {}, 0
        for h in d["headings"]:
            while i < end and not is_head(ls[i], h):
                i += 1
            if i >= end:
                report("HEADING not found in order", f, h)
                i = body
            else:
                used.add(i)
                i += 1
            fam = family(h["marker"])
            if fam not in levels:
                levels[fam] = cur + 1
            cur = levels[fam]
            if h["level"] != cur:
                report("LEVEL differs from the first-appearance rule", f, h, cur)
        for j in range(body, end):
            if j not in used and HEADLIKE.match(ls[j]):
                report("heading-like paragraph not in gold", f, ls[j][:30])
        seg = ls[start:end]
        for k in d["must_keep"]:
            if not any(k in s for s in seg):
                report("KEEP not inside one paragraph of its document", f, k)
        kept += [d["title"]] + [h["text"] for h in d["headings"]] + d["must_keep"]
    rw = raw(f)
    for s in g["must_drop"]:
        if s not in rw:
            report("DROP not in file", f, repr(s))
        for k in kept:
            if s in k:
                report("DROP inside kept", f, repr(s), k)
    for k in kept:
        if re.search(r"\*\*\*|XXX|ＸＸＸ|×××|[,:;!()\"「」『』\u200b]", k):
            report("masked name / half-width / unconverted text kept", f, k)


def features():
    k1 = raw("k1.txt")
    if k1.count("原创力文档 max.book118.com") != 4 or "VIP专享" not in k1 or "发\n第 2 页 共 4 页\n展开阅读全文" not in k1 \
            or "定期开\n第 1 页" not in k1:
        bad("k1 文库 furniture / page break inside a word / fold right after “发”")
    spun = sum(k1.count(a) for a, _ in DESPIN)
    if spun < 25:
        bad("k1 spun words", spun)
    for w in LEAVE_ALONE:
        if w not in k1:
            bad("k1 leave-alone word missing", w)
    b = open(path("z1.txt"), "rb").read()
    z = b.decode("utf-8")
    if b.startswith(b"\xef\xbb\xbf") or z.count("\r\n") != z.count("\n") or z.count("\u200b") < 8 \
            or "帶著問題學" not in z or "『共同治理』" not in z or "來源：知乎" in z or "来源：知乎" not in z:
        bad("z1 encoding / CRLF / ZWSP / Traditional / copy tail")
    d = zipfile.ZipFile(path("w1.docx"))
    doc = d.read("word/document.xml").decode("utf-8")
    if "w:ind" in doc or "w:pStyle" in doc or len(re.findall(r"<w:t[^>]*>- \d+ -</w:t>", doc)) != 3 \
            or "footnoteReference" not in doc or "commentReference" not in doc \
            or "数据来源" not in d.read("word/footnotes.xml").decode("utf-8") \
            or "学习参考材料" not in d.read("word/header1.xml").decode("utf-8"):
        bad("w1 PDF lines / page numbers / footnote / comment / header")
    t1 = raw("t1.txt")
    if t1.count("扫描全能王 创建") != 2 or t1.count("(") < 3 or t1.count(",") < 8 or t1.count("，") < 8 \
            or '"适地适树"' not in t1 or "\n　" in t1:
        bad("t1 OCR features")


def main():
    gold = yaml.safe_load(open(path("gold.yaml"), encoding="utf-8"))
    nd = nh = nk = ndrop = 0
    for f, g in gold.items():
        check_file(f, g, bad)
        nd += len(g["documents"])
        nh += sum(len(d["headings"]) for d in g["documents"])
        nk += sum(len(d["must_keep"]) for d in g["documents"])
        ndrop += len(g["must_drop"])
    features()
    found = []
    g = copy.deepcopy(gold["w1.docx"])
    g["documents"][0]["headings"][1]["level"] = 1
    del g["documents"][0]["headings"][3]
    g["must_drop"].append("坚持稳中求进")
    check_file("w1.docx", g, lambda *a: found.append(a[0]))
    for need in ("LEVEL differs from the first-appearance rule", "heading-like paragraph not in gold",
                 "DROP inside kept"):
        if need not in found:
            bad("the mutated gold was not reported", need, found)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
