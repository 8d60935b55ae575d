#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 15 with a reader independent of make.py (needs PyYAML).

The reader decodes z1.txt as UTF-8 (BOM kept for the must_drop check, then removed), z4.txt as GB18030,
z5.txt and z3.md as UTF-8. It reads z2.docx with xml.etree: every w:p of the body in document order (also
inside the TOC content control and the table), text = its w:t (field codes in w:instrText are not text).
It reads z3.md as blocks split at blank lines, with “# ” and ** removed. A 〖…〗 frame around a whole line
is read away. Checks:
- titles are whole lines (searched in order, so a 目录 entry that holds a title does not count);
- headings are found in order inside their document, as a whole paragraph (marker + text, optional “。”
  or “：”) or as the lead of a heading+body paragraph (marker + text + “。”);
- the gold levels equal the levels computed here from the marker families (first appearance rule);
- every paragraph of an essay that starts like a heading (一、 （一） 1. （1） ① 一是 第一部分 〖 **) is one of
  the gold headings (the gold misses none);
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
    return b.decode("gb18030" if f == "z4.txt" else "utf-8")


def docx_pars(f):
    root = ET.fromstring(zipfile.ZipFile(path(f)).read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return out


def docx_toc_entries(f):
    """Indices of the paragraphs in a toc N style (the TOC field entries): furniture, never headings."""
    root = ET.fromstring(zipfile.ZipFile(path(f)).read("word/document.xml"))
    out = set()
    for i, p in enumerate(root.iter(W + "p")):
        st = p.find(f"{W}pPr/{W}pStyle")
        if st is not None and st.get(W + "val", "").startswith("TOC"):
            out.add(i)
    return out


def md_pars(text):
    out = []
    for block in re.split(r"\n[ \t]*\n", text):
        s = "".join(x.strip() for x in block.split("\n"))
        s = re.sub(r"^#{1,6} ", "", s).replace("**", "")
        if s:
            out.append(s)
    return out


def pars(f):
    if f.endswith(".docx"):
        ls = docx_pars(f)
    elif f.endswith(".md"):
        ls = md_pars(raw(f))
    else:
        ls = raw(f).replace("\ufeff", "").replace("\r\n", "\n").split("\n")
    out = []
    for s in ls:
        s = s.strip(" \t　")
        m = re.fullmatch(r"〖(.+)〗", s)
        out.append(m.group(1) if m else s)
    return out


def family(m):
    for name, pat in (("dun", r"[一二三四五六七八九十]+、"), ("cnparen", r"（[一二三四五六七八九十]+）"),
                      ("arabic", r"\d+[.．]"), ("arparen", r"（\d+）"), ("circled", r"[①-⑳]"),
                      ("shi", r"[一二三四五六七八九十]是"), ("part", r"第[一二三四五六七八九十]部分"), ("none", r"")):
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


HEADLIKE = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．](?!\d)|（\d+）|[①-⑳]|"
                      r"[一二三四五六七八九十]是|第[一二三四五六七八九十]部分)")


def check_file(f, g, bold_leads):
    ls = pars(f)
    rw = raw(f)
    toc = docx_toc_entries(f) if f.endswith(".docx") else set()
    docs = g["documents"]
    starts, pos = [], 0
    for d in docs:
        i = next((j for j in range(pos, len(ls)) if ls[j] == d["title"]), None)
        if i is None:
            bad("TITLE not a whole line", f, d["title"])
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
            if j not in used and j not in toc and (HEADLIKE.match(ls[j]) or any(ls[j].startswith(b) for b in bold_leads.get(f, ()))):
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
    return ls


