#!/usr/bin/env python3
"""Verify gold.yaml against the files of set 14 with a reader independent of make.py (needs PyYAML).

The reader decodes y1.txt as GBK and the other .txt/.md files as UTF-8. It repairs a line of y2.txt that
holds no Chinese character but Latin-1 letters by re-encoding it as Windows-1252 (C1 controls as their own
byte) and decoding UTF-8. It reads y3.docx as the paragraphs of word/document.xml with the tracked changes
accepted (w:del and w:moveFrom left out, w:ins and w:moveTo kept, a paragraph whose mark is deleted joined
to the next one). It reads y4.md as Markdown blocks (setext headings, wrapped lines and hard breaks joined,
escapes, **, footnote references, images and span attributes removed, ASCII "" read as “”). It reads y5.txt
as Simplified (OpenCC hk2s when the module is there, else the small table below) with 「」『』 read as “”‘’.
Decorations “● ” and a 【…】 frame around a whole line are read away. Checks: titles are whole lines,
headings are found in order inside their document, must_keep strings lie inside one paragraph of their
document, must_drop strings occur in the raw file and never inside kept text, plus the file features the
README describes."""
import os
import re
import sys
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []
CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…"

# Traditional (Hong Kong forms) -> Simplified for the characters of y5.txt, used when OpenCC is absent.
_T = ("頁內鄉鎮傳體積來華網記進雲灘貨擺齊換絡繹絕陳剛説衞幹門現搶個軟務變羣眾見條動標準讓麼細裏導評價則環風願鄰為"
      "類項確開過黨員組議結欄張佈監機樂寬農資東嶺書強勵選優薦實參與達亂顯減發經麗責編輯楓縣數設贛點熱關聞帶葉權轉載籤興")
_S = ("页内乡镇传体积来华网记进云滩货摆齐换络绎绝陈刚说卫干门现抢个软务变群众见条动标准让么细里导评价则环风愿邻为"
      "类项确开过党员组议结栏张布监机乐宽农资东岭书强励选优荐实参与达乱显减发经丽责编辑枫县数设赣点热关闻带叶权转载签兴")
try:
    import opencc

    _cc = opencc.OpenCC("hk2s")

    def t2s(s):
        return _cc.convert(s)
except ImportError:
    _MAP = dict(zip(_T, _S))

    def t2s(s):
        return "".join(_MAP.get(c, c) for c in s)


def bad(*a):
    problems.append(" ".join(str(x) for x in a))
    print("PROBLEM", *a)


def parts(f):
    z = zipfile.ZipFile(os.path.join(HERE, f))
    return {n: z.read(n).decode("utf-8") for n in z.namelist()}


def raw(f):
    if f.endswith(".docx"):
        return "".join(x for n, x in parts(f).items() if n.endswith(".xml") or n.endswith(".rels"))
    b = open(os.path.join(HERE, f), "rb").read()
    return b.decode("gbk" if f == "y1.txt" else "utf-8")


def unmoji(line):
    """A mojibake line (UTF-8 bytes shown as Windows-1252) back to its text; other lines unchanged."""
    if re.search(r"[\u4e00-\u9fff]", line) or not re.search(r"[\u00c0-\u00ff]", line):
        return line
    body = line.lstrip("\u3000")
    out = bytearray()
    for c in body:
        try:
            out += c.encode("cp1252")
        except UnicodeEncodeError:
            if ord(c) > 255:
                return line
            out.append(ord(c))
    try:
        return line[:len(line) - len(body)] + out.decode("utf-8")
    except UnicodeDecodeError:
        return line


def curly(s):
    """ASCII double quotes in Chinese text read as “ and ” in turn."""
    out, opened = [], False
    for c in s:
        if c == '"':
            out.append("”" if opened else "“")
            opened = not opened
        else:
            out.append(c)
    return "".join(out)


def norm(s):
    """Reader's view of a line: half-width commas/colons between Chinese made full, decorations away."""
    s = re.sub(rf"(?<=[{CJK}]),|,(?=[{CJK}])", "，", s)
    s = s.strip(" \t　\r")
    s = re.sub(r"^[●◆▶✦]\s*", "", s)
    m = re.fullmatch(r"【(.+)】", s)
    if m:
        s = m.group(1)
    return s


def wt(x):
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x))


def docx_paragraphs(f):
    doc = parts(f)["word/document.xml"]
    out, carry = [], ""
    for p in re.findall(r"<w:p[ >].*?</w:p>", doc, re.S):
        mark_deleted = re.search(r"^<w:p[ >]<w:pPr>(?:(?!<w:r[ >]).)*?<w:rPr><w:del ", p, re.S)
        p = re.sub(r"<w:del\b[^>]*[^/]>.*?</w:del>", "", p, flags=re.S)
        p = re.sub(r"<w:moveFrom\b[^>]*[^/]>.*?</w:moveFrom>", "", p, flags=re.S)
        text = carry + wt(p)
        if mark_deleted:
            carry = text
            continue
        carry = ""
        out.append(text)
    return out


