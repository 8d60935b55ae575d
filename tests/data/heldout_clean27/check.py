#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 27 with a reader independent of make.py (needs PyYAML).

Reader: w2.docx every w:p of word/document.xml in order, text of w:t; p1.txt decoded as UTF-8 and split at
LF; o3.txt decoded as GBK and split at CRLF; spaces at both ends read away. Checks titles, headings in order,
levels (first-appearance rule), heading-like paragraphs all in gold, keep inside one paragraph of its
document, drop in the raw file and never in a kept string, masked names only as ×××, the file features, and
that a mutated gold is reported."""
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
FAMILIES = (("dun", rf"[{CN}]+、"), ("paren", rf"（[{CN}]+）"), ("arabic", r"\d+[.．]"), ("parenarabic", r"（\d+）"),
            ("shi", rf"[{CN}]是"), ("diyi", rf"第[{CN}]+，"), ("none", ""))
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
    return open(path(f), "rb").read().decode("gbk" if f == "o3.txt" else "utf-8")


def pars(f):
    if f.endswith(".docx"):
        root = ET.fromstring(zipfile.ZipFile(path(f)).read("word/document.xml"))
        return ["".join(x.text or "" for x in p.iter(W + "t")).strip() for p in root.iter(W + "p")]
    return [s.strip(" 　") for s in raw(f).split("\r\n" if f == "o3.txt" else "\n")]


def family(m):
    for name, pat in FAMILIES:
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def is_head(s, h):
    base = h["marker"] + h["text"]
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
            if j not in used and HEADLIKE.match(ls[j]) and "……" not in ls[j]:
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
        if re.search(r"\*\*\*|XXX|ＸＸＸ|×××|……|修改|审核|印发", k):
            report("masked name / 目录 / note text kept", f, k)


def features():
    p = open(path("p1.txt"), "rb").read()
    if p.startswith(b"\xef\xbb\xbf") or b"\r" in p or "范文一\n".encode() not in p or "范文二\n".encode() not in p:
        bad("p1 UTF-8 LF without BOM, 范文一/范文二 labels")
    o = open(path("o3.txt"), "rb").read()
    try:
        o.decode("utf-8")
        bad("o3 should not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    if o.count(b"\r\n") != o.count(b"\n") or "\r\n小积分激发活力\r\n".encode("gbk") not in o:
        bad("o3 GBK CRLF / unmarked standalone heads")
    d = zipfile.ZipFile(path("w2.docx")).read("word/document.xml").decode("utf-8")
    if d.count("<w:b/>") != 7 or "w:pStyle" in d or "黑体" not in d or "述职人：×××" not in d:
        bad("w2 bold 黑体 heads / bold 楷体 leads / sign-off")


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
    g = copy.deepcopy(gold["p1.txt"])
    g["documents"][0]["headings"][6]["level"] = 3
    del g["documents"][0]["headings"][2]
    check_file("p1.txt", g, lambda *a: found.append(a[0]))
    if "LEVEL differs from the first-appearance rule" not in found or "heading-like paragraph not in gold" not in found:
        bad("the mutated gold was not reported", found)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
