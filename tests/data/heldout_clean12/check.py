#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 12 with a reader independent of make.py (needs PyYAML).

The reader sees a .docx as the paragraphs of word/document.xml (w:t text only: field codes, headers,
footers and the watermark are not body text) and a .txt as its decoded lines. Checks: titles are whole
lines, headings are found in order inside their document (“marker[space]text”, “marker+text。body…”,
or the marker alone on the line above the text), must_keep strings lie inside one line of their
document, must_drop strings occur in the raw file and never inside kept text, plus the file features
the README describes (encodings, line ends, bold leads, landscape section, header parts)."""
import os
import re
import sys
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ENC = {"w5.txt": "gbk"}
problems = []


def bad(*a):
    problems.append(" ".join(str(x) for x in a))
    print("PROBLEM", *a)


def parts(f):
    z = zipfile.ZipFile(os.path.join(HERE, f))
    return {n: z.read(n).decode("utf-8") for n in z.namelist()}


def raw(f):
    if f.endswith(".docx"):
        return "".join(x for n, x in parts(f).items() if n.endswith(".xml") or n.endswith(".rels"))
    return open(os.path.join(HERE, f), "rb").read().decode(ENC.get(f, "utf-8"))


def wt(x):
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x))


def lines(f):
    if f.endswith(".docx"):
        doc = parts(f)["word/document.xml"]
        out = [wt(p) for p in re.findall(r"<w:p[ >].*?</w:p>", doc)]
    else:
        out = re.split(r"\r?\n", raw(f).lstrip("\ufeff"))
    return [s.strip(" \t　") for s in out]


def head_at(ls, i, h):
    m, t = h["marker"], h["text"]
    s = ls[i]
    if s in (m + t, m + " " + t, m + "　" + t, m + "\t" + t) or s.startswith(m + t + "。"):
        return True
    if s == m:  # marker alone on its line, heading on the next non-empty line
        j = i + 1
        while j < len(ls) and not ls[j]:
            j += 1
        return j < len(ls) and ls[j] == t
    return False


def check_file(f, g):
    ls = lines(f)
    rw = raw(f)
    pos, kept = 0, []
    docs = g["documents"]
    starts = []
    for d in docs:
        try:
            i = ls.index(d["title"], pos)
        except ValueError:
            bad("TITLE not a whole line", f, d["title"])
            i = pos
        starts.append(i)
        pos = i + 1
    for n, d in enumerate(docs):
        seg_end = starts[n + 1] if n + 1 < len(docs) else len(ls)
        i = starts[n] + 1
        for h in d["headings"]:
            while i < seg_end and not head_at(ls, i, h):
                i += 1
            if i >= seg_end:
                bad("HEADING not found in order", f, h)
                i = starts[n] + 1
            else:
                i += 1
        seg = ls[starts[n]:seg_end]
        for k in d["must_keep"]:
            if not any(k in s for s in seg):
                bad("KEEP not inside one line of its document", f, k)
        kept += [d["title"]] + [h["text"] for h in d["headings"]] + d["must_keep"]
        for h in d["headings"]:
            if not 1 <= h["level"] <= 4:
                bad("LEVEL", f, h)
    for s in g["must_drop"]:
        if s not in rw:
            bad("DROP not in file", f, repr(s))
        for k in kept:
            if s.strip() and s in k:
                bad("DROP inside kept", f, repr(s), k)


def features():
    b = {f: open(os.path.join(HERE, f), "rb").read() for f in ("w1.txt", "w4.txt", "w5.txt", "w6.txt")}
    if b"\r\n" not in b["w1.txt"] or b"\r\n" in b["w4.txt"]:
        bad("line ends of w1/w4")
    # w5 is GBK: read as UTF-8, some of its bytes must be invalid
    if "\ufffd" not in b["w5.txt"].decode("utf-8", errors="replace"):
        bad("w5 should not be UTF-8")
    if "目　　录" not in b["w5.txt"].decode("gbk") or b["w5.txt"].count(b"\r\n") < 50:
        bad("w5 目录/CRLF")
    if not b["w6.txt"].startswith(b"\xef\xbb\xbf"):
        bad("w6 BOM")
    # w2: every 一是/二是/三是 lead is bold (direct w:b or the Strong character style); landscape table section
    p2 = parts("w2.docx")
    doc = p2["word/document.xml"]
    strong = re.search(r'w:styleId="(\w+)"><w:name w:val="Strong"/>.*?<w:b/>', p2["word/styles.xml"]).group(1)
    leads = 0
    for p in re.findall(r"<w:p[ >].*?</w:p>", doc):
        text = wt(p)
        m = re.match(r"([一二三]是[^。]+)。", text)
        if not m:
            continue
        leads += 1
        got = ""
        for r in re.findall(r"<w:r[ >].*?</w:r>", p):
            isb = "<w:b/>" in r or f'w:rStyle w:val="{strong}"' in r
            t = wt(r)
            if not isb:
                break
            got += t
        if not got.startswith(m.group(1)):
            bad("w2 lead not bold", m.group(1), got)
    if leads != 9:
        bad("w2 lead count", leads)
    tbl = doc.index("<w:tbl>")
    sects = [(mm.start(), mm.group(0)) for mm in re.finditer(r"<w:sectPr>.*?</w:sectPr>", doc)]
    if len(sects) != 3 or not (sects[0][0] < tbl < sects[1][0]) or 'w:orient="landscape"' not in sects[1][1]:
        bad("w2 landscape section around the table")
    if not re.search(r"<w:b/><w:bCs/><w:sz[^>]*/><w:szCs[^>]*/></w:rPr><w:t[^>]*>“保底收益", doc):
        bad("w2 bold run inside a sentence")
    # w3: first/even/default headers in both sections, STYLEREF repeating each title, no footnotes
    p3 = parts("w3.docx")
    if "<w:evenAndOddHeaders/>" not in p3["word/settings.xml"] or "word/footnotes.xml" in p3:
        bad("w3 settings/footnotes")
    doc3 = p3["word/document.xml"]
    if doc3.count("<w:titlePg/>") != 2:
        bad("w3 titlePg")
    titles = [wt(p) for p in re.findall(r'<w:p><w:pPr><w:pStyle w:val="a3"/>.*?</w:p>', doc3)]
    refs = [wt(p3[f"word/header{i}.xml"]) for i in (3, 6)]
    if titles != refs or "STYLEREF" not in p3["word/header3.xml"]:
        bad("w3 STYLEREF headers", titles, refs)
    if "密级：内部" not in wt(p3["word/header4.xml"]) or 'string="内部资料"' not in p3["word/header2.xml"]:
        bad("w3 header table / watermark")
    if any(s in wt(doc3) for s in ("密级", "会议材料之三", "STYLEREF")):
        bad("w3 header text leaked into the body")


def main():
    gold = yaml.safe_load(open(os.path.join(HERE, "gold.yaml"), encoding="utf-8"))
    nd = nt = nh = nk = ndrop = 0
    for f, g in gold.items():
        check_file(f, g)
        nd += len(g["documents"])
        nt += sum(1 for d in g["documents"] if d["title"])
        nh += sum(len(d["headings"]) for d in g["documents"])
        nk += sum(len(d["must_keep"]) for d in g["documents"])
        ndrop += len(g["must_drop"])
    features()
    print(f"files {len(gold)}  documents {nd}  titles {nt}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