def md_paragraphs(text):
    out = []
    for block in re.split(r"\n\s*\n", text):
        ls = [x.strip() for x in block.split("\n") if x.strip()]
        if not ls:
            continue
        if len(ls) > 1 and re.fullmatch(r"=+|-+", ls[-1]):
            ls = ls[:-1]
        s = "".join(x[:-1] if x.endswith("\\") else x for x in ls)
        s = re.sub(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?", "", s)
        s = re.sub(r"\[\^\d+\](?!:)", "", s)
        s = re.sub(r"\[([^\]]+)\]\{[^}]*\}", r"\1", s)
        s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
        s = s.replace("**", "")
        s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", s)
        out.append(curly(s))
    return out


def paragraphs(f):
    if f.endswith(".docx"):
        return docx_paragraphs(f)
    text = raw(f).replace("\r\n", "\n")
    if f.endswith(".md"):
        return md_paragraphs(text)
    if f == "y5.txt":
        text = t2s(text).translate(str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"}))
    ls = text.split("\n")
    if f == "y2.txt":
        ls = [unmoji(x) for x in ls]
    return ls


def head_at(ls, i, h):
    m, t = h["marker"], h["text"]
    s = ls[i]
    if s in (m + t, m + " " + t, m + "　" + t):
        return True
    return any(s.startswith(p + "。") for p in (m + t, m + " " + t))


def is_title(line, title):
    return line == title or re.sub(r"^【篇[一二三四五六七八九十]+】", "", line) == title


def check_file(f, g):
    ls = [norm(s) for s in paragraphs(f)]
    rw = raw(f)
    pos, kept = 0, []
    docs = g["documents"]
    starts = []
    for d in docs:
        i = next((j for j in range(pos, len(ls)) if is_title(ls[j], d["title"])), None)
        if i is None:
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
            if not 1 <= h["level"] <= 4:
                bad("LEVEL", f, h)
        seg = ls[starts[n]:seg_end]
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
    return kept, ls


def features(seen):
    b1 = open(os.path.join(HERE, "y1.txt"), "rb").read()
    t1 = b1.decode("gbk")
    if b1.count(b"\r\n") != b1.count(b"\n") or b1.startswith(b"\xef\xbb\xbf"):
        bad("y1 should be GBK with CRLF and no BOM")
    if b1.decode("utf-8", errors="replace") == b1.decode("utf-8", errors="ignore"):  # (decodes cleanly)
        bad("y1 should not be valid UTF-8")
    for s in ("\n㈠", "\n㈡", "　　⑴", "　　⑶", "\n十一、", "\n十二、", "（1）", "（3）"):
        if s not in t1.replace("\r", ""):
            bad("y1 marker missing", repr(s))
    if any(re.match(r"[（(][1-9][）)]", x) for x in seen["y1.txt"]):
        bad("y1 the （1） list should stay inside its paragraph")
    t2 = raw("y2.txt")
    moj = [x for x in t2.split("\n") if "å" in x]
    if len(moj) != 1 or not any(c in moj[0] for c in "\x81\x8d\x8f\x90\x9d") or "\xad" not in moj[0]:
        bad("y2 should hold one mojibake line with C1 controls and a soft hyphen")
    if t2.count("【篇一】") != 1 or "【篇二】檀溪镇2025年退役军人服务保障工作总结" not in t2 or "***同志" not in t2:
        bad("y2 labels / masked name")
    p3 = parts("y3.docx")
    d3 = p3["word/document.xml"]
    for tag in ("<w:del ", "<w:delText", "<w:ins ", "<w:moveFrom ", "<w:moveTo ", "<w:moveFromRangeStart",
                "<w:commentReference", "<w:pPrChange", "<w:rPr><w:del ", "<w:rPr><w:ins "):
        if tag not in d3:
            bad("y3 markup missing", tag)
    if "<w:trackRevisions/>" not in p3["word/settings.xml"] or "李海燕" not in p3["word/comments.xml"]:
        bad("y3 settings / comments")
    lying = 0
    for p in re.findall(r"<w:p[ >].*?</w:p>", d3, re.S):
        st = re.search(r'<w:pStyle w:val="(Heading\d)"/>', p)
        if st and len(wt(p)) > 40 and wt(p).endswith("。"):
            lying += 1
    if lying < 3:
        bad("y3 should have body paragraphs in heading styles", lying)
    if "（三）做好招商引资工作" not in seen["y3.docx"] or any("推进古村落保护" in x for x in seen["y3.docx"]) \
            or sum("石鼓小学食堂改造资金" in x for x in seen["y3.docx"]) != 1:
        bad("y3 accepted view")
    t4 = raw("y4.md")
    for s in ("\n=====", "\n-----", "1\\. ", "\\*\\*\\*", '"', "[^1]", "\\\n", "{width="):
        if s not in t4:
            bad("y4 markup missing", repr(s))
    if "“" in t4 or "”" in t4:
        bad("y4 quotes should be ASCII")
    long_pars = [b for b in re.split(r"\n\s*\n", t4) if b.count("\n") >= 2 and not b.startswith("  ")]
    if len(long_pars) < 3:
        bad("y4 should have wrapped paragraphs")
    t5 = raw("y5.txt")
    for s in ("「", "」", "『", "』", "衞", "裏", "羣", "鄰里"):
        if s not in t5:
            bad("y5 missing", s)
    if re.search("[镇乡说这们]", t5) or "“" in t5:
        bad("y5 should hold no Simplified-only characters or “”")
    t6 = raw("y6.txt")
    for s in ("▼", "▲", "◆ ◆ ◆", "● ", "【一、", "— END —", "长按识别二维码", "阅读原文", "在看", "🌱"):
        if s not in t6:
            bad("y6 item missing", s)


def main():
    gold = yaml.safe_load(open(os.path.join(HERE, "gold.yaml"), encoding="utf-8"))
    nd = nt = nh = nk = ndrop = 0
    seen = {}
    for f, g in gold.items():
        _, seen[f] = check_file(f, g)
        nd += len(g["documents"])
        nt += sum(1 for d in g["documents"] if d["title"])
        nh += sum(len(d["headings"]) for d in g["documents"])
        nk += sum(len(d["must_keep"]) for d in g["documents"])
        ndrop += len(g["must_drop"])
    features(seen)
    print(f"files {len(gold)}  documents {nd}  titles {nt}  headings {nh}  must_keep {nk}  must_drop {ndrop}  "
          f"problems {len(problems)}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
