#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 26 with a reader independent of make.py (needs PyYAML).

Reader: f1.txt decoded as GBK, split at CRLF, half-width ，；： after Chinese text read full-width;
f2.docx every w:p of word/document.xml in order (table cells included), text of w:t; f3.txt UTF-8 lines;
f4.md UTF-8 lines with leading “#”/“> ” and “**” read away. Spaces/全角空格 at both ends read away.
Checks titles, headings in order, levels (first-appearance rule), heading-like paragraphs all in gold,
keep inside one paragraph, drop in the raw file and never in a kept string, masked names only as ×××
and never kept, the file features, and that a mutated gold is reported."""
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
SEQ = ("首先", "其次", "再次", "最后")
HEADLIKE = re.compile(rf"^(?:[{CN}]+[、.．]|（[{CN}]+）|\([{CN}]+\)|\d+[.．、](?!\d)|（\d+）|[①-⑩]|[{CN}]是|"
                      rf"第[{CN}]+[、，,]|(?:首先|其次|再次|最后)[，,])")
FAMILIES = (("dun", rf"[{CN}]+、"), ("paren", rf"（[{CN}]+）"), ("arabic", r"\d+[.．]"), ("parenarabic", r"（\d+）"),
            ("shi", rf"[{CN}]是"), ("seq", "首先|其次|再次|最后"), ("none", ""))
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
    b = open(path(f), "rb").read()
    return b.decode("gbk") if f == "f1.txt" else b.decode("utf-8")


def fullwidth(s):
    s = re.sub(r"(?<=[\u4e00-\u9fff”%\d]),", "，", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff”]);", "；", s)
    return re.sub(r"(?<=[\u4e00-\u9fff”]):", "：", s)


def pars(f):
    if f.endswith(".docx"):
        root = ET.fromstring(zipfile.ZipFile(path(f)).read("word/document.xml"))
        return ["".join(x.text or "" for x in p.iter(W + "t")).strip() for p in root.iter(W + "p")]
    t = raw(f)
    if f == "f1.txt":
        return [fullwidth(s).strip(" 　") for s in t.split("\r\n")]
    out = []
    for s in t.split("\n"):
        if f.endswith(".md"):
            s = re.sub(r"^(#+|>)\s*", "", s).replace("**", "")
        out.append(s.strip(" 　"))
    return out


def family(m):
    for name, pat in FAMILIES:
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def is_head(s, h):
    base = h["marker"] + ("，" if h["marker"] in SEQ else "") + h["text"]
    return s in (base, base + "。", base + "：") or s.startswith(base + "。")


def check_file(f, g, report):
    ls = pars(f)
    docs = g["documents"]
    starts, pos = [], 0
    for d in docs:
        try:
            i = ls.index(d["title"], pos)
        except ValueError:
            report("TITLE not a paragraph", f, d["title"])
            i = pos
        starts.append(i)
        pos = i + 1
    kept = []
    for n, d in enumerate(docs):
        start = starts[n]
        end = starts[n + 1] if n + 1 < len(docs) else len(ls)
        i, used, levels, cur = start + 1, set(), {}, 0
        for h in d["headings"]:
            while i < end and not is_head(ls[i], h):
                i += 1
            if i >= end:
                report("HEADING not found in order", f, h)
                i = start + 1
            else:
                used.add(i)
                i += 1
            fam = family(h["marker"])
            if fam not in levels:
                levels[fam] = cur + 1
            cur = levels[fam]
            if h["level"] != cur:
                report("LEVEL differs from the first-appearance rule", f, h, cur)
        for j in range(start + 1, end):
            if j not in used and HEADLIKE.match(ls[j]):
                report("heading-like paragraph not in gold", f, ls[j][:30])
        seg = ls[start:end]
        for k in d["must_keep"]:
            if not any(k in s for s in seg):
                report("KEEP not inside one paragraph of its document", f, k)
            if re.search(r"[,;:]", k):
                report("KEEP has half-width punctuation", f, k)
        kept += [d["title"]] + [h["text"] for h in d["headings"]] + d["must_keep"]
    rw = raw(f)
    for s in g["must_drop"]:
        if s not in rw:
            report("DROP not in file", f, repr(s))
        for k in kept:
            if s in k:
                report("DROP inside kept", f, repr(s), k)
    for k in kept:
        if re.search(r"\*\*\*|XXX|ＸＸＸ|×××|待补|篇[一二]|范文|来源|编辑", k):
            report("masked name / note / chrome text kept", f, k)
    if re.search(r"\*\*\*|XXX|ＸＸＸ", rw.replace("**", "")):
        report("mask not written as ×××", f)


def features():
    b = open(path("f1.txt"), "rb").read()
    try:
        b.decode("utf-8")
        bad("f1 should not be valid UTF-8")
    except UnicodeDecodeError as e:
        print("f1.txt is not UTF-8 (as intended):", e.reason)
    t = b.decode("gbk")
    if b.count(b"\r\n") != t.count("\n") or "再次,要在服务中践行宗旨。" not in t or "按照县委统一部署," not in t \
            or "首先，要在学习中提升本领。" not in t or "（范文先锋网 www.fwxf.net 整理）已开工建设" not in t:
        bad("f1 CRLF / half-width lines / watermark inside a sentence")
    z = zipfile.ZipFile(path("f2.docx"))
    d2, st = z.read("word/document.xml").decode("utf-8"), z.read("word/styles.xml").decode("utf-8")
    if d2.count('<w:pStyle w:val="1"/>') != 4 or d2.count('<w:pStyle w:val="2"/>') != 3 \
            or d2.count("<w:b/>") != 2 + 4 or d2.count("<w:tbl>") != 1 or 'w:outlineLvl w:val="1"' not in st \
            or "述职述廉材料" not in z.read("word/header1.xml").decode("utf-8") or "w:headerReference" not in d2:
        bad("f2 heading styles / bold leads / table / header")
    t3 = open(path("f3.txt"), "rb").read()
    if b"\r" in t3 or t3.startswith(b"\xef\xbb\xbf") or "\n▲" not in t3.decode("utf-8"):
        bad("f3 LF, no BOM, image captions")
    t4 = open(path("f4.md"), encoding="utf-8").read()
    if t4.count("\n## ") != 3 or t4.count("\n**") != 4 or not t4.startswith("# ") or "\n> 【待补" not in t4:
        bad("f4 Markdown headings / bold leads / note")


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
    g = copy.deepcopy(gold["f2.docx"])
    g["documents"][0]["headings"][3]["level"] = 2
    del g["documents"][0]["headings"][8]
    g["must_drop"].append("以上报告")
    check_file("f2.docx", g, lambda *a: found.append(a[0]))
    for want in ("LEVEL differs from the first-appearance rule", "heading-like paragraph not in gold",
                 "DROP inside kept"):
        if want not in found:
            bad("the mutated gold was not reported", want, found)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
