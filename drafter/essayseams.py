"""Reading the corpus: where one essay ends and the next begins in a file that marks neither
(texts copied one after another out of PDFs or a 汇编), and a title its page wrapped in two
lines.  Read by corpus.split_essays; no third-party import.

An essay that closes with its 落款 (a unit or a name over a date alone on its line) and is
followed, past at most a few short lines of page furniture (a page number, the next page's
running header), by a line naming a kind of writing (…调研报告) that prose follows, ends at the
date: the next essay opens with that title.  The running header is told from the title by
standing elsewhere in the file too.  Texts joined into one file (copy /b) end the same way at
their end mark or the rule drawn under them (（全文完）, ==========) when such a title follows.
A post carrying essays by several writers starts one at each writer's line (作者：某某) that
stands by a title.  In a file whose paragraphs follow each other without blank lines, a blank
line closing an essay's prose, over a title naming a kind of writing that prose follows right
under it, parts two essays (a clerk's archive of texts pasted one after another).
"""

from __future__ import annotations

import bisect
import operator
import re
from itertools import compress, repeat

from . import cleanrules as R
from . import pagemarks as M
from . import titles as T
from .docxpages import ATTACHMENT
from .outline import marker_kind
from .textscan import text_ends

_NUM = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DATE = re.compile(rf"(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年\s*{_NUM}\s*月\s*{_NUM}\s*[日号]")
_SENTENCE_END = re.compile("[。！？]")
_FURNITURE = 3  # short lines between a date and the next title (a page number, a running header)
# lines between the title and its first paragraph: a byline, a speech's date in brackets, a
# salutation (镇党委书记　某某 / （2025年4月18日） / 同志们：)
_BYLINES = 3
# What a title that its page wrapped ends with, on its short second line (…和2026年 / 工作打算)
_TITLE_END = re.compile(
    "(?:总结|报告|材料|心得|体会|发言|讲话|计划|方案|汇报|述职|经验|做法|思路|调研|致辞|讲稿|打算|意见|通知|要点"
    "|安排|办法|规定|细则|规划|情况|纪要|倡议书|决定|实施方案|工作方案)$"
)


def signed_starts(lines: list[str]) -> dict[int, int]:
    """The lines that open an essay after the dated sign-off of the one before (the first line
    after the date: the page's furniture goes with the essay it heads), each with its title's."""
    starts: dict[int, int] = {}
    # (a C scan first: a date alone on its line ends on 日 or 号, and is short)
    for i in compress(range(len(lines)), map(str.endswith, map(str.rstrip, lines), repeat(("日", "号")))):
        s = lines[i].strip()
        if len(s) > 16 or _DATE.fullmatch(s) is None:
            continue
        if not any(T.is_body(lines[j]) for j in range(max(0, i - 4), i)):
            continue  # (no essay closes here: a date under a title, a log's entry)
        title = _next_title(lines, i + 1)
        if title >= 0:
            starts[next(j for j in range(i + 1, title + 1) if lines[j].strip())] = title
    return starts


# What closes a text a file holds with others: its end mark, （正文完）, （全文完）, （完）, END, or
# a rule drawn under it, ==========, ********, ————.
_CLOSE = re.compile(r"[（(](?:正文完|全文完|本文完|完)[)）]|(?:全文完|END)|([=＝*＊~～—\-－_＿━─═])\1{4,}")
_CLOSE_OPENERS = tuple("（(全E=＝*＊~～—-－_＿━─═")


