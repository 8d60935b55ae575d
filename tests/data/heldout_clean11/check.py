#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 11 with a reader independent of make.py."""
import os
import re
import sys
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
import make  # only for the Traditional->Simplified reading of v5 (inverse of make.TRAD)

SIMP = {t: s for s, t in make.TRAD.items()}


def raw(f):
    p = os.path.join(HERE, f)
    if f.endswith(".docx"):
        z = zipfile.ZipFile(p)
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    b = open(p, "rb").read()
    return b.decode({"v3.txt": "gbk", "v5.txt": "cp950"}.get(f, "utf-8"))


def reader(f):
    if f.endswith(".docx"):
        x = zipfile.ZipFile(os.path.join(HERE, f)).read("word/document.xml").decode()
        paras = []
        for pm in re.findall(r"<w:p>.*?</w:p>", x):
            paras.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", pm)))  # w:br = line end only
        return "\n".join(paras)
    t = raw(f).replace("\r", "").replace("\f", "\n")
    if f.endswith(".md"):
        t = t.replace("**", "")
        t = re.sub(r"^> ", "", t, flags=re.M)
    if f == "v5.txt":
        t = "".join(SIMP.get(c, c) for c in t)
        t = "".join(make.HALF.get(c, c) for c in t)
    return t


def main():
    global bad
    gold = yaml.safe_load(open(os.path.join(HERE, "gold.yaml"), encoding="utf-8"))
    bad = 0
    nh = nk = nd = 0
    for f, g in gold.items():
        rd, rw = reader(f), raw(f)
        flat = re.sub(r"[ \t　]", "", rd)
        kept = []
        for d in g["documents"]:
            if d["title"].replace("　", "") not in flat:
                print("TITLE?", f, d["title"]); bad += 1
            for h in d["headings"]:
                nh += 1
                m = re.sub(r"[（）()]", "", h["marker"])
                if (h["marker"] + h["text"]) not in flat and h["text"] not in flat:
                    print("HEAD?", f, h); bad += 1
            for k in d["must_keep"]:
                nk += 1
                kept.append(k)
                if k not in rd:
                    print("KEEP?", f, k); bad += 1
            kept += [d["title"]] + [h["text"] for h in d["headings"]]
        for s in g["must_drop"]:
            nd += 1
            if s not in rw:
                print("DROP not in file", f, repr(s)); bad += 1
            for k in kept:
                if s.strip() and s in k:
                    print("DROP inside kept", f, repr(s), k); bad += 1
    # essay lengths (CJK chars) per document, roughly
    print(f"headings {nh}  must_keep {nk}  must_drop {nd}  problems {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
