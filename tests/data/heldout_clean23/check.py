#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 23 with a reader independent of make.py (needs PyYAML).

Reader: d1/d2.docx — every w:p of word/document.xml in body order (content controls, smart tags and
customXml are simply descended into); text = w:t (field results) and w:tab as TAB, field codes
(w:instrText) not read; a text box's paragraphs come from mc:Choice only (mc:Fallback is skipped) and are
read as paragraphs of their own just before the paragraph that anchors them. t1.txt is decoded as UTF-16 LE
(no BOM), t2.txt as GB18030; lines split at CRLF, 全角空格/spaces at both ends read away.
Checks titles, headings in order, levels (first-appearance rule), heading-like paragraphs all in gold (TOC
entries with a TAB excepted), keep inside one paragraph of its document, drop in the raw file and never in a
kept string, masked names only as ×××, the file features, and that a mutated gold is reported."""
import copy
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
CN = "一二三四五六七八九十"
HEADLIKE = re.compile(rf"^(?:[{CN}]+[、.．]|（[{CN}]+）|\([{CN}]+\)|\d+[.．、](?!\d)|（\d+）|[①-⑩]|第[{CN}]+[、，,])")
FAMILIES = (("unmarked", r""), ("dun", rf"[{CN}]+、"), ("paren", rf"（[{CN}]+）"), ("arabic", r"\d+[.．]"))
ENC = {"t1.txt": "utf-16-le", "t2.txt": "gb18030"}
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
    return open(path(f), "rb").read().decode(ENC[f])


def docx_pars(f, direct_runs_only=False):
    root = ET.fromstring(zipfile.ZipFile(path(f)).read("word/document.xml"))
    out = []

    def ptext(p):
        buf = []

        def rec(el):
            for c in el:
                if c.tag == MC + "Fallback":
                    continue
                if c.tag == W + "p":          # paragraph of a text box: its own paragraph, emitted first
                    out.append(ptext(c))
                    continue
                if c.tag == W + "t":
                    buf.append(c.text or "")
                elif c.tag == W + "tab" and el.tag == W + "r":
                    buf.append("\t")
                if direct_runs_only and el is p and c.tag != W + "r":
                    continue
                rec(c)
        rec(p)
        return "".join(buf).strip()

    def walk(el):
        for c in el:
            if c.tag == W + "p":
                out.append(ptext(c))
            elif c.tag != MC + "Fallback":
                walk(c)
    walk(root.find(W + "body"))
    return out


def pars(f):
    if f.endswith(".docx"):
        return docx_pars(f)
    return [s.strip(" 　") for s in raw(f).split("\r\n")]


def family(m):
    for name, pat in FAMILIES:
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def is_head(s, h):
    base = h["marker"] + h["text"]
    return s in (base, base + "。", base + "：") or s.startswith(base + "。")


def check_file(f, g, report):
    ls = pars(f)
    docs = g["documents"]
    spans, pos = [], 0
    for d in docs:
        try:
            i = ls.index(d["title"], pos)
        except ValueError:
            report("TITLE not a paragraph", f, d["title"])
            i = pos
        spans.append(i)
        pos = i + 1
    kept = []
    for n, d in enumerate(docs):
        start = spans[n]
        end = spans[n + 1] if n + 1 < len(docs) else len(ls)
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
            if sum(1 for s in ls[start:end] if is_head(s, h)) != 1:
                report("HEADING read more than once (or not at all)", f, h)
        for j in range(start + 1, end):
            if j not in used and HEADLIKE.match(ls[j]) and "\t" not in ls[j]:
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
        if re.search(r"\*\*\*|XXX|ＸＸＸ|×××|MERGEFIELD|目　　录|导出", k):
            report("masked name / field code / furniture kept", f, k)


def features():
    z1 = zipfile.ZipFile(path("d1.docx"))
    d1 = z1.read("word/document.xml").decode("utf-8")
    st1 = z1.read("word/styles.xml").decode("utf-8")
    if d1.count('w:element="chsdate"') != 4 or d1.count('w:element="chmetcnv"') != 2 \
            or d1.count("<w:customXml ") != 4 or d1.count("<w:sdt>") != 2 or "MERGEFIELD 任职时间" not in d1 \
            or "smartTagType" not in z1.read("word/settings.xml").decode("utf-8"):
        bad("d1 smart tags / customXml / content controls / merge field")
    body_sdt = d1[d1.index('w:val="正文"'):]
    if "坚持学思践悟" not in body_sdt[:body_sdt.index("</w:sdt>")]:
        bad("d1 headings should sit inside the 正文 content control")
    a5 = re.search(r'<w:style [^>]*w:styleId="a5">.*?</w:style>', st1).group(0)
    h1 = re.search(r'<w:style [^>]*w:styleId="1">.*?</w:style>', st1).group(0)
    if "一级标题" not in a5 or 'w:basedOn w:val="1"' not in a5 or "outlineLvl" in a5 or 'outlineLvl w:val="0"' not in h1 \
            or d1.count('w:pStyle w:val="a5"') != 4 or d1.count('w:pStyle w:val="a6"') != 3 or 'w:pStyle w:val="1"' in d1:
        bad("d1 outline level only through basedOn")
    naive = docx_pars("d1.docx", direct_runs_only=True)
    if "1.新修整治灌溉渠道12.6公里。" in "".join(naive) or not any(s.startswith("1.新修整治灌溉渠道。") for s in naive):
        bad("d1: a reader of direct w:r children should miss the smart-tag text (trap not in place)")
    z2 = zipfile.ZipFile(path("d2.docx"))
    d2 = z2.read("word/document.xml").decode("utf-8")
    st2 = z2.read("word/styles.xml").decode("utf-8")
    heads = ("一、规划先行，把茶园建成景区", "二、龙头带动，把茶农连成一体", "三、文化赋能，把茶香变成流量",
             "四、服务跟进，把环境营造优良")
    ps = docx_pars("d2.docx")
    for h in heads:
        if d2.count(h) != 2 or ps.count(h) != 1:
            bad("d2 text-box heading should be in the file twice (Choice + Fallback) and read once", h)
    if d2.count("<wps:txbx>") != 4 or d2.count("<v:textbox>") != 4 or "xmlns:wpsCustomData" not in d2 \
            or "KSOProductBuildVer" not in z2.read("docProps/custom.xml").decode("utf-8"):
        bad("d2 WPS text boxes / namespaces / custom properties")
    s15 = re.search(r'<w:style [^>]*w:styleId="15">.*?</w:style>', st2).group(0)
    if "一级标题" not in s15 or 'w:basedOn w:val="2"' not in s15 or "outlineLvl" in s15 or d2.count('w:pStyle w:val="15"') != 4:
        bad("d2 unmarked level-1 headings through the style chain")
    toc = d2[d2.index('fldCharType="begin"'):d2.index('fldCharType="end"')]
    if "TOC \\o" not in toc or toc.count("<w:tab/>") != 4 or "一、基本情况" not in toc or "一、基本情况" in d2.replace(toc, ""):
        bad("d2 stale TOC field")
    b1 = open(path("t1.txt"), "rb").read()
    if b1[:2] in (b"\xff\xfe", b"\xfe\xff") or b1[:3] == b"\xef\xbb\xbf" or b1[1:2] != b"\x5c":
        bad("t1 must be UTF-16 LE without BOM (first char 岚 U+5C9A)")
    t1 = b1.decode("utf-16-le")
    if "\ud86d" in t1 or "𫖯" not in t1 or "\r\n" not in t1 or t1.count("\n") != t1.count("\r\n"):
        bad("t1 surrogate pair / CRLF")
    b2 = open(path("t2.txt"), "rb").read()
    try:
        b2.decode("gbk")
        bad("t2 should not decode as GBK")
    except UnicodeDecodeError as e:
        print("t2.txt is not GBK (as intended):", e.reason)
    if b2.count("𬌗".encode("gb18030")) != 3 or b2.count("𫖯".encode("gb18030")) != 2 or len("𬌗".encode("gb18030")) != 4:
        bad("t2 4-byte GB18030 characters")


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
    for f, doc, lvl_i, del_i in (("d1.docx", 0, 4, 6), ("d2.docx", 1, 2, 0), ("t1.txt", 0, 3, 4), ("t2.txt", 0, 2, 3)):
        found = []
        g = copy.deepcopy(gold[f])
        g["documents"][doc]["headings"][lvl_i]["level"] += 1
        del g["documents"][doc]["headings"][del_i]
        check_file(f, g, lambda *a: found.append(a[0]))
        if "LEVEL differs from the first-appearance rule" not in found:
            bad("the mutated gold was not reported", f, found)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
