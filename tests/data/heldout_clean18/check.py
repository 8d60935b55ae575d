#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 18 with a reader independent of make.py (needs PyYAML).

The reader:
- f1.docx: every w:p of word/document.xml; a paragraph with w:numPr gets the number Word shows in front
  of its text, computed here from word/numbering.xml (counters per list and level, deeper levels restart,
  lvlText with %N, numFmt chineseCounting / ideographTraditional / decimalEnclosedCircle / decimal, the
  suffix “space” as one space);
- f2.txt (UTF-8): lines; the synonym-spun words read back with the table DESPIN;
- f3.txt (UTF-8): page numbers “— N —”, the 汇编 header and the repeated title (running header) read
  away; a line that does not start with “　　” continues the line before it when that one is full
  (≥ 29 character widths).
Checks:
- titles are whole paragraphs, in order;
- headings are found in order inside their document: as a whole paragraph (marker [sep] text) or as the
  lead of a heading+body paragraph (marker [，] text “。” body), a speech salutation “同志们，” allowed in
  front;
- the gold levels equal the levels computed here from the marker families (first-appearance rule);
- every paragraph that starts like a heading (markers, or the file's frame) is in the gold;
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
HEADLIKE = re.compile(rf"^(?:同志们，)?(?:[{CN}]+[、.．]|（[{CN}]+）|\([{CN}]+\)|\d+[.．、](?!\d)|（\d+）|[①-⑩]|"
                      rf"[{CN}]是|[{CN}]要|第[{CN}]+(?:[、，,]|部分)|其[{CN}][，,]|[甲乙丙丁]、|(?:首先|其次|再次|最后)[，,])")
FRAMES = {"f1.docx": None, "f2.txt": None, "f3.txt": re.compile(r"^抓[^，。]{2,6}，关键在")}
DESPIN = [("当真", "认真"), ("不竭", "不断"), ("大众", "群众"), ("踊跃", "积极")]
F3_TITLE = "柘塘乡“三抓三促”推动乡村振兴的实践"
F3_BOOK = "2025年度全县乡村振兴经验材料汇编"


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


def chinese(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    return ("" if n < 20 else d[n // 10]) + "十" + (d[n % 10] if n % 10 else "")


def fmt(kind, n):
    if kind in ("chineseCounting", "chineseCountingThousand"):
        return chinese(n)
    if kind == "ideographTraditional":
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if kind == "decimalEnclosedCircle":
        return chr(0x2460 + n - 1)
    return str(n)


def numbering(z):
    root = ET.fromstring(z.read("word/numbering.xml"))
    absn = {}
    for a in root.iter(W + "abstractNum"):
        lv = {}
        for l in a.iter(W + "lvl"):
            lv[int(l.get(W + "ilvl"))] = {
                "fmt": l.find(W + "numFmt").get(W + "val"), "text": l.find(W + "lvlText").get(W + "val"),
                "suff": l.find(W + "suff").get(W + "val") if l.find(W + "suff") is not None else "tab",
                "start": int(l.find(W + "start").get(W + "val"))}
        absn[a.get(W + "abstractNumId")] = lv
    return {n.get(W + "numId"): absn[n.find(W + "abstractNumId").get(W + "val")] for n in root.iter(W + "num")}


def docx_paras(f, with_numbers=True):
    z = zipfile.ZipFile(path(f))
    nums = numbering(z)
    counters = {}
    root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        text = "".join(t.text or "" for t in p.iter(W + "t"))
        npr = p.find(f"{W}pPr/{W}numPr")
        if npr is not None and with_numbers:
            nid, il = npr.find(W + "numId").get(W + "val"), int(npr.find(W + "ilvl").get(W + "val"))
            lv = nums[nid]
            c = counters.setdefault(nid, {})
            c[il] = c.get(il, lv[il]["start"] - 1) + 1
            for deeper in [k for k in c if k > il]:
                del c[deeper]
            shown = re.sub(r"%(\d)", lambda m: fmt(lv[int(m.group(1)) - 1]["fmt"], c[int(m.group(1)) - 1]),
                           lv[il]["text"])
            text = shown + {"space": " ", "tab": "\t", "nothing": ""}[lv[il]["suff"]] + text
        out.append(text)
    return out


def pars(f):
    if f == "f1.docx":
        return [s.strip() for s in docx_paras(f)]
    if f == "f2.txt":
        out = []
        for s in raw(f).split("\n"):
            for a, b in DESPIN:
                s = s.replace(a, b)
            out.append(s.strip())
        return out
    out, seen_title = [], False
    for line in raw(f).split("\n"):
        if re.fullmatch(r"— \d+ —", line) or line == F3_BOOK:
            continue
        if line.strip() == F3_TITLE:
            if seen_title:
                continue
            seen_title = True
        if out and not line.startswith("　　") and width(out[-1]) >= 29 and line:
            out[-1] += line
        else:
            out.append(line)
    return [s.strip() for s in out]


def family(m):
    for name, pat in (("bufen", rf"第[{CN}]+部分"), ("dun", rf"[{CN}]+、"), ("circ", r"[①-⑳]"),
                      ("gan", r"[甲乙丙丁戊己庚辛壬癸]、"), ("di", rf"第[{CN}]+"), ("none", r"")):
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def is_head(s, h):
    m, t = h["marker"], h["text"]
    for pre in ("", "同志们，"):
        for sep in ("", "，", " ", "　"):
            base = pre + m + sep + t
            if s in (base, base + "。", base + "：") or s.startswith(base + "。"):
                return True
    return False


def check_file(f, g, report):
    ls = pars(f)
    rw = raw(f)
    docs = g["documents"]
    starts, pos = [], 0
    for d in docs:
        i = next((j for j in range(pos, len(ls)) if ls[j] == d["title"]), None)
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
    for k in kept:
        if re.search(r"\*\*\*|XXX|ＸＸＸ", k):
            report("masked name not in the ××× form", f, k)
    return kept


def features(gold):
    z = zipfile.ZipFile(path("f1.docx"))
    nx = z.read("word/numbering.xml").decode("utf-8")
    for v in ("chineseCounting", "ideographTraditional", "decimalEnclosedCircle", "第%1部分", "%2、", "%3"):
        if f'w:val="{v}"' not in nx:
            bad("f1 numbering.xml lacks", v)
    plain = docx_paras("f1.docx", with_numbers=False)
    if any(re.match(r"^(第[一二三]部分|[一二]、|[①②]|[甲乙丙]、)", p) for p in plain):
        bad("f1 a number is typed in the text (should come from numbering only)")
    heads = [h for d in gold["f1.docx"]["documents"] for h in d["headings"]]
    if sum(bool(re.search(r"部分|、|[①②]", h["text"])) for h in heads):
        bad("f1 heading text holds a marker")
    shown = docx_paras("f1.docx")
    if [p[:3] for p in shown if re.match(r"^(第.部分|[一二]、|[①②]|[甲乙丙]、)", p)] != \
            ["第一部", "一、抓", "①抓实", "②抓好", "二、抓", "第二部", "第三部", "一、存", "二、下", "甲、乡", "乙、乡", "丙、乡"]:
        bad("f1 numbering as shown (restart of 一、 under 第三部分)")
    if not any("：（1）" in p and "；（2）" in p for p in plain) or sum(p.startswith("一方面，") for p in plain) != 1 \
            or sum(p.startswith("另一方面，") for p in plain) != 1:
        bad("f1 in-paragraph （1）（2） / paragraph-opening 一方面/另一方面")
    t2 = raw("f2.txt").split("\n")
    if "同志们：" not in t2 or not any(x.endswith("下面，我讲三点意见。") for x in t2) \
            or sum(x.startswith("同志们，第三，") for x in t2) != 1 or sum(bool(re.match("^第[一二]，", x)) for x in t2) != 2:
        bad("f2 speech layout")
    if not any("：一要" in x and "；二要" in x for x in t2) or sum(raw("f2.txt").count(a) for a, _ in DESPIN) != 4:
        bad("f2 in-paragraph 一要 / four spun words")
    t3 = raw("f3.txt").split("\n")
    wrapped = [i for i, x in enumerate(t3) if FRAMES["f3.txt"].match(x.lstrip("　"))]
    if len(wrapped) != 3 or any(t3[i].endswith("。") or t3[i + 1].startswith("　　") for i in wrapped):
        bad("f3 three frame headings, each wrapped")
    if t3.count("　　" + F3_TITLE) != 2 or t3.count(F3_BOOK) != 1 or not any(x.startswith("（2）") for x in t3):
        bad("f3 running headers / a wrapped line starting with （2）")
    i = wrapped[1]
    if not re.fullmatch(r"— \d+ —", t3[i + 1]):
        bad("f3 the second frame heading is split by a page break")


def main():
    gold = yaml.safe_load(open(path("gold.yaml"), encoding="utf-8"))
    nd = nh = nk = ndrop = 0
    for f, g in gold.items():
        check_file(f, g, bad)
        nd += len(g["documents"])
        nh += sum(len(d["headings"]) for d in g["documents"])
        nk += sum(len(d["must_keep"]) for d in g["documents"])
        ndrop += len(g["must_drop"])
    features(gold)
    found = []
    g = copy.deepcopy(gold["f1.docx"])
    g["documents"][0]["headings"][2]["level"] = 2
    del g["documents"][1]["headings"][1]
    check_file("f1.docx", g, lambda *a: found.append(a[0]))
    if "LEVEL differs from the first-appearance rule" not in found or "heading-like paragraph not in gold" not in found:
        bad("the mutated gold was not reported", found)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
