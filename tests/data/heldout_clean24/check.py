#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 24 with a reader independent of make.py (needs PyYAML).

Reader: m1.docx/m3.docx every w:p of word/document.xml in order, text of its w:t; m2.txt decoded as UTF-8
after its BOM, split at CRLF; m4.txt decoded as UTF-8, split at LF; full-width/ASCII spaces at both ends of
a line read away. Checks: schema; each title is one paragraph; headings in order, as a whole paragraph
(marker + text, optionally followed by “。”/“：”) or as the lead of a heading+body paragraph (marker + text
+ “。” or “：” + body); levels by the first-appearance rule; every heading-like paragraph is in the gold
(drop lines excepted); must_keep inside one paragraph of its document; must_drop in what a reader sees
(document paragraphs, page header, the decoded text) and never inside a title, heading or kept string;
masked names only as ×××; the file features; and that a mutated gold is reported."""
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
FAMILIES = (("dun", rf"[{CN}]+、"), ("paren", rf"（[{CN}]+）"), ("halfparen", r"\d+）"), ("dot", r"\d+[.．]"),
            ("latin", r"[a-z][)）]"), ("circled", r"[①-⑩]"), ("none", r""))
HEADLIKE = re.compile(rf"^(?:[{CN}]+[、.．]|（[{CN}]+）|\([{CN}]+\)|\d+[.．、）)](?!\d)|（\d+）|[a-z][)）]|[①-⑩]"
                      rf"|[{CN}]是|第[{CN}]+[、，,]|[德能勤绩廉]——|[德能勤绩廉][：:]|[学思践悟]什么？"
                      r"|一个中心|两个抓手|三项机制)")
problems = []


def bad(*a):
    problems.append(a)
    print("PROBLEM", *a)


def path(f):
    return os.path.join(HERE, f)


def xml_pars(z, part):
    root = ET.fromstring(z.read(part))
    return ["".join(x.text or "" for x in p.iter(W + "t")) for p in root.iter(W + "p")]


def decoded(f):
    b = open(path(f), "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        b = b[3:]
    return b.decode("utf-8")


def pars(f):
    if f.endswith(".docx"):
        return [s.strip(" 　") for s in xml_pars(zipfile.ZipFile(path(f)), "word/document.xml")]
    t = decoded(f)
    return [s.strip(" 　") for s in (t.split("\r\n") if "\r\n" in t else t.split("\n"))]


def seen(f):
    """Everything a reader sees: body paragraphs plus page header paragraphs."""
    if f.endswith(".docx"):
        z = zipfile.ZipFile(path(f))
        out = []
        for n in z.namelist():
            if n == "word/document.xml" or re.fullmatch(r"word/header\d+\.xml", n):
                out += xml_pars(z, n)
        return out
    return pars(f)


def family(m):
    for name, pat in FAMILIES:
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def is_head(s, h):
    for base in (h["marker"] + h["text"], h["marker"] + " " + h["text"]):
        if s in (base, base + "。", base + "：") or s.startswith(base + "。") or s.startswith(base + "："):
            return True
    return False


def check_schema(gold):
    for f, g in gold.items():
        if set(g) != {"documents", "must_drop"}:
            bad("schema keys", f, sorted(g))
        for d in g["documents"]:
            if set(d) != {"title", "headings", "must_keep"}:
                bad("schema document keys", f, sorted(d))
            for h in d["headings"]:
                if set(h) != {"level", "marker", "text"} or not isinstance(h["level"], int) \
                        or not isinstance(h["marker"], str) or not h["text"]:
                    bad("schema heading", f, h)
            for k in d["must_keep"] + g["must_drop"]:
                if not isinstance(k, str) or not k:
                    bad("schema string", f, k)


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
    drops = set(g["must_drop"])
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
                if h["marker"] == "" and ls[i] != h["text"]:
                    report("unmarked heading is not a whole line", f, h)
                i += 1
            fam = family(h["marker"])
            if fam not in levels:
                levels[fam] = cur + 1
            cur = levels[fam]
            if h["level"] != cur:
                report("LEVEL differs from the first-appearance rule", f, h, cur)
        for j in range(start + 1, end):
            if j not in used and HEADLIKE.match(ls[j]) and not any(x in ls[j] for x in drops):
                report("heading-like paragraph not in gold", f, ls[j][:30])
        seg = ls[start:end]
        for k in d["must_keep"]:
            if not any(k in s for s in seg):
                report("KEEP not inside one paragraph of its document", f, k)
        kept += [d["title"]] + [h["text"] for h in d["headings"]] + d["must_keep"]
    sw = seen(f)
    for s in g["must_drop"]:
        if not any(s in p for p in sw):
            report("DROP not in what a reader sees", f, repr(s))
        for k in kept:
            if s in k:
                report("DROP inside kept", f, repr(s), k)
    for k in kept:
        if re.search(r"\*\*\*|XXX|ＸＸＸ|×××|述职人|供稿|附件|网友投稿", k):
            report("masked name / sign-off / chrome kept", f, k)


def features():
    z = zipfile.ZipFile(path("m1.docx"))
    d1 = z.read("word/document.xml").decode("utf-8")
    st = z.read("word/styles.xml").decode("utf-8")
    if d1.count('<w:pStyle w:val="1"/>') != 6 or 'w:outlineLvl w:val="0"' not in st \
            or "word/header1.xml" not in z.namelist():
        bad("m1: six Heading 1 paragraphs / outline level in the style / page header")
    if len(re.findall(r"<w:b/><w:bCs/>.{0,120}?<w:t xml:space=\"preserve\">\d）", d1)) != 4:
        bad("m1: four bold 1）… leads")
    for s in ("姓　　名：周立群", "分管工作：", "：①", "附件：1．", ">2．个人有关事项报告表<", "备注："):
        if s not in d1:
            bad("m1 feature missing", s)
    b2 = open(path("m2.txt"), "rb").read()
    t2 = b2[3:].decode("utf-8")
    if not b2.startswith(b"\xef\xbb\xbf") or b2.count(b"\r\n") != t2.count("\n") \
            or "\r\n一年来的主要工作\r\n" not in t2 or "\r\n　　a) " not in t2 or "：1）" not in t2 \
            or "\r\n学什么？" not in t2:
        bad("m2: BOM / CRLF / unindented section lines / a) items / in-paragraph 1） / question heads")
    d3 = zipfile.ZipFile(path("m3.docx")).read("word/document.xml").decode("utf-8")
    if "w:pStyle" in d3 or d3.count("<w:b/>") != 11:
        bad("m3: no styles, bold only", d3.count("<w:b/>"))
    b4 = open(path("m4.txt"), "rb").read()
    if b"\r" in b4 or b4.startswith(b"\xef\xbb\xbf") or "\n德——".encode() not in b4:
        bad("m4: UTF-8 LF without BOM / 德—— heads")


def main():
    gold = yaml.safe_load(open(path("gold.yaml"), encoding="utf-8"))
    check_schema(gold)
    nd = nh = nk = ndrop = 0
    for f, g in gold.items():
        check_file(f, g, bad)
        nd += len(g["documents"])
        nh += sum(len(d["headings"]) for d in g["documents"])
        nk += sum(len(d["must_keep"]) for d in g["documents"])
        ndrop += len(g["must_drop"])
    features()
    found = []
    g = copy.deepcopy(gold["m2.txt"])
    g["documents"][0]["headings"][2]["level"] = 2
    del g["documents"][1]["headings"][1]
    g["must_drop"].append("每课必思")
    check_file("m2.txt", g, lambda *a: found.append(a[0]))
    for want in ("LEVEL differs from the first-appearance rule", "heading-like paragraph not in gold",
                 "DROP inside kept"):
        if want not in found:
            bad("the mutated gold was not reported", want, found)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
