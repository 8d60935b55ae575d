#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 22 with a reader independent of make.py (needs PyYAML).

Reader: k1.docx every w:p of word/document.xml in order, text of its w:t; k2.txt decoded as UTF-8 with
BOM, split at CRLF, 全角空格/spaces at both ends read away; k3.md split at LF, with leading “#… ”, “> ” and
every “**” read away. Checks titles (whole paragraphs, in order), headings in order (standalone or lead of a
heading+body paragraph; for marker "" a leading “◆ ” decoration is allowed), levels by the first-appearance
rule, that no heading-like paragraph and no short unpunctuated line is missing from the gold (except the
listed non-headings), keep inside one paragraph of its document, drop in the raw file and never inside kept
text, masked names never kept, the file features, and that a mutated gold is reported."""
import codecs
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
HEADLIKE = re.compile(rf"^(?:第[{CN}]+[章节点部]|[{CN}]+[、.．]|〔[{CN}]+〕|（[{CN}]+）|\([{CN}]+\)|（\d+）|\d+[.．、]"
                      rf"|[{CN}][抓要是]|首先|其次|再次|最后|◆|■|●|一方面)")
FAMILIES = (("zhang", rf"第[{CN}]+章"), ("jie", rf"第[{CN}]+节"), ("dian", rf"第[{CN}]+点"),
            ("dun", rf"[{CN}]+、"), ("tortoise", rf"〔[{CN}]+〕"), ("zhua", rf"[{CN}]抓"),
            ("seq", r"首先|其次|再次|最后"), ("none", r""))
# Paragraphs that look like headings but are not (see README “Decisions”).
NOT_HEADINGS = {
    "k2.txt": ("首先，我代表乡党委、乡政府",),
    "k3.md": ("一是部分网格员年龄偏大",),
}
# Short unpunctuated lines that are neither titles nor headings (not labelled or dropped furniture).
SHORT_OK = re.compile(r"^(?:（根据录音整理）|\d{4}年\d{1,2}月\d{1,2}日|桐岙乡平安建设领导小组办公室|桐岙乡党委书记　×××"
                      r"|桐岙乡党政办公室调研组|（内部资料　注意保存）|---|\[TOC\]|#存档 #2025|title: .*|created: .*"
                      r"|tags: .*|!\[.*|来源：.*|附件：.*)$")
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
    return b.decode("utf-8-sig")


def pars(f):
    if f.endswith(".docx"):
        root = ET.fromstring(zipfile.ZipFile(path(f)).read("word/document.xml"))
        return ["".join(x.text or "" for x in p.iter(W + "t")).strip() for p in root.iter(W + "p")]
    if f.endswith(".txt"):
        return [s.strip(" 　") for s in raw(f).split("\r\n")]
    out = []
    for s in raw(f).split("\n"):
        s = re.sub(r"^#{1,6} ", "", s)
        s = re.sub(r"^> ", "", s)
        out.append(s.replace("**", "").strip())
    return out


def family(m):
    for name, pat in FAMILIES:
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def is_head(s, h):
    m, t = h["marker"], h["text"]
    if m == "":
        rest = s[2:] if s.startswith("◆ ") else s
    elif s.startswith(m):
        rest = s[len(m):].lstrip("，,　 ")
    else:
        return False
    return rest in (t, t + "。", t + "：") or rest.startswith(t + "。")


def check_file(f, g, report):
    ls = pars(f)
    docs = g["documents"]
    starts, pos = [], 0
    for d in docs:
        try:
            i = ls.index(d["title"], pos)
        except ValueError:
            report("TITLE not a paragraph (in order)", f, d["title"])
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
            s = ls[j]
            if j in used or not s:
                continue
            if HEADLIKE.match(s) and not s.startswith(NOT_HEADINGS.get(f, ())):
                report("heading-like paragraph not in gold", f, s[:30])
            elif len(s) <= 16 and s[-1] not in "。！？：；" and not SHORT_OK.match(s):
                report("short unpunctuated line not in gold", f, s)
        for nh in NOT_HEADINGS.get(f, ()):
            if any(h["text"].startswith(nh[2:8]) for h in d["headings"]):
                report("a listed non-heading is in the gold", f, nh)
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
        if re.search(r"\*\*\*|XXX|ＸＸＸ|×××|\*\*|^#|◆", k):
            report("masked name / markup kept", f, k)


def features():
    z = zipfile.ZipFile(path("k1.docx"))
    d1 = z.read("word/document.xml").decode("utf-8")
    st = z.read("word/styles.xml").decode("utf-8")
    root = ET.fromstring(d1)
    styled = {"1": [], "2": []}
    for p in root.iter(W + "p"):
        ps = p.find(f"{W}pPr/{W}pStyle")
        if ps is not None:
            styled[ps.get(W + "val")].append("".join(x.text or "" for x in p.iter(W + "t")))
    if len(styled["1"]) != 3 or not all(re.match(r"第[一二三]章　", s) for s in styled["1"]) \
            or len(styled["2"]) != 6 or not all(re.match(r"第[一二]节　", s) for s in styled["2"]):
        bad("k1 Heading 1/2 paragraphs with typed 第N章/第N节", styled)
    if 'w:val="heading 1"' not in st or 'w:val="heading 2"' not in st or st.count("w:outlineLvl") != 2 \
            or "numPr" in d1 + st or d1.count("<w:b/>") != 4 or "PAGE" not in z.read("word/footer1.xml").decode() \
            or "调研与参考" not in z.read("word/header1.xml").decode():
        bad("k1 heading styles / bold leads / header / footer")
    b = open(path("k2.txt"), "rb").read()
    if not b.startswith(codecs.BOM_UTF8) or b.count(b"\r\n") != b.count(b"\n"):
        bad("k2 BOM / CRLF")
    lines = b.decode("utf-8-sig").split("\r\n")
    blanks = [i for i, s in enumerate(lines[:-1]) if s == ""]
    if len(blanks) != 3 or any(lines[i + 1].startswith("　") for i in blanks) \
            or re.search(r"篇[一二三]|^[=\-—━]{3,}", b.decode("utf-8-sig"), re.M):
        bad("k2: exactly three blank lines, each followed by an unindented title line; no labels or rules")
    unind = [s for s in lines if s and not s.startswith("　")]
    if len(unind) != 4:
        bad("k2: only the top line and the three titles are unindented", unind)
    md = open(path("k3.md"), encoding="utf-8").read()
    if not md.startswith("---\n") or len(re.findall(r"^# ", md, re.M)) != 2 \
            or len(re.findall(r"^## 〔[一二三四五]〕", md, re.M)) != 5 \
            or len(re.findall(r"^\*\*坚持.+?。\*\*", md, re.M)) != 3 or len(re.findall(r"^◆ ", md, re.M)) != 3:
        bad("k3 front matter / # titles / ## 〔N〕 / bold leads / ◆ lines")


def main():
    gold = yaml.safe_load(open(path("gold.yaml"), encoding="utf-8"))
    for f, g in gold.items():
        if set(g) != {"documents", "must_drop"} or not all(
                set(d) == {"title", "headings", "must_keep"} for d in g["documents"]):
            bad("schema", f)
        for d in g["documents"]:
            for h in d["headings"]:
                if set(h) != {"level", "marker", "text"} or not isinstance(h["level"], int):
                    bad("heading schema", f, h)
    nd = nh = nk = ndrop = 0
    for f, g in gold.items():
        check_file(f, g, bad)
        nd += len(g["documents"])
        nh += sum(len(d["headings"]) for d in g["documents"])
        nk += sum(len(d["must_keep"]) for d in g["documents"])
        ndrop += len(g["must_drop"])
    features()
    for f, di, hi in (("k1.docx", 0, 5), ("k2.txt", 1, 2), ("k3.md", 1, 1)):
        found = []
        g = copy.deepcopy(gold[f])
        g["documents"][di]["headings"][hi]["level"] = 1
        del g["documents"][di]["headings"][hi + 1]
        check_file(f, g, lambda *a: found.append(a[0]))
        if "LEVEL differs from the first-appearance rule" not in found or not any(
                x.endswith("not in gold") for x in found):
            bad("the mutated gold was not reported", f, found)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
