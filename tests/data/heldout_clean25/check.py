#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 25 with a reader independent of make.py (needs PyYAML;
uses OpenCC t2s for p2 when the module is there, otherwise trad_table.py read backwards).

Reader (what a human reader sees, line by line):
  p1.txt  UTF-8 without BOM, CRLF; the glued watermark “bigengwen.com” and the glued ruby pinyin (a run of
          lowercase pinyin letters right after a Chinese character) read away; in essay 2 the kept strings
          and headings are compared in their SPUN form (the spinner's dictionary below applied to them).
  p2.txt  GBK, CRLF; 注音 “（ㄌㄧㄠˇ）” read away; Traditional read as Simplified.
  p3.txt  UTF-8, LF; a line that is UTF-8 shown as GBK is read repaired (encode GB18030, decode UTF-8; the
          lost last byte of the final “。” is the only loss).
Checks titles, headings in order, levels (first-appearance rule), heading-like lines all in gold, keep inside
one line of its document, drop in the raw file and never inside a kept string, masks only as ×××, the file
features, and that a mutated gold is reported."""
import copy
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CN = "一二三四五六七八九十"
HEADLIKE = re.compile(rf"^(?:[{CN}]+[、.．]|（[{CN}]+）|\([{CN}]+\)|\d+[.．、](?!\d)|（\d+）|[①-⑩]|[{CN}]是|第[{CN}]+[、，,])")
FAMILIES = (("dun", rf"[{CN}]+、"), ("paren", rf"（[{CN}]+）"), ("arabic", r"\d+[.．]"), ("parenarabic", r"（\d+）"),
            ("shi", rf"[{CN}]是"), ("di", rf"第[{CN}]+"), ("none", r""))
# the spinner's dictionary (one-way, every occurrence) as observed in p1 essay 2
SPIN = (("进行", "停止"), ("问题", "成绩"), ("服务", "效劳"), ("基础", "根底"), ("提高", "进步"), ("积极", "活跃"),
        ("同时", "一同"), ("关键", "要害"), ("工作", "作业"), ("困难", "艰难"), ("走访", "拜访"), ("经验", "经历"),
        ("认识", "看法"), ("我们", "咱们"))
SPUN_DOC = "蓼塘镇驻村工作队队员心得体会"
PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+")
ZHUYIN = re.compile(r"（[\u3105-\u3129ˇˊˋ˙]+）")
problems = []


def bad(*a):
    problems.append(a)
    print("PROBLEM", *a)


def path(f):
    return os.path.join(HERE, f)


def spin(s):
    for a, b in SPIN:
        s = s.replace(a, b)
    return s


def t2s_func():
    try:
        import opencc
        cc = opencc.OpenCC("t2s")
        return cc.convert
    except ImportError:
        import trad_table
        back = dict(zip(trad_table.T, trad_table.S))
        back.update({"乾": "干", "隻": "只", "沖": "冲", "為": "为", "幹": "干", "眾": "众", "聯": "联", "繫": "系"})
        return lambda s: "".join(back.get(c, c) for c in s)


T2S = t2s_func()


def raw(f):
    b = open(path(f), "rb").read()
    return b.decode("gbk") if f == "p2.txt" else b.decode("utf-8")


def repair(line):
    if "\ufffd" not in line:
        return line
    b = line.rstrip("\ufffd").encode("gb18030")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start >= len(b) - 3:
            return b[:e.start].decode("utf-8")
        return line


def lines(f):
    t = raw(f)
    if f == "p1.txt":
        return [PINYIN.sub("", s.replace("bigengwen.com", "")).strip() for s in t.split("\r\n")]
    if f == "p2.txt":
        return [T2S(ZHUYIN.sub("", s)).strip() for s in t.split("\r\n")]
    return [repair(s).strip() for s in t.split("\n")]


def family(m):
    for name, pat in FAMILIES:
        if re.fullmatch(pat, m):
            return name
    return "?" + m


def head_base(h):
    sep = "，" if h["marker"].startswith("第") else ""
    return h["marker"] + sep + h["text"]


def is_head(s, base):
    return s in (base, base + "。", base + "：") or s.startswith(base + "。")


def check_file(f, g, report):
    ls = lines(f)
    docs = g["documents"]
    starts, pos = [], 0
    for d in docs:
        try:
            i = ls.index(d["title"], pos)
        except ValueError:
            report("TITLE not a line", f, d["title"])
            i = pos
        starts.append(i)
        pos = i + 1
    kept = []
    for n, d in enumerate(docs):
        start = starts[n]
        end = starts[n + 1] if n + 1 < len(docs) else len(ls)
        tr = spin if d["title"] == SPUN_DOC else (lambda s: s)
        i, used, levels, cur = start + 1, set(), {}, 0
        for h in d["headings"]:
            base = tr(head_base(h))
            while i < end and not is_head(ls[i], base):
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
                report("heading-like line not in gold", f, ls[j][:30])
        seg = ls[start:end]
        for k in d["must_keep"]:
            if not any(tr(k) in s for s in seg):
                report("KEEP not inside one line of its document", f, k)
        kept += [d["title"]] + [h["text"] for h in d["headings"]] + d["must_keep"]
    rw = raw(f)
    for s in g["must_drop"]:
        if s not in rw:
            report("DROP not in file", f, repr(s))
        for k in kept:
            if s in k or (f == "p2.txt" and T2S(s) in k):
                report("DROP inside kept", f, repr(s), k)
    for k in kept:
        if re.search(r"\*\*\*|XXX|ＸＸＸ|[a-z]{3}|\ufffd|[,;:!?()]", k):
            report("mask / Latin / U+FFFD / half-width punctuation in kept", f, k)


def features():
    b1 = open(path("p1.txt"), "rb").read()
    t1 = b1.decode("utf-8")
    if b1.startswith(b"\xef\xbb\xbf") or b1.count(b"\r\n") != b1.count(b"\n") or t1.count("bigengwen.com") != 2 \
            or "乡xiāng镇zhèn" not in t1 or "蓼liǎo塘" not in t1 or "作业队" not in t1 or "停止违规作业" not in t1 \
            or "取得了一些成绩" not in t1 or "让我进步很快" not in t1 or " […]" not in t1 or "例文二：" not in t1:
        bad("p1 encoding / ruby / watermark / spinner / leave-alone words / WordPress excerpt")
    # the spun essay is consistent: no dictionary key is left in it
    e2 = t1[t1.index("例文二："):t1.index("分类：")]
    body = e2.split("\r\n", 2)[2]
    for a, _ in SPIN:
        if a in body:
            bad("p1 essay 2 still holds an unspun word", a)
    b2 = open(path("p2.txt"), "rb").read()
    try:
        b2.decode("utf-8")
        bad("p2 should not be valid UTF-8")
    except UnicodeDecodeError as e:
        print("p2.txt is not UTF-8 (as intended):", e.reason)
    t2 = b2.decode("gbk")
    if b2.count(b"\r\n") != t2.count("\n") or t2.count("（ㄌㄧㄠˇ）") != 3 or "乾部" not in t2 or "隻爭朝夕" not in t2 \
            or "聯系" not in t2 or "公裏" not in t2 or "可乾可不乾" not in t2 or "範文（一）" not in t2 or "職?" not in t2:
        bad("p2 CRLF / zhuyin / naive converter forms / labels / ? for ⋯")
    t3 = open(path("p3.txt"), "rb").read().decode("utf-8")
    if "\r" in t3 or t3.count("\ufffd") != 1 or "銆\ufffd" not in t3 or "鍏ㄩ晣" not in t3 or "—— 02 ——" not in t3 \
            or "展开全文" not in t3 or "\n3.2026年工作打算\n" not in t3:
        bad("p3 LF / mojibake paragraph / labels / fold / 3.2026 heading")


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
    g = copy.deepcopy(gold["p2.txt"])
    g["documents"][1]["headings"][2]["level"] = 1
    del g["documents"][0]["headings"][3]
    g["documents"][0]["must_keep"][0] += "。"
    g["must_drop"].append("范文（一）")
    check_file("p2.txt", g, lambda *a: found.append(a[0]))
    want = {"LEVEL differs from the first-appearance rule", "heading-like line not in gold",
            "KEEP not inside one line of its document", "DROP not in file"}
    if not want <= set(found):
        bad("the mutated gold was not reported", found)
    print(f"files {len(gold)}  documents {nd}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
