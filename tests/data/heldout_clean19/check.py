#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 19 with a reader independent of make.py (needs PyYAML).

Reader: g1.txt UTF-8 lines, watermark 【范文365】 removed, spun words read back with DESPIN (in context, so
平安芩溪/从根本上 stay); g2.docx every w:p of word/document.xml, a paragraph with neither indent nor jc joins
the one before, half-width punctuation between Chinese read full-width (ASCII quotes paired “”), NBSP and
spaces between Chinese characters removed; g3.md lines, front matter skipped, “# ”/“## ” removed,
watermark （gongwenpai·com） removed. Checks titles, headings in order, levels (first-appearance rule),
heading-like paragraphs all in gold, keep inside one paragraph, drop in the raw file and never in a kept
string, masked names only as ×××, the file features, and that a mutated gold is reported."""
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
HEADLIKE = re.compile(rf"^(?:[{CN}]+[、.．]|（[{CN}]+）|\([{CN}]+\)|\d+[.．、](?!\d)|[①-⑩]|[{CN}]是|第[{CN}]+[、，,])")
DESPIN = [("对峙", "坚持"), ("出产", "生产"), ("扶植", "建设"), ("鼓吹", "宣传"), ("阐扬", "发挥"),
          ("供给", "提供"), ("办事", "服务"), ("平安查抄", "安全检查"), ("出格", "特别"), ("加速", "加快"),
          ("根本设施", "基础设施"), ("方针", "目标")]
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


def fullwidth(s):
    s = re.sub(r"(?<=[\u4e00-\u9fff）”%\d]),", "，", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff）”]);", "；", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff）”]):", "：", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff）”%])\.", "。", s)
    s = s.replace("(", "（").replace(")", "）")
    n = [0]

    def quote(m):
        n[0] += 1
        return "“" if n[0] % 2 else "”"
    return re.sub('"', quote, s)


def pars(f):
    if f == "g1.txt":
        out = []
        for s in raw(f).split("\n"):
            s = s.replace("【范文365】", "")
            for a, b in DESPIN:
                s = s.replace(a, b)
            out.append(s.strip())
        return out
    if f == "g2.docx":
        root = ET.fromstring(zipfile.ZipFile(path(f)).read("word/document.xml"))
        out = []
        for p in root.iter(W + "p"):
            t = "".join(x.text or "" for x in p.iter(W + "t"))
            t = re.sub(r"(?<=[\u4e00-\u9fff])[ \u00a0]+(?=[\u4e00-\u9fff])", "", fullwidth(t))
            cont = p.find(f"{W}pPr/{W}ind") is None and p.find(f"{W}pPr/{W}jc") is None
            if cont and out:
                out[-1] += t
            else:
                out.append(t)
        return out
    out, front = [], False
    for s in raw(f).split("\n"):
        if s == "---":
            front = not front
            continue
        if front:
            continue
        out.append(re.sub(r"^#+ ", "", s.replace("（gongwenpai·com）", "")).strip())
    return out


def family(m):
    for name, pat in (("dun", rf"[{CN}]+、"), ("paren", rf"（[{CN}]+）")):
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def is_head(s, h):
    base = h["marker"] + h["text"]
    return s == base or s.startswith(base + "。")


def check_file(f, g, report):
    ls = pars(f)
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
        i, used, levels, cur = starts[n] + 1, set(), {}, 0
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
        for j in range(starts[n] + 1, end):
            if j not in used and HEADLIKE.match(ls[j]):
                report("heading-like paragraph not in gold", f, ls[j][:30])
        seg = ls[starts[n]:end]
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
        if re.search(r"\*\*\*|XXX|ＸＸＸ|\ufffd|锟斤拷|【范文365】|gongwenpai", k):
            report("masked name not ××× / damaged or watermark text kept", f, k)


def features():
    g1 = raw("g1.txt")
    if g1.count("【范文365】") != 4 or "字号：T|T" not in g1 or " | " not in g1.split("\n")[3] \
            or "扫码" not in g1 or "上篇文章：" not in g1 or "下篇文章：" not in g1 or "上一篇" in g1:
        bad("g1 chrome layout / watermarks")
    if "平安芩溪建设" not in g1 or "从根本上" not in g1 or sum(g1.count(a) for a, _ in DESPIN) < 15:
        bad("g1 spun section with legitimate 平安/根本")
    doc = zipfile.ZipFile(path("g2.docx")).read("word/document.xml").decode("utf-8")
    if '"积分制"' not in doc or "(村民" not in doc or "3.5万元" not in doc or "动力." not in doc \
            or "\u00a0" not in doc or "产业 振兴" not in doc:
        bad("g2 half-width paragraph / NBSP / stray space")
    g3 = raw("g3.md")
    if g3.count("---\n") != 4 or g3.count("（gongwenpai·com）") != 4 or "锟斤拷" not in g3 or g3.count("\ufffd") != 3:
        bad("g3 front matter / watermarks / damaged text")


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
    g = copy.deepcopy(gold["g1.txt"])
    g["documents"][0]["headings"][1]["level"] = 1
    del g["documents"][0]["headings"][3]
    check_file("g1.txt", g, lambda *a: found.append(a[0]))
    if "LEVEL differs from the first-appearance rule" not in found or "heading-like paragraph not in gold" not in found:
        bad("the mutated gold was not reported", found)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
