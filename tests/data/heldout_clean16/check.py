#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 16 with a reader independent of make.py (needs PyYAML).

The reader decodes a1.txt as UTF-8, a2.txt as GB18030 (CRLF), and reads a3.docx with xml.etree (every w:p
of the body in document order, also inside the table; text = its w:t). a1.txt is text copied out of a PDF:
the reader drops the running footer “…文件　第 N 页 共 M 页” and header (文号) lines and joins the hard-wrapped
lines back into paragraphs (a line continues the paragraph when the line before it is full, i.e. ≥ 27
character widths, and it neither starts with “　　” nor looks like a heading). Checks:
- titles are whole paragraphs (searched in order, so the OA field “【标　题】…” does not count);
- headings are found in order inside their document, as a whole paragraph (marker + text, optional “。”
  or “：”) or as the lead of a heading+body paragraph (marker + text + “。”);
- the gold levels equal the levels computed here from the marker families (first appearance rule);
- every paragraph of an essay that starts like a heading (一、 （一） 1. （1） 一是, or a3 text in the bigger
  heading font) is one of the gold headings (the gold misses none);
- each must_keep lies inside one paragraph of its document; each must_drop occurs in the raw file (every
  part of the .docx) and never inside a kept string, title or heading;
- the file features the README describes."""
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
problems = []
FOOT = re.compile(r"^.+文件　第 \d+ 页 共 \d+ 页$")
DOCNO = re.compile(r"^.+〔\d{4}〕\d+号$")
HEADLIKE = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．](?!\d)|（\d+）|[①-⑳]|"
                      r"[一二三四五六七八九十]是)")


def bad(*a):
    problems.append(" ".join(str(x) for x in a))
    print("PROBLEM", *a)


def path(f):
    return os.path.join(HERE, f)


def raw(f):
    if f.endswith(".docx"):
        z = zipfile.ZipFile(path(f))
        return "".join(z.read(n).decode("utf-8") for n in z.namelist())
    b = open(path(f), "rb").read()
    return b.decode("gb18030" if f == "a2.txt" else "utf-8")


def width(s):
    return sum(0.5 if c.isascii() else 1 for c in s)


def pdf_pars(text):
    out, prev_full = [], False
    for line in text.split("\n"):
        if FOOT.match(line) or DOCNO.match(line):
            continue
        if out and prev_full and not line.startswith("　　") and not HEADLIKE.match(line) and line:
            out[-1] += line
        else:
            out.append(line)
        prev_full = width(line) >= 27
    return out


def docx_paras(f):
    """(text, max font size) of every w:p in body order."""
    root = ET.fromstring(zipfile.ZipFile(path(f)).read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        sz = [int(x.get(W + "val")) for x in p.iter(W + "sz")]
        out.append(("".join(t.text or "" for t in p.iter(W + "t")), max(sz) if sz else 0))
    return out


def pars(f):
    if f.endswith(".docx"):
        ls = [t for t, _ in docx_paras(f)]
    elif f == "a1.txt":
        ls = pdf_pars(raw(f))
    else:
        ls = raw(f).replace("\r\n", "\n").split("\n")
    return [s.strip(" \t　") for s in ls]


def family(m):
    for name, pat in (("dun", r"[一二三四五六七八九十]+、"), ("cnparen", r"（[一二三四五六七八九十]+）"),
                      ("arabic", r"\d+[.．]"), ("arparen", r"（\d+）"), ("circled", r"[①-⑳]"),
                      ("shi", r"[一二三四五六七八九十]是"), ("none", r"")):
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def is_head(s, h):
    m, t = h["marker"], h["text"]
    for sep in ("", "　", " "):
        base = m + sep + t
        if s in (base, base + "。", base + "：") or s.startswith(base + "。"):
            return True
    return False


def check_file(f, g, bigfont):
    ls = pars(f)
    rw = raw(f)
    docs = g["documents"]
    starts, pos = [], 0
    for d in docs:
        i = next((j for j in range(pos, len(ls)) if ls[j] == d["title"]), None)
        if i is None:
            bad("TITLE not a whole paragraph", f, d["title"])
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
                bad("HEADING not found in order", f, h)
                i = starts[n] + 1
            else:
                used.add(i)
                i += 1
            fam = family(h["marker"])
            if fam not in levels:
                levels[fam] = cur + 1
            cur = levels[fam]
            if h["level"] != cur:
                bad("LEVEL differs from the first-appearance rule", f, h, cur)
        for j in range(starts[n] + 1, end):
            if j not in used and (HEADLIKE.match(ls[j]) or j in bigfont.get(f, ())):
                bad("heading-like paragraph not in gold", f, ls[j][:30])
        seg = ls[starts[n]:end]
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


def features(gold):
    b1 = open(path("a1.txt"), "rb").read()
    t1 = b1.decode("utf-8")
    lines = t1.split("\n")
    if b1.startswith(b"\xef\xbb\xbf") or b"\r" in b1:
        bad("a1 should be UTF-8 without BOM, LF")
    feet = [x for x in lines if FOOT.match(x)]
    if len(feet) < 2 or any(not x.endswith(f"第 {n} 页 共 {len(feet)} 页") for n, x in enumerate(feet, 1)):
        bad("a1 running footers", feet)
    if sum(bool(DOCNO.match(x)) for x in lines) != len(feet):
        bad("a1 文号 once on page 1 plus a running header on every later page")
    mid = [i for i, x in enumerate(lines) if FOOT.match(x) and i > 0 and not lines[i - 1].endswith(("。", "：")) and
           width(lines[i - 1]) >= 27]
    if not mid:
        bad("a1 should have a page break inside a sentence")
    if any("做到专人管理、随时调用" in x for x in lines) or not any("做到专人管理、随时调用" in p for p in pdf_pars(t1)):
        bad("a1 kept string across the page break")
    if sum(width(x) >= 27 for x in lines) < 15 or "１２３" not in t1:
        bad("a1 hard wrap / full-width digits")
    b2 = open(path("a2.txt"), "rb").read()
    t2 = b2.decode("gb18030")
    if b2.count(b"\r\n") != b2.count(b"\n"):
        bad("a2 should be CRLF")
    for fld, n in (("【正文】", 2), ("【附件】", 2), ("【审批意见】", 2), ("【流程状态】", 2), ("【流水号】", 2)):
        if len(re.findall("^" + fld, t2, re.M)) != n:
            bad("a2 field", fld)
    if len(re.findall(r"^.+　×××　\d{4}-\d\d-\d\d \d\d:\d\d　意见：.+$", t2, re.M)) != 3:
        bad("a2 approval lines")
    for d in gold["a2.txt"]["documents"]:
        if f"\r\n【标　题】{d['title']}\r\n" not in t2:
            bad("a2 【标　题】 field should repeat the title", d["title"])
    if "在×××村" not in t2 or "集成审批" not in t2 or "１２３条" not in t2 or "：（1）" not in t2:
        bad("a2 masked name / 审批 in a sentence / full-width digits / in-paragraph (1)")
    z = zipfile.ZipFile(path("a3.docx"))
    d3 = z.read("word/document.xml").decode("utf-8")
    body = ET.fromstring(d3).find(W + "body")
    kids = [c.tag.replace(W, "") for c in body]
    cells = body.findall(f"{W}tbl/{W}tr/{W}tc")
    if kids[0] != "tbl" or kids.count("tbl") != 1 or len(cells) != 1 or len(cells[0].findall(W + "p")) < 10:
        bad("a3 should hold the essay in one table cell", kids)
    if "<w:pStyle" in d3 or "<w:b/>" in d3 or "<w:outlineLvl" in d3 or "<w:numPr" in d3:
        bad("a3 headings should differ only by font size")
    if "WPS Office" not in z.read("docProps/app.xml").decode("utf-8") or "docProps/custom.xml" not in z.namelist():
        bad("a3 WPS docProps")
    p3 = docx_paras("a3.docx")
    if sum(sz == 36 for _, sz in p3) != 3 or "“民族要复兴，乡村必振兴。”" not in [t for t, _ in p3] \
            or "２０２６年" not in d3:
        bad("a3 bigger-font headings / quotation paragraph / full-width digits")


def main():
    gold = yaml.safe_load(open(path("gold.yaml"), encoding="utf-8"))
    ps = docx_paras("a3.docx")
    body = max(set(sz for _, sz in ps), key=lambda s: sum(x == s for _, x in ps))
    title = max(sz for _, sz in ps)
    big = {"a3.docx": {i for i, (_, sz) in enumerate(ps) if body < sz < title}}
    nd = nh = nk = ndrop = 0
    for f, g in gold.items():
        check_file(f, g, big)
        nd += len(g["documents"])
        nh += sum(len(d["headings"]) for d in g["documents"])
        nk += sum(len(d["must_keep"]) for d in g["documents"])
        ndrop += len(g["must_drop"])
    features(gold)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