def features(gold):
    b1 = open(path("z1.txt"), "rb").read()
    t1 = b1.decode("utf-8")
    if not b1.startswith(b"\xef\xbb\xbf") or b1.count(b"\r\n") != b1.count(b"\n"):
        bad("z1 should be UTF-8 + BOM + CRLF")
    toc_lines = [x for x in t1.split("\r\n") if x.startswith("范文") and "……" in x and re.search(r"\d$", x)]
    if len(toc_lines) != 2 or t1.count("\r\n范文一\r\n") != 1 or t1.count("\r\n范文二\r\n") != 1:
        bad("z1 目录 entries / 范文 labels")
    for d in gold["z1.txt"]["documents"]:
        if not any(d["title"] in x for x in toc_lines):
            bad("z1 目录 should list", d["title"])
    if "\r\n　　《棠梨镇关于开展“作风建设提升年”活动的实施方案》\r\n" not in t1 or "排在第一篇的是：\r\n" not in t1:
        bad("z1 《》 line / body line ending with ：")
    if not re.search("首先，[^\r\n]*其次，[^\r\n]*最后，", t1) or "：一是理论学习不够系统，二是" not in t1:
        bad("z1 in-paragraph sequences")
    z = zipfile.ZipFile(path("z2.docx"))
    d2 = z.read("word/document.xml").decode("utf-8")
    heads = [p for p in re.findall(r"<w:p>.*?</w:p>", d2) if "<w:outlineLvl " in p]
    lv = sorted({int(x) for x in re.findall(r'<w:outlineLvl w:val="(\d)"/>', d2)})
    if len(heads) != 16 or lv != [0, 1, 2, 3] or any("<w:pStyle" in p for p in heads):
        bad("z2 headings should be 16 Normal paragraphs with direct outlineLvl 0-3", len(heads), lv)
    if 'w:styleId="Heading' in z.read("word/styles.xml").decode("utf-8"):
        bad("z2 should define no heading styles")
    n_pageref = d2.count("PAGEREF _Toc")
    if 'TOC \\o "1-3" \\h \\z \\u' not in d2 or n_pageref != 14 or "Table of Contents" not in d2 \
            or d2.count("<w:hyperlink ") != 14 or d2.count("<w:bookmarkStart ") != 14:
        bad("z2 TOC field", n_pageref)
    p2 = docx_pars("z2.docx")
    for s in ("图1　", "表1　"):
        if not any(x.startswith(s) for x in p2):
            bad("z2 caption missing", s)
    if not any("第（1）类" in x for x in p2) or sum(bool(re.match(r"[①②]", x)) for x in p2) != 2:
        bad("z2 in-sentence reference / ① items")
    t3 = raw("z3.md")
    if len(re.findall(r"^\*\*抓[^*]+。\*\*", t3, re.M)) != 3 or "推行**“支部" not in t3:
        bad("z3 bold leads")
    b4 = open(path("z4.txt"), "rb").read()
    if b4.decode("gbk", errors="replace") == b4.decode("gbk", errors="ignore"):  # (decodes cleanly)
        bad("z4 should need GB18030 (not decodable as GBK)")
    t4 = b4.decode("gb18030")
    if b4.count(b"\r\n") != b4.count(b"\n") or "\r\n同志们：\r\n" not in t4 or "谢谢大家！" not in t4 \
            or "下面，我讲三点意见：\r\n" not in t4 or "㮾溪村" not in t4:
        bad("z4 features")
    t5 = raw("z5.txt")
    if len(re.findall(r"^〖[^〗]+〗$", t5, re.M)) != 3 or len(re.findall(r"^第[一二三]部分　", t5, re.M)) != 3:
        bad("z5 〖〗 / 第N部分 lines")


def main():
    gold = yaml.safe_load(open(path("gold.yaml"), encoding="utf-8"))
    # bold-lead paragraphs of z3.md; the bold subtitle line “——…” under the title is not a heading
    bold = {"z3.md": {x.replace("**", "") for x in re.findall(r"^\*\*(?!——)[^*]+\*\*", raw("z3.md"), re.M)}}
    nd = nh = nk = ndrop = 0
    for f, g in gold.items():
        check_file(f, g, bold)
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
