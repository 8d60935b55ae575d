#!/usr/bin/env python3
"""Check gold.yaml against the files of set 10 (does not use drafter).

/usr/bin/python3 check.py   (after make.py)

- every title / heading / must_keep is in what the generator declared the reader sees (make.BLOCKS),
  in the right document;
- every must_keep is also found in the file itself, read with a small independent reader
  (visible w:t text of document.xml without mc:Fallback and field codes, automatic numbers not
  needed; decoded .txt; raw .md) after removing the must_drop strings, line breaks and markup and
  reading half-width punctuation as full-width;
- every must_drop occurs in the file's own text (all XML parts and docProps, decoded .txt, raw .md)
  and in none of the kept blocks, titles, headings or must_keep strings of that file.
"""
import os
import re
import sys
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    """(visible body text, all text of the package)"""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(path)
    allt = []
    for n in z.namelist():
        if n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            root = ET.fromstring(x)
            for p in root.iter(W + "p"):
                allt.append("".join(t.text or "" for t in p.iter() if t.tag == W + "t"))
                allt.append("".join(t.text or "" for t in p.iter() if t.tag == W + "instrText"))
            allt.append(re.sub(r"<[^>]+>", "\n", x))
    root = ET.fromstring(z.read("word/document.xml"))
    # drop mc:Fallback subtrees
    for parent in list(root.iter()):
        for ch in list(parent):
            if ch.tag.endswith("}Fallback"):
                parent.remove(ch)
    paras = []
    for p in root.iter(W + "p"):
        s = ""
        for el in p.iter():
            if el.tag == W + "t":
                s += el.text or ""
            elif el.tag == W + "tab":
                s += "\t"
        paras.append(s)
    return "\n".join(paras), "\n".join(allt)


FW = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def fullwidth(s):
    return re.sub(r"(?<=[\u4e00-\u9fff”）])([,;:?!])|([,;:?!])(?=[\u4e00-\u9fff“（])",
                  lambda m: FW[m.group(0)], s)


def main():
    gold = yaml.safe_load(open(os.path.join(HERE, "gold.yaml"), encoding="utf-8"))
    make.build_u7()  # BLOCKS for the .md only needs its title
    import tempfile
    make.build_u1(); make.build_u3(); make.build_u4(); make.build_u5(); make.build_u6()
    with tempfile.TemporaryDirectory(dir=HERE, prefix=".tmp_lo_") as td:
        make.build_u2(td)
    bad = 0
    tot = {"docs": 0, "headings": 0, "keep": 0, "drop": 0}

    def fail(*a):
        nonlocal bad
        bad += 1
        print("FAIL", *a)

    for fname, g in gold.items():
        path = os.path.join(HERE, fname)
        if fname.endswith(".docx"):
            vis, raw = docx_text(path)
        else:
            b = open(path, "rb").read()
            enc = "utf-16" if b[:2] == b"\xff\xfe" else ("gb18030" if fname == "u5.txt" else "utf-8")
            raw = b.decode(enc)
            if b[:2] == b"\xff\xfe":
                raw = "\ufeff" + raw
            vis = raw
        drops = g.get("must_drop", [])
        tot["drop"] += len(drops)
        # independent reading for must_keep
        rd = vis
        for dstr in sorted(drops, key=len, reverse=True):
            if dstr not in ("\r",):
                rd = rd.replace(dstr, "")
        rd = re.sub(r"[\r\n\t\u3000 ]+", "", rd.replace("**", ""))
        rd = re.sub(r"[\U0001F300-\U0001FAFF]", "", rd)
        rd = re.sub(r"-\d+-|—\d+—", "", rd)
        rd = fullwidth(rd)
        docs = make.BLOCKS[fname]
        if len(docs) != len(g["documents"]):
            fail(fname, "split count", len(docs), len(g["documents"]))
        kept_all = []
        for gd, bd in zip(g["documents"], docs):
            tot["docs"] += 1
            seen = []
            for k, t in bd:
                if k == "cont" and seen:
                    seen[-1] += t
                elif k != "furn":
                    seen.append(t)
            kept_all += [x.replace("▍", "") for x in seen]
            titles = [t for k, t in bd if k == "title"]
            if gd["title"] not in titles:
                fail(fname, "title", gd["title"], titles)
            heads = [t for k, t in bd if k == "heading"]
            if fname == "u7.md":
                heads = [re.sub(r"^(#+ |- \*\*|\*\*|- )", "", ln).replace("**", "") for ln in make.U7.splitlines()
                         if re.match(r"^(#{2,} |\*\*|- )", ln)]
            tot["headings"] += len(gd["headings"])
            for h in gd["headings"]:
                want = h["marker"] + ("，" if h["marker"] in ("首先", "其次", "再次", "最后") else "") + h["text"]
                if not any(x.replace("▍", "").rstrip("。").startswith(want) for x in heads):
                    fail(fname, "heading", want)
            body = "\n".join(seen)
            body = fullwidth(body)
            for s in gd["must_keep"]:
                tot["keep"] += 1
                if not 8 <= len(s) <= 30:
                    print("note: keep length", len(s), s)
                if fname != "u7.md" and s not in body:
                    fail(fname, "keep not in blocks", s)
                if s not in rd:
                    fail(fname, "keep not in file reading", s)
        kept_all += [h["text"] for d in g["documents"] for h in d["headings"]]
        kept_all += [s for d in g["documents"] for s in d["must_keep"]]
        if fname == "u7.md":
            kept_all += [ln for ln in make.U7.split("---", 2)[2].splitlines()
                         if ln.strip() and not ln.startswith(("![", ">", "    >", "|"))]
        for dstr in drops:
            if dstr not in raw:
                fail(fname, "drop not in file", repr(dstr))
            if fname == "u7.md" and dstr in ("## ", "### ", "**", "- 1．", "- **"):
                continue
            for t in kept_all:
                if dstr in t:
                    fail(fname, "drop inside kept text", repr(dstr), t[:40])
    print(tot, "failures:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