def closed_starts(lines: list[str]) -> dict[int, int]:
    """The lines that open an essay after the end mark or the rule closing the one before (the
    first line after the mark; texts joined into one file, 1.txt + 2.txt), each with its title's:
    prose just above the mark, and a line naming a kind of writing with prose under it just
    below.  (A rule under the last paragraph of a file with one text, or over its 版记, has no
    such title after it.)"""
    starts: dict[int, int] = {}
    titles: set[int] = set()
    # (a C scan first: the lines opening on a mark's first character)
    for i in compress(range(len(lines)), map(str.startswith, map(str.lstrip, lines), repeat(_CLOSE_OPENERS))):
        s = lines[i].strip()
        if len(s) > 60 or _CLOSE.fullmatch(s) is None:
            continue
        if not any(T.is_body(lines[j]) for j in range(max(0, i - 4), i)):
            continue
        title = _next_title(lines, i + 1)
        if title < 0 or title in titles:
            continue
        # (a list of other articles after the end mark is no essay: 相关推荐, 猜你喜欢, cut-off snippets)
        if not any(M.starts_teaser_zone(lines[j].strip()) or M.is_teaser(lines[j].strip())
                   for j in range(i + 1, min(len(lines), title + 3))):
            titles.add(title)
            starts[next(j for j in range(i + 1, title + 1) if lines[j].strip())] = title
    return starts


# A writer's line in a post that carries essays by several writers, each over or under its
# essay's title (作者：某某, ✦ 作者：某单位　某某, 文｜某某), found through its word near its
# line's start
_WRITER = re.compile(r"[^\w\s]{0,3}[ \t\u3000]*(?:作者|文(?=[｜|]))[ \t\u3000]*[:：｜|].{1,30}")
# (a C scan of the whole file for each: the forms accounts write, 作者：某某 and 文｜某某)
_WRITER_WORDS = ("作者", "文｜", "文|")


def authored_starts(lines: list[str]) -> dict[int, int]:
    """The lines that open the essays of a post carrying several by different writers (a
    WeChat account's 干部谈 holding two), each with its title's: a writer's line right over or
    under a title line, with prose within a few lines under both.  Two such at least: one alone
    is an essay's byline."""
    text = "\n".join(lines)
    ends: list[int] = []
    rows: set[int] = set()
    for word in _WRITER_WORDS:
        pos = text.find(word)
        while pos >= 0:
            if pos - text.rfind("\n", 0, pos) <= 8:
                ends = ends or text_ends(lines)
                rows.add(bisect.bisect_right(ends, pos))
            pos = text.find(word, pos + 1)
    starts: dict[int, int] = {}
    for row in sorted(rows):
        if _WRITER.fullmatch(lines[row].strip()) is None:
            continue
        filled = [j for j in range(row + 1, min(len(lines), row + 8)) if lines[j].strip()]
        above = next((j for j in range(row - 1, max(-1, row - 3), -1) if lines[j].strip()), -1)
        if filled and _heads_prose(lines, filled[0], filled[1:]):
            starts[row] = filled[0]  # (the writer over the title)
        elif above >= 0 and _heads_prose(lines, above, filled):
            starts[above] = above  # (the title over the writer)
    return starts if len(starts) >= 2 else {}


def _heads_prose(lines: list[str], title: int, after: list[int]) -> bool:
    s = lines[title].strip()
    return T.title_candidate(s) and marker_kind(s) is None and _WRITER.fullmatch(s) is None and any(
        T.is_body(lines[k]) and _SENTENCE_END.search(lines[k]) for k in after[: 1 + _BYLINES])


# A title naming the kind of writing it is at its end (…工作总结, …上的讲话, …心得体会), the
# shape a section's heading rarely has (主要做法 names a kind too, and is short)
_KIND_TITLE = re.compile(
    "(?:总结|报告|材料|心得|体会|发言|讲话|计划|方案|汇报|述职|调研|演讲|致辞|讲稿|感悟|综述)"
    "(?:[（(][^（()）]{1,12}[)）])?$"
)
_RUN = 3  # consecutive lines of text: paragraphs not parted by blank lines
# (three lines of text, a blank line, the title and two lines of text)
_PARTED = re.compile(rb"(?<=\x00\x00\x00)\x01(?=\x00\x00\x00)")


