"""A journal's pages saved as text (a PDF from CNKI or a magazine's site): what the journal
puts round an article goes before splitting, and each article opens an essay.

Found by an abstract's head (【摘要】, 摘要：) with a key-words or classification line near it.
Then these lines go blank (so the lines keep their numbers): what stands before the first
article's title (the download banner, a running header, the column's name); each article's
front matter between its title and its text (authors with their note marks, the affiliation
and postcode, 摘要, 关键词, 中图分类号/文献标识码/文章编号); notes at a page's foot (①作者简介：…
just above the page number); the references (参考文献 and its [1] … lines) and the editor's
line (（责任编辑：…）); the publisher's watermark; a boxed notice of the journal (【本刊推荐】…)
that the page put into the middle of a sentence, to its first full stop.  A note's mark left in
a sentence (98.6%②，) goes too.  The page furniture repeated on every page, and the joining of
hard-wrapped lines, are layout.py's.  No third-party import.
"""

from __future__ import annotations

import re

_ABSTRACT = re.compile(r"^\s*(?:【\s*摘\s*要\s*】|\[\s*摘\s*要\s*\]|摘\s*要\s*[:：])")
_FRONT = re.compile(
    r"^\s*(?:【\s*关键词\s*】|\[\s*关键词\s*\]|关\s*键\s*词\s*[:：]|中图分类号|文献标识码|文章编号|DOI[:：]"
    r"|Abstract|Key\s*words)",
    re.I,
)
_REFERENCES = re.compile(r"^\s*[\[【]?\s*参\s*考\s*文\s*献\s*[\]】]?\s*[:：]?\s*$")
_REFERENCE = re.compile(r"^\s*(?:\[\d{1,3}\]|［\d{1,3}］|\d{1,3}[.．]\s*\S.*\[[JMDNCRZ](?:/OL)?\])")
_EDITOR = re.compile(r"^\s*[（(]\s*(?:责任编辑|責任編輯|编辑|校对)\s*[:：][^）)]{0,20}[）)]\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:[·•\-—－]\s*\d{1,4}\s*[·•\-—－]|\d{1,4})\s*$")
_FOOT_NOTE = re.compile(r"^\s*[①-⑳]\s*\S")
_WATERMARK = re.compile(r"Publishing House|All rights reserved|cnki\.net", re.I)
_NOTICE = re.compile(r"^\s*【(?:本刊|本期|编者|编辑部)?(?:推荐|推介|启事|提示|公告|广告|声明|链接)】")
_MARK = re.compile(r"(?<=[\d%％\u4e00-\u9fff”」）)])[①-⑳](?=[，。；：、）)”\s]|$)", re.M)
_SENTENCE_END = re.compile("[。！？]”?\\s*$")


def is_journal(lines: list[str]) -> bool:
    """Whether the text holds a journal article's front matter: an abstract, and key words or a
    classification number within a few lines of it."""
    for i, line in enumerate(lines):
        if "摘" in line and _ABSTRACT.match(line) and any(_FRONT.match(s) for s in lines[i + 1 : i + 6]):
            return True
    return False


def read_journal(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with the journal's furniture blank and the title lines of its articles; a text
    that is no journal's comes back as it was, with no starts."""
    if "摘" not in "".join(lines[:400]) or not is_journal(lines):
        return lines, []
    out = list(lines)
    starts: list[int] = []
    for i, line in enumerate(lines):
        if "摘" in line and _ABSTRACT.match(line):
            title = _title_above(lines, i)
            end = i
            for j in range(i + 1, min(len(lines), i + 8)):
                if _FRONT.match(lines[j]):
                    end = j
            if title >= 0:
                starts.append(title)
                for j in range(title + 1, end + 1):
                    out[j] = ""
    for j in range(starts[0] if starts else 0):
        out[j] = ""
    _drop_zones(out)
    return [_MARK.sub("", s) if s else s for s in out], starts


def _title_above(lines: list[str], i: int) -> int:
    """The article's title over its abstract: the first line upward that is neither an author
    (a name with a note mark), an affiliation in brackets, nor blank."""
    for j in range(i - 1, max(-1, i - 8), -1):
        s = lines[j].strip()
        if not s or s[0] in "（(" or len(s) <= 12 or s[-1] in "①②③④⑤*":
            continue
        return j
    return -1


def _drop_zones(out: list[str]) -> None:
    notice = 0  # lines left of a notice the page put in the text
    refs = False
    for i, line in enumerate(out):
        s = line.strip()
        if not s:
            continue
        if notice:
            out[i] = ""
            notice = 0 if _SENTENCE_END.search(s) else notice - 1
        elif _NOTICE.match(s):
            out[i] = ""
            notice = 0 if _SENTENCE_END.search(s) else 5
        elif _REFERENCES.match(s) or _EDITOR.match(s) or _WATERMARK.search(s):
            out[i] = ""
            refs = refs or _REFERENCES.match(s) is not None
        elif (refs and _REFERENCE.match(s)) or (_FOOT_NOTE.match(s) and _at_foot(out, i)):
            out[i] = ""
        else:
            refs = False


def _at_foot(out: list[str], i: int) -> bool:
    """Whether line i is a note at a page's foot: only notes and blanks between it and a page
    number."""
    for s in out[i + 1 : i + 6]:
        t = s.strip()
        if not t or _FOOT_NOTE.match(t):
            continue
        return _PAGE_NUMBER.match(t) is not None
    return False