def blank_starts(lines: list[str]) -> dict[int, int]:
    """The title lines opening an essay after a blank line in a file whose paragraphs are not
    parted by blank lines (texts pasted one after another, one blank line between them), each
    with itself: above the blank, a run of lines of text closing on prose (the essay before);
    under it, a title of eight characters or more naming its kind of writing at its end, with
    no heading's marker, then lines of text without a blank, prose among the first few (a
    byline, 同志们： or the opening paragraph).  A heading after a blank line in a file of
    blank-parted paragraphs has no run of lines over it; one naming no kind goes on the essay."""
    starts: dict[int, int] = {}
    n = len(lines)
    blank = bytes(map(operator.not_, map(str.strip, lines)))
    # (a blank line between runs of lines of text, found by a C scan of the file's blank
    # lines: in a file of blank-parted paragraphs none is)
    for m in _PARTED.finditer(blank):
        b = m.start()
        s = lines[b + 1].strip()
        if not 8 <= len(s) <= 40 or _KIND_TITLE.search(s) is None or not T.title_candidate(s) \
                or marker_kind(s) is not None or not T.is_body(lines[b - 1]):
            continue
        after = range(b + 2, min(n, b + 3 + _BYLINES))
        if not any(T.is_body(lines[k]) and _SENTENCE_END.search(lines[k]) for k in after if not blank[k]):
            continue
        key = T.line_key(s)
        if sum(T.line_key(line) == key for line in lines) == 1:  # (not a running header)
            starts[b + 1] = b + 1
    return starts


def _next_title(lines: list[str], start: int) -> int:
    """The title line opening an essay within a few short lines after `start`, or -1."""
    # (lines of an office system's record between two texts, 【流水号】…, 【审批意见】, its
    # approvers' lines, are no page furniture a page may hold a few of: they do not count)
    filled = [j for j in range(start, min(len(lines), start + 20)) if lines[j].strip()
              and not R.is_chrome_line(lines[j])]
    for n, j in enumerate(filled[: _FURNITURE + 1]):
        s = lines[j].strip()
        if T.is_body(s):
            return -1
        if not (T.title_candidate(s) and T.names_kind(s)):
            continue
        after = filled[n + 1 : n + 2 + _BYLINES]
        # (a paragraph: a sentence ends in it, where a page's links and tags have none)
        if not any(T.is_body(lines[k]) and _SENTENCE_END.search(lines[k]) for k in after):
            continue
        key = T.line_key(s)
        if sum(T.line_key(line) == key for line in lines) == 1:  # (not the running header)
            return j
    return -1


def attachment_starts(lines: list[str]) -> dict[int, int]:
    """The lines labelling an attachment that is an essay (附件, 附件2 alone on a line), each with
    its title's line: a line right under the label that may be a title (no heading's marker, no
    organ's name alone, no label), and a sentence of prose within a few lines under it."""
    found: dict[int, int] = {}
    # (a C scan per line for the label's first character: most files hold none)
    for label in compress(range(len(lines)), map(operator.contains, lines, repeat("附"))):
        if ATTACHMENT.fullmatch(lines[label].strip(" \t\u3000\r")) is None:
            continue
        filled = [j for j in range(label + 1, min(len(lines), label + 12)) if lines[j].strip()]
        if not filled:
            continue
        title = lines[filled[0]].strip()
        if not T.title_candidate(title) or marker_kind(title) is not None or T.organ(title) \
                or ATTACHMENT.fullmatch(title) is not None:  # (附件1 / 附件2: a list of labels)
            continue
        if any(T.is_body(lines[k]) and _SENTENCE_END.search(lines[k]) for k in filled[1 : 2 + _BYLINES]):
            found[label] = filled[0]
    return found


def title_tail(lines: list[str], at: int, end: int) -> int:
    """The line after the title line `at` that holds the rest of the title, wrapped there by a
    page too narrow for it (桂岭镇2025年工作总结和2026年 / 工作打算), or -1: a short line right
    under it that ends as a title does, with no sentence and no bracket, dash or number."""
    nxt = at + 1
    if nxt >= end or not lines[at].strip():
        return -1
    head, tail = lines[at].strip(), lines[nxt].strip()
    if not 2 <= len(tail) <= 10 or len(head) + len(tail) > 40 or _TITLE_END.search(head) is not None:
        return -1
    if tail[0] in "—－-（(〔[【<《" or not T.title_candidate(tail) or _TITLE_END.search(tail) is None:
        return -1
    return nxt if marker_kind(tail) is None and not T.organ(tail) else -1
